"""Hand annotations of the 2017 register's CCG/CSU agreements (read from the text).

Each flow and role below was written by reading /work/annot/2017/<REF>.txt;
``build_register2017_ccg.py`` checks that every evidence sentence occurs
verbatim in that agreement and writes tests/gold/register2017-ccg.json.
Template families share helper functions only where the agreements' text is
the same (the builder fails if a sentence is missing from an agreement);
differences found on reading are written per agreement.

``rowi`` picks the k-th register row (0-based) of the agreement when the same
sentence occurs in several applications of one agreement.
"""
from __future__ import annotations

ANNOTATIONS: dict[str, dict] = {}


def F(source, target, state, evidence, *, mode="transfer", datasets=(), saw=None, taw=None,
      optional=False, note=None, rowi=None, row=None):
    flow = {"source": source, "target": target}
    if saw:
        flow["source_as_written"] = list(saw)
    if taw:
        flow["target_as_written"] = list(taw)
    flow.update(state=state, mode=mode, datasets=list(datasets), evidence=evidence)
    if optional:
        flow["optional"] = True
    if note:
        flow["note"] = note
    if rowi is not None:
        flow["rowi"] = rowi
    if row is not None:
        flow["row"] = row
    return flow


def R(organisation, role, evidence, *, aw=None, rowi=None, row=None):
    out = {"organisation": organisation, "role": role, "evidence": evidence}
    if aw:
        out["as_written"] = list(aw)
    if rowi is not None:
        out["rowi"] = rowi
    if row is not None:
        out["row"] = row
    return out


NHSD = "NHS Digital"
SUSREPO = ["the SUS Repository", "SUS Repository"]
PROV = "Providers"
GPS = "GP practices"
FEEDBACK_NOTE = ("an aggregate output (feedback on data quality) to a collective recipient (issue 10); "
                 "the sentence names no sender: the applicant CCG, whose benefits these are")


# ---------------------------------------------------------------------------
# Central and Midlands DSCRO / Midlands and Lancashire CSU (row per application)
# ---------------------------------------------------------------------------
CMDSCRO = "Central and Midlands DSCRO"
CMDSCRO_AW = ["Central and Midlands DSCRO", "Central and Midlands Data Services for Commissioners Regional Office (DSCRO)",
              "Central and Midlands Data Services for Commissioning Regional Office (DSCRO)", "the DSCRO", "DSCRO"]
MLCSU = "Midlands and Lancashire CSU"
MLCSU_AW = ["Midlands and Lancashire CSU", "the data processor", "the CSU", "Midlands and Lancashire CSU (Data Processor 1)"]
AGEM = "Arden and GEM CSU"
AGEM_AW = ["Arden and GEM CSU", "the Arden and GEM CSU", "the CSU"]


def cmid(ccg, ccg_aw, variant):
    """Flows of the Central and Midlands DSCRO template; ``variant`` is how the
    invoice-validation row (and numbering) reads in this agreement:
    'agem' (CEfF in Arden and GEM CSU, "1)" steps), 'mlcsu' (CEfF in M&L CSU,
    "1)" steps), 'broken' (the invoice-validation row repeats its objective in
    every column: no flow is stated there), 'worcs' ("1." steps, GP data)."""
    taw = ["the CCG"] + ccg_aw
    fl, ro = [], []
    if variant in ("agem", "mlcsu"):
        cef, cef_aw, dp = (AGEM, AGEM_AW, "Data Processor 2") if variant == "agem" else (MLCSU, MLCSU_AW, "Data Processor 1")
        cef_text = "Arden and GEM CSU (Data Processor 2)" if variant == "agem" else "Midlands and Lancashire CSU (Data Processor 1)"
        fl.append(F(CMDSCRO, cef, "unspecified",
                    f"1) Central and Midlands DSCRO pushes a one-way data flow of SUS data into the Controlled Environment for Finance (CEfF) in the {cef_text}.",
                    datasets=["SUS"], saw=CMDSCRO_AW, taw=cef_aw,
                    note="the step gives no state (the objective says identifiable at the level of NHS number)"))
        fl.append(F(cef, ccg, "aggregate", "The CCG only receives notification to pay.", saw=cef_aw, taw=taw, optional=True,
                    note="a notification that an invoice can be paid, not data about patients"))
        ro.append(R(cef, "processor",
                    f"1) Central and Midlands DSCRO pushes a one-way data flow of SUS data into the Controlled Environment for Finance (CEfF) in the {cef_text}.",
                    aw=[cef_text]))
    if variant == "worcs":
        fl.append(F(NHSD, CMDSCRO, "unspecified", "1. SUS Data is sent from the SUS Repository to Central and Midlands DSCRO.",
                    datasets=["SUS"], saw=SUSREPO, taw=CMDSCRO_AW))
        fl.append(F(CMDSCRO, MLCSU, "unspecified",
                    "2. Central and Midlands DSCRO pushes a one-way data flow of SUS data into the Controlled Environment for Finance (CEfF) in the Midlands and Lancashire CSU.",
                    datasets=["SUS"], saw=CMDSCRO_AW, taw=MLCSU_AW))
        fl.append(F(MLCSU, ccg, "aggregate",
                    "The CCG only receives notification to pay and management reporting detailing the total quantum of invoices received pending, processed etc.",
                    saw=["the CSU CEfF team", "the CSU"], taw=taw,
                    note="management reporting (aggregate) from the CSU's CEfF team to the CCG"))
        # risk stratification
        fl.append(F(NHSD, CMDSCRO, "identifiable",
                    "1. Identifiable SUS data is sent from the SUS Repository to Central and Midlands Data Services for Commissioners Regional Office (DSCRO).",
                    datasets=["SUS"], saw=SUSREPO, taw=CMDSCRO_AW))
        fl.append(F(CMDSCRO, MLCSU, "identifiable",
                    "2. Data quality management and standardisation of data is completed by Central and Midlands DSCRO and the data identifiable at the level of NHS number is transferred securely to Midlands and Lancashire CSU, who hold the SUS data within the secure Data Centre on N3.",
                    datasets=["SUS"], saw=CMDSCRO_AW, taw=MLCSU_AW))
        fl.append(F(GPS, MLCSU, "identifiable", "3. Identifiable GP Data is securely sent from the GP system to Midlands and Lancashire CSU.",
                    datasets=["GP Data"], saw=["the GP system"], taw=MLCSU_AW))
        fl.append(F(MLCSU, GPS, "identifiable",
                    "5. As part of the risk stratification processing activity, GPs have access to the risk stratification tool within the data processor, which highlights patients with whom the GP has a legitimate relationship and have been classed as at risk.",
                    mode="access", saw=["the data processor"], taw=["GPs"],
                    note="'the data processor' holding the tool = Midlands and Lancashire CSU (step 6: hosts the risk stratification system); identifiable: NHS numbers of their own patients"))
        fl.append(F(MLCSU, ccg, "pseudonymised",
                    "7. Once Midlands and Lancashire CSU has completed the processing, the CCG can access the online system via a secure N3 connection to access the data pseudonymised at patient level.",
                    mode="access", saw=MLCSU_AW, taw=taw))
        fl.append(F(MLCSU, GPS, "identifiable",
                    "4. GP Practices will be able to view the risk scores for individual patients with the ability to display the underlying SUS data for the individual patients when it is required for direct care purposes by someone who has a legitimate relationship with the patient.",
                    mode="access", saw=["the risk stratification tool"], taw=["GP Practices"]))
        ro.append(R(MLCSU, "processor", "4. SUS data is linked to GP data in the risk stratification tool by the data processor.",
                    aw=["the data processor"]))
        # SUS and local flows
        fl.append(F(NHSD, CMDSCRO, "identifiable",
                    "1. Central and Midlands Data Services for Commissioners Regional Office (DSCRO) receives a flow of SUS identifiable data for the CCG from the SUS Repository.",
                    datasets=["SUS"], saw=SUSREPO, taw=CMDSCRO_AW))
        fl.append(F(PROV, CMDSCRO, "identifiable",
                    "Central and Midlands DSCRO also receives identifiable local provider data for the CCG directly from Providers.",
                    datasets=["local provider data"], saw=["Providers"], taw=CMDSCRO_AW))
        fl.append(F(CMDSCRO, MLCSU, "pseudonymised",
                    "2. Data quality management and pseudonymisation of data is completed by the DSCRO and the pseudonymised data is then passed securely to Midlands and Lancashire CSU for the addition of derived fields, linkage of data sets and analysis.",
                    datasets=["SUS", "local provider data"], saw=CMDSCRO_AW, taw=MLCSU_AW))
        fl.append(F(MLCSU, ccg, "pseudonymised",
                    "3. Midlands and Lancashire CSU then pass the processed, pseudonymised and linked data to the CCG who analyse the data to see patient journeys for pathways or service design, re-design and de-commissioning.",
                    saw=MLCSU_AW, taw=taw))
        fl.append(F(ccg, PROV, "aggregate", "6. Feedback to NHS service providers on data quality at an aggregate and individual record level.",
                    saw=["the CCG"], taw=["NHS service providers"], rowi=2, note=FEEDBACK_NOTE))
        # MHSDS, MSDS, IAPT, CYPHS, DIDS
        fl.append(F(NHSD, CMDSCRO, "identifiable",
                    "1. Central and Midlands Data Services for Commissioners Regional Office (DSCRO) receives a flow of data identifiable at the level of NHS number for Mental Health (MHSDS, MHMDS, MHLDDS) and Maternity (MSDS) Central and Midlands DSCRO also receive a flow of pseudonymised patient level data for each CCG for Improving Access to Psychological Therapies (IAPT), Child and Young People’s Health (CYPHS) and Diagnostic Imaging (DIDS) for commissioning purposes",
                    datasets=["MHSDS", "MHMDS", "MHLDDS", "MSDS"], saw=[], taw=CMDSCRO_AW,
                    note="a DSCRO receiving a flow of national data sets without a named source = from NHS Digital (rule 7)"))
        fl.append(F(NHSD, CMDSCRO, "pseudonymised",
                    "1. Central and Midlands Data Services for Commissioners Regional Office (DSCRO) receives a flow of data identifiable at the level of NHS number for Mental Health (MHSDS, MHMDS, MHLDDS) and Maternity (MSDS) Central and Midlands DSCRO also receive a flow of pseudonymised patient level data for each CCG for Improving Access to Psychological Therapies (IAPT), Child and Young People’s Health (CYPHS) and Diagnostic Imaging (DIDS) for commissioning purposes",
                    datasets=["IAPT", "CYPHS", "DIDS"], saw=[], taw=CMDSCRO_AW))
        fl.append(F(CMDSCRO, MLCSU, "pseudonymised",
                    "2. Data quality management and pseudonymisation of data is completed by Central and Midlands DSCRO and the pseudonymised data is then passed securely to Midlands and Lancashire CSU for the addition of derived fields, linkage of data sets and analysis.",
                    datasets=["MHSDS", "MHMDS", "MHLDDS", "MSDS", "IAPT", "CYPHS", "DIDS"], saw=CMDSCRO_AW, taw=MLCSU_AW))
        fl.append(F(MLCSU, ccg, "pseudonymised", "3. Midlands and Lancashire CSU then pass the processed, pseudonymised and linked data to the CCG.",
                    saw=MLCSU_AW, taw=taw))
        fl.append(F(ccg, PROV, "aggregate", "6. Feedback to NHS service providers on data quality at an aggregate and individual record level.",
                    saw=["the CCG"], taw=["NHS service providers"], rowi=4, note=FEEDBACK_NOTE))
        return fl, ro
    # "1)" variants: risk stratification
    fl.append(F(CMDSCRO, MLCSU, "identifiable",
                "1) SUS data identifiable at the level of NHS number regarding hospital admissions, A&E attendances and outpatient attendances is delivered securely from Central and Midlands Data Services for Commissioners Regional Office (DSCRO) to the data processor.",
                datasets=["SUS"], saw=CMDSCRO_AW, taw=["the data processor"],
                note="'the data processor' = Midlands and Lancashire CSU (Data Processor 1), step 2"))
    fl.append(F(CMDSCRO, MLCSU, "identifiable",
                "2) Data quality management and standardisation of data is completed by the DSCRO and the data identifiable at the level of NHS number is transferred securely to Midlands and Lancashire CSU (Data Processor 1), who hold the SUS data within the secure Data Centre on N3.",
                datasets=["SUS"], saw=CMDSCRO_AW, taw=MLCSU_AW))
    fl.append(F(MLCSU, GPS, "identifiable",
                "4) As part of the risk stratification processing activity, GPs have access to the risk stratification tool within the data processor, which highlights patients with whom the GP has a legitimate relationship and have been classed as at risk.",
                mode="access", saw=["the data processor"], taw=["GPs"],
                note="'the data processor' holding the tool = Midlands and Lancashire CSU (step 5: hosts the risk stratification system); identifiable: NHS numbers of their own patients"))
    fl.append(F(MLCSU, ccg, "anonymised",
                "6) Once Midlands and Lancashire CSU has completed the processing, the CCG can dial in to the online system via N3 connection to access the data anonymised at patient level"
                + ("" if variant == "agem" else "."),
                mode="access", saw=MLCSU_AW, taw=taw))
    fl.append(F(MLCSU, GPS, "identifiable",
                "4) GP Practices will be able to view the risk scores for individual patients with the ability to display the underlying SUS data for the individual patients when it is required for direct care purposes by someone who has a legitimate relationship with the patient.",
                mode="access", saw=["the risk stratification tool"], taw=["GP Practices"]))
    fl.append(F(MLCSU, ccg, "pseudonymised", "3) Record level output will be available for commissioners in anonymised or pseudonymised format.",
                mode="access", saw=["the risk stratification tool"], taw=["commissioners"], optional=True,
                note="'commissioners' read as the CCG; same edge as step 6"))
    ro.append(R(MLCSU, "processor",
                "2) Data quality management and standardisation of data is completed by the DSCRO and the data identifiable at the level of NHS number is transferred securely to Midlands and Lancashire CSU (Data Processor 1), who hold the SUS data within the secure Data Centre on N3.",
                aw=["Midlands and Lancashire CSU (Data Processor 1)"]))
    # SUS
    fl.append(F(NHSD, CMDSCRO, "identifiable",
                "1) Central and Midlands Data Services for Commissioners Regional Office (DSCRO) receives a flow of SUS identifiable data for the CCG from the SUS Repository.",
                datasets=["SUS"], saw=SUSREPO, taw=CMDSCRO_AW))
    fl.append(F(PROV, CMDSCRO, "identifiable",
                "Central and Midlands DSCRO also receives identifiable local provider data for the CCG directly from Providers.",
                datasets=["local provider data"], saw=["Providers"], taw=CMDSCRO_AW))
    fl.append(F(CMDSCRO, "North of England CSU", "identifiable",
                "2) Data quality management of data is completed by the DSCRO and the identifiable data is then passed securely to North England CSU for the addition of derived fields, linkage of data sets and analysis.",
                datasets=["SUS", "local provider data"], saw=CMDSCRO_AW, taw=["North England CSU"],
                note="as written: the template names North England CSU here, while step 3 has Midlands and Lancashire CSU pass the data on"))
    fl.append(F(MLCSU, ccg, "pseudonymised",
                "3) Midlands and Lancashire CSU then pass the processed, pseudonymised and linked data to the CCG who analyse the data to see patient journeys for pathways or service design, re-design and de-commissioning.",
                saw=MLCSU_AW, taw=taw, rowi=2))
    fl.append(F(ccg, PROV, "aggregate", "5) Feedback to NHS service providers on data quality at an aggregate level",
                saw=["the CCG"], taw=["NHS service providers"], note=FEEDBACK_NOTE))
    # MHSDS ...
    fl.append(F(NHSD, CMDSCRO, "pseudonymised",
                "1) Central and Midlands Data Services for Commissioning Regional Office (DSCRO) will receive a flow of pseudonymised patient level data for each CCG for Mental Health (MHSDS, MHMDS, MHLDDS), Improving Access to Psychological Therapies (IAPT), Maternity (MSDS), Child and Young People’s Health (CYPHS) and Diagnostic Imaging (DIDS) for commissioning purposes",
                datasets=["MHSDS", "MHMDS", "MHLDDS", "IAPT", "MSDS", "CYPHS", "DIDS"], saw=[], taw=CMDSCRO_AW,
                note="a DSCRO receiving a flow of national data sets without a named source = from NHS Digital (rule 7)"))
    fl.append(F(CMDSCRO, MLCSU, "pseudonymised",
                "2) Data quality management of data is completed by the DSCRO and the pseudonymised data is then passed securely to Midlands and Lancashire CSU for the addition of derived fields, linkage of data sets and analysis.",
                datasets=["MHSDS", "MHMDS", "MHLDDS", "IAPT", "MSDS", "CYPHS", "DIDS"], saw=CMDSCRO_AW, taw=MLCSU_AW))
    fl.append(F(MLCSU, ccg, "pseudonymised",
                "3) Midlands and Lancashire CSU then pass the processed, pseudonymised and linked data to the CCG who analyse the data to see patient journeys for pathways or service design, re-design and de-commissioning.",
                saw=MLCSU_AW, taw=taw, rowi=4))
    fl.append(F(ccg, PROV, "aggregate", "6) Feedback to NHS service providers on data quality at an aggregate and individual record level.",
                saw=["the CCG"], taw=["NHS service providers"], note=FEEDBACK_NOTE))
    return fl, ro


