"""Choose the 2017 non-CCG agreements for tests/gold/register2017-other.json.

Reads /work/annot/2017/_index.json and the dumps' structured fields (applicant,
datasets, word count) only, assigns each agreement whose applicant is not a
CCG or CSU to a template family (rules below, checked in order), and samples
agreements at random within each family with a fixed seed.  Families were
found by reading the dumps; the rules only reproduce that reading.

    python3 tests/gold/select_2017_other.py [/work/annot/2017]
"""
import ast
import json
import random
import re
import sys
from pathlib import Path

SEED = 20171109
# References withheld for the independent evaluation: never chosen.
WITHHELD = {
    "NIC-06605-X1L9Z", "NIC-192032-K0J3X", "NIC-343158-Z2L4D", "NIC-362236-D7W4M",
    "NIC-411795-X5N2V", "NIC-420229-G9H9S", "NIC-463165-H3R4K", "NIC-615890-Q8N9R",
    "NIC-615958-F7Q7Z", "NIC-615980-P3Y7N", "NIC-616019-B4C8W", "NIC-656839-K5V9L",
}
CCG_OR_CSU = re.compile(r"CCG|CLINICAL COMMISSIONING|CSU|COMMISSIONING SUPPORT")

# family -> (split, how many to draw)
FAMILIES = {
    "council-hes-extract": ("dev", 2),       # public-health Pseudonymised HES Extract template
    "council-births-deaths": ("test", 2),    # PCMD + ONS births + Vital Statistics template
    "mris-cohort-short": ("dev", 1),         # short MRIS cohort event notification entries
    "research-cohort-mortality": ("test", 2),  # research cohorts flagged for ONS mortality / MRIS, full text
    "research-hes": ("dev", 2),              # universities / research institutes using HES etc.
    "commercial-information": ("dev", 2),    # commercial benchmarking / information products
    "commercial-consultancy": ("test", 1),   # management consultancies (SUS / HES extracts)
    "trust": ("test", 2),                    # NHS trusts (HES, HES DIS)
    "national-body": ("dev", 2),             # PHE, NHS England, Monitor, DH, regulators, ONS ...
    "charity-thinktank": ("test", 1),        # Nuffield Trust, Health Foundation, IFS, NatCen
    "audit-royal-college": ("test", 1),      # royal colleges and national clinical audits
    "special-summary": ("dev", 1),           # non-NIC one-line entries (CASEMIX_, GPCENSUS, ...)
}
# second round, drawn after the first with the same generator (first-round picks unchanged)
EXTRA = {"commercial-information": 1, "national-body": 1, "trust": 1, "audit-royal-college": 1,
         "research-hes": 1, "charity-thinktank": 1}
# third round, dev families only, drawn after the second with the same generator (earlier picks unchanged)
ROUND3 = {"research-hes": 3, "national-body": 2, "commercial-information": 2, "council-hes-extract": 1}
# fourth round, dev families only, drawn after the third with the same generator (earlier picks unchanged)
ROUND4 = {"research-hes": 2, "council-hes-extract": 2, "national-body": 1, "mris-cohort-short": 1}
# fifth round, dev families only, drawn after the fourth with the same generator (earlier picks unchanged)
ROUND5 = {"commercial-information": 2, "research-hes": 2, "national-body": 2, "council-hes-extract": 1,
          "mris-cohort-short": 1}
# sixth round, dev families only, drawn after the fifth with the same generator (earlier picks unchanged)
ROUND6 = {"research-hes": 2, "national-body": 2, "commercial-information": 2, "council-hes-extract": 1}
# seventh round, dev families only, drawn after the sixth with the same generator (earlier picks unchanged)
ROUND7 = {"research-hes": 2, "national-body": 2, "council-hes-extract": 1, "mris-cohort-short": 1,
          "commercial-information": 1}
# eighth round, dev families only, drawn after the seventh with the same generator (earlier picks unchanged);
# weighted to the dev families with the most misses at the time (commercial-information 32, national-body 16,
# research-hes 9; the others none)
ROUND8 = {"commercial-information": 3, "national-body": 3, "research-hes": 2}
# ninth round, the same way, after the eighth: from round 8 on, a drawn agreement that another gold file already
# annotates (a Data Uses Register or seeds version of it) is left out after the draw (so the generator and every
# earlier pick are unchanged): one agreement is annotated in one gold file only, and never in this file's dev half
# when another file puts it in its test half.  Round 8 lost five that way (NIC-147834-LHQ2R, in dur-c.json's test
# half; NIC-13925-Q7R2D and NIC-389823-P1P6B, in dur-g.json; NIC-368020-R5L2K and NIC-343380-H5Q9K, in dur-e.json),
# round 9 draws the commercial and national ones again
ROUND9 = {"commercial-information": 3, "national-body": 2}

