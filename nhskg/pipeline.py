"""Build the graph: read -> extract -> RDF -> exports, timing each stage.

Every stage is a function of the one before; the RDF graph is the single
source of truth and the GraphML and HTML exports are derived from it.
"""

from __future__ import annotations

import json
import os
import resource
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from . import __version__
from .model import Agreement, Extraction, ReadResult

#: RDF serialisations ``--format`` accepts, and the file each one writes.
RDF_FORMATS = {"ttl": "graph.ttl", "nt": "graph.nt", "jsonld": "graph.jsonld"}

#: Stages in the order they run; ``on_stage`` is told each one's name as it starts.
#: "reuse" looks for the outputs of an identical earlier build in the cache.
STAGES = ("reuse", "read", "nlp", "rdf", "turtle", "graphml", "html", "report")


@dataclass
class BuildResult:
    """What a build made, where it wrote it, and what each stage cost."""

    out_dir: Path
    read_results: list[ReadResult]
    agreements: list[Agreement]
    extraction: Extraction
    triples: int
    report: dict
    graph: object = None  # the rdflib.Graph written to graph.ttl
    seconds: dict[str, float] = field(default_factory=dict)
    peak_rss_mib: float = 0.0
    words: int = 0
    reused: bool = False  # outputs restored from the build cache: nothing was read or extracted


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def count_words(agreements: Iterable[Agreement]) -> int:
    """Whitespace-separated words of free text, the unit the speed targets are quoted in."""
    return sum(len(s.text.split()) for a in agreements for s in a.sections)


@contextmanager
def _timed(seconds: dict[str, float], stage: str, on_stage: Callable[[str], None] | None) -> Iterator[None]:
    if on_stage:
        on_stage(stage)
    start = time.perf_counter()
    try:
        yield
    finally:
        seconds[stage] = seconds.get(stage, 0.0) + time.perf_counter() - start