def _cmid(ref, ccg, ccg_aw, variant):
    flows, roles = cmid(ccg, ccg_aw, variant)
    ANNOTATIONS[ref] = {"flows": flows, "roles": roles}


_cmid("NIC-41104-C0Y4K", "NHS Dudley CCG", ["NHS DUDLEY CCG"], "agem")
_cmid("NIC-41158-X3V7D", "NHS Wolverhampton CCG", ["NHS WOLVERHAMPTON CCG"], "agem")
_cmid("NIC-41531-X2G5C", "NHS East Lancashire CCG", ["NHS EAST LANCASHIRE CCG"], "mlcsu")
_cmid("NIC-41537-D0P0M", "NHS Telford and Wrekin CCG", ["NHS TELFORD AND WREKIN CCG"], "broken")
_cmid("NIC-41596-N5Q8N", "NHS Stafford and Surrounds CCG", ["NHS STAFFORD AND SURROUNDS CCG"], "broken")
_cmid("NIC-41605-Q7C3C", "NHS West Lancashire CCG", ["NHS WEST LANCASHIRE CCG"], "broken")
_cmid("NIC-41522-S6G4K", "NHS Redditch and Bromsgrove CCG", ["NHS REDDITCH AND BROMSGROVE CCG"], "worcs")
# second draw (select_2017_ccg.SECOND), read as word for word the template twins named by their variant
_cmid("NIC-41134-T4K0J", "NHS Solihull CCG", ["NHS SOLIHULL CCG"], "agem")
_cmid("NIC-41581-C1G4F", "NHS South East Staffs and Seisdon Peninsular CCG", ["NHS SOUTH EAST STAFFS AND SEISDON PENINSULAR CCG"],
      "broken")
_cmid("NIC-41585-Z7Q7Q", "NHS South Worcestershire CCG", ["NHS SOUTH WORCESTERSHIRE CCG"], "worcs")


# ---------------------------------------------------------------------------
# North of England DSCRO / North of England CSU (East Anglia)
# ---------------------------------------------------------------------------
NEDSCRO = "North of England DSCRO"
NEDSCRO_AW = ["North of England DSCRO", "North of England  Data Services for Commissioners Regional Office (DSCRO)",
              "North of England Data Services for Commissioners Regional Office (DSCRO)", "North England DSCRO",
              "North England Data Services for Commissioners Regional Office (DSCRO)", "DSCRO North", "the DSCRO"]
NECSU = "North of England CSU"
NECSU_AW = ["North of England CSU", "North England CSU", "North England Commissioning Support Unit (NECS)",
            "the North England Commissioning Support Unit (NECS)", "NECS", "the CSU"]

def ne_east_anglia(ccg, ccg_aw):
    """NIC-39439-F6D6Y's text (SUS and local flows via North of England DSCRO and CSU); NIC-39036-P2D2D's is the same
    word for word."""
    taw = ["the CCG"] + ccg_aw
    return {"flows": [
        F(NHSD, NEDSCRO, "identifiable",
          "1. North of England  Data Services for Commissioners Regional Office (DSCRO) receives a flow of SUS identifiable data for the CCG from the SUS Repository.",
          datasets=["SUS"], saw=SUSREPO, taw=NEDSCRO_AW),
        F(PROV, NEDSCRO, "identifiable",
          "North of England DSCRO also receives identifiable local provider data for the CCG directly from Providers.",
          datasets=["local provider data"], saw=["Providers"], taw=NEDSCRO_AW),
        F(NEDSCRO, NECSU, "pseudonymised",
          "2. Data quality management and pseudonymisation of data is completed by the DSCRO and the pseudonymised data is then passed securely to North of England CSU for the addition of derived fields, linkage of data sets and analysis.",
          datasets=["SUS", "local provider data"], saw=NEDSCRO_AW, taw=NECSU_AW),
        F(NECSU, ccg, "pseudonymised",
          "3. North of England CSU then pass the processed, pseudonymised and linked data to the CCG who analyse the data to see patient journeys for pathways or service design, re-design and de-commissioning.",
          saw=NECSU_AW, taw=taw),
        F(ccg, PROV, "aggregate",
          "6. Feedback to NHS service providers on data quality at an aggregate and individual record level – only on data initially provided by the service providers.",
          saw=["the CCG"], taw=["NHS service providers", "the service providers"], note=FEEDBACK_NOTE),
    ], "roles": []}


ANNOTATIONS["NIC-39439-F6D6Y"] = ne_east_anglia("NHS West Suffolk CCG", ["NHS WEST SUFFOLK CCG"])
ANNOTATIONS["NIC-39036-P2D2D"] = ne_east_anglia("NHS Ipswich and East Suffolk CCG", ["NHS IPSWICH AND EAST SUFFOLK CCG"])

CAMPET = "NHS Cambridgeshire and Peterborough CCG"
CAMPET_AW = ["the CCG", "CCG", "NHS Cambridgeshire and Peterborough CCG", "NHS Cambridgeshire & Peterborough CCG",
             "NHS CAMBRIDGE AND PETERBOROUGH CCG"]
ANNOTATIONS["NIC-38002-S3K0V"] = {"flows": [
    F(NHSD, NEDSCRO, "unspecified", "1) SUS Data is sent from the SUS Repository to North England DSCRO.",
      datasets=["SUS"], saw=SUSREPO, taw=NEDSCRO_AW,
      note="the step gives no state; step 2 and the objective say identifiable at the level of NHS number"),
    F(NEDSCRO, NECSU, "identifiable",
      "3) Data quality management and standardisation of data is completed by the DSCRO and data is passed to the North England Commissioning Support Unit (NECS) for final data quality checks and publishing to the CCG.",
      datasets=["SUS"], saw=NEDSCRO_AW, taw=NECSU_AW,
      note="state from step 2 of the same block (identifiable SUS data received from the DSCRO)"),
    F(NECSU, CAMPET, "identifiable", "4) NECS passes the data to the CCG for addition of derived fields, linkage of data sets and analysis.",
      saw=["NECS"], taw=CAMPET_AW, note="state from step 2 of the same block; the objective: data identifiable at the level of NHS number"),
    F(CAMPET, PROV, "aggregate", "6) Feedback to NHS service providers on data quality at an aggregate and individual record level.",
      saw=["the CCG"], taw=["NHS service providers"], note=FEEDBACK_NOTE),
], "roles": []}


# ---------------------------------------------------------------------------
# North of England DSCRO / North of England CSU (Cumbria, two DSCROs)
# ---------------------------------------------------------------------------
CUMBRIA = "NHS Cumbria CCG"
CUMBRIA_AW = ["the CCG", "Cumbria CCG", "NHS CUMBRIA CCG"]
CMDSCRO_AW2 = ["Central Midlands DSCRO", "Central Midlands Data Services for Commissioners Regional Office (DSCRO)"]
LANCSN = "NHS Lancashire North CCG"
AQUA = "AQuA"
AQUA_AW = ["AQuA", "Advancing Quality Alliance (AQuA)", "Advancing Quality Alliance"]
UMT = "AHSN UMT"
UMT_AW = ["AHSN UMT", "the Academic Health Service (Utilisation Management Team) (AHSN UMT)",
          "Academic Health Service (Utilisation Management Team)", "Academic Health Sciences Network (Utilisation Management Team)",
          "The AHSN UMT", "the UM team", "The UM team", "the Utilisation Management (UM) team"]
