"""Choose the CCG/CSU agreements of the 2017 register to annotate for the gold.

The families were grouped by reading the agreements' text (which DSCRO and CSU
the processing steps name, and which template wording they follow); see the
"2017 register: CCG/CSU gold" section of tests/gold/README.md. Agreements are
drawn at random within each family with a fixed seed, so the choice is
reproducible::

    python tests/gold/select_2017_ccg.py          # prints reference, family, split

No family is in both splits: the engine is tuned on "dev" only.
"""
from __future__ import annotations

import random

SEED = 2017

# family -> (split, how many to draw, member references read as that family)
FAMILIES: dict[str, tuple[str, int, list[str]]] = {
    # Central and Midlands DSCRO -> Midlands and Lancashire CSU, one register
    # row per application (invoice validation in the CEfF of Arden and GEM CSU
    # or of M&L CSU, risk stratification, SUS + local flows, MHSDS ...).
    "Central and Midlands DSCRO / Midlands and Lancashire CSU (row per application)": ("dev", 7, [
        "NIC-41087-X6Y1L", "NIC-41097-Y5P2Y", "NIC-41104-C0Y4K", "NIC-41125-L4F2X",
        "NIC-41134-T4K0J", "NIC-41140-T4H0T", "NIC-41158-X3V7D", "NIC-41477-N2G4S",
        "NIC-41506-S6K3P", "NIC-41508-M6M3K", "NIC-41522-S6G4K", "NIC-41524-N9J9N",
        "NIC-41525-H2P4B", "NIC-41530-F9D6Z", "NIC-41531-X2G5C", "NIC-41534-Q5K9G",
        "NIC-41537-D0P0M", "NIC-41540-K2N7Z", "NIC-41541-S0F4G", "NIC-41543-R8Q9Q",
        "NIC-41549-G2V6J", "NIC-41556-H6V2V", "NIC-41581-C1G4F", "NIC-41585-Z7Q7Q",
        "NIC-41596-N5Q8N", "NIC-41605-Q7C3C", "NIC-41615-K7Y2P"]),
    # North of England DSCRO -> North of England CSU, East Anglian CCGs.
    "North of England DSCRO / North of England CSU (East Anglia)": ("dev", 2, [
        "NIC-38002-S3K0V", "NIC-39036-P2D2D", "NIC-39439-F6D6Y"]),
    # North of England DSCRO and DSCRO Midlands and Lancashire, Cumbria CCG.
    "North of England DSCRO / North of England CSU (Cumbria, two DSCROs)": ("dev", 1, [
        "NIC-36767-G4H9Z"]),
    # North West DSCRO -> Arden & GEM CSU, GMSS, Trafford.
    "North West DSCRO / Arden and GEM CSU / GMSS": ("dev", 1, [
        "NIC-47215-M5Y5Q"]),
    # A CSU as applicant, using national data for its own products.
    "CSU as applicant (national data)": ("dev", 3, [
        "NIC-05206-L1V6D", "NIC-08095-P4D0D", "NIC-371243-H1P5T"]),
    # North East London DSCRO -> North East London CSU, London (and Norwich).
    "North East London DSCRO / North East London CSU": ("test", 4, [
        "NIC-41632-C6X9D", "NIC-41640-G0C5N", "NIC-55703-H0T1C", "NIC-55709-D8W3P",
        "NIC-56039-T9H7X", "NIC-95815-C3W0W", "NIC-95817-Q6V9N", "NIC-95820-K4K6V",
        "NIC-95867-F5F0L"]),
    # NEL DSCRO, CEfF in the CCG via NEL CSU as landing point, Essex Success Regime.
    "NEL DSCRO / NEL CSU, Essex Success Regime": ("test", 3, [
        "NIC-41576-W2B4Q", "NIC-44682-T2Y9M", "NIC-55673-C6R2Z", "NIC-55697-J3L9V",
        "NIC-55738-G4G1R"]),
    # South London DSCRO -> South East CSU.
    "South London DSCRO / South East CSU": ("test", 4, [
        "NIC-43466-P5J3F", "NIC-43469-Z6P1G", "NIC-43485-K7N2C", "NIC-43529-B7P0P",
        "NIC-43549-Z5T2V", "NIC-43558-V8K7Z", "NIC-43559-M1Z8L", "NIC-43760-C3C8W"]),
    # South London DSCRO -> Maidstone and Tunbridge Wells NHS Trust (North Kent).
    "South London DSCRO / Maidstone and Tunbridge Wells NHS Trust": ("test", 1, [
        "NIC-88564-W3R5K"]),
    # Yorkshire DSCRO -> North of England CSU.
    "Yorkshire DSCRO / North of England CSU": ("test", 1, [
        "NIC-86861-K1L1N"]),
}


# second draw, dev families only, after the first with the same generator (first picks unchanged):
# family -> how many more of its members not yet drawn
SECOND: dict[str, int] = {
    "Central and Midlands DSCRO / Midlands and Lancashire CSU (row per application)": 3,
    "North of England DSCRO / North of England CSU (East Anglia)": 1,
}


def select(families=FAMILIES, seed=SEED, second=SECOND):
    """Return ``[(reference, family, split), ...]`` drawn at random within families.

    Examples
    --------
    >>> chosen = select()
    >>> len(chosen), len({f for _, f, _ in chosen}) == len(FAMILIES)
    (31, True)
    """
    rng = random.Random(seed)
    chosen = []
    for family in sorted(families):
        split, k, members = families[family]
        for reference in sorted(rng.sample(sorted(members), k)):
            chosen.append((reference, family, split))
    drawn = {reference for reference, _, _ in chosen}
    for family in sorted(second):
        split, _, members = families[family]
        assert split == "dev", family  # the test half is never read
        pool = sorted(m for m in members if m not in drawn)
        for reference in sorted(rng.sample(pool, min(second[family], len(pool)))):
            chosen.append((reference, family, split))
    return chosen


if __name__ == "__main__":
    for reference, family, split in select():
        print(f"{reference}\t{split}\t{family}")
