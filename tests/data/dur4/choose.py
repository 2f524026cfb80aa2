"""The seeded draw that chose the agreements of tests/data/dur4 (see SOURCES.md).

Pools are references of the October 2026 edition index of the archive
(``data/facts/data-uses-register/editions/october2026.json``), as
tests/data/dur2/choose.py copied them from its pages (offsets 150000 and
184000), less every agreement already in a tests/data folder or a gold file,
and less every agreement tests/data/dur2 opened and skipped:

* ``DSFC``: the July 2022 batch of ICB agreements 615890-617765 (page at
  offset 150000), less the four evaluation references in it, NIC-616027-W7K5H
  (tests/data/dur), NIC-616088-L5G0W, NIC-616947-G9K5B, NIC-616961-X1J9B
  (tests/data/dur2), NIC-615985-Y6L2H, NIC-617743-X0M9Z (seeds.json) and
  NIC-615972-B8C0H (a council's civil registration agreement, opened and
  skipped by dur2);
* ``OTHER``: the single-version agreements first published in 2025-2026
  (787xxx-812xxx, edition page at 184000, state count 0), less those in
  tests/data/dur and tests/data/dur2 and the seven dur2 opened and skipped
  (787009-K8R3B, 787195-R1H2P, 791694-D2J8T, 793367-S9D4P, 793368-F6W8K,
  796147-S7T1T, 800347-F4P5X). First published 2025 or later, none can be a
  withheld 2017 agreement.

``python tests/data/dur4/choose.py`` prints each pool in its drawn order.
Candidates were then opened in that order and kept or skipped by the rule in
SOURCES.md.
"""
from __future__ import annotations

import random

SEED = 3012

WITHHELD = {"06605-X1L9Z", "192032-K0J3X", "343158-Z2L4D", "362236-D7W4M", "411795-X5N2V", "420229-G9H9S",
            "463165-H3R4K", "615890-Q8N9R", "615958-F7Q7Z", "615980-P3Y7N", "616019-B4C8W", "656839-K5V9L"}

#: already in a tests/data folder or a gold file, or opened and skipped by dur2
USED = {"616027-W7K5H", "616088-L5G0W", "616947-G9K5B", "616961-X1J9B", "615985-Y6L2H", "617743-X0M9Z",
        "615972-B8C0H", "787009-K8R3B", "787195-R1H2P", "791694-D2J8T", "793367-S9D4P", "793368-F6W8K",
        "796147-S7T1T", "800347-F4P5X", "800961-W7P2T", "803151-K2Q8V", "803751-Z3B5K", "806125-J8B8J"}

DSFC = ["615897-K1Z9C", "615960-G7W1L", "615969-D3K1X", "615974-Y3R7Q", "615981-K2W5D", "615983-Y9Q5G",
        "615995-K0R4H", "615997-B5S2L", "615998-S4B4H", "616004-J8K1K", "616005-Z0T0F", "616007-R3H0G",
        "616029-Y7G7K", "616031-W6R2C", "616034-Y7S7M", "616037-P7H6X", "616038-B3P3X", "616039-L2R9G",
        "616045-Q5Y4G", "616046-J1Q0N", "616054-M4C8K", "616059-F9B3T", "616065-S6L4Q", "616080-P7S9X",
        "616081-Z8H5D", "616082-B5F6M", "616083-J8W7P", "616929-K6X7D", "616940-N5K1W", "616944-B6M7X",
        "616945-T7V7D", "616950-W5T2S", "616967-H6Z6L"]

OTHER = ["787006-N2H5C", "787193-Y8W6D", "787209-F3W7J", "787477-W3G5Z", "788281-L8X5B", "788403-Y9M1G",
         "788591-Z8G5K", "789345-S3W6T", "789772-N6S1N", "790414-L6R9T", "791529-K1J8C", "791919-T4Y0Y",
         "792991-W4Z6B", "793230-S7H9P", "795268-S1T4D", "795405-N6K0D", "795868-X8R6B", "795871-J2G4K",
         "796202-M0L0X", "796943-G2Q0P", "798687-Z0Z8F", "799985-H0F0G", "800987-T2X1J", "801590-G7D7B",
         "802018-Y0J1Y", "808477-T8P0S", "812033-W7R8C"]

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
