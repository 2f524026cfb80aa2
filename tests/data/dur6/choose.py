"""The seeded draw that chose the agreements of tests/data/dur6 (see SOURCES.md).

Pools are the pools of the earlier draws less every agreement they opened,
every agreement in a tests/data folder and every agreement any gold file
annotates (``USED`` is asserted disjoint from each pool, as are the twelve
evaluation references), weighted to families already in the dev half of the
DUR gold:

* ``DSFC``: what is left of tests/data/dur4's ``DSFC`` pool (the July 2022
  batch of ICB "Data Services for Commissioners" agreements, 615890-617765,
  from the October 2026 edition index as tests/data/dur2 copied it) after dur4
  opened 615897-K1Z9C, 616944-B6M7X and 615960-G7W1L: the ICB DSfC family is
  in the dev half (dur-b, dur-d, dur-f; dur.json's ``icb-dsfc``);
* ``OTHER``: what is left of tests/data/dur5's ``OTHER`` pool (single-version
  agreements first published in 2025-2026, 787xxx-812xxx) after every
  agreement dur5 read: none can be a withheld 2017 agreement. Taken only for a
  dev family (a university's research extract, a council's HES extract, a
  national body, a commercial company).

Planned: four from ``DSFC`` (the most common real family) and two from
``OTHER``, each taken in its drawn order by the rule in SOURCES.md. Every one
of the eight ``OTHER`` agreements, opened in drawn order, was a test-half
family (Cancer Alliance CWT access, trust or university cohort linkage, a
charity's registry linkage) or the template twin of a dev agreement already
annotated (Reading's HES portal access, West Berkshire's text), so none was
kept and the draw took the next two of ``DSFC`` instead: six ICB DSfC
agreements, the first six of ``DSFC``'s drawn order.

``python tests/data/dur6/choose.py`` prints each pool in its drawn order.
"""
from __future__ import annotations

import random

SEED = 5012

WITHHELD = {"06605-X1L9Z", "192032-K0J3X", "343158-Z2L4D", "362236-D7W4M", "411795-X5N2V", "420229-G9H9S",
            "463165-H3R4K", "615890-Q8N9R", "615958-F7Q7Z", "615980-P3Y7N", "616019-B4C8W", "656839-K5V9L"}

#: opened by an earlier draw (kept or skipped), in a tests/data folder, or annotated in a gold file
USED = {
    # dur5 (OTHER, GOV, COMMERCIAL: read)
    "788591-Z8G5K", "801590-G7D7B", "793230-S7H9P", "795268-S1T4D", "389823-P1P6B", "13925-Q7R2D", "812033-W7R8C",
    "808477-T8P0S", "795405-N6K0D", "788281-L8X5B",
    # dur4 (DSFC, OTHER)
    "615897-K1Z9C", "616944-B6M7X", "615960-G7W1L",
    "787006-N2H5C", "791919-T4Y0Y", "787193-Y8W6D", "787209-F3W7J", "795868-X8R6B", "788403-Y9M1G", "796943-G2Q0P",
    "791529-K1J8C", "796202-M0L0X", "802018-Y0J1Y", "789345-S3W6T",
    # dur2 and tests/data/dur, seeds.json (the 2022 batch)
    "616027-W7K5H", "616088-L5G0W", "616947-G9K5B", "616961-X1J9B", "615985-Y6L2H", "617743-X0M9Z", "615972-B8C0H",
    "787009-K8R3B", "787195-R1H2P", "791694-D2J8T", "793367-S9D4P", "793368-F6W8K", "796147-S7T1T", "800347-F4P5X",
    "800961-W7P2T", "803151-K2Q8V", "803751-Z3B5K", "806125-J8B8J",
}

DSFC = ["615969-D3K1X", "615974-Y3R7Q", "615981-K2W5D", "615983-Y9Q5G", "615995-K0R4H", "615997-B5S2L",
        "615998-S4B4H", "616004-J8K1K", "616005-Z0T0F", "616007-R3H0G", "616029-Y7G7K", "616031-W6R2C",
        "616034-Y7S7M", "616037-P7H6X", "616038-B3P3X", "616039-L2R9G", "616045-Q5Y4G", "616046-J1Q0N",
        "616054-M4C8K", "616059-F9B3T", "616065-S6L4Q", "616080-P7S9X", "616081-Z8H5D", "616082-B5F6M",
        "616083-J8W7P", "616929-K6X7D", "616940-N5K1W", "616945-T7V7D", "616950-W5T2S", "616967-H6Z6L"]

OTHER = ["787477-W3G5Z", "789772-N6S1N", "790414-L6R9T", "792991-W4Z6B", "795871-J2G4K", "798687-Z0Z8F",
         "799985-H0F0G", "800987-T2X1J"]

POOLS = {"DSFC": DSFC, "OTHER": OTHER}


def order(pool: list[str], seed: int = SEED) -> list[str]:
    """The pool in its drawn order (a fixed-seed shuffle of a sorted copy)."""
    assert not set(pool) & WITHHELD
    assert not set(pool) & USED
    drawn = sorted(pool)
    random.Random(seed).shuffle(drawn)
    return drawn


def filename(ref: str) -> str:
    return f"dars-nic-{ref.lower()}.json"


if __name__ == "__main__":
    for name, pool in POOLS.items():
        print(name, " ".join(order(pool)))
