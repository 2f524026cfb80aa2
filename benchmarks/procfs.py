"""A process's children and memory, read from ``/proc`` (Linux): what the benchmarks sample while a build runs.

>>> import os
>>> os.getpid() in process_tree(os.getpid()), pss_kib([os.getpid()]) > 0
(True, True)
"""

from __future__ import annotations

import os


def children(pid: int) -> list[int]:
    """The pids of ``pid``'s children (none when it has ended or ``/proc`` is missing)."""
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                found += [int(c) for c in fh.read().split()]
    except OSError:
        pass
    return found


def process_tree(pid: int) -> list[int]:
    """``pid`` and every process below it."""
    pids, todo = [], [pid]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        todo += children(pid)
    return pids


def rss_mib(pid: int) -> float:
    """Resident memory of ``pid`` in MiB (0 when it has ended)."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def pss_kib(pids: list[int]) -> int:
    """The summed proportional set size of ``pids`` in KiB: each shared page split among the processes holding it."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            continue
    return total
