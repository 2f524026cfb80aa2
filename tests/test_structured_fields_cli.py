"""Structured fields of the real 2017 register, as the built graph holds them (issue 14.7)."""

from __future__ import annotations

import json
import re

from click.testing import CliRunner

from nhskg.cli import main

PREFIXES = "PREFIX nhskg: <https://w3id.org/nhskg/ns#> PREFIX dpv: <https://w3id.org/dpv#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"

#: The ten legal bases the 2017 dev register's DataReleases sheet writes (one per cell), as written, trimmed.
REAL_BASES = [
    "Approved researcher accreditation under section 39(4)(i) and 39(5) of the Statistical Registration Service Act 2007",
    "Health and Social Care Act 2012",
    "Informed Patient consent to permit the receipt, processing and release of data by the HSCIC",
    "Other-Health and Social Care Act 2012 Schedule 12, Part 9, subsection 11",
    "Other-National Audit Act 1983",
    "Other-Non-identifiable, aggregate data (small numbers suppressed) at the care home level",
    "Other-non-identifiable aggregate care home level data",
    "Section 251 approval is in place for the flow of identifiable data",
    "Section 36, Health Act 2009",
    "Section 42(4) of the Statistics and Registration Service Act (2007) as amended by section 287 of the Health and Social Care Act (2012)",
]


def ask(out, tmp_path, name, body) -> list[dict]:
    query = tmp_path / f"{name}.rq"
    query.write_text(PREFIXES + body, encoding="utf-8")
    result = CliRunner().invoke(main, ["query", str(out), str(query), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_agreement_legal_bases_are_not_split_on_commas_inside_one_basis(dev_build, tmp_path):
    out, _ = dev_build
    rows = ask(out, tmp_path, "bases", "SELECT DISTINCT ?label WHERE { ?a a nhskg:DataSharingAgreement ; "
               "dpv:hasLegalBasis ?b . ?b rdfs:label ?label } ORDER BY ?label")
    assert [r["label"] for r in rows] == REAL_BASES


def test_the_three_spellings_of_anonymised_ico_code_compliant_are_one_value(dev_build, tmp_path):
    out, _ = dev_build
    rows = ask(out, tmp_path, "types", "SELECT ?type (COUNT(*) AS ?n) WHERE { ?r a nhskg:FileRelease ; "
               "nhskg:typeOfData ?type } GROUP BY ?type ORDER BY ?type")
    types = [r["type"] for r in rows]
    assert types == ["Aggregated-Small Numbers Suppressed", "Anonymised - ICO code compliant", "Identifiable"]


def test_the_amendments_sheet_keeps_its_reason(dev_build, tmp_path):
    out, _ = dev_build
    rows = ask(out, tmp_path, "amended", "SELECT ?reason ?where WHERE { ?r nhskg:amendmentReason ?reason ; "
               "nhskg:location ?where } ORDER BY ?where")
    assert rows and {r["reason"] for r in rows} == {"Omitted from previous registers"}
    assert all("[AmendmentsToPreviousRegisters] row " in r["where"] for r in rows)
    assert len(rows) == 12  # every filled row of the sheet


def test_readers_see_the_same_values(dev_register_agreements):
    agreements = dev_register_agreements.values()
    assert sorted({b for a in agreements for b in a.legal_bases}) == REAL_BASES
    amended = [r for a in agreements for r in a.releases if r.amendment_reason]
    assert len(amended) == 12 and amended[0].location.sheet == "AmendmentsToPreviousRegisters"


def test_optouts_not_honoured_answers_the_investigators_question_on_2017(dev_build, tmp_path):
    out, _ = dev_build

    def rows(*params):
        args = ["query", str(out), "optouts-not-honoured", "--format", "json"]
        for p in params:
            args += ["-p", p]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    personal, everything = rows(), rows("scope=all")
    # every agreement listed has an identifiable (or pseudonymised) file sent without opt-outs applied
    assert personal and all(set(r["dataTypes"].split(" | ")) <= {"Identifiable", "Pseudonymised"} for r in personal)
    # the register's own note: anonymised (ICO code compliant) data has no opt-outs to apply; scope=all brings it back
    others = [r for r in everything if r["agreement"] not in {p["agreement"] for p in personal}]
    assert others and all("Identifiable" not in r["dataTypes"] for r in others)
    assert {t for r in others for t in r["dataTypes"].split(" | ")} == {"Anonymised - ICO code compliant", "Aggregated-Small Numbers Suppressed"}
    # the answer is checkable against the graph: count the identifiable files without opt-outs directly
    direct = ask(out, tmp_path, "direct", "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a nhskg:fileRelease ?f . "
                 "?f nhskg:optOutsApplied false ; nhskg:typeOfData \"Identifiable\" }")
    assert direct[0]["n"] == len(personal)


def test_acronyms_keep_their_capitals_in_the_2017_graph(dev_build, tmp_path):
    out, _ = dev_build
    labels = {r["label"] for r in ask(out, tmp_path, "labels", "SELECT ?label WHERE { ?o a <http://www.w3.org/ns/org#Organization> ; skos:prefLabel ?label }")}
    assert {"HMRC", "Ernst and Young LLP", "NHS Cumbria CCG"} <= labels
    assert not {label for label in labels if re.search(r"\b(Hmrc|Llp|Ccg)\b", label)}
