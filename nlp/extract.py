"""The NLP stage: agreements in, resolved organisations, flows and roles out.

:func:`extract` works in three steps:

1. **Analyse each distinct text once.**  The register repeats template text
   across agreements, so sections are deduplicated by content before any
   parsing; each distinct text goes through :func:`make_nlp` (``nlp.pipe`` in
   batches, or a pool of worker processes with ``jobs > 1`` when there is
   enough text to pay for starting them) and :func:`analyse`, whose compact
   result (organisation mentions, flows, roles, system hosts) is cached by
   content hash and pipeline version in ``cache_dir``.
2. **Resolve organisations across all agreements** with one
   :class:`~nhskg.nlp.resolve.Resolver`: every surface form of an organisation
   becomes one node, its forms kept as aliases.
3. **Resolve each agreement's references**: "the CCG" / "the ICB" = the
   agreement's data controllers of that kind (else the applicant); "the
   DSCRO" / "the CSU" = the one named in the agreement (else the applicant of
   that kind, else an ``Unnamed DSCRO (<reference>)`` node of this agreement
   alone, so unrelated agreements' chains never join through a shared
   placeholder); "GPs", "Providers" = group nodes; a system's holder = the
   organisation the agreement says hosts it (else the applicant).  The
   structured applicant and data controllers are resolved too (controllers
   become "controller" roles whose evidence is the field's line), and each
   agreement whose applicant resolved gets its register release NHS Digital
   -> applicant (:mod:`nhskg.nlp.register`, ``Extraction.register_flows``), so
   that ``Extraction.all_flows`` is every flow the graph holds.

Every flow and role keeps its evidence: the exact sentence, the file and
line (``Section.location_of``) and the section name.  Output is sorted.
"""

from __future__ import annotations

import multiprocessing
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from functools import lru_cache
from typing import Any

from nhskg.datasets import canonical_name, known_names
from nhskg.gc_pause import frozen_for_fork
from nhskg.kinds import KINDS, short_form
from nhskg.model import Agreement, Evidence, Extraction, Flow, Location, Organisation, Problem, Role, Section

from . import flows as flow_rules
from . import roles as role_rules
from .applicant_names import names_applicant
from .cache import TextCache, text_key
from .facts import (
    ACRONYM,
    AgreementContext,
    ApplicantEnd,
    Endpoint,
    FoundFlow,
    NamedMention,
    OrgEnd,
    RefEnd,
    SystemEnd,
    TextAnalysis,
    acronym_verb,
)
from .lexicon import FLOW_VERB_RE, NATIONAL_KINDS
from .marked import CONTROLLER, INTRODUCED, PROCESSOR, sentences_of, view_of_doc
from .outputs import CLASS_NODES, OUTPUT_GROUPS
from .party_lists import PARTY_KINDS, find_groups, find_parties
from .purposes import block_purpose, purpose_controllers
from .register import register_release
from .release_states import agreement_state
from .resolve import normalise
from .slot_names import SUBJECT_NAME
from .succession import find_predecessors

#: Texts per nlp.pipe batch.
BATCH_SIZE = 64
#: Below this many characters of new text, worker processes cost more than they save.
MIN_CHARS_FOR_PROCESSES = 400_000
#: Unnamed placeholder nodes are per agreement: ``unnamed-dscro-nic-234915-j3k4v``.
UNNAMED = "Unnamed {kind} ({reference})"
#: The rule whose senders are a block's listed processors, the agreement's own commissioners among them never one
NOTIFIED_BY_LISTED = "controller-receives-in-block"
_NOT_PLACE_WORDS = frozenset({"nhs", "integrated", "care", "board", "icb", "ccg", "clinical", "commissioning", "group",
                              "and", "the", "of", "&"})


def _place_words(name: str) -> set[str]:
    """The words of a commissioner's name that say where it is ("NHS Buckingham, Oxfordshire and Berkshire ICB":
    buckingham, oxfordshire, berkshire)."""
    return {w for w in re.findall(r"[a-z]+", name.lower()) if w not in _NOT_PLACE_WORDS}
#: Names every unnamed placeholder of a kind carries, so a search for "the DSCRO" finds them.
UNNAMED_ALIASES = {k.name: (short_form(k.name), k.long_forms[0]) for k in KINDS.values() if k.placeholder}


def _in_purpose(end: Endpoint, ids: list[str], section: Section, at: int, ctx: AgreementContext) -> list[str]:
    """"The ICB" under a block heading whose purpose the agreement gives its own controllers: those of ``ids`` only.

    ("DIRECT CARE … 2. The ICB sends a re-id request" where only one of two joint controllers "is the sole controller
    for the purpose of Direct Care": that one.)
    """
    if not ctx.purpose_controllers or not isinstance(end, RefEnd) or end.kind not in ("ICB", "CCG", CONTROLLER):
        return ids
    scoped = ctx.purpose_controllers.get(block_purpose(section.text, at) or "")
    kept = [i for i in ids if scoped and i in scoped]
    return kept or ids


_PLURAL = re.compile(r"(?i)^(?:the|these|those|their|all|both)\b.*s$|^[A-Z]{2,}s$")

@lru_cache(maxsize=4)
def pipeline_version(model: str | None = None) -> str:
    """The version per-text results are cached under: one digest of all of nhskg's code and data
    files, the spaCy version and ``model`` (see :mod:`nhskg.codedigest`), so no edit reuses stale results."""
    from nhskg.codedigest import code_version

    return code_version(model)


# --- step 1: one text -------------------------------------------------------------------


