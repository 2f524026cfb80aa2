"""Build the graph: read -> extract -> RDF -> exports, timing each stage.

Every stage is a function of the one before; the RDF graph is the single
source of truth and the GraphML and HTML exports are derived from it.
"""

from __future__ import annotations

import json
import os
import resource
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .gc_pause import gc_paused
from .model import Agreement, Extraction, ReadResult

if TYPE_CHECKING:  # the stages' types, without importing rdflib and the graph stage for every command
    from rdflib import Graph

    from .graph.triples import Triples

#: RDF serialisations ``--format`` accepts, and the file each one writes.
RDF_FORMATS = {"ttl": "graph.ttl", "nt": "graph.nt", "jsonld": "graph.jsonld"}

#: Stages in the order they run; ``on_stage`` is told each one's name as it starts.
#: "reuse" looks for the outputs of an identical earlier build in the cache; "nlp" includes each agreement's
#: own triples, made while the NLP workers parse; "turtle" and "graphml" of a large graph are the time this
#: process spent starting and waiting for the processes that write them beside the HTML page.
STAGES = ("reuse", "read", "nlp", "rdf", "turtle", "graphml", "html", "report")

#: From this many triples on, the Turtle and GraphML files are written by forked processes while this one writes
#: the HTML page (:mod:`nhskg.background`); a smaller graph's exports take less than the processes cost (the 2017
#: register, 121,000 triples, built 0.18 s slower side by side over four pairs; the current register, 2.8 million,
#: saves about 4 s).
SIDE_BY_SIDE_TRIPLES = 500_000


@dataclass
class BuildResult:
    """What a build made, where it wrote it, and what each stage cost."""

    out_dir: Path
    read_results: list[ReadResult]
    agreements: list[Agreement]
    extraction: Extraction
    triples: int
    report: dict
    rdf: Triples | None = None  # the graph written to graph.ttl
    seconds: dict[str, float] = field(default_factory=dict)
    # per stage, this process's and its forked workers' and writers' (each ended, and so counted, in its stage)
    cpu_seconds: dict[str, float] = field(default_factory=dict)
    peak_rss_mib: float = 0.0
    words: int = 0
    reused: bool = False  # outputs restored from the build cache: nothing was read or extracted

    @cached_property
    def graph(self) -> Graph | None:
        """The graph written to graph.ttl as an :class:`rdflib.Graph`, made on first use (None for a reused build)."""
        return None if self.rdf is None else self.rdf.rdflib()


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def count_words(agreements: Iterable[Agreement]) -> int:
    """Whitespace-separated words of free text, the unit the speed targets are quoted in."""
    return sum(len(s.text.split()) for a in agreements for s in a.sections)


@contextmanager
def _timed(seconds: dict[str, float], stage: str, on_stage: Callable[[str], None] | None,
           cpu: dict[str, float] | None = None) -> Iterator[None]:
    if on_stage:
        on_stage(stage)
    start, start_cpu = time.perf_counter(), _cpu_so_far()
    try:
        yield
    finally:
        seconds[stage] = seconds.get(stage, 0.0) + time.perf_counter() - start
        if cpu is not None:  # CPU seconds: wall seconds mean little on a shared machine
            cpu[stage] = cpu.get(stage, 0.0) + _cpu_so_far() - start_cpu


