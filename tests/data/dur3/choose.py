"""The seeded draw that chose the agreements of tests/data/dur3 (see SOURCES.md).

Pools are the agreements of the 2017 dev workbook
(``../shared/registers/release-register-2017-09to11-dev.xlsx``, sheet
PurposeStatements) whose applicant is of a kind the DUR gold lacked, less the
agreements any gold file already annotates: so none can be a withheld 2017
agreement or one of the twelve evaluation references (asserted below), and
the archive's current text of each is read (its newest version, last state):

* ``GOV``: government departments and national bodies (CQC, ONS, NHS England,
  Public Health England, NHS Blood and Transplant, NHS National Services
  Scotland);
* ``COMMERCIAL``: information, benchmarking and analytics companies (the
  consultancies KPMG, McKinsey and Oliver Wyman are left out: their family,
  commercial-consultancy, is in the test half);
* ``CHARITY``: charities that are not think-tanks (The Nuffield Trust and the
  IFS are left out: charity-thinktank is in the test half).

``python tests/data/dur3/choose.py`` prints each pool in its drawn order.
Candidates were then opened in that order and kept or skipped by the rule in
SOURCES.md (three per pool, then a fourth of GOV and COMMERCIAL after the first
six were annotated and evaluated).
"""
from __future__ import annotations

import random

SEED = 2703

WITHHELD = {"06605-X1L9Z", "192032-K0J3X", "343158-Z2L4D", "362236-D7W4M", "411795-X5N2V", "420229-G9H9S",
            "463165-H3R4K", "615890-Q8N9R", "615958-F7Q7Z", "615980-P3Y7N", "616019-B4C8W", "656839-K5V9L"}

GOV = ["359603-D2Q6M", "48781-Z5C2L", "57592-H7S8B", "15336-S8W9K", "18798-V2J6C", "389823-P1P6B", "148119-WLQ4M",
       "148473-G85HC", "343380-H5Q9K", "147815-X5CHM", "391119-T4J3R"]

COMMERCIAL = ["171094-6GZMY", "10891-M2Y6Z", "05429-H7X6R", "368020-R5L2K", "15293-R6V2H", "13925-Q7R2D",
              "373563-N8Z9J", "58999-K6P8B", "359692-Q4X1C", "09519-D5G0R", "391618-M3X6R", "16016-Y9H1D",
              "13906-G0F3F"]

CHARITY = ["147858-KGYSS", "149506-6C4GX", "46844-W5V5G", "148096-PT589"]

POOLS = {"GOV": GOV, "COMMERCIAL": COMMERCIAL, "CHARITY": CHARITY}


def order(pool: list[str], seed: int = SEED) -> list[str]:
    """The pool in its drawn order (a fixed-seed shuffle of a sorted copy)."""
    assert not set(pool) & WITHHELD
    drawn = sorted(pool)
    random.Random(seed).shuffle(drawn)
    return drawn


def filename(ref: str) -> str:
    return f"dars-nic-{ref.lower()}.json"


if __name__ == "__main__":
    for name, pool in POOLS.items():
        print(name, " ".join(order(pool)))