NE_SUS1 = "1. North of England Data Services for Commissioners Regional Office (DSCRO) receives a flow of SUS identifiable data for the CCG from the SUS Repository."
NE_LPD = "North of England DSCRO also receives identifiable local provider data for the CCG directly from Providers."
CM_SUS1 = "1. Central Midlands Data Services for Commissioners Regional Office (DSCRO) receives a flow of SUS identifiable data for the CCG from the SUS Repository."
CM_LPD = "Central Midlands DSCRO also receives identifiable local provider data for the CCG directly from Providers."
NEE_SUS1 = "1. North England Data Services for Commissioners Regional Office (DSCRO) receives a flow of SUS identifiable data for the CCG from the SUS Repository."
NEE_LPD = "North England DSCRO also receives identifiable local provider data for the CCG directly from Providers."
ANNOTATIONS["NIC-36767-G4H9Z"] = {"flows": [
    # risk stratification
    F(NHSD, NEDSCRO, "identifiable",
      "1. Identifiable SUS data is sent from the SUS Repository to North of England Data Services for Commissioners Regional Office (DSCRO).",
      datasets=["SUS"], saw=SUSREPO, taw=NEDSCRO_AW),
    F(NEDSCRO, NECSU, "identifiable",
      "2. Data quality management and standardisation of data is completed by North of England DSCRO and the data identifiable at the level of NHS number is transferred securely to North of England CSU, who hold the SUS data within the secure Data Centre on N3.",
      datasets=["SUS"], saw=NEDSCRO_AW, taw=NECSU_AW),
    F(GPS, NECSU, "identifiable", "3. Identifiable GP Data is securely sent from the GP system to North of England CSU.",
      datasets=["GP Data"], saw=["the GP system"], taw=NECSU_AW),
    F(NECSU, GPS, "identifiable",
      "5. As part of the risk stratification processing activity, GPs have access to the risk stratification tool within the data processor, which highlights patients with whom the GP has a legitimate relationship and have been classed as at risk.",
      mode="access", saw=["the data processor"], taw=["GPs"],
      note="the tool is 'held within North of England CSU' (step 4); identifiable: NHS numbers of their own patients"),
    F(NECSU, CUMBRIA, "pseudonymised",
      "7. Once North of England CSU has completed the processing, the CCG can access the online system via a secure N3 connection to access the data pseudonymised at patient level and aggregated reports.",
      mode="access", saw=NECSU_AW, taw=CUMBRIA_AW),
    F(NECSU, GPS, "identifiable",
      "4. GP Practices will be able to view the risk scores for individual patients with the ability to display the underlying SUS data for the individual patients when it is required for direct care purposes by someone who has a legitimate relationship with the patient.",
      mode="access", saw=["the risk stratification tool"], taw=["GP Practices"]),
    # pan-CCG exchange
    F(NEDSCRO, "DSCRO Midlands and Lancashire", "unspecified",
      "To support the pan CCG view of data across Morecambe Bay data will be exchanged between DSCRO North and DSCRO Midlands and Lancashire sharing their respective CCGs data with each other.",
      saw=["DSCRO North"], taw=["DSCRO Midlands and Lancashire"],
      note="'exchanged between X and Y' = a flow each way; the text never says DSCRO Midlands and Lancashire is Central Midlands DSCRO (as in seeds.json)"),
    F("DSCRO Midlands and Lancashire", NEDSCRO, "unspecified",
      "To support the pan CCG view of data across Morecambe Bay data will be exchanged between DSCRO North and DSCRO Midlands and Lancashire sharing their respective CCGs data with each other.",
      saw=["DSCRO Midlands and Lancashire"], taw=["DSCRO North"]),
    F("DSCRO Midlands and Lancashire", MLCSU, "pseudonymised",
      "The DSCROs will then pass these consolidated datasets to their CSUs and onward to Cumbria CCG and Lancashire North all fully Pseudonymised as follows:",
      saw=["The DSCROs"], taw=["their CSUs", "Midlands & Lancashire CSU"], optional=True,
      note="distributive 'their CSUs': resolving it needs the Objectives ('respective CSU partners'); as in seeds.json"),
    F(MLCSU, LANCSN, "pseudonymised",
      "The DSCROs will then pass these consolidated datasets to their CSUs and onward to Cumbria CCG and Lancashire North all fully Pseudonymised as follows:",
      saw=["their CSUs"], taw=["Lancashire North", "Lancashire North CCG"], optional=True),
    F(CUMBRIA, LANCSN, "pseudonymised",
      "As part of the exercise the BI Teams within both respective CSU’s (North of England CSU and Midlands & Lancashire CSU) are working jointly to support the process and therefore this application includes the pan CCG sharing of all Pseudonymised commissioning data between Cumbria and Lancashire North CCGs (and their respective CSU partners) in order to complete the transformation project.",
      saw=["Cumbria"], taw=["Lancashire North CCGs"], optional=True, note="'sharing ... between' the two CCGs, stated as included in the application"),
    F(LANCSN, CUMBRIA, "pseudonymised",
      "As part of the exercise the BI Teams within both respective CSU’s (North of England CSU and Midlands & Lancashire CSU) are working jointly to support the process and therefore this application includes the pan CCG sharing of all Pseudonymised commissioning data between Cumbria and Lancashire North CCGs (and their respective CSU partners) in order to complete the transformation project.",
      saw=["Lancashire North CCGs"], taw=["Cumbria"], optional=True),
    # DP1 a) Cumbria data
    F(NHSD, NEDSCRO, "identifiable", NE_SUS1, datasets=["SUS"], saw=SUSREPO, taw=NEDSCRO_AW),
    F(PROV, NEDSCRO, "identifiable", NE_LPD, datasets=["local provider data"], saw=["Providers"], taw=NEDSCRO_AW),
    F(NEDSCRO, NECSU, "pseudonymised",
      "2. Data quality management and pseudonymisation of data is completed by the DSCRO and the pseudonymised data is then passed securely to North of England CSU for the addition of derived fields, linkage of data sets and analysis.",
      datasets=["SUS", "local provider data"], saw=NEDSCRO_AW, taw=NECSU_AW),
    F(NECSU, CUMBRIA, "pseudonymised",
      "3. North of England CSU then pass the processed, pseudonymised and linked data to Cumbria CCG who analyse the data to see patient journeys for pathways or service design, re-design and de-commissioning.",
      saw=NECSU_AW, taw=CUMBRIA_AW),
    # DP1 b) Lancashire North data
    F(NHSD, CMDSCRO, "identifiable", CM_SUS1, datasets=["SUS"], saw=SUSREPO, taw=CMDSCRO_AW2),
    F(PROV, CMDSCRO, "identifiable", CM_LPD, datasets=["local provider data"], saw=["Providers"], taw=CMDSCRO_AW2),
    F(CMDSCRO, NEDSCRO, "identifiable", "2. Data is securely transferred from Central Midlands DSCRO to North of England DSCRO.",
      saw=CMDSCRO_AW2, taw=NEDSCRO_AW, note="the data of step 1 (identifiable); pseudonymisation happens at step 3"),
    F(NEDSCRO, NECSU, "pseudonymised",
      "3. Data quality management and pseudonymisation of data is completed by the North of England DSCRO and the pseudonymised data is then passed securely to North of England CSU for the addition of derived fields, linkage of data sets and analysis.",
      datasets=["SUS", "local provider data"], saw=NEDSCRO_AW, taw=NECSU_AW),
    # DP2 AQuA
    F(NHSD, NEDSCRO, "identifiable", NEE_SUS1, datasets=["SUS"], saw=SUSREPO, taw=NEDSCRO_AW),
    F(PROV, NEDSCRO, "identifiable", NEE_LPD, datasets=["local provider data"], saw=["Providers"], taw=NEDSCRO_AW),
    F(NECSU, AQUA, "pseudonymised",
      "3. North of England CSU then passes the pseudonymised data securely to AQuA to provide support for a range of quality improvement programmes including the NW Advancing Quality Programme.",
      saw=NECSU_AW, taw=AQUA_AW),
    F(AQUA, CUMBRIA, "aggregate", "Only aggregate reports are sent to the CCG.", saw=["AQuA"], taw=CUMBRIA_AW,
      note="subject = the heading's Data Processor 2 (AQuA); the sentence occurs again under Data Processor 3"),
    # DP3 AHSN UMT
    F(NECSU, UMT, "pseudonymised",
      "3. North of England CSU then passes the pseudonymised data securely to the Academic Health Service (Utilisation Management Team) (AHSN UMT)",
      datasets=["SUS"], saw=NECSU_AW, taw=UMT_AW),
    F(UMT, CUMBRIA, "aggregate", "AHSN UMT produces aggregate reports only with small number suppression in line with the HES analysis guide.",
      saw=["AHSN UMT"], taw=CUMBRIA_AW,
      note="with the next sentence 'Only aggregate reports are sent to the CCG.' under the Data Processor 3 heading"),
    # mental health a) b)
    F(NHSD, NEDSCRO, "identifiable",
      "1. North of England Data Services for Commissioners Regional Office (DSCRO) receives a flow of data identifiable at the level of NHS number for Mental Health (MHSDS, MHMDS, MHLDDS) and Maternity (MSDS) North of England DSCRO also receive a flow of pseudonymised patient level data for each CCG for Improving Access to Psychological Therapies (IAPT), Child and Young People’s Health (CYPHS) and Diagnostic Imaging (DIDS) for commissioning purposes",
      datasets=["MHSDS", "MHMDS", "MHLDDS", "MSDS"], taw=NEDSCRO_AW,
      note="a DSCRO receiving a flow of national data sets without a named source = from NHS Digital (rule 7)"),
    F(NHSD, NEDSCRO, "pseudonymised",
      "1. North of England Data Services for Commissioners Regional Office (DSCRO) receives a flow of data identifiable at the level of NHS number for Mental Health (MHSDS, MHMDS, MHLDDS) and Maternity (MSDS) North of England DSCRO also receive a flow of pseudonymised patient level data for each CCG for Improving Access to Psychological Therapies (IAPT), Child and Young People’s Health (CYPHS) and Diagnostic Imaging (DIDS) for commissioning purposes",
      datasets=["IAPT", "CYPHS", "DIDS"], taw=NEDSCRO_AW),
    F(NEDSCRO, NECSU, "pseudonymised",
      "2. Data quality management and pseudonymisation of data is completed by North of England DSCRO and the pseudonymised data is then passed securely to North of England CSU for the addition of derived fields, linkage of data sets and analysis.",
      datasets=["MHSDS", "MHMDS", "MHLDDS", "MSDS", "IAPT", "CYPHS", "DIDS"], saw=NEDSCRO_AW, taw=NECSU_AW),
    F(NECSU, CUMBRIA, "pseudonymised", "3. North of England CSU then pass the processed, pseudonymised and linked data to the CCG.",
      saw=NECSU_AW, taw=CUMBRIA_AW),
    F(NHSD, CMDSCRO, "identifiable",
      "1. Central Midlands Data Services for Commissioners Regional Office (DSCRO) receives a flow of data identifiable at the level of NHS number for Mental Health (MHSDS, MHMDS, MHLDDS), Maternity (MSDS), Improving Access to Psychological Therapies (IAPT), Child and Young People’s Health (CYPHS) and Diagnostic Imaging (DIDS) for commissioning purposes",
      datasets=["MHSDS", "MHMDS", "MHLDDS", "MSDS", "IAPT", "CYPHS", "DIDS"], taw=CMDSCRO_AW2),
    F(CUMBRIA, PROV, "aggregate",
      "6. Feedback to NHS service providers on data quality at an aggregate and individual record level – only on data initially provided by the service providers.",
      saw=["the CCG"], taw=["NHS service providers"], note=FEEDBACK_NOTE),
], "roles": [
    R(NECSU, "processor", "Data Processor 1 – North of England CSU"),
    R(AQUA, "processor", "Data Processor 2 – AQuA (via DP1)"),
    R(UMT, "processor", "Data Processor 3 – Academic Health Sciences Network (Utilisation Management Team) (SUS Only) (via DP1)::",
      aw=["Academic Health Sciences Network (Utilisation Management Team)"]),
    R("Salford Royal NHS Foundation Trust", "access-restricted-to",
      "Only substantive employees of Salford Royal NHS Foundation Trust will have access to the record level data and only for the purpose stated within the agreement."),
]}


# ---------------------------------------------------------------------------
# North West DSCRO / Arden and GEM CSU / GMSS (Trafford)
# ---------------------------------------------------------------------------
NWDSCRO = "North West DSCRO"
NWDSCRO_AW = ["North West DSCRO", "North West Data Services for Commissioners Regional Office (DSCRO)", "the DSCRO"]
AGEM_AW2 = ["Arden & GEM CSU", "AGEM CSU", "the CSU"]
GMSS = "Greater Manchester Shared Services"
GMSS_AW = ["GMSS", "the Greater Manchester Shared Services (GMSS)", "Greater Manchester Shared Services (GMSS)",
           "the GMSS CEfF team", "GMSS (Hosted by Oldham CCG)"]
MEDE = "MedeAnalytics"
MEDE_AW = ["MedeAnalytics", "Medeanalytics", "the data processor"]
TRAFF = "NHS Trafford CCG"
TRAFF_AW = ["the CCG", "NHS TRAFFORD CCG"]
NW_SUS1 = "1. North West Data Services for Commissioners Regional Office (DSCRO) obtains a flow of SUS identifiable data for the CCG from the SUS Repository."
NW_LPD = "North West DSCRO also receives identifiable local provider data for the CCG directly from Providers."
NW_PS2 = ("2. Data quality management and pseudonymisation of data is completed by North West DSCRO and the pseudonymised data is then passed "
          "securely to Arden & GEM CSU for the addition of derived fields, linkage of data sets and analysis.")