def _cpu_so_far() -> float:
    """CPU seconds of this process and of the processes it forked that have ended (NLP workers, export writers)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime




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
    in ``formats``), ``graph.graphml``, ``graph.html``, ``report.json`` and a
    ``manifest.json`` of their hashes, all or none (see :mod:`nhskg.outputs`:
    a killed or failed build leaves the previous set, and two builds never
    write one folder at once).  In strict mode the first input problem raises
    :class:`nhskg.errors.InputError`; an unwritable folder or a full disk
    raises :class:`nhskg.outputs.OutputError`.
    """
    # nlp, rdflib and networkx are imported in the stages that use them: an unchanged
    # rebuild (restored from the cache) never loads them.
    from .outputs import OutputError, OutputFolder, describe
    from .readers import input_files, load_inputs, merge_agreements, read_inputs

    out = Path(out_dir)
    seconds: dict[str, float] = {}
    cpu: dict[str, float] = {}
    unknown = sorted(set(formats) - set(RDF_FORMATS))
    if unknown:
        raise ValueError(f"unknown RDF format(s): {', '.join(unknown)}")
    outputs = output_names(formats, html)

    with OutputFolder(out) as folder:
        staging = folder.staging
        # each input is read once: the cache key hashes exactly the bytes the readers parse
        inputs = load_inputs(input_files(paths))
        if cache_dir is not None:
            _check_writable(Path(cache_dir), "the cache folder", "use --no-cache or another --cache-dir")
            from .buildcache import BuildCache, build_key

            with _timed(seconds, "reuse", on_stage, cpu):
                cache = BuildCache(Path(cache_dir))
                options = {"strict": strict, "formats": sorted(set(formats)), "html": html, "model": model, "title": title}
                key = build_key(inputs, options)
                if cache.restore(key, staging, outputs):
                    report = json.loads((staging / "report.json").read_text(encoding="utf-8"))
                    folder.commit(outputs)
                    return BuildResult(
                        out_dir=out, read_results=[], agreements=[], extraction=Extraction(),
                        triples=report["totals"]["triples"], report=report, seconds=seconds, cpu_seconds=cpu,
                        peak_rss_mib=peak_rss_mib(), reused=True,
                    )

        with _timed(seconds, "read", on_stage, cpu), gc_paused():
            read_results = read_inputs(inputs, strict=strict)
            agreements = merge_agreements(read_results, strict=strict)

        from .graph.rdf import MadeBlocks, agreement_blocks, build_triples

        blocks = None
        if cache_dir is not None:
            from .buildcache import BlockCache
            from .codedigest import code_version

            blocks = BlockCache(Path(cache_dir), code_version(model))
        made: list[MadeBlocks] = []

        def make_blocks() -> None:
            # an agreement's own triples (fields, releases, versions) need no text: made while the NLP workers parse
            with gc_paused():
                made.append(agreement_blocks(agreements, blocks, blocks.version if blocks is not None else ""))

        try:
            with _timed(seconds, "nlp", on_stage, cpu), workers_die_with_parent():
                from .nlp.extract import extract

                extraction = extract(
                    agreements,
                    jobs=jobs if jobs is not None else (os.cpu_count() or 1),
                    model=model,
                    cache_dir=Path(cache_dir) if cache_dir else None,
                    meanwhile=make_blocks,
                )

            with _timed(seconds, "rdf", on_stage, cpu), gc_paused():
                graph = build_triples(agreements, extraction, read_results=read_results, blocks=blocks,
                                      version=blocks.version if blocks is not None else "", made=made[0])
                graph.finish()  # deduplicated and sorted once, here; every export below reads this
        except BaseException:
            if blocks is not None:
                blocks.discard()
            raise
        if blocks is not None:
            blocks.commit()

        try:
            # each export reads the finished graph and writes one file: a large graph's are written side by side
            side_by_side = (jobs if jobs is not None else (os.cpu_count() or 1)) > 1 and len(graph) >= SIDE_BY_SIDE_TRIPLES
            with workers_die_with_parent():
                from .background import Background

                started: list[Background] = []
                try:
                    with _timed(seconds, "turtle", on_stage, cpu), gc_paused():
                        from .graph.serialise import write_rdf

                        def write_rdf_files() -> None:
                            for fmt in _rdf_formats(formats):
                                write_rdf(graph, staging / RDF_FORMATS[fmt], fmt)

                        started.append(Background(write_rdf_files, forked=side_by_side))

                    with _timed(seconds, "graphml", on_stage, cpu), gc_paused():
                        from .graph.view import to_networkx, write_graphml

                        view = to_networkx(graph)
                        started.append(Background(lambda: write_graphml(view, staging / "graph.graphml"), forked=side_by_side))

                    if html:
                        from .graph.html import write_html
                        from .graph.html_data import agreement_times, flow_facts

                        with _timed(seconds, "html", on_stage, cpu), gc_paused():
                            write_html(view, staging / "graph.html", title=title, times=agreement_times(graph),
                                       facts=flow_facts(graph))
                except BaseException:
                    for job in started:
                        job.stop()
                    raise
                # the time spent waiting for a file written beside this process is its stage's
                for stage, job in zip(("turtle", "graphml"), started, strict=True):
                    with _timed(seconds, stage, None, cpu):
                        job.wait()

            with _timed(seconds, "report", on_stage, cpu):
                report = build_report(read_results, agreements, extraction, triples=len(graph))
                (staging / "report.json").write_text(
                    json.dumps(report, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8"
                )
        except OSError as err:
            raise OutputError(describe(err, f"the outputs in {out}")) from None
        if cache_dir is not None:
            cache.store(key, staging, outputs)
        folder.commit(outputs)

    return BuildResult(
        out_dir=out,
        read_results=read_results,
        agreements=agreements,
        extraction=extraction,
        triples=len(graph),
        report=report,
        rdf=graph,
        seconds=seconds,
        cpu_seconds=cpu,
        peak_rss_mib=peak_rss_mib(),
        words=count_words(agreements),
    )


def _check_writable(folder: Path, what: str, advice: str) -> None:
    """Fail now, in one line, if ``folder`` cannot be written (not with a traceback halfway through the build)."""
    from .outputs import OutputError

    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as err:
        raise OutputError(f"{folder}: cannot write {what} ({err.strerror or err}); {advice}") from None


# --- worker processes die with the build ---------------------------------------------------

_PR_SET_PDEATHSIG = 1
_WORKER_PARENT: list[int] = []  # the pid whose death must end forked workers, while the NLP stage runs


def _die_with_parent() -> None:
    """In a freshly forked child: ask the kernel for SIGKILL when the build process dies."""
    if not _WORKER_PARENT:
        return
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: nothing to ask for
        return
    if os.getppid() != _WORKER_PARENT[0]:  # the parent died before the request: go now
        os._exit(1)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_die_with_parent)


