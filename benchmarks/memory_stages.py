"""Where a build's memory peaks: resident memory sampled per stage, in the build process and its workers.

``python benchmarks/memory_stages.py REGISTER [--out DIR] [--jobs N]`` runs
one ``nhskg build REGISTER --no-cache`` in this process, with a thread that
reads ``/proc`` every 20 ms, and prints the largest resident set of the build
process and of its largest worker while each stage ran (``read``, ``nlp``,
``rdf``, ``turtle``, ...). The stage that holds the peak is the one to work on.
``--pickle FILE`` keeps what the nlp stage made, and ``--from-pickle FILE``
runs the stages after it from that file, so the graph stages can be probed
again without parsing the register again (the figures then lack spaCy's own
memory, so they are lower than a real build's).
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # procfs, when this file is loaded by a test
from procfs import children, rss_mib  # noqa: E402


class Sampler(threading.Thread):
    """Largest RSS of this process and of any child, per stage named by :meth:`stage`."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.current = "start"
        self.peaks: dict[str, list[float]] = {}
        self.done = threading.Event()

    def stage(self, name: str) -> None:
        self.current = name

    def run(self) -> None:
        me = os.getpid()
        while not self.done.is_set():
            main = rss_mib(me)
            worker = max((rss_mib(c) for c in children(me)), default=0.0)
            peak = self.peaks.setdefault(self.current, [0.0, 0.0])
            peak[0], peak[1] = max(peak[0], main), max(peak[1], worker)
            time.sleep(0.02)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("register", type=Path, nargs="?")
    parser.add_argument("--out", type=Path, default=Path("/tmp/nhskg-memory-stages"))
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--pickle", type=Path, help="keep the nlp stage's results in this file")
    parser.add_argument("--from-pickle", type=Path, help="run the stages after nlp from this file")
    args = parser.parse_args()

    sampler = Sampler()
    sampler.start()
    started = time.perf_counter()
    if args.from_pickle:
        _after_nlp(args.from_pickle, args.out, sampler)
    else:
        from nhskg import pipeline

        if args.pickle:
            _keep_nlp(args.register, args.pickle, args.jobs, sampler)
        else:
            pipeline.build([args.register], args.out, jobs=args.jobs, on_stage=sampler.stage)
    sampler.stage("end")
    time.sleep(0.05)
    sampler.done.set()
    print(f"{time.perf_counter() - started:.1f} s; peak RSS {_peak_self():.0f} MiB (getrusage)")
    print("stage      build MiB  worker MiB")
    for stage, (main_mib, worker_mib) in sampler.peaks.items():
        print(f"{stage:<10} {main_mib:9.0f} {worker_mib:11.0f}")


def _peak_self() -> float:
    import resource

    return max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024


def _keep_nlp(register: Path, path: Path, jobs: int | None, sampler: Sampler) -> None:
    from nhskg.nlp.extract import extract
    from nhskg.readers import input_files, load_inputs, merge_agreements, read_inputs

    sampler.stage("read")
    read_results = read_inputs(load_inputs(input_files([register])))
    agreements = merge_agreements(read_results)
    sampler.stage("nlp")
    extraction = extract(agreements, jobs=jobs or os.cpu_count() or 1, cache_dir=None)
    with open(path, "wb") as fh:
        pickle.dump((read_results, agreements, extraction), fh, protocol=pickle.HIGHEST_PROTOCOL)


def _after_nlp(path: Path, out: Path, sampler: Sampler) -> None:
    """The build's stages after nlp, as :func:`nhskg.pipeline.build` runs them (no output folder commit)."""
    import json

    from nhskg import pipeline
    from nhskg.graph.html import write_html
    from nhskg.graph.html_data import agreement_times, flow_facts
    from nhskg.graph.rdf import build_triples
    from nhskg.graph.serialise import write_rdf
    from nhskg.graph.view import to_networkx, write_graphml

    with open(path, "rb") as fh:
        read_results, agreements, extraction = pickle.load(fh)
    out.mkdir(parents=True, exist_ok=True)
    sampler.stage("rdf")
    graph = build_triples(agreements, extraction, read_results=read_results)
    getattr(graph, "finish", graph.ntriples)()  # finish() since issue 11; ntriples() sorted before
    sampler.stage("turtle")
    for fmt in ("ttl", "nt", "jsonld"):
        write_rdf(graph, out / f"graph.{fmt}", fmt)
    sampler.stage("graphml")
    view = to_networkx(graph)
    write_graphml(view, out / "graph.graphml")
    sampler.stage("html")
    write_html(view, out / "graph.html", title="nhskg: NHS data releases and onward flows",
               times=agreement_times(graph), facts=flow_facts(graph))
    sampler.stage("report")
    report = pipeline.build_report(read_results, agreements, extraction, triples=len(graph))
    (out / "report.json").write_text(json.dumps(report, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