ANNOTATIONS["NIC-47215-M5Y5Q"] = {"flows": [
    F(UMT, "CCGs (collectively)", "aggregate",
      "The UM team also produce aggregate level monthly reports for all CCGs – they typically analyse the data to look at specific processes rather than patients, for example A&E performance, process times, and bed days.",
      saw=["The UM team", "the Utilisation Management (UM) team"], taw=["all CCGs"],
      note="aggregate reports to a collective recipient (issue 10)"),
    # invoice validation, Data Processor 2 - GMSS
    F(NHSD, NWDSCRO, "unspecified", "1. SUS Data is sent from the SUS Repository to North West DSCRO",
      datasets=["SUS"], saw=SUSREPO, taw=NWDSCRO_AW),
    F(NWDSCRO, GMSS, "unspecified",
      "2. North West DSCRO obtains a one-way data flow of SUS data into the Controlled Environment for Finance (CEfF) located in GMSS (Hosted by Oldham CCG).",
      datasets=["SUS"], saw=NWDSCRO_AW, taw=GMSS_AW,
      note="'obtains a one-way data flow ... into the CEfF located in GMSS': the DSCRO sends into GMSS's CEfF; Oldham CCG only hosts GMSS (no flow to Oldham CCG); the objective says identifiable"),
    F(GMSS, TRAFF, "aggregate",
      "The CCG only receives notification to pay and management reporting detailing the total quantum of invoices received pending, processed etc.",
      saw=["the GMSS CEfF team"], taw=TRAFF_AW, note="management reporting (aggregate) from the GMSS CEfF team"),
    # risk stratification, Data Processor 5 - MedeAnalytics
    F(NHSD, NWDSCRO, "unspecified",
      "1. SUS Data is obtained from the SUS Repository to North West Data Services for Commissioners Regional Office (DSCRO) to the data processor.",
      datasets=["SUS"], saw=SUSREPO, taw=NWDSCRO_AW),
    F(NWDSCRO, MEDE, "identifiable",
      "2. SUS data identifiable at the level of NHS number regarding hospital admissions, A&E attendances and outpatient attendances is delivered securely from North West DSCRO to the data processor.",
      datasets=["SUS"], saw=NWDSCRO_AW, taw=["the data processor"], note="'the data processor' = the heading's Data Processor 5 - MedeAnalytics"),
    F(NWDSCRO, MEDE, "identifiable",
      "3. Data quality management and standardisation of data is completed by North West DSCRO and the data identifiable at the level of NHS number is transferred securely to MedeAnalytics who hold the SUS data within the secure Data Centre on N3.",
      datasets=["SUS"], saw=NWDSCRO_AW, taw=MEDE_AW),
    F(GPS, MEDE, "identifiable", "4. Identifiable GP Data is securely sent from the GP system to MedeAnalytics",
      datasets=["GP Data"], saw=["the GP system"], taw=MEDE_AW),
    F(MEDE, GPS, "identifiable",
      "6. As part of the risk stratification processing activity, GPs have access to the risk stratification tool within the data processor, which highlights patients with whom the GP has a legitimate relationship and have been classed as at risk.",
      mode="access", saw=["the data processor"], taw=["GPs"],
      note="the tool's holder = MedeAnalytics (step 7: hosts the risk stratification system); never Arden & GEM CSU or GMSS"),
    F(MEDE, GPS, "pseudonymised", "The risk stratification presents pseudonymised data to the GPs.",
      mode="access", saw=["The risk stratification"], taw=["the GPs"]),
    F(MEDE, TRAFF, "pseudonymised",
      "8. Once MedeAnalytics has completed the processing, the CCG can access the online system via a secure N3 connection to access the data pseudonymised at patient level and aggregated reports.",
      mode="access", saw=MEDE_AW, taw=TRAFF_AW),
    # SUS and local flows: DP2 GMSS, DP3 AQuA, DP4 AHSN UMT (all via DP1 Arden & GEM)
    F(NHSD, NWDSCRO, "identifiable", NW_SUS1, datasets=["SUS"], saw=SUSREPO, taw=NWDSCRO_AW),
    F(PROV, NWDSCRO, "identifiable", NW_LPD, datasets=["local provider data"], saw=["Providers"], taw=NWDSCRO_AW),
    F(NWDSCRO, AGEM, "pseudonymised", NW_PS2, datasets=["SUS", "local provider data"], saw=NWDSCRO_AW, taw=AGEM_AW2),
    F(AGEM, GMSS, "pseudonymised", "3. Arden & GEM CSU then passes the pseudonymised data securely to the Greater Manchester Shared Services (GMSS).",
      saw=AGEM_AW2, taw=GMSS_AW),
    F(GMSS, TRAFF, "pseudonymised", "5. GMSS then pass the processed pseudonymised data to the CCG",
      saw=["GMSS"], taw=TRAFF_AW, note="'the CCG' = Trafford CCG (the applicant), never Oldham CCG which hosts GMSS"),
    F(AGEM, AQUA, "pseudonymised",
      "3. Arden & GEM CSU then passes the pseudonymised data securely to AQuA to provide support for a range of quality improvement programmes including the NW Advancing Quality Programme.",
      saw=AGEM_AW2, taw=AQUA_AW),
    F(AQUA, TRAFF, "aggregate", "Only aggregate reports are sent to the CCG.", saw=["AQuA"], taw=TRAFF_AW,
      note="subject = the heading's Data Processor 3 (AQuA); the same sentence follows the AHSN UMT and the mental health AQuA blocks"),
    F(NWDSCRO, AGEM, "pseudonymised",
      "2. Data quality management and pseudonymisation of data is completed by North West DSCRO and the pseudonymised data is then passed securely to Arden & GEM CSU for the addition of derived fields, linkage of data and analysis.",
      datasets=["SUS"], saw=NWDSCRO_AW, taw=AGEM_AW2),
    F(AGEM, UMT, "pseudonymised",
      "3. Arden & GEM CSU then passes the pseudonymised data securely to the Academic Health Service (Utilisation Management Team) (AHSN UMT)",
      datasets=["SUS"], saw=AGEM_AW2, taw=UMT_AW),
    F(UMT, TRAFF, "aggregate", "5. AHSN UMT produces aggregate reports only with small number suppression in line with the HES analysis guide.",
      saw=["AHSN UMT"], taw=TRAFF_AW, note="followed by 'Only aggregate reports are sent to the CCG.' under the Data Processor 4 heading"),
    # mental health and IAPT: DP1 Arden & GEM, DP2 GMSS, DP3 AQuA
    F(NHSD, NWDSCRO, "identifiable",
      "1. North West Data Services for Commissioners Regional Office (DSCRO) obtains  a flow of data identifiable at the level of NHS number for Mental Health (MHSDS, MHMDS, MHLDDS) and MSDS.",
      datasets=["MHSDS", "MHMDS", "MHLDDS", "MSDS"], taw=NWDSCRO_AW,
      note="a DSCRO obtaining a flow of national data sets without a named source = from NHS Digital (rule 7)"),
    F(NHSD, NWDSCRO, "pseudonymised",
      "North West DSCRO also receive a flow of pseudonymised patient level data for each CCG for Improving Access to Psychological Therapies (IAPT), Child and Young People’s Health (CYPHS) and Diagnostic Imaging (DIDS) for commissioning purposes",
      datasets=["IAPT", "CYPHS", "DIDS"], taw=NWDSCRO_AW),
    F(NWDSCRO, AGEM, "pseudonymised",
      "2. Data quality management and pseudonymisation of data is completed by North West DSCRO and the pseudonymised data is then passed securely to Arden & GEM CSU for the addition of derived fields, linkage of data sets and analysis.",
      datasets=["MHSDS", "MHMDS", "MHLDDS", "MSDS", "IAPT", "CYPHS", "DIDS"], saw=NWDSCRO_AW, taw=AGEM_AW2),
    F(AGEM, TRAFF, "pseudonymised",
      "3. Arden & GEM CSU then pass the processed, pseudonymised  data to the CCG who analyse the data to see patient journeys for pathways or service design, re-design and de-commissioning.",
      saw=AGEM_AW2, taw=TRAFF_AW),
    F(NHSD, NWDSCRO, "identifiable",
      "1. North West Data Services for Commissioners Regional Office (DSCRO) receives a flow of data identifiable at the level of NHS number for Mental Health (MHSDS, MHMDS, MHLDDS) North West DSCRO also receive a flow of pseudonymised patient level data for each CCG for Improving Access to Psychological Therapies (IAPT) for commissioning purposes",
      datasets=["MHSDS", "MHMDS", "MHLDDS"], taw=NWDSCRO_AW),
    F(NHSD, NWDSCRO, "pseudonymised",
      "1. North West Data Services for Commissioners Regional Office (DSCRO) receives a flow of data identifiable at the level of NHS number for Mental Health (MHSDS, MHMDS, MHLDDS) North West DSCRO also receive a flow of pseudonymised patient level data for each CCG for Improving Access to Psychological Therapies (IAPT) for commissioning purposes",
      datasets=["IAPT"], taw=NWDSCRO_AW),
    F(NWDSCRO, AGEM, "pseudonymised",
      "2. The pseudonymised data is securely transferred from North West DSCRO to Arden & GEM CSU for the addition of derived fields and analysis.",
      datasets=["MHSDS", "MHMDS", "MHLDDS", "IAPT"], saw=NWDSCRO_AW, taw=AGEM_AW2),
    F(AGEM, GMSS, "pseudonymised",
      "3. Arden & GEM CSU then pass the processed, pseudonymised and linked data to the Greater Manchester Shared Services (GMSS)",
      saw=AGEM_AW2, taw=GMSS_AW),
    F(GMSS, TRAFF, "pseudonymised", "4. GMSS analyse and conduct the BI function and then send the Pseudonymised data to the CCG.",
      saw=["GMSS"], taw=TRAFF_AW),
    F(NHSD, NWDSCRO, "identifiable",
      "1. North West Data Services for Commissioners Regional Office (DSCRO) receives a flow of data identifiable at the level of NHS number for Mental Health (MHSDS, MHMDS, MHLDDS).",
      datasets=["MHSDS", "MHMDS", "MHLDDS"], taw=NWDSCRO_AW),
    F(NWDSCRO, AGEM, "pseudonymised",
      "2. Data quality management and pseudonymisation of data is completed by North West DSCRO and the pseudonymised data is then passed securely to Arden & GEM CSU for the addition of derived fields and analysis.",
      datasets=["MHSDS", "MHMDS", "MHLDDS"], saw=NWDSCRO_AW, taw=AGEM_AW2),
    F(AGEM, AQUA, "pseudonymised", "3. Arden & GEM CSU then passes the pseudonymised data securely to Advancing Quality Alliance (AQuA).",
      saw=AGEM_AW2, taw=AQUA_AW),
    F(AQUA, TRAFF, "aggregate", "5. AQuA produces aggregate reports only with small number suppression in line with the HES analysis guide.",
      saw=["AQuA"], taw=TRAFF_AW),
    F(TRAFF, PROV, "aggregate", "6. Feedback to NHS service providers on data quality at an aggregate and individual record level.",
      saw=["the CCG"], taw=["NHS service providers"], note=FEEDBACK_NOTE),
], "roles": [
    R(AGEM, "processor", "In the NW, all CCGs have AGEM CSU as a data processor as the CSU provides their core DSCRO and data management services.",
      aw=["AGEM CSU"]),
    R(AGEM, "processor", "Data Processor 1 – Arden & GEM CSU", aw=["Arden & GEM CSU"]),
    R(GMSS, "processor", "Data Processor 2 - GMSS", aw=["GMSS"]),
    R(AQUA, "processor", "Data Processor 3 – Advancing Quality Alliance (AQuA) (via DP1):", aw=AQUA_AW),
    R(UMT, "processor", "Data Processor 4 – Academic Health Sciences Network (Utilisation Management Team) (SUS Only) (via DP1):",
      aw=["Academic Health Sciences Network (Utilisation Management Team)", "AHSN UMT"]),
    R(MEDE, "processor", "Data Processor 5 - MedeAnalytics", aw=["MedeAnalytics", "Medeanalytics"]),
]}


# ---------------------------------------------------------------------------
# CSU as applicant (national data)
# ---------------------------------------------------------------------------
NECS_AW = ["NHS North of England Commissioning Support (NECS)", "NECS", "the CSU", "North of England Commissioning Support Unit",
           "NHS NORTH OF ENGLAND COMMISSIONING SUPPORT UNIT"]
ANNOTATIONS["NIC-08095-P4D0D"] = {"flows": [
    F(NHSD, NECSU, "pseudonymised",
      "For clarity, this request is for non-identifiable, pseudonymised data to flow into the data management team of North of England Commissioning Support Unit.",
      datasets=["HES"], taw=NECS_AW + ["the data management team of North of England Commissioning Support Unit"],
      note="the requested HES data; the sender is implicit (the agreement is with NHS Digital)"),
    F(NECSU, "CCGs (collectively)", "aggregate",
      "It is currently used by Clinical Commissioning Groups (CCGs), internally within the CSU through specialist support teams and by CCG member practices.",
      mode="access", saw=["RAIDR", "NECS"], taw=["Clinical Commissioning Groups (CCGs)"],
      note="RAIDR, held by NECS, used by CCGs; with 'Only aggregate data will leave the CSU' and the HES dashboards 'available via the RAIDR tool to registered users'"),
    F(NECSU, GPS, "aggregate",
      "It is currently used by Clinical Commissioning Groups (CCGs), internally within the CSU through specialist support teams and by CCG member practices.",
      mode="access", saw=["RAIDR", "NECS"], taw=["CCG member practices"],
      note="'The RAIDR tool is used to present practice level activity and performance information allowing GP practices to assess ...'"),
    F(NECSU, "Local authorities (collectively)", "aggregate",
      "This tool is available on a subscription basis only to NHS organisations and local authorities.",
      mode="access", saw=["This tool"], taw=["local authorities"], optional=True,
      note="availability to a customer base, not a statement that local authorities use it"),
    F("Unnamed DSCRO (NIC-08095-P4D0D)", NECSU, "pseudonymised",
      "Data delivered via the DSCRO is pseudonymised in to the CSU where the BI service and RAIDR are hosted.",
      saw=["the DSCRO"], taw=["the CSU"], optional=True,
      note="describes the CSU's existing feeds, not the data under this agreement"),
    F(PROV, NECSU, "unspecified",
      "These data sets are provided either by the DSCRO service, downloaded directly the NHS England data catalogue or directly from provider organisations.",
      saw=["provider organisations"], taw=["the CSU"], optional=True,
      note="describes the CSU's existing feeds, not the data under this agreement"),
    F(NECSU, GPS, "aggregate",
      "A dementia dashboard was developed within RAIDR to highlight to GP practices and commissioners where practices potentially had patients missing from their register based on secondary care SUS data – this was successful with the number of patients on dementia registers increasing however it could only be undertaken locally as NECS did not hold a national dataset.",
      mode="access", saw=["RAIDR", "NECS"], taw=["GP practices"], optional=True,
      note="a past project on SUS data, before this agreement"),
], "roles": []}

NELCSU = "North and East London CSU"
NELCSU_AW = ["North and East London Commissioning Support Unit (NELCSU)", "NELCSU", "the CSU", "CSU analysts",
             "NHS NORTH AND EAST LONDON COMMISSIONING SUPPORT UNIT"]
ANNOTATIONS["NIC-371243-H1P5T"] = {"flows": [
    F(NHSD, NELCSU, "pseudonymised",
      "The pseudonymised record level HES data is interrogated only by approved NELCSU substantively employed analysts to provide benchmarking and comparative information to NELCSU clients and NHS health economy wide transformation projects that require detailed hospital level data.",
      datasets=["HES"], taw=NELCSU_AW, optional=True,
      note="the dissemination of HES to the CSU is implied by the agreement, not stated by a sentence"),
    F(NELCSU, "CCGs (collectively)", "aggregate",
      "The pseudonymised record level HES data is interrogated only by approved NELCSU substantively employed analysts to provide benchmarking and comparative information to NELCSU clients and NHS health economy wide transformation projects that require detailed hospital level data.",
      saw=["NELCSU"], taw=["NELCSU clients", "the CSU's clients (CCGs)", "CCG clients"],
      note="benchmarking information to the CSU's clients, which the Outputs name as CCGs ('the CSU's clients (CCGs)'); all outputs aggregated"),
    F(NELCSU, "Local authorities (collectively)", "aggregate",
      "• Elements of Joint Strategic Needs Assessments (JSNA) - to support CCGs/Local Authorities to consider the needs of their local populations and in how they respond with effective commissioning of services to properly meet those needs, by enabling, for example views of the use of secondary services by different patient groups by condition, ethnicity, etc.",
      saw=["NELCSU"], taw=["Local Authorities"], optional=True,
      note="outputs 'to support CCGs/Local Authorities': a purpose, arguably a recipient"),
    F(NELCSU, "NHS England", "aggregate",
      "b.\tNELCSU are currently supporting NHS England with work identifying the highest and lowest referrers within London by CCG and by GP Practices within each CCG.",
      saw=["NELCSU"], taw=["NHS England"], optional=True, note="support to NHS England; no output is said to be sent"),
], "roles": [
    R(NELCSU, "access-restricted-to",
      "Only an approved list of NELCSU substantively employed analysts have access to the full set of pseudonymised data tables, via secure server based Structured Query Language (SQL) querying.",
      aw=["NELCSU"]),
    R("Interxion", "access-would-breach",
      "For clarity, any access by Interxion to data held under this agreement would be considered a breach of the agreement."),
]}