@contextmanager
def workers_die_with_parent() -> Iterator[None]:
    """While this is open, every process forked here (the NLP stage's workers) is killed when this one dies.

    A SIGKILLed build cannot clean up after itself; without this its workers
    would live on, holding memory and CPU, long after it is gone.
    """
    _WORKER_PARENT[:] = [os.getpid()]
    try:
        yield
    finally:
        _WORKER_PARENT.clear()


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
        # the register sheets it held: the graph cites a sheet's cells by sheet, row and column, not by file
        "sheets": sorted({loc.sheet for a in result.agreements for loc in a.locations if loc.sheet is not None}),
        "versions": sorted({v.reference for a in result.agreements for v in a.version_records}),
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
        "versions": sum(len(a.version_records) for a in agreements),  # Data Uses Register versions
        "datasets": len({d.canonical for a in agreements for d in a.datasets}
                        | {r.dataset.canonical for a in agreements for r in a.releases}),
        "releases": sum(len(a.releases) for a in agreements),
        "organisations": len(extraction.organisations),
        "flows": len(extraction.all_flows),  # the graph's nhskg:DataFlow nodes: the text's and the register's
        "roles": len(extraction.roles),
        "triples": triples,
        "warnings": sum(len(r.warnings) for r in read_results) + len(extraction.warnings),
    }
    # counted once, not once per agreement (that was agreements x flows: seconds at 16x the register)
    flows_of = Counter(f.agreement for f in extraction.all_flows)
    roles_of = Counter(r.agreement for r in extraction.roles)
    per_agreement = {
        a.reference: {
            "flows": flows_of[a.reference],
            "roles": roles_of[a.reference],
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