def analyse(doc, resolver=None, text: str | None = None) -> TextAnalysis:
    """The agreement-independent result for one parsed text (what the cache stores, as JSON).

    Names are looked up with the resolver that linked this doc (a fork of the
    gazetteer's, for this text alone: :func:`nhskg.nlp.orgs.doc_resolver`), so
    the result depends on the text and the pipeline only; ``resolver`` is used
    for docs no linker ran on.
    """
    from .orgs import doc_resolver

    resolver = doc_resolver(doc) or (resolver.fork() if resolver is not None else None)
    view = view_of_doc(doc, text)
    sentences = sentences_of(view)

    def lookup(name: str, kind: str) -> str | None:
        if resolver is None:
            return None
        org = resolver.resolve(name, kind)
        return org.id if org is not None else None

    hosts = flow_rules.find_hosts(view, sentences)
    groups = find_groups(sentences)  # what "the One London ICBs" are, for the flows and the roles alike
    dropped: list = []
    found_flows = flow_rules.find_flows(view, datasets=dataset_mentions, lookup=lookup, sentences=sentences, hosts=hosts,
                                        groups=groups, dropped_out=dropped)
    found_roles = role_rules.find_roles(view, sentences, groups)
    parties = find_parties(sentences)
    predecessors = find_predecessors(sentences)
    mentions = {(m.text, m.kind, m.org_id) for s in sentences for m in s.mentions if m.org_id is not None and not m.definite}
    for f in found_flows:
        for end in (f.source, f.target):
            # (a subject's name is resolved with its agreement: it may be the end of a longer name named there)
            if isinstance(end, OrgEnd) and end.surface and end.kind is not None and not end.org_id.startswith((ACRONYM, SUBJECT_NAME)):
                mentions.add((end.surface, end.kind, end.org_id))
    # "Medical Research Council (MRC)": the acronym a text defines is a name of that body, used or not
    abbreviations = getattr(doc._, "abbreviations", None) or {}
    if abbreviations and "orgs" in doc.spans:
        named = {" ".join(s.text.split()): (s._.org_kind or "Other", s._.org_id) for s in doc.spans["orgs"] if s._.org_id}
        for short, long_form in sorted(abbreviations.items()):
            if long_form in named:
                mentions.add((short, *named[long_form]))
    made = resolver.new_organisations() if resolver is not None else {}
    return TextAnalysis(
        mentions=[NamedMention(*m) for m in sorted(mentions)],
        flows=found_flows,
        roles=found_roles,
        hosts=hosts,
        predecessors=predecessors,
        dropped=dropped,
        names={org_id: org.label for org_id, org in made.items()},
        parties=parties,
    )


_WORKER: dict[str, Any] = {}  # what forked workers share: the pipeline and its resolver


def _make_nlp(model: str | None):
    from .pipeline import make_nlp

    return make_nlp(model)


def _worker_init(model: str | None) -> None:
    _WORKER["nlp"] = _make_nlp(model)


def _safe_analyse(doc, text: str) -> TextAnalysis:
    """:func:`analyse`, or a result with its ``error`` when a rule trips on unusual text (one text must not stop a build)."""
    try:
        return analyse(doc, None, text)
    except Exception as err:  # noqa: BLE001 - reported as a warning with the section's location
        return TextAnalysis(error=f"{type(err).__name__}: {err}")


def _analysed(nlp, texts: list[str], keep: Callable[[str, TextAnalysis], object] | None) -> list[TextAnalysis]:
    results = [_safe_analyse(doc, text) for text, doc in zip(texts, nlp.pipe(texts, batch_size=BATCH_SIZE), strict=True)]
    if keep is not None:
        for text, result in zip(texts, results, strict=True):
            keep(text, result)
    return results


def _worker_run(texts: list[str]) -> list[TextAnalysis]:
    return _analysed(_WORKER["nlp"], texts, _WORKER.get("keep"))


def analyse_texts(texts: list[str], *, jobs: int = 1, model: str | None = None, nlp=None,
                  meanwhile: Callable[[], object] | None = None,
                  keep: Callable[[str, TextAnalysis], object] | None = None) -> list[TextAnalysis]:
    """:func:`analyse` every text (in order), in this process or in ``jobs`` worker processes.

    Each text's result depends on that text alone (each is resolved with its own fork of the
    gazetteer's resolver), so ``jobs``, the batches and which texts were cached change nothing.
    ``meanwhile`` is called once, while the workers parse (first, when there are none);
    ``keep(text, result)`` is called for each text in the process that analysed it (a forked
    worker's share of the caching is done side by side with the others').
    """
    if not texts:
        if meanwhile is not None:
            meanwhile()
        return []
    if jobs > 1 and sum(map(len, texts)) >= MIN_CHARS_FOR_PROCESSES:
        # contiguous chunks, several per worker so that a slow one does not hold the rest up, of the texts in
        # sorted order: the versions of one section start alike, so a worker meets the sentences they share
        # together and its per-sentence memos (nlp/roles.py) hit
        order = sorted(range(len(texts)), key=texts.__getitem__)
        n_chunks = min(len(texts), jobs * 4)
        size = -(-len(texts) // n_chunks)
        chunks = [[texts[k] for k in order[i: i + size]] for i in range(0, len(texts), size)]
        try:
            if "fork" in multiprocessing.get_all_start_methods():
                # build the pipeline once, here: forked workers share it instead of each loading it
                _WORKER["nlp"] = nlp if nlp is not None else _make_nlp(model)
                _WORKER["keep"] = keep
                kept_here = None
                pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"))
            else:  # a spawned worker cannot be handed a function: this process keeps the results
                kept_here = keep
                pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init, initargs=(model,))
            with pool:
                with frozen_for_fork():  # the workers are forked here, when the chunks are handed out
                    pending = pool.map(_worker_run, chunks)  # every chunk handed out: this process is free until it reads
                if meanwhile is not None:
                    meanwhile()
                done = [result for chunk in pending for result in chunk]
            if kept_here is not None:
                for k, result in zip(order, done, strict=True):
                    kept_here(texts[k], result)
            by_index = dict(zip(order, done, strict=True))
            return [by_index[k] for k in range(len(texts))]
        finally:
            _WORKER.clear()
    if meanwhile is not None:
        meanwhile()
    return _analysed(nlp if nlp is not None else _make_nlp(model), texts, keep)


# --- datasets named on an edge -----------------------------------------------------------