CMCSU = "Central Midlands CSU"
CMCSU_AW = ["the CSU", "The CSU", "NHS CENTRAL MIDLANDS COMMISSIONING SUPPORT UNIT", "the Strategy Unit of the CSU"]
ANNOTATIONS["NIC-05206-L1V6D"] = {"flows": [
    F("Unnamed DSCRO (NIC-05206-L1V6D)", CMCSU, "unspecified",
      "For clarity, the DSCRO may not process the data for the CSU other than initially downloading the data and storing it on the servers accessible by the CSU, and hence is not listed as a data processor.",
      saw=["the DSCRO"], taw=["the CSU"], optional=True,
      note="a prohibition ('may not') whose exception describes the DSCRO downloading the data onto the CSU's servers (as in seeds.json)"),
    F(CMCSU, "CCGs (collectively)", "aggregate",
      "The reports are bespoke to individual commissioning organisations and are only provided to those organisations that place an order.",
      saw=["the CSU"], taw=["individual commissioning organisations", "commissioning organisations", "CCGs"],
      note="QIPP opportunity packs and demography reports (aggregate) provided to the commissioning organisations that order them"),
    F(CMCSU, "Providers", "aggregate",
      "However the CSU have now been requested to provide packs for a wider range of CCGs and trusts including all Staffordshire, Lancashire, Herefordshire, Worcestershire, Shropshire and Telford and Wrekin.",
      saw=["the CSU"], taw=["trusts", "CCGs/trusts"], optional=True, note="packs requested for trusts; 'will be offering the packs to all CCGs trusts in England'"),
    F(CMCSU, "NHS England", "aggregate",
      "In 2017, the CSU produced a report for NHS England describing the context and status of end of life care services across the West Midlands Region.",
      saw=["the CSU"], taw=["NHS England"]),
    F(CMCSU, "STPs (collectively)", "aggregate", "The end users of these reports are all the organisations that make up local STPs.",
      saw=["the CSU"], taw=["all 44 Sustainability and Transformation Partnerships", "all the organisations that make up local STPs", "all 44 STPs"],
      note="the report 'Making the Case for Integrating Mental and Physical Health Care' for all 44 STPs, commissioned by NHS England"),
], "roles": [
    R(CMCSU, "access-restricted-to", "Across all of the above processing, processing will be only carried out by CSU staff with the appropriate governance and access.",
      aw=["CSU staff"]),
]}


# ---------------------------------------------------------------------------
# North East London DSCRO / North East London CSU (London)
# ---------------------------------------------------------------------------
NELDSCRO = "North East London DSCRO"
NELDSCRO_AW = ["North East London DSCRO", "North East London Data Services for Commissioners Regional Office (DSCRO)",
               "DSCRO North East London", "Data Services for Commissioners Regional Office (DSCRO) North East London",
               "the North East London DSCRO", "the DSCRO", "DSCRO", "NEL DSCRO", "DSCRO NEL",
               "North & East London DSCRO", "North & East London Data Services for Commissioners Regional Office (DSCRO)",
               "North East London (NEL) Data Services for Commissioners Regional Office (DSCRO)",
               "North & East London (NEL) Data Services for Commissioners Regional Office (DSCRO)"]
NELCSU_AW2 = ["North East London CSU", "the North East London CSU", "NEL CSU", "the CSU", "the CSU CEfF team",
              "North and East London Commissioning Support Unit"]
GP_RSTOOL_NOTE = "identifiable: the only identifier available to GPs is the NHS numbers of their own patients"


def nel_iv(ccg, taw):
    """Invoice validation in the CEfF of North East London CSU (London agreements)."""
    return [
        F(NHSD, NELDSCRO, "unspecified",
          "1. SUS Data is obtained from the SUS Repository to North East London Data Services for Commissioners Regional Office (DSCRO).",
          datasets=["SUS"], saw=SUSREPO, taw=NELDSCRO_AW),
        F(NELDSCRO, NELCSU, "anonymised",
          "2. North East London DSCRO de-identifies the data and pushes a one-way data flow of SUS data anonymised in line with the ICO Code of Practice and using the local identifiers into the Controlled Environment for Finance (CEfF) in the North East London CSU.",
          datasets=["SUS"], saw=NELDSCRO_AW, taw=NELCSU_AW2),
        F(NELCSU, ccg, "aggregate",
          "6. The CCG only receives notification to pay and management reporting detailing the total quantum of invoices received pending, processed etc.",
          saw=["the CSU CEfF team", "the CSU"], taw=taw, note="management reporting (aggregate) from the CSU's CEfF"),
    ]


CAMDEN = "NHS Camden CCG"
CAMDEN_AW = ["the CCG", "Camden CCG", "NHS CAMDEN CCG"]
ANNOTATIONS["NIC-41632-C6X9D"] = {"flows": nel_iv(CAMDEN, CAMDEN_AW) + [
    F(NELCSU, CAMDEN, "aggregate", "The CCG are advised by the CSU whether payment for invoices can be made or not.",
      saw=["the CSU"], taw=CAMDEN_AW, optional=True, note="advice that invoices can be paid, not patient data"),
    # risk stratification: the CCG hosts the tool
    F(NHSD, NELDSCRO, "identifiable",
      "1. Identifiable SUS data is obtained from the SUS Repository to North East London Data Services for Commissioners Regional Office (DSCRO).",
      datasets=["SUS"], saw=SUSREPO, taw=NELDSCRO_AW),
    F(NELDSCRO, NELCSU, "identifiable",
      "2. Data quality management and standardisation of data is completed by North East London DSCRO and the data identifiable at the level of NHS number is transferred securely to the North East London CSU for landing only.",
      datasets=["SUS"], saw=NELDSCRO_AW, taw=NELCSU_AW2),
    F(NELCSU, CAMDEN, "identifiable",
      "3. North East London CSU then securely transfer the data to the CCG, who hold the SUS data within the secure Data Centre on N3.",
      datasets=["SUS"], saw=NELCSU_AW2, taw=CAMDEN_AW),
    F(GPS, CAMDEN, "identifiable", "5. Identifiable GP Data is securely sent from the GP system to the CCG.",
      datasets=["GP Data"], saw=["the GP system"], taw=CAMDEN_AW),
    F(CAMDEN, GPS, "identifiable",
      "7. As part of the risk stratification processing activity, GPs have access to the risk stratification tool within the data processor.",
      mode="access", saw=["the data processor"], taw=["GPs"],
      note="the tool's holder = the CCG (step 8: 'The CCG who hosts the risk stratification system'); " + GP_RSTOOL_NOTE),
    F(CAMDEN, GPS, "identifiable",
      "4. GP Practices will be able to view the risk scores for individual patients with the ability to display the underlying SUS data for the individual patients when it is required for direct care purposes by someone who has a legitimate relationship with the patient.",
      mode="access", saw=["the risk stratification tool"], taw=["GP Practices"]),
    # SUS and local flows
    F(NHSD, NELDSCRO, "identifiable",
      "1. North East London Data Services for Commissioners Regional Office (DSCRO) obtains a flow of SUS identifiable data for the CCG from the SUS Repository.",
      datasets=["SUS"], saw=SUSREPO, taw=NELDSCRO_AW),
    F(PROV, NELDSCRO, "identifiable", "North East London DSCRO also obtains identifiable local provider data for the CCG directly from Providers.",
      datasets=["local provider data"], saw=["Providers"], taw=NELDSCRO_AW),
    F(NELDSCRO, NELCSU, "pseudonymised",
      "2. Data quality management and pseudonymisation of data is completed by the DSCRO and the pseudonymised data is then passed securely to North East London CSU for the addition of derived fields, linkage of data sets and analysis.",
      datasets=["SUS", "local provider data"], saw=NELDSCRO_AW, taw=NELCSU_AW2),
    F(NELCSU, CAMDEN, "pseudonymised", "3. North East London CSU then pass the processed, pseudonymised and linked data to the CCG.",
      saw=NELCSU_AW2, taw=CAMDEN_AW),
    # mental health and maternity
    F(NHSD, NELDSCRO, "identifiable",
      "1. North East London Data Services for Commissioners Regional Office (DSCRO) obtains a flow of data identifiable at the level of NHS number for Mental Health (MHSDS, MHMDS, MHLDDS) and Maternity (MSDS) for commissioning purposes.",
      datasets=["MHSDS", "MHMDS", "MHLDDS", "MSDS"], taw=NELDSCRO_AW,
      note="a DSCRO obtaining a flow of national data sets without a named source = from NHS Digital (rule 7)"),
    F(NELDSCRO, NELCSU, "pseudonymised",
      "2. Data quality management and pseudonymisation of data is completed by North East London DSCRO and the pseudonymised data is then passed securely to North East London CSU for the addition of derived fields and analysis.",
      datasets=["MHSDS", "MHMDS", "MHLDDS", "MSDS"], saw=NELDSCRO_AW, taw=NELCSU_AW2),
    F(NELCSU, CAMDEN, "pseudonymised", "3. North East London CSU then pass the processed, pseudonymised data to the CCG.",
      saw=NELCSU_AW2, taw=CAMDEN_AW),
    F(CAMDEN, PROV, "aggregate",
      "6. Feedback to NHS service providers on data quality at an aggregate and individual record level – only on data initially provided by the service providers.",
      saw=["the CCG"], taw=["NHS service providers"], note=FEEDBACK_NOTE),
], "roles": []}

WALTHAM = "NHS Waltham Forest CCG"
WALTHAM_AW = ["the CCG", "Waltham Forest", "NHS WALTHAM FOREST CCG", "CCG staff"]
REDBRIDGE = "NHS Redbridge CCG"
REDBRIDGE_AW = ["Redbridge CCG", "the data processor (Redbridge CCG)", "the data processor"]
ANNOTATIONS["NIC-55709-D8W3P"] = {"flows": nel_iv(WALTHAM, WALTHAM_AW) + [
    # risk stratification: Capita tool hosted at Redbridge CCG
    F(NHSD, NELDSCRO, "identifiable",
      "1. Identifiable SUS data is obtained from the SUS Repository by Data Services for Commissioners Regional Office (DSCRO) North East London.",
      datasets=["SUS"], saw=SUSREPO, taw=NELDSCRO_AW),
    F(NELDSCRO, REDBRIDGE, "identifiable",
      "2. Data quality management and standardisation of data is completed by DSCRO North East London and the data identifiable at the level of NHS number is transferred securely to Redbridge CCG (via North East London CSU download area), who hold the SUS data within the secure Data Centre on N3.",
      datasets=["SUS"], saw=NELDSCRO_AW, taw=REDBRIDGE_AW),
    F(NELDSCRO, NELCSU, "identifiable",
      "2. Data quality management and standardisation of data is completed by DSCRO North East London and the data identifiable at the level of NHS number is transferred securely to Redbridge CCG (via North East London CSU download area), who hold the SUS data within the secure Data Centre on N3.",
      datasets=["SUS"], saw=NELDSCRO_AW, taw=["North East London CSU download area"], optional=True,
      note="the 'via' hop: the CSU's download area as a landing point"),
    F(NELCSU, REDBRIDGE, "identifiable",
      "2. Data quality management and standardisation of data is completed by DSCRO North East London and the data identifiable at the level of NHS number is transferred securely to Redbridge CCG (via North East London CSU download area), who hold the SUS data within the secure Data Centre on N3.",
      datasets=["SUS"], saw=["North East London CSU download area"], taw=REDBRIDGE_AW, optional=True),
    F(GPS, REDBRIDGE, "identifiable",
      "3. Identifiable GP Data is securely sent from the GP system to Redbridge CCG using the Capita (formerly Health Analytics) Risk Stratification Tool.",
      datasets=["GP Data"], saw=["the GP system"], taw=REDBRIDGE_AW,
      note="Capita supplies the tool; it is not said to receive or hold data"),
    F(REDBRIDGE, GPS, "identifiable",
      "5. As part of the risk stratification processing activity, GPs have access to the risk stratification tool within the data processor, which highlights patients with whom the GP has a legitimate relationship and have been classed as at risk.",
      mode="access", saw=["the data processor"], taw=["GPs"], note="the data processor = Redbridge CCG (step 4); " + GP_RSTOOL_NOTE),
    F(REDBRIDGE, WALTHAM, "pseudonymised",
      "7. Once Redbridge CCG has completed the processing, the CCG can access the online system via a secure N3 connection to access the data pseudonymised at patient level.",
      mode="access", saw=REDBRIDGE_AW, taw=WALTHAM_AW, note="'the CCG' = Waltham Forest CCG (the applicant), not Redbridge CCG"),
    F(REDBRIDGE, GPS, "pseudonymised",
      "In the first instance, GPs have access to pseudonymised patient level data of their own patients however they also have the ability to access NHS number of their patients following explicit action that initiates a re-identification of the pseudonymised NHS number.",
      mode="access", saw=["the risk stratification tool"], taw=["GPs"]),
    F(REDBRIDGE, GPS, "identifiable",
      "4. GP Practices will be able to view the risk scores for individual patients with the ability to display the underlying SUS data for the individual patients when it is required for direct care purposes by someone who has a legitimate relationship with the patient.",
      mode="access", saw=["the risk stratification tool"], taw=["GP Practices"]),
    # combined commissioning block
    F(NHSD, NELDSCRO, "identifiable",
      "1a. Data Services for Commissioners Regional Office (DSCRO) North East London obtains a flow of SUS identifiable data for the CCG from the SUS Repository.",
      datasets=["SUS"], saw=SUSREPO, taw=NELDSCRO_AW),
    F(PROV, NELDSCRO, "identifiable", "DSCRO North East London also obtains identifiable local provider data for the CCG directly from Providers.",
      datasets=["local provider data"], saw=["Providers"], taw=NELDSCRO_AW),
    F(NHSD, NELDSCRO, "identifiable",
      "1b. Data Services for Commissioners Regional Office (DSCRO) North East London obtains a flow of data identifiable at the level of NHS number for Mental Health (MHSDS, MHMDS, MHLDDS), Maternity (MSDS), Improving Access to Psychological Therapies (IAPT), Child and Young People’s Health (CYPHS) and Diagnostic Imaging (DIDS) for commissioning purposes from NHS Digital.",
      datasets=["MHSDS", "MHMDS", "MHLDDS", "MSDS", "IAPT", "CYPHS", "DIDS"], saw=["NHS Digital"], taw=NELDSCRO_AW),
    F(NELDSCRO, NELCSU, "pseudonymised",
      "2. Data quality management and pseudonymisation of data is completed by DSCRO North East London and the pseudonymised data is then passed securely to North East London CSU for the addition of derived fields and analysis.",
      datasets=["SUS", "local provider data", "MHSDS", "MHMDS", "MHLDDS", "MSDS", "IAPT", "CYPHS", "DIDS"], saw=NELDSCRO_AW, taw=NELCSU_AW2),
    F(NELCSU, WALTHAM, "pseudonymised",
      "3. CCG staff then download the processed, Pseudonymised data from the NEL CSU transfer service, and will then delete the data from the transfer service",
      saw=["the NEL CSU transfer service", "NEL CSU"], taw=WALTHAM_AW, note="a download by the CCG from the CSU's transfer service"),
    F(WALTHAM, PROV, "aggregate",
      "6. Feedback to NHS service providers on data quality at an aggregate and individual record level – only on data initially provided by the service providers.",
      saw=["the CCG"], taw=["NHS service providers"], note=FEEDBACK_NOTE),
], "roles": [
    R(REDBRIDGE, "processor", "4. SUS data is linked to GP data in the risk stratification tool by the data processor (Redbridge CCG).",
      aw=["the data processor (Redbridge CCG)"]),
]}