COMMERCIAL_CONSULTANCY = re.compile(r"MCKINSEY|KPMG|ERNST AND YOUNG|OLIVER WYMAN")
COMMERCIAL = re.compile(r"\bLTD\b|LIMITED|\bLLP\b|CHKS|IMS HEALTH|I5 HEALTH|WILMINGTON|CRAB CLINICAL|CAPITA|HEALTH IQ")
NATIONAL = re.compile(
    r"PUBLIC HEALTH ENGLAND|NHS ENGLAND|^MONITOR$|DEPARTMENT OF HEALTH|CARE QUALITY|NATIONAL INSTITUTE FOR HEALTH AND CARE|"
    r"NATIONAL AUDIT OFFICE|MEDICINES AND HEALTHCARE|OFFICE FOR NATIONAL STATISTICS|HMRC|HEALTH AND SAFETY EXECUTIVE|"
    r"CHILDREN'S COMMISSIONER|NATIONAL SERVICES SCOTLAND|GENOMICS ENGLAND|NHS BLOOD"
)
CHARITY = re.compile(r"NUFFIELD|HEALTH FOUNDATION|FISCAL STUDIES|NATIONAL CENTRE FOR SOCIAL RESEARCH|SAVING FACES")
AUDIT = re.compile(r"ROYAL COLLEGE OF|INTENSIVE CARE NATIONAL AUDIT|CARDIOVASCULAR OUTCOMES|PRIVATE HEALTHCARE INFORMATION NETWORK|REGIONAL DRUG")
TRUST = re.compile(r"NHS TRUST|FOUNDATION TRUST|HOSPITAL|HOSPTIAL")
MORTALITY = re.compile(r"^MRIS|Mortality Data|Primary Care Mortality")


def fields(text):
    out = {}
    for line in text.splitlines()[:10]:
        key, _, value = line.partition(": ")
        out[key] = value
    return out


def family(ref, applicant, datasets, words):
    if not ref.startswith("NIC-"):
        return "special-summary"
    if re.search(r"COUNCIL|BOROUGH", applicant):
        return "council-births-deaths" if any("Primary Care Mortality" in d for d in datasets) else "council-hes-extract"
    mris_only = all(MORTALITY.search(d) for d in datasets)
    if mris_only and words < 700:
        return "mris-cohort-short"
    if COMMERCIAL_CONSULTANCY.search(applicant):
        return "commercial-consultancy"
    if COMMERCIAL.search(applicant):
        return "commercial-information"
    if NATIONAL.search(applicant):
        return "national-body"
    if CHARITY.search(applicant):
        return "charity-thinktank"
    if AUDIT.search(applicant):
        return "audit-royal-college"
    if TRUST.search(applicant) and not mris_only:
        return "trust"
    if mris_only:
        return "research-cohort-mortality"
    return "research-hes"


def annotated_elsewhere() -> set[str]:
    """References another gold file of tests/gold (not register2017-*.json) annotates."""
    here = Path(__file__).resolve().parent
    return {ref for path in here.glob("*.json") if not path.name.startswith("register2017-")
            for ref in json.loads(path.read_text(encoding="utf-8")).get("agreements", {})}


def main(root="/work/annot/2017"):
    root = Path(root)
    members = {name: [] for name in FAMILIES}
    for ref, applicant, _, words, _sections in json.loads((root / "_index.json").read_text()):
        if ref in WITHHELD or CCG_OR_CSU.search(applicant or ""):
            continue
        f = fields((root / f"{ref}.txt").read_text(encoding="utf-8"))
        datasets = ast.literal_eval(f.get("DATASETS") or "[]")  # a Python list literal written by the dump
        members[family(ref, applicant, datasets, words)].append((ref, applicant))
    rng = random.Random(SEED)
    chosen = {}
    dropped: set[str] = set()  # drawn in round 8 or later but annotated elsewhere: never drawn again
    for name, (split, k) in FAMILIES.items():
        pool = sorted(members[name])
        for ref, applicant in rng.sample(pool, k):
            chosen[ref] = {"family": name, "split": split, "applicant": applicant}
        print(f"{name:28s} {split:4s} {len(pool):3d} -> {k}", file=sys.stderr)
    for name, k in EXTRA.items():
        pool = sorted(p for p in members[name] if p[0] not in chosen)
        for ref, applicant in rng.sample(pool, k):
            chosen[ref] = {"family": name, "split": FAMILIES[name][0], "applicant": applicant, "round": 2}
        print(f"{name:28s} second round -> {k}", file=sys.stderr)
    elsewhere = annotated_elsewhere()
    rounds = ((3, ROUND3), (4, ROUND4), (5, ROUND5), (6, ROUND6), (7, ROUND7), (8, ROUND8), (9, ROUND9))
    for number, table in rounds:  # later rounds: dev families only, one after another
        for name, k in table.items():
            assert FAMILIES[name][0] == "dev", name  # the test half is never read
            pool = sorted(p for p in members[name] if p[0] not in chosen and p[0] not in dropped)
            drawn = rng.sample(pool, min(k, len(pool)))
            if number >= 8:  # left out after the draw: the generator runs as it did
                dropped.update(ref for ref, _ in drawn if ref in elsewhere)
                drawn = [(ref, applicant) for ref, applicant in drawn if ref not in elsewhere]
            for ref, applicant in drawn:
                chosen[ref] = {"family": name, "split": "dev", "applicant": applicant, "round": number}
            print(f"{name:28s} round {number} -> {len(drawn)}", file=sys.stderr)
    return chosen, members


if __name__ == "__main__":
    chosen, members = main(*[a for a in sys.argv[1:] if not a.startswith("--")])
    if "--members" in sys.argv:
        for name, refs in members.items():
            print(name, [r for r, _ in refs])
    print(json.dumps(chosen, indent=1))