@lru_cache(maxsize=1)
def _dataset_pattern() -> re.Pattern:
    # every name the datasets table (ontology/datasets.toml) lists, longest first
    alternatives = sorted(known_names(), key=lambda n: (-len(n), n))

    def alternative(name: str) -> str:
        # acronyms as written ("IAPT", not "iapt"); names with words in any case ("Local Provider data")
        return f"(?i:{re.escape(name)})" if len(name) > 5 and re.search(r"[a-z]{2}", name) else re.escape(name)

    return re.compile(r"(?<![\w-])(?:" + "|".join(alternative(n) for n in alternatives) + r")(?![\w-]|\+\w)")


def dataset_mentions(text: str) -> list[str]:
    """Canonical names of the datasets ``text`` names (acronyms as written, long names in any case).

    >>> dataset_mentions("Identifiable SUS data and Mental Health (MHSDS, MHMDS) flows")
    ['Mental Health Minimum Data Set', 'Mental Health Services Data Set', 'SUS']
    """
    return sorted({canonical_name(m.group(0)) for m in _dataset_pattern().finditer(text)})


# --- steps 2 and 3: resolution -------------------------------------------------------------


def extract(
    agreements: Iterable[Agreement],
    *,
    jobs: int = 1,
    model: str | None = None,
    cache_dir: str | os.PathLike | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> Extraction:
    """Organisations, flows, roles and applicants of ``agreements``, resolved across all of them.

    ``jobs`` > 1 analyses new texts in that many processes; ``model`` names an
    optional spaCy pipeline package whose NER adds organisation candidates;
    ``cache_dir`` keeps per-text results between runs (a rerun on unchanged
    text parses nothing); ``meanwhile`` is work of the caller's that this
    process does while the workers parse (called once, whatever the cache held).
    """
    from .resolve import Resolver

    agreements = sorted(agreements, key=lambda a: a.reference)
    version = pipeline_version(model)
    cache = TextCache(cache_dir, version) if cache_dir is not None else None

    distinct: dict[str, str] = {}
    keys: dict[str, str] = {}  # text -> key, so that resolution hashes no text again
    for a in agreements:
        for section in a.sections:
            if section.text and section.text.strip():
                key = keys.get(section.text) or keys.setdefault(section.text, text_key(section.text))
                distinct.setdefault(key, section.text)
    results: dict[str, TextAnalysis] = {}
    todo: list[str] = []
    for key in sorted(distinct):
        hit = cache.get(key) if cache is not None else None
        if hit is not None:
            results[key] = TextAnalysis.from_json(hit)
        else:
            todo.append(key)

    def keep(text: str, result: TextAnalysis) -> None:
        if cache is not None and result.error is None:
            cache.put(keys[text], result.to_json())

    analysed = analyse_texts([distinct[k] for k in todo], jobs=jobs, model=model, meanwhile=meanwhile,
                             keep=keep if cache is not None else None)
    results.update(zip(todo, analysed, strict=True))

    return Resolution(Resolver(), results, keys).run(agreements)


class Resolution:
    """Steps 2 and 3 of :func:`extract` over the per-text results."""

    def __init__(self, resolver, results: dict[str, TextAnalysis], keys: dict[str, str] | None = None):
        self.resolver = resolver
        self.results = results
        self._keys = dict(keys or {})  # text -> its cache key (text_key), made once per text
        self.extraction = Extraction()
        self.id_map: dict[str, str] = {}
        self.unnamed: dict[str, Organisation] = {}
        self.successions: dict[str, dict[str, Evidence]] = {}  # ICB id -> predecessor CCG id -> evidence
        # the name each per-text id the gazetteer lacks was made from (the first text's, in key order)
        self.names: dict[str, str] = {}
        for key in sorted(results):
            for org_id, name in sorted(results[key].names.items()):
                self.names.setdefault(org_id, name)

    # -- organisations -------------------------------------------------------------------

    def _key(self, text: str) -> str:
        found = self._keys.get(text)
        if found is None:
            found = self._keys[text] = text_key(text)
        return found

    def _org_id(self, org_id: str, surface: str, kind: str | None) -> str | None:
        if org_id.startswith((INTRODUCED, SUBJECT_NAME)):
            # a name the text introduced (with its acronym, by its slot): the long name decides the node, the acronym is an alias
            org = self.resolver.resolve(org_id.split(":", 1)[1], kind)
            if org is None:
                return None
            return self.resolver.note(org.id, surface).id if surface else org.id
        known = self.resolver.get(org_id)
        if known is not None and surface:
            return self.resolver.note(org_id, surface).id
        if known is not None:
            return org_id
        # an organisation the text named that the gazetteer lacks: resolve the name its text made it
        # from ("Medical Research Council" for "MRC"), so an acronym is a name of its body, not a node
        name = self.names.get(org_id) or surface
        org = self.resolver.resolve(name, kind) if name else None
        if org is not None and surface and surface != name:
            self.resolver.note(org.id, surface)
        return org.id if org is not None else None

    def _map_mentions(self, agreements: list[Agreement]) -> None:
        # where each distinct text was first read, so a warning about it names the file and row or line
        where: dict[str, tuple[str, Section]] = {}
        for a in agreements:
            for section in a.sections:
                if section.text and section.text.strip():
                    where.setdefault(self._key(section.text), (a.reference, section))
        for key in sorted(self.results):
            for m in self.results[key].mentions:
                surface, org_id = m.surface, m.org_id
                resolved = self._org_id(org_id, surface, m.kind)
                if resolved is not None:
                    self.id_map.setdefault(org_id, resolved)
                    if resolved != self.id_map[org_id]:
                        reference, read_in = where.get(key, ("", None))
                        location = read_in.location if read_in is not None else Location("<extract>")
                        if read_in is not None:
                            at = read_in.text.find(surface)
                            location = read_in.location_of(at) if at >= 0 else location
                        self.extraction.warnings.append(
                            Problem(location, f"{reference} {read_in.name if read_in else ''}: {surface!r} resolved to {resolved} "
                                              f"and {self.id_map[org_id]}".replace("  ", " ").strip())
                        )

    def _join_spellings(self, agreements: list[Agreement]) -> None:
        """One node for a body written two ways that resolution read as two ("Oxford University" and "University
        of Oxford", "East Staffs CCG" and "NHS East Staffordshire CCG": :func:`normalise` with ``same_body``).

        The node kept is the one the register's own fields name (an applicant or controller), else the one with
        the longest name, then the first id; a gazetteer node is never merged away.
        """
        orgs = self.resolver.organisations()
        listed = {e.id for e in self.resolver.gazetteer}
        structured = {normalise(name) for a in agreements for name in (a.applicant, *a.controllers) if name}
        groups: dict[tuple[str, str], list[str]] = defaultdict(list)
        for org_id, org in sorted(orgs.items()):
            groups[(org.kind, normalise(org.label, same_body=True))].append(org_id)
        for ids in groups.values():
            if len(ids) < 2:
                continue

            def rank(i: str) -> tuple:
                org = orgs[i]
                named = any(normalise(n) in structured for n in (org.label, *org.aliases))
                return (i not in listed, not named, -len(org.label), i)

            into, *others = sorted(ids, key=rank)
            for other in others:
                if other in listed:
                    continue
                self._merge(other, into)

    def _merge(self, other: str, into: str) -> None:
        """Node ``other`` becomes a name of ``into``, and every text id that resolved to it resolves there."""
        self.resolver.merge_into(other, into)
        for key, value in list(self.id_map.items()):
            if value == other:
                self.id_map[key] = into

    def _join_acronym_splits(self) -> None:
        """One node for a body whose acronym the register also gives another spelling of its name.

        Texts define an acronym for a name ("Healthcare Quality Improvement Partnership (HQIP)",
        "Dr Foster Intelligence Limited (DFI)"); other agreements give the same acronym to a
        shorter or misspelt form of that name ("Health Quality Improvement Partnership (HQIP)",
        "Dr Foster Limited (DFI)"), or write the acronym with a company suffix ("C-Ci Ltd" for
        "CRAB Clinical Informatics Limited (C-Ci)").  Those join the node whose name the acronym
        spells.  Two names that share an acronym but not their words stay two bodies ("Cancer
        Epidemiology Unit" and "Clinical Effectiveness Unit", both "CEU").
        """
        orgs = self.resolver.organisations()
        listed = {e.id for e in self.resolver.gazetteer}
        made = {i: o for i, o in orgs.items() if i not in listed}  # a gazetteer node is never merged away
        by_acronym: dict[str, list[str]] = defaultdict(list)
        for org_id, org in orgs.items():
            for alias in sorted(org.aliases):
                if _is_acronym(alias):
                    by_acronym[alias.upper()].append(org_id)
        merges: dict[str, str] = {}
        for acronym, ids in sorted(by_acronym.items()):
            ids = sorted(set(ids))
            spelled = [i for i in ids if _initials(orgs[i].label) == _letters(acronym)]
            # the one name the acronym spells that every other such name is a shorter spelling of
            longest = [i for i in spelled if all(j == i or _shorter_spelling(orgs[j].label, orgs[i].label) for j in spelled)]
            if len(longest) != 1:
                continue
            into = longest[0]
            for other in ids:
                if (other != into and other in made and orgs[other].kind == orgs[into].kind
                        and _shorter_spelling(orgs[other].label, orgs[into].label)):
                    merges.setdefault(other, into)
        suffixes = {"ltd", "plc", "llp"}
        for org_id, org in made.items():
            words = normalise(org.label).split()
            if org.kind == "Company" and len(words) > 1 and words[-1] in suffixes:
                owners = sorted(set(by_acronym.get(" ".join(words[:-1]).upper().replace(" ", "-"), [])) |
                                set(by_acronym.get(" ".join(words[:-1]).upper().replace(" ", ""), [])))
                if len(owners) == 1 and owners[0] != org_id:
                    merges.setdefault(org_id, owners[0])  # "C-Ci Ltd": the company whose acronym is "C-Ci"
        for other, into in sorted(merges.items()):
            while into in merges:
                into = merges[into]
            self._merge(other, into)

    # -- the run ----------------------------------------------------------------------------

    def run(self, agreements: list[Agreement]) -> Extraction:
        self._map_mentions(agreements)
        for a in agreements:  # the register's own names, as each agreement's context reads them: joined below too
            for name in (a.applicant, *a.controllers):
                if name:
                    self.resolver.resolve_structured(name)
        self._join_acronym_splits()
        self._join_spellings(agreements)
        out = self.extraction
        flows: set[Flow] = set()
        roles: set[Role] = set()
        unresolved: dict[tuple, Problem] = {}
        for a in agreements:
            context = self._context(a)
            stated: list[tuple[Flow, str | None, str | None]] = []
            for section in a.sections:
                result = self.results.get(self._key(section.text)) if section.text and section.text.strip() else None
                if result is None:
                    continue
                if result.error is not None:
                    out.warnings.append(Problem(section.location, f"{a.reference} {section.name}: text not analysed ({result.error})"))
                    continue
                for f in result.flows:
                    stated.extend(self._flows_of(f, a, section, context, unresolved))
                for d in result.dropped:
                    problem = Problem(section.location_of(d.start), f"{a.reference} {section.name}: {d.reason}; the flow it states is left out")
                    unresolved[(problem.location, problem.message)] = problem
                for r in result.roles:
                    evidence = self._evidence(section, r.start, r.end)
                    for org in self._endpoint(r.org, a, context, for_role=True):
                        roles.add(Role(a.reference, org, r.role, evidence))
                for p in result.predecessors:
                    self._succession(a, context, self._evidence(section, p.start, p.end), p.predecessors)
            flows.update(self._regional_readings(self._release_states(stated, a, context)))
            roles.update(self._controller_roles(a))
            if context.applicant:
                out.applicants[a.reference] = context.applicant
                # the register's own release, made here beside the text's flows so that every count of flows is one
                out.register_flows.append(register_release(a, context.applicant))
            out.mentions[a.reference] = set(context.mentioned)
        roles = _non_accessing_supersedes(roles)
        out.warnings.extend(unresolved[k] for k in sorted(unresolved))
        out.flows = sorted(flows)
        out.roles = sorted(roles)
        out.register_flows.sort()
        for flow in out.flows:
            out.mentions[flow.agreement].update((flow.source, flow.target))
        for role in out.roles:
            out.mentions[role.agreement].add(role.organisation)
        out.organisations = self._organisations(out)
        out.warnings.sort(key=lambda p: (str(p.location), p.message))
        return out

    def _flows_of(self, f: FoundFlow, a: Agreement, section: Section, context: AgreementContext,
                  unresolved: dict[tuple, Problem]) -> list[tuple[Flow, str | None, str | None]]:
        """The flows one found flow states between resolved organisations (with each end as written); a warning in
        ``unresolved`` for an end that names no one organisation."""
        evidence = self._evidence(section, f.start, f.end)
        sources = _in_purpose(f.source, self._endpoint(f.source, a, context), section, f.start, context)
        targets = _in_purpose(f.target, self._endpoint(f.target, a, context), section, f.start, context)
        if f.rule == NOTIFIED_BY_LISTED:
            # the commissioners listed beside their CSU are the ones notified, not who notifies them: the agreement's own
            # (its controllers, the applicant, a name of one written another way: "NHS Buckingham, Oxfordshire and
            # Berkshire ICB" in BOB ICB's list); another ICB the list names is a processor like the rest
            own = [i for i in (context.applicant, *context.controllers) if i]
            sources = [i for i in sources if not self._one_of(i, own)]
        for end, found in ((f.source, sources), (f.target, targets)):
            if not found and isinstance(end, OrgEnd) and end.org_id.startswith(ACRONYM):
                # "5. GMS then pass …": an acronym the agreement introduces nowhere
                problem = Problem(section.location_of(f.start), f"{a.reference} {section.name}: the subject "
                                  f"{end.surface!r} of {acronym_verb(end)!r} is not a recognised organisation; "
                                  "the flow it states is left out")
                unresolved[(problem.location, problem.message)] = problem
            elif not found and isinstance(end, ApplicantEnd) and end.surface:
                # "5. GMSS then pass …" in a CCG's agreement: an unmarked subject that is not the applicant's name
                text = evidence.text
                at = max(0, text.find(end.surface))
                verbs = list(FLOW_VERB_RE.finditer(text, 0, at)) if end is f.target else []
                verb = verbs[-1] if verbs else FLOW_VERB_RE.search(text, at)
                of_verb = f" of {verb.group(0)!r}" if verb else ""
                role = "subject" if end is f.source else "recipient"
                problem = Problem(section.location_of(f.start), f"{a.reference} {section.name}: the {role} {end.surface!r}"
                                  f"{of_verb} is not a recognised organisation nor a name of the applicant; the flow it "
                                  "states is left out")
                unresolved[(problem.location, problem.message)] = problem
            elif not found and not isinstance(end, OrgEnd):
                problem = Problem(evidence.location,
                                  f"{a.reference}: {_describe(end)} names no one organisation here; a flow it states is left out")
                unresolved[(evidence.location, problem.message)] = problem
        stated = []
        for source in sources:
            for target in targets:
                if source != target:
                    inferred = tuple(end for end, point in (("source", f.source), ("target", f.target))
                                     if end in f.inferred or _inferred(point))
                    flow = Flow(a.reference, source, target, f.datasets, f.state, f.mode, evidence, rule=f.rule,
                                inferred_end=inferred)
                    stated.append((flow, _as_written(f.source), _as_written(f.target)))
        return stated

    def _release_states(self, stated: list[tuple[Flow, str | None, str | None]], a: Agreement,
                        context: AgreementContext) -> list[tuple[Flow, str | None, str | None]]:
        """The national body's releases to the applicant whose words give no state, in the state the agreement says the
        data it asks for is in (``nlp.release_states``), when it says one."""
        def stateless_release(f: Flow) -> bool:
            return f.state == "unspecified" and f.target == context.applicant and self._kind(f.source) in NATIONAL_KINDS

        if not context.applicant or not any(stateless_release(f) for f, _, _ in stated):
            return stated
        state = agreement_state(section.text for section in a.sections if section.text)
        if state is None:
            return stated
        return [(replace(f, state=state) if stateless_release(f) and not _NAMES_OUTPUTS.search(f.evidence.text) else f,
                 source, target) for f, source, target in stated]

    def _one_of(self, org_id: str, own: list[str]) -> bool:
        """Whether ``org_id`` is one of ``own``, or a commissioner named with most of the words of one of them."""
        if org_id in own:
            return True
        org = self.resolver.get(org_id)
        if org is None or org.kind not in ("ICB", "CCG"):
            return False
        words = _place_words(org.label)
        for other in own:
            known = self.resolver.get(other)
            theirs = _place_words(known.label) if known is not None else set()
            if words and theirs and len(words & theirs) / min(len(words), len(theirs)) >= 0.5:
                return True
        return False

    def _organisations(self, out: Extraction) -> dict[str, Organisation]:
        """Every organisation the extraction refers to (and the hosts they are part of), by id, sorted."""
        orgs = dict(self.resolver.organisations())
        orgs.update(self.unnamed)
        used = {i for f in out.flows for i in (f.source, f.target)} | {r.organisation for r in out.roles}
        used |= set(out.applicants.values()) | {i for ids in out.mentions.values() for i in ids}
        for org_id in sorted(used - orgs.keys()):
            org = self.resolver.get(org_id)
            if org is not None:
                orgs[org_id] = org
        for icb_id, predecessors in sorted(self.successions.items()):
            orgs[icb_id].predecessors.update(predecessors)
        for org in list(orgs.values()):  # hosts of kept organisations ("part of") are nodes too
            if org.part_of and org.part_of not in orgs and self.resolver.get(org.part_of) is not None:
                orgs[org.part_of] = self.resolver.get(org.part_of)
        return {k: orgs[k] for k in sorted(orgs)}

    def _context(self, a: Agreement) -> AgreementContext:
        applicant = self.resolver.resolve_structured(a.applicant) if a.applicant else None
        controllers = [c for c in (self.resolver.resolve_structured(name) for name in a.controllers) if c is not None]
        ctx = AgreementContext(applicant.id if applicant else None, [c.id for c in controllers], set(), {}, set())
        acronyms: dict[str, set[str]] = {}
        for section in a.sections:
            result = self.results.get(self._key(section.text)) if section.text and section.text.strip() else None
            if result is None or result.error is not None:
                continue
            for m in result.mentions:
                if m.org_id in self.id_map:
                    ctx.mentioned.add(self.id_map[m.org_id])
                    if _is_acronym(m.surface):
                        acronyms.setdefault(m.surface, set()).add(self.id_map[m.org_id])
            for key, host in result.hosts.items():
                ctx.hosts.setdefault(key, host)
            for role in result.roles:
                if role.role == "processor" and isinstance(role.org, OrgEnd) and role.org.org_id in self.id_map:
                    ctx.processors.add(self.id_map[role.org.org_id])
            ctx.listed.update(self.id_map[p.org.org_id] for p in result.parties
                              if isinstance(p.org, OrgEnd) and p.org.org_id in self.id_map)
            names = [(m.surface, self.id_map[m.org_id]) for m in result.mentions if m.org_id in self.id_map]
            for purpose, ids in purpose_controllers(section.text, names).items():
                ctx.purpose_controllers.setdefault(purpose, set()).update(ids)
        # an acronym this agreement gives one body (two bodies under one acronym: neither)
        ctx.acronyms = {short: next(iter(ids)) for short, ids in sorted(acronyms.items()) if len(ids) == 1}
        return ctx

    def _endpoint(self, end: Endpoint, a: Agreement, ctx: AgreementContext, *, for_role: bool = False, depth: int = 0) -> list[str]:
        """The organisation ids an endpoint stands for in agreement ``a`` (empty when it cannot be told)."""
        if isinstance(end, OrgEnd) and end.org_id.startswith(ACRONYM):
            # "STHFT shares …": the body this agreement introduces the acronym for, in any of its sections
            org_id = ctx.acronyms.get(end.surface) or self._spelled_by(end.surface, ctx)
            return [org_id] if org_id else []
        if isinstance(end, OrgEnd):
            longer = self._longer_name(end.org_id[len(SUBJECT_NAME):], ctx) if end.org_id.startswith(SUBJECT_NAME) else None
            org_id = longer or self.id_map.get(end.org_id) or self._org_id(end.org_id, end.surface, end.kind)
            return [org_id] if org_id else []
        if isinstance(end, ApplicantEnd):
            if ctx.applicant and end.surface:
                # words the recogniser did not mark ("employees of UCL"): the applicant only when they name it
                org = self.resolver.get(ctx.applicant)
                names = [a.applicant, *([org.label, *sorted(org.aliases)] if org else [])]
                return [ctx.applicant] if names_applicant(end.surface, names, org.kind if org else None) else []
            return [ctx.applicant] if ctx.applicant else []
        if isinstance(end, SystemEnd):
            host = ctx.hosts.get(end.key_name)
            if host is not None and depth < 2 and not isinstance(host, SystemEnd):
                return self._endpoint(host, a, ctx, depth=depth + 1)
            if end.named_holder_only:
                return []
            # a system the agreement's own users reach (GPs' risk stratification tool): its data controller's
            return [ctx.applicant] if ctx.applicant else []
        kind, surface = end.kind, end.surface
        if kind in (PROCESSOR, CONTROLLER):
            return self._processor(ctx) if kind == PROCESSOR else self._controllers(ctx)
        if OUTPUT_GROUPS.get(kind, ("", None))[1] == surface or surface in CLASS_NODES:
            return [self._recipients_node(kind, surface, end.written)]
        if surface.endswith("(collectively)") and self.resolver.group(kind) is not None:
            return [self.resolver.group(kind).id]  # a class of recipients (nlp/outputs.py): its one collective node
        if kind in ("GPPractice", "CareProvider", "CareProfessional"):
            group = self.resolver.group(kind)
            if group is None:
                return []
            form = re.sub(r"(?i)^(?:the|all|each|their|local)\s+", "", " ".join(surface.split()))
            if form and form != group.label:
                group.aliases.add(form)  # "GPs", "GP system", "providers": how an investigator may look it up
            return [group.id]
        plural = bool(_PLURAL.match(surface.strip()))
        if kind == "LocalAuthority":
            return self._councils(surface, ctx, for_role=for_role)
        if kind in ("CCG", "ICB"):
            return self._the_commissioner(kind, ctx)
        if plural and kind in PARTY_KINDS:
            return self._parties(kind, ctx, for_role=for_role)
        if plural or for_role:
            return []  # "their CSUs", "the DSCROs" with no list: not one organisation
        found = self.resolver.resolve_definite(kind, ctx.mentioned, ctx.applicant)
        if found:
            return [found]
        if kind in ("DSCRO", "CSU"):
            return [self._unnamed(kind, a.reference, surface)]
        return []

    def _parties(self, kind: str, ctx: AgreementContext, *, for_role: bool) -> list[str]:
        """"Released to the CSUs": the agreement's own parties of that kind (applicant, controllers, processors, those
        a "The CSUs … are:" list names), never others the text names; none, no flow.  For a role ("the CSUs … are
        data processors") the listed ones only: the applicant's or a controller's role is its own."""
        listed = {i for i in ctx.listed if self._kind(i) == kind}
        if for_role:
            return sorted(listed)
        parties = {i for i in (ctx.applicant, *ctx.controllers, *ctx.processors) if i and self._kind(i) == kind}
        return sorted(parties | listed)

    def _longer_name(self, name: str, ctx: AgreementContext) -> str | None:
        """The one organisation the agreement names whose name ends with ``name``, a name the text introduced itself
        ("Warwick Clinical Trials Unit" after "University of Warwick Clinical Trials Unit"), else None."""
        key = normalise(name)
        found = {i for i in ctx.mentioned if (org := self.resolver.get(i)) is not None and normalise(org.label).endswith(" " + key)}
        return found.pop() if len(found) == 1 else None

    def _councils(self, surface: str, ctx: AgreementContext, *, for_role: bool) -> list[str]:
        """"The Local Authority", "the local authorities": the agreement's own councils (its applicant or controllers);
        without one, the one council the agreement names, and for a plural the class of them."""
        councils = sorted({i for i in (ctx.applicant, *ctx.controllers) if i and self._kind(i) == "LocalAuthority"})
        if councils:
            return councils
        if surface.lower().rstrip().endswith("authorities"):
            group = self.resolver.group("LocalAuthority")
            return [group.id] if group is not None and not for_role else []
        found = self.resolver.resolve_definite("LocalAuthority", ctx.mentioned, ctx.applicant)
        return [found] if found else []

    def _the_commissioner(self, kind: str, ctx: AgreementContext) -> list[str]:
        """Who "the CCG" / "the ICB" is in an agreement: its own commissioners, never another the text names."""
        # the controllers that are CCGs; an agreement carried over to the ICBs that replaced the
        # CCGs lists ICBs instead, or the sub-ICB locations that stand for the old CCGs ("NHS X ICB - 05D"):
        # the controllers as the register names them, not their ICB, which the agreement does not name
        for wanted in (kind, "ICB" if kind == "CCG" else "CCG"):
            of_kind = sorted({c for c in ctx.controllers if self._kind(c) == wanted})
            if of_kind:
                return of_kind
        # else the applicant when it is a commissioner of that kind; never another CCG the text names
        # ("GMSS … are now hosted by Oldham CCG" in Bolton CCG's agreement)
        applicant = ctx.applicant
        if applicant is not None and self._kind(applicant) in (kind, "ICB" if kind == "CCG" else "CCG"):
            return [applicant]
        return []

    def _spelled_by(self, acronym: str, ctx: AgreementContext) -> str | None:
        """The one organisation of the agreement whose name the acronym spells ("RCoA" = the Royal College
        of Anaesthetists the agreement names; "NICOR"), else ``None``."""
        letters = _letters(acronym)
        found = set()
        for org_id in sorted(ctx.mentioned | {i for i in (ctx.applicant, *ctx.controllers) if i}):
            org = self.resolver.get(org_id)
            if org is not None and any(letters in _spellings(name) for name in (org.label, *org.aliases) if not _is_acronym(name)):
                found.add(org_id)
        return found.pop() if len(found) == 1 else None

    def _regional_readings(self, stated: list[tuple[Flow, str | None, str | None]]) -> list[Flow]:
        """A bare regional name ("AGEM") is the region's other office when the agreement says so elsewhere.

        "AGEM" resolves to the Arden and GEM CSU, but the region's DSCRO is "AGEM
        DSCRO".  When the same agreement states, with the kind written out, that
        the flow's other party exchanges data with that other office ("transfer
        the data to DSCRO AGEM") and never with the first reading, the bare name
        is taken as the office the agreement names (004: "North England DSCRO …
        flow the linked data to AGEM" = the DSCRO AGEM of line 131).
        """

        def other(surface: str | None, org_id: str) -> str | None:
            return self.resolver.other_reading(surface, org_id) if surface else None

        explicit = {(f.source, f.target) for f, s, t in stated if not other(s, f.source) and not other(t, f.target)}
        out = []
        for f, as_source, as_target in stated:
            source, target = f.source, f.target
            if (source, target) not in explicit:
                alternative = other(as_target, target)
                if alternative and (source, alternative) in explicit:
                    target = alternative
                alternative = other(as_source, source)
                if alternative and (alternative, target) in explicit:
                    source = alternative
            if source != target:
                out.append(replace(f, source=source, target=target))
        return out

    def _processor(self, ctx: AgreementContext) -> list[str]:
        """"the data processor (listed above)": the agreement's one processor (preferring its one CSU), else its one CSU."""
        processors = sorted(ctx.processors)
        if len(processors) == 1:
            return processors
        csus = [p for p in processors if self._kind(p) == "CSU"] or sorted(i for i in ctx.mentioned if self._kind(i) == "CSU")
        return csus if len(csus) == 1 else []

    def _controllers(self, ctx: AgreementContext) -> list[str]:
        """"The Data Controller" a block's data goes to: a commissioner applicant and the joint controllers of its kind
        ("NHS Birmingham and Solihull ICB & NHS Black Country ICB are joint controllers"), else the applicant."""
        kind = self._kind(ctx.applicant) if ctx.applicant else None
        if kind in ("CCG", "ICB"):
            return self._the_commissioner(kind, ctx)
        return [ctx.applicant] if ctx.applicant else []

    def _commissioner(self, org_id: str) -> str:
        """A sub-ICB location ("NHS X ICB - 05D") stands for its ICB."""
        org = self.resolver.get(org_id)
        if org is not None and org.part_of and self._kind(org.part_of) == org.kind:
            return org.part_of
        return org_id

    def _kind(self, org_id: str) -> str | None:
        org = self.resolver.get(org_id)
        return org.kind if org else None

    def _unnamed(self, kind: str, reference: str, surface: str) -> str:
        """The placeholder for "the DSCRO" of an agreement that never names it (one per agreement)."""
        label = UNNAMED.format(kind=kind, reference=reference)
        org_id = f"unnamed-{kind.lower()}-{reference.lower()}"
        org = self.unnamed.get(org_id)
        if org is None:
            org = self.unnamed[org_id] = Organisation(id=org_id, label=label, kind=kind)
            org.aliases.update(UNNAMED_ALIASES.get(kind, ()))
        form = " ".join(surface.split())
        if form and re.sub(r"(?i)^(?:the|each|every|respective)\s+", "", form) != form:
            form = re.sub(r"(?i)^(?:the|each|every)\s+(?:respective\s+)?", "", form)
        if form:
            org.aliases.add(form)
        return org_id

    def _recipients_node(self, kind: str, label: str, written: str) -> str:
        """The node of a class of recipients of outputs (nlp/outputs.py), its forms as aliases: providers or GP
        practices as recipients ("Providers (recipients of outputs)"), or a class of no kind's own ("AHSNs (collectively)")."""
        org_id, kind = CLASS_NODES[label] if label in CLASS_NODES else (OUTPUT_GROUPS[kind][0], kind)
        org = self.unnamed.get(org_id)  # kept with the placeholders: nodes the resolver does not hold
        if org is None:
            org = self.unnamed[org_id] = Organisation(id=org_id, label=label, kind=kind)
        form = re.sub(r"(?i)^(?:the|all|each|other)\s+", "", written)
        if form:
            org.aliases.add(form)
        return org_id

    def _succession(self, a: Agreement, ctx: AgreementContext, evidence: Evidence, named) -> None:
        """Record the CCGs ``evidence`` says the agreement's ICB took over (its applicant or sole ICB controller)."""
        icbs = {self._commissioner(i) for i in [ctx.applicant, *ctx.controllers] if i and self._kind(i) == "ICB"}
        if len(icbs) != 1:
            self.extraction.warnings.append(
                Problem(evidence.location, f"{a.reference}: the ICB whose predecessors are listed is not one organisation here")
            )
            return
        icb = icbs.pop()
        for m in named:
            ccg = self._org_id(m.org_id, m.surface, m.kind)
            if ccg is not None and ccg != icb:
                self.successions.setdefault(icb, {})[ccg] = evidence
                ctx.mentioned.add(ccg)

    # -- evidence ----------------------------------------------------------------------------

    def _evidence(self, section, start: int, end: int) -> Evidence:
        # offsets count from the start of the cell or section as written, also in a part of a very long one
        at = section.offset
        return Evidence(section.location_of(start), section.name, section.text[start:end], (at + start, at + end))

    def _controller_roles(self, a: Agreement) -> list[Role]:
        where = a.field_locations.get("controllers")
        if not a.controllers or where is None:
            return []
        text = a.line_at(where) or "Data controllers: " + ", ".join(a.controllers)
        evidence = Evidence(where, "Data-controller type", text)
        out = []
        for name in a.controllers:
            org = self.resolver.resolve_structured(name)
            if org is not None:
                out.append(Role(a.reference, org.id, "controller", evidence))
        return out


#: A release whose sentence names outputs ("These tables are disseminated by NHS Digital …") is of the outputs, not of
#: the record-level data the agreement describes
_NAMES_OUTPUTS = re.compile(r"\b(?:tables?|tabulations?|reports?|statistics|outputs?|counts|figures|dashboards?|indicators?"
                            r"|aggregated?)\b", re.IGNORECASE)


def _is_acronym(text: str) -> bool:
    """"HQIP", "C-Ci", "DFI": one word, two or more capitals, mostly capitals."""
    letters = [c for c in text if c.isalpha()]
    return " " not in text and len(letters) >= 2 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)