def nel_csu_rs(ccg, taw, dscro_to_csu):
    """Risk stratification in North East London CSU with re-identification by the DSCRO (Haringey, Tower Hamlets)."""
    return [
        F(NHSD, NELDSCRO, "identifiable",
          "1. Identifiable SUS data is obtained from the SUS Repository by North East London Data Services for Commissioners Regional Office (DSCRO).",
          datasets=["SUS"], saw=SUSREPO, taw=NELDSCRO_AW),
        F(NELDSCRO, NELCSU, "pseudonymised", dscro_to_csu, datasets=["SUS"], saw=NELDSCRO_AW, taw=NELCSU_AW2),
        F(GPS, NELCSU, "identifiable", "3. GP Data identifiable at the level of NHS number is securely sent from the GP system to North East London CSU.",
          datasets=["GP Data"], saw=["the GP system"], taw=NELCSU_AW2),
        F(NELCSU, GPS, "pseudonymised",
          "8. As part of the risk stratification processing activity, GPs have access to the risk stratification tool within the data processor, which highlights patients with whom the GP has a legitimate relationship and have been classed as at risk.",
          mode="access", saw=["the data processor"], taw=["GPs"],
          note="holder = North East London CSU (step 9: hosts the risk stratification system); GPs see pseudonymised NHS numbers, re-identified on request"),
        F(NELDSCRO, GPS, "identifiable",
          "The GP request for the re-identification of a pseudonymised NHS Number is passed to the North East London DSCRO which returns the NHS Number.",
          saw=["the North East London DSCRO"], taw=["GP"], note="the DSCRO returns the NHS number to the requesting GP"),
        F(GPS, NELDSCRO, "pseudonymised",
          "The GP request for the re-identification of a pseudonymised NHS Number is passed to the North East London DSCRO which returns the NHS Number.",
          saw=["The GP request"], taw=["the North East London DSCRO"], optional=True,
          note="a request carrying a pseudonymised NHS number; the passive 'is passed' leaves the sender open (GP or the tool)"),
        F(NELCSU, ccg, "pseudonymised",
          "10. Once North East London CSU has completed the processing, the CCG can access the online system via a secure N3 connection to access the data pseudonymised at patient level.",
          mode="access", saw=NELCSU_AW2, taw=taw),
        F(NELCSU, GPS, "identifiable",
          "4. GP Practices will be able to view the risk scores for individual patients with the ability to display the underlying SUS data for the individual patients when it is required for direct care purposes by someone who has a legitimate relationship with the patient.",
          mode="access", saw=["the risk stratification tool"], taw=["GP Practices"]),
    ]


HARINGEY = "NHS Haringey CCG"
HARINGEY_AW = ["the CCG", "NHS HARINGEY CCG"]
ANNOTATIONS["NIC-95817-Q6V9N"] = {"flows": nel_iv(HARINGEY, HARINGEY_AW) + nel_csu_rs(
    HARINGEY, HARINGEY_AW,
    "2. Data quality management, standardisation and pseudonymisation of the data is completed by North East London DSCRO and the pseudonymised (data anonymised in accordance with the ICO Code of Practice) record level data is transferred securely to North East London CSU, who hold the SUS data within the secure Data Centre on N3.") + [
    F(NHSD, NELDSCRO, "identifiable",
      "1. North East London Data Services for Commissioners Regional Office (DSCRO) obtains a flow of SUS identifiable data for the CCG from the SUS Repository.",
      datasets=["SUS"], saw=SUSREPO, taw=NELDSCRO_AW),
    F(PROV, NELDSCRO, "identifiable", "North East London DSCRO also obtains identifiable local provider data for the CCG directly from Providers.",
      datasets=["local provider data"], saw=["Providers"], taw=NELDSCRO_AW),
    F(NELDSCRO, NELCSU, "pseudonymised",
      "2. Data quality management and pseudonymisation of data is completed by the DSCRO and the pseudonymised data is then passed securely to North East London CSU for the addition of derived fields, linkage of data sets and analysis.",
      datasets=["SUS", "local provider data"], saw=NELDSCRO_AW, taw=NELCSU_AW2),
    F(NELCSU, HARINGEY, "pseudonymised", "3. North East London CSU then pass the processed, pseudonymised and linked data to the CCG.",
      saw=NELCSU_AW2, taw=HARINGEY_AW, note="the same sentence closes the mental health block"),
    F(NHSD, NELDSCRO, "identifiable",
      "1. North East London Data Services for Commissioners Regional Office (DSCRO) obtains a flow of data identifiable at the level of NHS number for Mental Health (MHSDS, MHMDS, MHLDDS), Maternity (MSDS), Improving Access to Psychological Therapies (IAPT), Child and Young People’s Health (CYPHS) and Diagnostic Imaging Dataset (DIDs) for commissioning purposes.",
      datasets=["MHSDS", "MHMDS", "MHLDDS", "MSDS", "IAPT", "CYPHS", "DIDs"], taw=NELDSCRO_AW,
      note="a DSCRO obtaining a flow of national data sets without a named source = from NHS Digital (rule 7)"),
    F(NELDSCRO, NELCSU, "pseudonymised",
      "2. Data quality management and pseudonymisation of data is completed by North East London DSCRO and the pseudonymised data is then passed securely to North East London CSU for the addition of derived fields, linkage of datasets and analysis.",
      datasets=["MHSDS", "MHMDS", "MHLDDS", "MSDS", "IAPT", "CYPHS", "DIDs"], saw=NELDSCRO_AW, taw=NELCSU_AW2),
    F(HARINGEY, PROV, "aggregate",
      "6. Feedback to NHS service providers on data quality at an aggregate and individual record level – only on data initially provided by the service providers.",
      saw=["the CCG"], taw=["NHS service providers"], note=FEEDBACK_NOTE),
], "roles": []}

TOWER = "NHS Tower Hamlets CCG"
TOWER_AW = ["the CCG", "Tower Hamlets CCG", "NHS TOWER HAMLETS CCG"]
QMUL = "Queen Mary University of London"
QMUL_AW = ["Queen Mary University of London", "The Clinical Effectiveness Group within Queen Mary University of London (Data Processor 2)",
           "The Clinical Effectiveness Group within Queen Mary University of London"]
ANNOTATIONS["NIC-95867-F5F0L"] = {"flows": nel_iv(TOWER, TOWER_AW) + [
    F(PROV, NELCSU, "identifiable",
      "Identifiable data supplied by the provider will only flow when SUS data is not available for a particular service.",
      saw=["the provider"], taw=["the CSU"], optional=True, note="conditional ('only ... when'); the recipient is left implicit (the CEfF)"),
    F(NHSD, NELDSCRO, "unspecified", "1. SUS Data is obtained from the SUS Repository by DSCRO North East London.",
      datasets=["SUS"], saw=SUSREPO, taw=NELDSCRO_AW),
    F(NELDSCRO, "NHS City and Hackney CCG", "unspecified",
      "2. DSCRO North East London pushes a one-way data flow of SUS data into the Controlled Environment for Finance (CEfF) located in the CCG.",
      datasets=["SUS"], saw=NELDSCRO_AW, taw=["the CCG", "City and Hackney CCG"], optional=True,
      note="under the heading 'CEfF (b) – City and Hackney CCG only': 'the CCG' there is City and Hackney CCG, not the applicant; arguable"),
] + nel_csu_rs(
    TOWER, TOWER_AW,
    "2. Data quality management, standardisation and pseudonymisation of the data is completed by North East London DSCRO and the pseudonymised record level data is transferred securely to North East London CSU, who hold the SUS data within the secure Data Centre on N3.") + [
    # SUS, Data Processor 1 - NEL CSU
    F(NHSD, NELDSCRO, "identifiable",
      "1. North East London Data Services for Commissioners Regional Office (DSCRO) obtains a flow of SUS identifiable data for the CCG from the SUS Repository.",
      datasets=["SUS"], saw=SUSREPO, taw=NELDSCRO_AW),
    F(PROV, NELDSCRO, "identifiable", "North East London DSCRO also obtains identifiable local provider data for the CCG directly from Providers.",
      datasets=["local provider data"], saw=["Providers"], taw=NELDSCRO_AW),
    F(NELDSCRO, NELCSU, "pseudonymised",
      "2. Data quality management and pseudonymisation of data is completed by the DSCRO and the pseudonymised data is then passed securely to North East London CSU for the addition of derived fields, linkage of data sets and analysis.",
      datasets=["SUS", "local provider data"], saw=NELDSCRO_AW, taw=NELCSU_AW2),
    F(NELCSU, TOWER, "pseudonymised", "3. North East London CSU then pass the processed, pseudonymised and linked data to the CCG.",
      saw=NELCSU_AW2, taw=TOWER_AW),
    # SUS, Data Processor 2 - QMUL
    F(NHSD, NELDSCRO, "identifiable",
      "1. Data Services for Commissioners Regional Office (DSCRO) North East London obtains a flow of SUS identifiable data for the CCG from the SUS Repository.",
      datasets=["SUS"], saw=SUSREPO, taw=NELDSCRO_AW),
    F(NELDSCRO, NELCSU, "pseudonymised",
      "2. Data quality management and pseudonymisation of data is completed by the DSCRO and the pseudonymised data is then passed securely to North East London CSU.",
      datasets=["SUS"], saw=NELDSCRO_AW, taw=NELCSU_AW2),
    F(NELCSU, QMUL, "pseudonymised",
      "3. North East London CSU then pass the processed, pseudonymised SUS data to The Clinical Effectiveness Group within Queen Mary University of London (Data Processor 2).",
      datasets=["SUS"], saw=NELCSU_AW2, taw=QMUL_AW),
    F(QMUL, TOWER, "pseudonymised",
      "4. Queen Mary University of London process the data on behalf of the CCG to evaluate clinical outcomes and recommend best practice with regard to long term conditions and other health priorities within the area and securely transfer the pseudonymised patient level output to the CCG.",
      saw=["Queen Mary University of London"], taw=TOWER_AW),
    # combined block
    F(NHSD, NELDSCRO, "identifiable",
      "1. Data Services for Commissioners Regional Office (DSCRO) North East London obtains a flow of SUS identifiable data for the CCG from the SUS Repository and identifiable local provider data directly from Providers.",
      datasets=["SUS"], saw=SUSREPO, taw=NELDSCRO_AW),
    F(PROV, NELDSCRO, "identifiable",
      "1. Data Services for Commissioners Regional Office (DSCRO) North East London obtains a flow of SUS identifiable data for the CCG from the SUS Repository and identifiable local provider data directly from Providers.",
      datasets=["local provider data"], saw=["Providers"], taw=NELDSCRO_AW),
    F(NHSD, NELDSCRO, "identifiable",
      "2. Data Services for Commissioners Regional Office (DSCRO) North East London obtains a flow of data identifiable at the level of NHS number for Mental Health (MHSDS, MHMDS, MHLDDS), Maternity (MSDS), Improving Access to Psychological Therapies (IAPT), Child and Young People’s Health (CYPHS) and Diagnostic Imaging (DIDS) for commissioning purposes.",
      datasets=["MHSDS", "MHMDS", "MHLDDS", "MSDS", "IAPT", "CYPHS", "DIDS"], taw=NELDSCRO_AW,
      note="a DSCRO obtaining a flow of national data sets without a named source = from NHS Digital (rule 7)"),
    F(NELDSCRO, NELCSU, "pseudonymised",
      "3. Data quality management and pseudonymisation of data is completed by DSCRO North East London and the pseudonymised data is then passed securely to North East London CSU for the addition of derived fields, linkage and analysis.",
      datasets=["SUS", "local provider data", "MHSDS", "MHMDS", "MHLDDS", "MSDS", "IAPT", "CYPHS", "DIDS"], saw=NELDSCRO_AW, taw=NELCSU_AW2),
    F(NELCSU, TOWER, "pseudonymised", "4. North East London CSU then pass the processed, pseudonymised and linked data to the CCG.",
      saw=NELCSU_AW2, taw=TOWER_AW),
    F(TOWER, PROV, "aggregate", "6. Feedback to NHS service providers on data quality at an aggregate and individual record level – only on data initially provided by the service providers.",
      saw=["the CCG"], taw=["NHS service providers"], note=FEEDBACK_NOTE),
], "roles": [
    R(NELCSU, "processor", "Data Processor 1 – NEL CSU", aw=["NEL CSU"]),
    R(QMUL, "processor", "Data Processor 2 – Queen Mary University of London"),
]}


# ---------------------------------------------------------------------------
# NEL DSCRO / NEL CSU, Essex Success Regime
# ---------------------------------------------------------------------------
MIDESSEX = "NHS Mid Essex CCG"
ESSEX_JDC = ["NHS Basildon and Brentwood CCG", "NHS Castlepoint and Rochford CCG", "NHS Mid-Essex CCG", "NHS Southend CCG",
             "NHS Thurrock CCG"]
JDC_EVIDENCE = "*Except in relation to work associated with the Success Regime where the following CCGs are Joint Data Controllers:"