def build(
    paths: Sequence[str | os.PathLike],
    out_dir: str | os.PathLike,
    *,
    strict: bool = False,
    formats: Sequence[str] = ("ttl",),
    jobs: int | None = None,
    model: str | None = None,
    cache_dir: str | os.PathLike | None = None,
    html: bool = True,
    title: str = "nhskg: NHS data releases and onward flows",
    on_stage: Callable[[str], None] | None = None,
) -> BuildResult:
    """Read ``paths``, extract flows, and write the graph and its exports into ``out_dir``.

    Writes ``graph.ttl`` (plus ``graph.nt`` / ``graph.jsonld`` when asked for
    in ``formats``), ``graph.graphml``, ``graph.html`` and ``report.json``.
    In strict mode the first input problem raises :class:`nhskg.errors.InputError`.
    """
    from .graph.rdf import build_graph
    from .graph.serialise import write_rdf
    from .graph.view import to_networkx, write_graphml
    from .nlp.extract import extract
    from .readers import input_files, merge_agreements, read_paths

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    seconds: dict[str, float] = {}
    unknown = sorted(set(formats) - set(RDF_FORMATS))
    if unknown:
        raise ValueError(f"unknown RDF format(s): {', '.join(unknown)}")
    outputs = output_names(formats, html)
    files = input_files(paths)  # walked once: the cache key and the readers see the same files

    if cache_dir is not None:
        from .buildcache import BuildCache, build_key

        with _timed(seconds, "reuse", on_stage):
            cache = BuildCache(cache_dir)
            options = {"strict": strict, "formats": sorted(set(formats)), "html": html, "model": model, "title": title}
            key = build_key(files, options)
            if cache.restore(key, out, outputs):
                report = json.loads((out / "report.json").read_text(encoding="utf-8"))
                return BuildResult(
                    out_dir=out, read_results=[], agreements=[], extraction=Extraction(),
                    triples=report["totals"]["triples"], report=report, seconds=seconds,
                    peak_rss_mib=peak_rss_mib(), reused=True,
                )

    with _timed(seconds, "read", on_stage):
        read_results = read_paths(files, strict=strict)
        agreements = merge_agreements(read_results)

    with _timed(seconds, "nlp", on_stage):
        extraction = extract(
            agreements,
            jobs=jobs if jobs is not None else (os.cpu_count() or 1),
            model=model,
            cache_dir=Path(cache_dir) if cache_dir else None,
        )

    with _timed(seconds, "rdf", on_stage):
        graph = build_graph(agreements, extraction, read_results=read_results)

    with _timed(seconds, "turtle", on_stage):
        for fmt in _rdf_formats(formats):
            write_rdf(graph, out / RDF_FORMATS[fmt], fmt)

    with _timed(seconds, "graphml", on_stage):
        view = to_networkx(graph)
        write_graphml(view, out / "graph.graphml")

    if html:
        from .graph.html import write_html

        with _timed(seconds, "html", on_stage):
            write_html(view, out / "graph.html", title=title)

    with _timed(seconds, "report", on_stage):
        report = build_report(read_results, agreements, extraction, triples=len(graph))
        (out / "report.json").write_text(
            json.dumps(report, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    if cache_dir is not None:
        cache.store(key, out, outputs)

    return BuildResult(
        out_dir=out,
        read_results=read_results,
        agreements=agreements,
        extraction=extraction,
        triples=len(graph),
        report=report,
        graph=graph,
        seconds=seconds,
        peak_rss_mib=peak_rss_mib(),
        words=count_words(agreements),
    )


def _rdf_formats(formats: Sequence[str]) -> list[str]:
    """The RDF serialisations a build writes: Turtle always, plus those asked for."""
    return sorted({"ttl", *formats})


def output_names(formats: Sequence[str], html: bool) -> list[str]:
    """The files a build writes into its output folder."""
    names = [RDF_FORMATS[fmt] for fmt in _rdf_formats(formats)] + ["graph.graphml", "report.json"]
    return names + (["graph.html"] if html else [])


def report_warnings(report: dict) -> list[str]:
    """Every warning a build report records: per input file, then the extraction's."""
    return [w for entry in report["files"] for w in entry["warnings"]] + list(report["extraction_warnings"])


def _file_entry(result: ReadResult) -> dict:
    datasets = {d.canonical for a in result.agreements for d in a.datasets}
    datasets |= {r.dataset.canonical for a in result.agreements for r in a.releases}
    return {
        "path": result.path,
        "layout": result.layout,
        "agreements": sorted({a.reference for a in result.agreements}),
        "datasets": len(datasets),
        "releases": sum(len(a.releases) for a in result.agreements),
        "records_read": result.records_read,
        "records_skipped": result.records_skipped,
        "warnings": [str(w) for w in result.warnings],
    }


def build_report(
    read_results: Sequence[ReadResult],
    agreements: Sequence[Agreement],
    extraction: Extraction,
    *,
    triples: int,
) -> dict:
    """The build report: per input file what was read, and totals that account for every record.

    Deterministic (no timings, no absolute times) so that the same input gives
    the same bytes.
    """
    files = [_file_entry(r) for r in read_results]
    totals = {
        "files": len(files),
        "files_unreadable": sum(1 for r in read_results if r.layout == "unreadable"),
        "records_read": sum(r.records_read for r in read_results),
        "records_skipped": sum(r.records_skipped for r in read_results),
        "agreements": len(agreements),
        "datasets": len({d.canonical for a in agreements for d in a.datasets}
                        | {r.dataset.canonical for a in agreements for r in a.releases}),
        "releases": sum(len(a.releases) for a in agreements),
        "organisations": len(extraction.organisations),
        "flows": len(extraction.flows),
        "roles": len(extraction.roles),
        "triples": triples,
        "warnings": sum(len(r.warnings) for r in read_results) + len(extraction.warnings),
    }
    per_agreement = {
        a.reference: {
            "flows": sum(1 for f in extraction.flows if f.agreement == a.reference),
            "roles": sum(1 for r in extraction.roles if r.agreement == a.reference),
            "applicant": extraction.applicants.get(a.reference),
            "read_from": sorted({loc.file for loc in a.locations}),
        }
        for a in agreements
    }
    return {
        "nhskg_version": __version__,
        "files": files,
        "agreements": per_agreement,
        "extraction_warnings": [str(w) for w in extraction.warnings],
        "totals": totals,
    }