def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalpha())


def _initials(name: str) -> str:
    """The initials of a name's words, connectors and company suffixes left out ("Dr Foster Intelligence Limited" -> "dfi")."""
    skip = {"and", "of", "the", "for", "ltd", "limited", "plc", "llp", "&"}
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w’']*", name) if w.lower() not in skip).lower()


def _spellings(name: str) -> set[str]:
    """A name's initials with and without its connectors ("Royal College of Anaesthetists" -> "rcoa", "rca")."""
    words = [w for w in re.findall(r"[A-Za-z][\w’']*", name) if w.lower() not in {"ltd", "limited", "plc", "llp"}]
    return {"".join(w[0] for w in words).lower(), _initials(name)}


def _shorter_spelling(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` with words left out or cut short ("Dr Foster Limited" of "Dr Foster
    Intelligence Limited", "Health Quality Improvement Partnership" of "Healthcare …"), never other words."""
    a, b = normalise(short).split(), normalise(long).split()
    if len(a) < 2 or a[-1] != b[-1]:
        return False
    j = 0
    for w in a:
        while j < len(b) and not (b[j] == w or (len(w) >= 4 and b[j].startswith(w))):
            j += 1
        if j == len(b):
            return False
        j += 1
    return True


def _as_written(end: Endpoint) -> str | None:
    """The words an organisation endpoint was written with (``None`` for references, systems, the applicant)."""
    return end.surface if isinstance(end, OrgEnd) and end.surface else None


def _inferred(end: Endpoint) -> bool:
    """Whether resolution, not the sentence's words, decides who this end is ("the CCG", "GPs", a holder, the applicant, "the DSCRO").

    Words that name the applicant ("IMS Health will receive …" in IMS Health Ltd's agreement) are the sentence's.
    """
    if isinstance(end, ApplicantEnd):
        return not end.surface
    return not isinstance(end, OrgEnd) or not end.surface


def _describe(end: Endpoint) -> str:
    if isinstance(end, RefEnd):
        return repr(" ".join(end.surface.split()))
    if isinstance(end, SystemEnd):
        return f"the holder of the {end.key_name} system"
    return "the applicant"


def _non_accessing_supersedes(roles: set[Role]) -> set[Role]:
    """An organisation listed as a processor that does not access the data keeps only the more precise role."""
    non_accessing = {(r.agreement, r.organisation) for r in roles if r.role == "non-accessing-processor"}
    return {r for r in roles if not (r.role == "processor" and (r.agreement, r.organisation) in non_accessing)}