def essex(ccg, ccg_aw, rs_outputs_holder=None, pi_block=False):
    """Flows of the Essex Success Regime template; ``rs_outputs_holder`` is the
    holder of the risk stratification tool in the Outputs (None: no risk
    stratification outputs), ``pi_block`` adds Southend's PI Limited block."""
    taw = ["the CCG"] + ccg_aw
    fl = [
        F(NHSD, NELDSCRO, "unspecified",
          "1. SUS Data is obtained from the SUS Repository by North East London (NEL) Data Services for Commissioners Regional Office (DSCRO).",
          datasets=["SUS"], saw=SUSREPO, taw=NELDSCRO_AW),
        F(NELDSCRO, ccg, "identifiable",
          "2. NEL DSCRO pushes a one-way data flow of identifiable SUS data into the Controlled Environment for Finance (CEfF) located in the CCG, via NEL CSU as a landing point only due to DSCRO NEL Regional Processing Centre restrictions.",
          datasets=["SUS"], saw=NELDSCRO_AW, taw=["the Controlled Environment for Finance (CEfF) located in the CCG"] + taw),
        F(NELDSCRO, NELCSU, "identifiable",
          "2. NEL DSCRO pushes a one-way data flow of identifiable SUS data into the Controlled Environment for Finance (CEfF) located in the CCG, via NEL CSU as a landing point only due to DSCRO NEL Regional Processing Centre restrictions.",
          datasets=["SUS"], saw=NELDSCRO_AW, taw=["NEL CSU"], optional=True, note="the 'via' hop: NEL CSU as a landing point only"),
        F(NELCSU, ccg, "identifiable",
          "2. NEL DSCRO pushes a one-way data flow of identifiable SUS data into the Controlled Environment for Finance (CEfF) located in the CCG, via NEL CSU as a landing point only due to DSCRO NEL Regional Processing Centre restrictions.",
          datasets=["SUS"], saw=["NEL CSU"], taw=taw, optional=True),
        # SUS and local flows
        F(NHSD, NELDSCRO, "identifiable",
          "1. North & East London Data Services for Commissioners Regional Office (DSCRO) obtains a flow of SUS identifiable data for the CCG from the SUS Repository.",
          datasets=["SUS"], saw=SUSREPO, taw=NELDSCRO_AW),
        F(PROV, NELDSCRO, "identifiable", "North & East London DSCRO also obtains identifiable local provider data for the CCG directly from Providers.",
          datasets=["local provider data"], saw=["Providers"], taw=NELDSCRO_AW),
        F(NELDSCRO, NELCSU, "pseudonymised",
          "2. Data quality management and pseudonymisation of data is completed by the DSCRO and the pseudonymised data is then passed securely to North East London CSU for the addition of derived fields, linkage of data sets and analysis.",
          datasets=["SUS", "local provider data"], saw=NELDSCRO_AW, taw=NELCSU_AW2),
        F(NELCSU, ccg, "pseudonymised", "3. North East London CSU then pass the processed, pseudonymised and linked data to the CCG.",
          saw=NELCSU_AW2, taw=taw),
        F(ccg, MIDESSEX, "pseudonymised",
          "6. The CCG then pass the the processed, pseudonymised and linked data to Success Regime Team located in the Mid Essex CCG.",
          saw=["The CCG"], taw=["Success Regime Team located in the Mid Essex CCG", "Mid Essex CCG", "NHS Mid-Essex CCG", "the Success Regime"],
          note="the Success Regime Team is not an organisation; it is located in (hosted by) Mid Essex CCG"),
        # mental health etc.
        F(NHSD, NELDSCRO, "identifiable",
          "1. North & East London (NEL) Data Services for Commissioners Regional Office (DSCRO) obtains a flow of data identifiable at the level of NHS number for Mental Health (MHSDS, MHMDS, MHLDDS), Maternity (MSDS), Improving Access to Psychological Therapies (IAPT), Child and Young People’s Health (CYPHS) and Diagnostic Imaging (DIDS) for commissioning purposes.",
          datasets=["MHSDS", "MHMDS", "MHLDDS", "MSDS", "IAPT", "CYPHS", "DIDS"], taw=NELDSCRO_AW,
          note="a DSCRO obtaining a flow of national data sets without a named source = from NHS Digital (rule 7)"),
        F(NELDSCRO, NELCSU, "pseudonymised",
          "2. Data quality management and pseudonymisation of data is completed by NEL DSCRO and the pseudonymised data is then passed securely to North East London CSU for the addition of derived fields and analysis.",
          datasets=["MHSDS", "MHMDS", "MHLDDS", "MSDS", "IAPT", "CYPHS", "DIDS"], saw=NELDSCRO_AW, taw=NELCSU_AW2),
        F(NELCSU, ccg, "pseudonymised", "3. NEL CSU then pass the processed, pseudonymised data to the CCG.", saw=["NEL CSU"], taw=taw),
        F(ccg, PROV, "aggregate",
          "6. Feedback to NHS service providers on data quality at an aggregate and individual record level – only on data initially provided by the service providers.",
          saw=["the CCG"], taw=["NHS service providers"], note=FEEDBACK_NOTE),
    ]
    ro = [R(name, "controller", JDC_EVIDENCE, aw=[name.replace("Mid-Essex", "Mid Essex")] if "Mid-Essex" in name else None)
          for name in ESSEX_JDC]
    for r in ro:
        if r["organisation"] == "NHS Mid-Essex CCG":
            r["organisation"] = MIDESSEX
            r["as_written"] = ["NHS Mid-Essex CCG"]
    if pi_block:
        PI = "PI Limited"
        PI_AW = ["PI Limited (PI Care and Health)", "PI Limited", "PI Care and Health", "the data processor"]
        fl += [
            F(NHSD, NELDSCRO, "identifiable",
              "1. Identifiable SUS data is obtained from the SUS Repository to North East London (NEL) Data Services for Commissioners Regional Office (DSCRO).",
              datasets=["SUS"], saw=SUSREPO, taw=NELDSCRO_AW),
            F(NELDSCRO, PI, "identifiable",
              "2. Data quality management and standardisation of data is completed by NEL DSCRO and the data identifiable at the level of NHS number is transferred securely to PI Limited (PI Care and Health) who hold the SUS data within the secure Data Centre on N3 via NEL CSU as a landing point only due to DSCRO NEL regional processing centre restrictions.",
              datasets=["SUS"], saw=NELDSCRO_AW, taw=PI_AW),
            F(NELDSCRO, NELCSU, "identifiable",
              "2. Data quality management and standardisation of data is completed by NEL DSCRO and the data identifiable at the level of NHS number is transferred securely to PI Limited (PI Care and Health) who hold the SUS data within the secure Data Centre on N3 via NEL CSU as a landing point only due to DSCRO NEL regional processing centre restrictions.",
              datasets=["SUS"], saw=NELDSCRO_AW, taw=["NEL CSU"], optional=True, note="the 'via' hop: NEL CSU as a landing point only"),
            F(NELCSU, PI, "identifiable",
              "2. Data quality management and standardisation of data is completed by NEL DSCRO and the data identifiable at the level of NHS number is transferred securely to PI Limited (PI Care and Health) who hold the SUS data within the secure Data Centre on N3 via NEL CSU as a landing point only due to DSCRO NEL regional processing centre restrictions.",
              datasets=["SUS"], saw=["NEL CSU"], taw=PI_AW, optional=True),
            F(GPS, PI, "identifiable", "3. Identifiable GP Data is securely sent from the GP system to PI Limited (PI Care and Health).",
              datasets=["GP Data"], saw=["the GP system"], taw=PI_AW),
            F(PI, GPS, "identifiable",
              "5. As part of the risk stratification processing activity, GPs have access to the risk stratification tool within the data processor, which highlights patients with whom the GP has a legitimate relationship and have been classed as at risk.",
              mode="access", saw=["the data processor"], taw=["GPs"], note="the data processor = the heading's Data Processor 3 – PI Limited; " + GP_RSTOOL_NOTE),
            F(PI, ccg, "pseudonymised",
              "7. Once PI Limited (PI Care and Health) has completed the processing, the CCG can access the online system via a secure N3 connection to access the data pseudonymised at patient level.",
              mode="access", saw=PI_AW, taw=taw),
        ]
        ro.append(R(PI, "processor", "Data Processor 3 – PI Limited (PI Care and Health) (Southend CCG)",
                    aw=["PI Limited (PI Care and Health)"]))
    if rs_outputs_holder:
        holder, holder_aw, note = rs_outputs_holder
        fl += [
            F(holder, GPS, "pseudonymised",
              "In the first instance, GPs have access to pseudonymised patient level data of their own patients however they also have the ability to access NHS number of their patients following explicit action that initiates a re-identification of the pseudonymised NHS number.",
              mode="access", saw=holder_aw, taw=["GPs"], note=note),
            F(holder, GPS, "identifiable",
              "4. GP Practices will be able to view the risk scores for individual patients with the ability to display the underlying SUS data for the individual patients when it is required for direct care purposes by someone who has a legitimate relationship with the patient.",
              mode="access", saw=holder_aw, taw=["GP Practices"], note=note),
        ]
    return {"flows": fl, "roles": ro}


ANNOTATIONS["NIC-41576-W2B4Q"] = essex(
    "NHS Thurrock CCG", ["NHS THURROCK CCG", "NHS Thurrock CCG"],
    rs_outputs_holder=("NHS Thurrock CCG", ["the risk stratification tool"],
                       "the Outputs describe GP access to a risk stratification tool whose holder the agreement never names: the applicant (rule 9)"))
ANNOTATIONS["NIC-55738-G4G1R"] = essex("NHS Castlepoint and Rochford CCG", ["NHS CASTLEPOINT AND ROCHFORD CCG", "NHS Castlepoint and Rochford CCG"])
ANNOTATIONS["NIC-55697-J3L9V"] = essex(
    "NHS Southend CCG", ["NHS SOUTHEND CCG", "NHS Southend CCG", "Southend CCG"],
    rs_outputs_holder=("PI Limited", ["the risk stratification tool"], "the tool held by PI Limited (Data Processor 3)"), pi_block=True)


# ---------------------------------------------------------------------------
# South London DSCRO / South East CSU
# ---------------------------------------------------------------------------
SLDSCRO = "South London DSCRO"
SLDSCRO_AW = ["South London DSCRO", "South London Data Services for Commissioners Regional Office (DSCRO)", "the DSCRO", "DSCRO"]
SECSU = "South East CSU"
SECSU_AW = ["South East CSU", "the CSU"]


def sl_secsu(ccg, ccg_aw, variant):
    """``variant``: 'obtains' (Lewisham, Bexley, Bromley: "also obtains", "pass ... to the CCG. The CCG analyse")
    or 'receives' (Guildford, Thanet, Hampshire and Surrey CCGs)."""
    taw = ["the CCG"] + ccg_aw
    lpd = (f"South London DSCRO also {'obtains' if variant == 'obtains' else 'receives'} identifiable local provider data "
           "for the CCG directly from Providers.")
    sus_to_ccg = ("3. South East CSU then pass the processed, pseudonymised and linked data to the CCG."
                  if variant == "obtains" else
                  "3. South East CSU then pass the processed, pseudonymised and linked data to the CCG who analyse the data to see patient journeys for pathways or service design, re-design and de-commissioning.")
    mh_to_ccg = ("3. South East CSU then pass the processed, pseudonymised data to the CCG." if variant == "obtains" else
                 "3. South East CSU then pass the processed, pseudonymised and linked data to the CCG.")
    return {"flows": [
        F(NHSD, SLDSCRO, "identifiable",
          "1. South London Data Services for Commissioners Regional Office (DSCRO) obtains a flow of SUS identifiable data for the CCG from the SUS Repository.",
          datasets=["SUS"], saw=SUSREPO, taw=SLDSCRO_AW),
        F(PROV, SLDSCRO, "identifiable", lpd, datasets=["local provider data"], saw=["Providers"], taw=SLDSCRO_AW),
        F(SLDSCRO, SECSU, "pseudonymised",
          "2. Data quality management and pseudonymisation of data is completed by the DSCRO and the pseudonymised data is then passed securely to South East CSU for the addition of derived fields, linkage of data sets and analysis.",
          datasets=["SUS", "local provider data"], saw=SLDSCRO_AW, taw=SECSU_AW),
        F(SECSU, ccg, "pseudonymised", sus_to_ccg, saw=SECSU_AW, taw=taw),
        F(NHSD, SLDSCRO, "identifiable",
          "1. South London Data Services for Commissioners Regional Office (DSCRO) obtains a flow of data identifiable at the level of NHS number for Mental Health (MHSDS, MHMDS, MHLDDS), Maternity (MSDS), Improving Access to Psychological Therapies (IAPT), Child and Young People’s Health (CYPHS) and Diagnostic Imaging (DIDS) for commissioning purposes.",
          datasets=["MHSDS", "MHMDS", "MHLDDS", "MSDS", "IAPT", "CYPHS", "DIDS"], taw=SLDSCRO_AW,
          note="a DSCRO obtaining a flow of national data sets without a named source = from NHS Digital (rule 7)"),
        F(SLDSCRO, SECSU, "pseudonymised",
          "2. Data quality management and pseudonymisation of data is completed by South London DSCRO and the pseudonymised data is then passed securely to South East CSU for the addition of derived fields and analysis.",
          datasets=["MHSDS", "MHMDS", "MHLDDS", "MSDS", "IAPT", "CYPHS", "DIDS"], saw=SLDSCRO_AW, taw=SECSU_AW),
        F(SECSU, ccg, "pseudonymised", mh_to_ccg, saw=SECSU_AW, taw=taw),
        F(ccg, PROV, "aggregate",
          "6. Feedback to NHS service providers on data quality at an aggregate and individual record level – only on data initially provided by the service providers.",
          saw=["the CCG"], taw=["NHS service providers"], note=FEEDBACK_NOTE),
    ], "roles": []}


ANNOTATIONS["NIC-43469-Z6P1G"] = sl_secsu("NHS Lewisham CCG", ["NHS LEWISHAM CCG"], "obtains")
ANNOTATIONS["NIC-43760-C3C8W"] = sl_secsu("NHS Bromley CCG", ["NHS BROMLEY CCG"], "obtains")
ANNOTATIONS["NIC-43549-Z5T2V"] = sl_secsu("NHS North East Hampshire and Farnham CCG", ["NHS NORTH EAST HAMPSHIRE AND FARNHAM CCG"], "receives")
ANNOTATIONS["NIC-43558-V8K7Z"] = sl_secsu("NHS Surrey Heath CCG", ["NHS SURREY HEATH CCG"], "receives")


