"""The seeded draw that chose the agreements of tests/data/dur5 (see SOURCES.md).

Pools are the pools of the earlier draws less every agreement they opened,
every agreement in a tests/data folder and every agreement any gold file
annotates (``USED`` is asserted disjoint from each pool, as are the twelve
evaluation references):

* ``OTHER``: what is left of tests/data/dur4's ``OTHER`` pool (the
  single-version agreements first published in 2025-2026, 787xxx-812xxx,
  state count 0 in the October 2026 edition index, as tests/data/dur2 copied
  them): none can be a withheld 2017 agreement;
* ``GOV`` and ``COMMERCIAL``: what is left of tests/data/dur3's pools (the 2017
  dev workbook's government departments and national bodies, and its
  information, benchmarking and analytics companies), less NIC-373563-N8Z9J
  (IMS Health, annotated since in register2017-other.json, round 6): each is
  in the 2017 dev workbook, so none is a withheld 2017 agreement.

``python tests/data/dur5/choose.py`` prints each pool in its drawn order.
Candidates were then opened in that order and kept or skipped by the rule in
SOURCES.md.
"""
from __future__ import annotations

import random

SEED = 4012

WITHHELD = {"06605-X1L9Z", "192032-K0J3X", "343158-Z2L4D", "362236-D7W4M", "411795-X5N2V", "420229-G9H9S",
            "463165-H3R4K", "615890-Q8N9R", "615958-F7Q7Z", "615980-P3Y7N", "616019-B4C8W", "656839-K5V9L"}

#: opened by an earlier draw (kept or skipped), or annotated in a gold file
USED = {
    # dur4 (OTHER)
    "787006-N2H5C", "791919-T4Y0Y", "787193-Y8W6D", "787209-F3W7J", "795868-X8R6B", "788403-Y9M1G", "796943-G2Q0P",
    "791529-K1J8C", "796202-M0L0X", "802018-Y0J1Y", "789345-S3W6T",
    # dur2 (OTHER)
    "787009-K8R3B", "787195-R1H2P", "791694-D2J8T", "793367-S9D4P", "793368-F6W8K", "796147-S7T1T", "800347-F4P5X",
    "800961-W7P2T", "803151-K2Q8V", "803751-Z3B5K", "806125-J8B8J",
    # dur3 (GOV, COMMERCIAL, CHARITY)
    "343380-H5Q9K", "48781-Z5C2L", "10891-M2Y6Z", "391618-M3X6R", "147858-KGYSS", "149506-6C4GX", "148096-PT589",
    "148473-G85HC", "368020-R5L2K", "46844-W5V5G", "148119-WLQ4M", "18798-V2J6C", "391119-T4J3R", "359692-Q4X1C",
    "147815-X5CHM", "15293-R6V2H", "15336-S8W9K",
    # register2017-other.json (round 6)
    "373563-N8Z9J",
}

OTHER = ["787477-W3G5Z", "788281-L8X5B", "788591-Z8G5K", "789772-N6S1N", "790414-L6R9T", "792991-W4Z6B",
         "793230-S7H9P", "795268-S1T4D", "795405-N6K0D", "795871-J2G4K", "798687-Z0Z8F", "799985-H0F0G",
         "800987-T2X1J", "801590-G7D7B", "808477-T8P0S", "812033-W7R8C"]

GOV = ["359603-D2Q6M", "57592-H7S8B", "389823-P1P6B"]

COMMERCIAL = ["171094-6GZMY", "05429-H7X6R", "13925-Q7R2D", "58999-K6P8B", "09519-D5G0R", "16016-Y9H1D",
              "13906-G0F3F"]

POOLS = {"OTHER": OTHER, "GOV": GOV, "COMMERCIAL": COMMERCIAL}


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