# ---------------------------------------------------------------------------
# South London DSCRO / Maidstone and Tunbridge Wells NHS Trust (Swale)
# ---------------------------------------------------------------------------
MTW = "Maidstone and Tunbridge Wells NHS Trust"
MTW_AW = ["Maidstone and Tunbridge Wells NHS Trust", "the data processor", "the Trust"]
MEDWAY = "NHS Medway CCG"
MEDWAY_AW = ["Medway CCG", "the Data Warehouse for Medway CCG", "the Medway CEfF team", "the Medway CCG"]
SWALE = "NHS Swale CCG"
SWALE_AW = ["the CCG", "NHS SWALE CCG"]
ANNOTATIONS["NIC-88564-W3R5K"] = {"flows": [
    # invoice validation in Medway CCG's CEfF
    F(NHSD, SLDSCRO, "unspecified", "1. SUS Data is obtained from the SUS Repository by South London DSCRO.",
      datasets=["SUS"], saw=SUSREPO, taw=SLDSCRO_AW),
    F(SLDSCRO, MEDWAY, "unspecified",
      "2. South London DSCRO pushes a one-way data flow of SUS data into the Data Warehouse for Medway CCG, which is held in a secure environment within Maidstone and Tunbridge Wells NHS Trust.",
      datasets=["SUS"], saw=SLDSCRO_AW, taw=MEDWAY_AW,
      note="into Medway CCG's data warehouse (Medway CCG's CEfF carries out the validation); the objective says identifiable"),
    F(SLDSCRO, MTW, "unspecified",
      "2. South London DSCRO pushes a one-way data flow of SUS data into the Data Warehouse for Medway CCG, which is held in a secure environment within Maidstone and Tunbridge Wells NHS Trust.",
      datasets=["SUS"], saw=SLDSCRO_AW, taw=["Maidstone and Tunbridge Wells NHS Trust"], optional=True,
      note="the warehouse is held (hosted) within the Trust: hosting, arguably a flow into the Trust"),
    F(MEDWAY, SWALE, "aggregate",
      "The CCG only receives notification to pay and management reporting detailing the total quantum of invoices received pending, processed etc.",
      saw=["the Medway CEfF team"], taw=SWALE_AW, note="management reporting (aggregate) from Medway CCG's CEfF to the applicant"),
    # risk stratification at the Trust
    F(NHSD, SLDSCRO, "identifiable",
      "1. Identifiable SUS data is obtained from the SUS Repository to South London Data Services for Commissioners Regional Office (DSCRO).",
      datasets=["SUS"], saw=SUSREPO, taw=SLDSCRO_AW),
    F(SLDSCRO, MTW, "identifiable",
      "2. Data quality management and standardisation of data is completed by South London DSCRO and the data identifiable at the level of NHS number is transferred securely to Maidstone and Tunbridge Wells NHS Trust who hold the SUS data within the secure Data Centre on N3.",
      datasets=["SUS"], saw=SLDSCRO_AW, taw=MTW_AW),
    F(GPS, MTW, "identifiable", "3. Identifiable GP Data is securely sent from the GP system to Maidstone and Tunbridge Wells NHS Trust.",
      datasets=["GP Data"], saw=["the GP system"], taw=MTW_AW),
    F(MTW, GPS, "identifiable",
      "5. As part of the risk stratification processing activity, GPs have access to the risk stratification tool within the data processor, which highlights patients with whom the GP has a legitimate relationship and have been classed as at risk.",
      mode="access", saw=["the data processor"], taw=["GPs"], note="the data processor = Maidstone and Tunbridge Wells NHS Trust (steps 2, 3, 6); " + GP_RSTOOL_NOTE),
    F(MTW, SWALE, "pseudonymised",
      "6. Once Maidstone and Tunbridge Wells NHS Trust has completed the processing, the CCG can access the online system via a secure N3 connection to access the data pseudonymised at patient level.",
      mode="access", saw=MTW_AW, taw=SWALE_AW),
    F(MTW, GPS, "identifiable",
      "4. GP Practices will be able to view the risk scores for individual patients with the ability to display the underlying SUS data for the individual patients when it is required for direct care purposes by someone who has a legitimate relationship with the patient.",
      mode="access", saw=["the risk stratification tool"], taw=["GP Practices"]),
    # SUS and local flows
    F(NHSD, SLDSCRO, "identifiable",
      "1. South London Data Services for Commissioners Regional Office (DSCRO) obtain a flow of SUS identifiable data for the CCG from the SUS Repository.",
      datasets=["SUS"], saw=SUSREPO, taw=SLDSCRO_AW),
    F(PROV, SLDSCRO, "identifiable", "South London DSCRO also receives identifiable local provider data for the CCG directly from Providers.",
      datasets=["local provider data"], saw=["Providers"], taw=SLDSCRO_AW),
    F(SLDSCRO, MTW, "pseudonymised",
      "2. Data quality management and pseudonymisation of data is completed by the DSCRO and the pseudonymised data is then passed securely to Maidstone and Tunbridge Wells NHS Trust for the addition of local contract rules and tariffs.",
      datasets=["SUS", "local provider data"], saw=SLDSCRO_AW, taw=MTW_AW),
    F(MTW, SWALE, "pseudonymised",
      "3. Maidstone and Tunbridge Wells NHS Trust then pass the processed, pseudonymised and linked data to the CCG who analyse the data to see patient journeys for pathways or service design, re-design and de-commissioning.",
      saw=MTW_AW, taw=SWALE_AW, note="the same sentence closes the mental health block"),
    F(MTW, SWALE, "pseudonymised",
      "4. Dissemination from Maidstone and Tunbridge Wells NHS Trust to the CCG is via a warehoused database that is controlled on a user by user access rights basis.",
      mode="access", saw=MTW_AW, taw=SWALE_AW),
    # mental health etc.
    F(NHSD, SLDSCRO, "identifiable",
      "1. South London Data Services for Commissioners Regional Office (DSCRO) obtain a flow of data identifiable at the level of NHS number for Mental Health (MHSDS, MHMDS, MHLDDS), Maternity (MSDS), Improving Access to Psychological Therapies (IAPT), Child and Young People’s Health (CYPHS) and Diagnostic Imaging (DIDS) for commissioning purposes.",
      datasets=["MHSDS", "MHMDS", "MHLDDS", "MSDS", "IAPT", "CYPHS", "DIDS"], taw=SLDSCRO_AW,
      note="a DSCRO obtaining a flow of national data sets without a named source = from NHS Digital (rule 7)"),
    F(SLDSCRO, MTW, "pseudonymised",
      "2. Data quality management and pseudonymisation of data is completed by South London DSCRO and the pseudonymised data is then passed securely to Maidstone and Tunbridge Wells NHS Trust for the addition of derived fields and analysis.",
      datasets=["MHSDS", "MHMDS", "MHLDDS", "MSDS", "IAPT", "CYPHS", "DIDS"], saw=SLDSCRO_AW, taw=MTW_AW),
    F(SWALE, PROV, "aggregate",
      "6. Feedback to NHS service providers on data quality at an aggregate and individual record level – only on data initially provided by the service providers.",
      saw=["the CCG"], taw=["NHS service providers"], note=FEEDBACK_NOTE),
], "roles": [
    R(MTW, "processor", "4. SUS data is linked to GP data in the risk stratification tool by the data processor.", aw=["the data processor"]),
    R(MTW, "access-restricted-to", "Only substantive employees of the Trust have access to the data.", aw=["the Trust"]),
]}


# ---------------------------------------------------------------------------
# Yorkshire DSCRO / North of England CSU (Doncaster)
# ---------------------------------------------------------------------------
YDSCRO = "Yorkshire DSCRO"
YDSCRO_AW = ["Yorkshire DSCRO", "Yorkshire Data Services for Commissioners Regional Office (DSCRO)",
             "Yorkshire Data Services for Commissioners Regional Office", "the DSCRO", "DSCRO"]
DONC = "NHS Doncaster CCG"
DONC_AW = ["the CCG", "Doncaster CCG", "NHS DONCASTER CCG"]
PI_AW2 = ["PI Limited (PI Care and Health)", "PI Health and Care Ltd", "PI Limited"]
ANNOTATIONS["NIC-86861-K1L1N"] = {"flows": [
    F(NHSD, YDSCRO, "unspecified", "1. SUS Data is obtained from the SUS Repository to Yorkshire DSCRO",
      datasets=["SUS"], saw=SUSREPO, taw=YDSCRO_AW),
    F(YDSCRO, DONC, "unspecified",
      "2. Yorkshire DSCRO pushes a one-way data flow of SUS data into the Controlled Environment for Finance (CEfF) located in the CCG.",
      datasets=["SUS"], saw=YDSCRO_AW, taw=["the Controlled Environment for Finance (CEfF) located in the CCG"] + DONC_AW),
    # risk stratification at South East CSU
    F(NHSD, YDSCRO, "identifiable",
      "1. Identifiable SUS data is obtained from the SUS Repository to Yorkshire Data Services for Commissioners Regional Office (DSCRO).",
      datasets=["SUS"], saw=SUSREPO, taw=YDSCRO_AW),
    F(YDSCRO, SECSU, "identifiable",
      "2. Data quality management and standardisation of data is completed by Yorkshire DSCRO and the data identifiable at the level of NHS number is transferred securely to South East CSU, who hold the SUS data within the secure Data Centre on N3.",
      datasets=["SUS"], saw=YDSCRO_AW, taw=SECSU_AW),
    F(SECSU, GPS, "identifiable",
      "3. As part of the risk stratification processing activity, GPs have access to the risk stratification tool within the data processor, which highlights patients with whom the GP has a legitimate relationship and have been classed as at risk.",
      mode="access", saw=["the data processor"], taw=["GPs"], note="holder = South East CSU (step 4: host the risk stratification system); " + GP_RSTOOL_NOTE),
    F(SECSU, DONC, "pseudonymised",
      "5. Once South East CSU has completed the processing, the CCG can access the online system via a secure N3 connection to access the data pseudonymised at patient level.",
      mode="access", saw=SECSU_AW, taw=DONC_AW),
    F(SECSU, GPS, "identifiable",
      "4. GP Practices will be able to view the risk scores for individual patients with the ability to display the underlying SUS data for the individual patients when it is required for direct care purposes by someone who has a legitimate relationship with the patient.",
      mode="access", saw=["the risk stratification tool"], taw=["GP Practices"]),
    # SUS and local flows via North of England CSU
    F(NHSD, YDSCRO, "identifiable",
      "1. Yorkshire Data Services for Commissioners Regional Office (DSCRO) obtains a flow of SUS identifiable data for the CCG from the SUS Repository.",
      datasets=["SUS"], saw=SUSREPO, taw=YDSCRO_AW),
    F(PROV, YDSCRO, "identifiable", "Yorkshire DSCRO also obtains identifiable local provider data for the CCG directly from Providers.",
      datasets=["local provider data"], saw=["Providers"], taw=YDSCRO_AW),
    F(YDSCRO, NECSU, "pseudonymised",
      "2. Data quality management and pseudonymisation of data is completed by the DSCRO and the pseudonymised data is then passed securely to North of England CSU for the addition of derived fields, linkage of data sets and analysis.",
      datasets=["SUS", "local provider data"], saw=YDSCRO_AW, taw=NECSU_AW),
    F(NECSU, DONC, "pseudonymised", "3. North of England CSU then pass the processed, pseudonymised and linked data to the CCG.",
      saw=NECSU_AW, taw=DONC_AW),
    # Data Processor 3 - PI Health and Care Ltd (health and social care integration)
    F(NHSD, YDSCRO, "identifiable",
      "1. Yorkshire Data Services for Commissioners Regional Office (DSCRO) receive a flow of identifiable SUS data for Doncaster from SUS.",
      datasets=["SUS"], saw=["SUS"], taw=YDSCRO_AW),
    F(YDSCRO, "PI Limited", "pseudonymised",
      "3. The completed pseudonymised file is then passed to PI Limited (PI Care and Health) via secure FTP.",
      datasets=["SUS"], saw=["the DSCRO"], taw=PI_AW2, note="sender = the DSCRO that pseudonymised the file (step 2)"),
    F("Doncaster Council", "PI Limited", "pseudonymised",
      "Pseudonymised Social Care Data will be sent to PI Limited (PI Care and Health) direct from Doncaster Council via secure FTP.",
      datasets=["Social Care Data"], saw=["Doncaster Council"], taw=PI_AW2),
    F("PI Limited", DONC, "aggregate",
      "6. PI Limited (PI Care and Health) then link the data using the common pseudo link, which is undertaken within a controlled environment by a named member of staff, who then produce online reports using HealthTrak data analysis tool to provide Doncaster CCG a with a range of high level commissioning intelligence based on integrated pathways of care in Doncaster.",
      mode="access", saw=PI_AW2, taw=DONC_AW, note="online reports in HealthTrak, held by PI Limited"),
    F("PI Limited", DONC, "pseudonymised",
      "- Access to the commissioning intelligence at pseudonymised level is accessible by only 2 named members of staff in the CCG (based on a super user access licence for HealthTrak)",
      mode="access", saw=["HealthTrak"], taw=DONC_AW),
    # mental health etc.
    F(NHSD, YDSCRO, "identifiable",
      "1. Yorkshire Data Services for Commissioners Regional Office (DSCRO) obtains a flow of data identifiable at the level of NHS number for Mental Health (MHSDS, MHMDS, MHLDDS), Maternity (MSDS), Improving Access to Psychological Therapies (IAPT), Child and Young People’s Health (CYPHS) and Diagnostic Imaging (DIDS) for commissioning purposes.",
      datasets=["MHSDS", "MHMDS", "MHLDDS", "MSDS", "IAPT", "CYPHS", "DIDS"], taw=YDSCRO_AW,
      note="a DSCRO obtaining a flow of national data sets without a named source = from NHS Digital (rule 7)"),
    F(YDSCRO, NECSU, "pseudonymised",
      "2. Data quality management and pseudonymisation of data is completed by Yorkshire DSCRO and the pseudonymised data is then passed securely to North of England CSU for the addition of derived fields and analysis.",
      datasets=["MHSDS", "MHMDS", "MHLDDS", "MSDS", "IAPT", "CYPHS", "DIDS"], saw=YDSCRO_AW, taw=NECSU_AW),
    F(NECSU, DONC, "pseudonymised", "3. North of England CSU then pass the processed, pseudonymised data to the CCG.",
      saw=NECSU_AW, taw=DONC_AW),
    F(DONC, PROV, "aggregate",
      "Feedback to NHS service providers on data quality and non-financial validation of contract activity at an aggregate and individual record level – only on data initially provided by the service providers.",
      saw=["the CCG"], taw=["NHS service providers"], note=FEEDBACK_NOTE),
], "roles": [
    R("PI Limited", "processor", "Data Processor 3 - PI Health and Care Ltd", aw=["PI Health and Care Ltd", "PI Limited (PI Care and Health)"]),
]}
