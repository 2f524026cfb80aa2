"""Typed facts handed from per-text analysis to cross-agreement resolution.

Per-text analysis (:func:`nhskg.nlp.extract.analyse`) reads one section's
text and knows nothing of the agreement it belongs to, so what it cannot
resolve stays symbolic:

- :class:`OrgEnd` — a named organisation ("North of England CSU"), with the
  words it was written with;
- :class:`RefEnd` — a reference the agreement resolves: "the CCG", "the
  DSCRO", "GPs", "Providers", "the data processor" (kind ``Processor``);
- :class:`SystemEnd` — the holder of a system ("the risk stratification
  tool"), ``named_holder_only`` when only a holder the agreement names will do;
- :class:`ApplicantEnd` — the agreement's applicant.

A :class:`TextAnalysis` gathers the :class:`FoundFlow` s, :class:`FoundRole` s,
:class:`FoundSuccession` s, system hosts and organisation mentions of one text.
The per-text cache stores :meth:`TextAnalysis.to_json` and reads it back with
:meth:`TextAnalysis.from_json`; nothing else sees the JSON form.

>>> flow = FoundFlow(OrgEnd("nhs-digital"), RefEnd("DSCRO", "the DSCRO"), "pseudonymised", "transfer", (), 0, 10, "verb-to")
>>> TextAnalysis(flows=[flow]).to_json()["flows"][0]["target"]
['ref', 'DSCRO', 'the DSCRO']
>>> TextAnalysis.from_json(TextAnalysis(flows=[flow]).to_json()).flows == [flow]
True
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nhskg.kinds import KINDS

#: The id prefix of an organisation a sentence names only by an acronym its text does not define
#: ("STHFT shares the data with …"): resolution looks the acronym up among the names the same
#: agreement introduces ("Sheffield Teaching Hospitals NHS Foundation Trust (STHFT)" in another
#: section), and drops the flow with a warning when the agreement defines it nowhere.
ACRONYM = "acronym:"


def acronym_end(surface: str, verb: str = "") -> OrgEnd | None:
    """The end for a subject written as an undefined acronym ("STHFT", "RCoA") of ``verb``, or ``None`` for other words.

    The id keeps the verb, for the warning when the agreement introduces the acronym nowhere.

    >>> acronym_end("STHFT", "shares"), acronym_end("Picker Institute Europe", "supply")
    (OrgEnd(org_id='acronym:STHFT:shares', surface='STHFT', kind=None), None)
    """
    letters = [c for c in surface if c.isalpha()]
    if " " in surface or ":" in surface or len(letters) < 2 or sum(c.isupper() for c in letters) < max(2, len(letters) - 1):
        return None
    return OrgEnd(f"{ACRONYM}{surface}:{verb}", surface)


def acronym_verb(end: OrgEnd) -> str:
    """The verb an :func:`acronym_end` was the subject of.

    >>> acronym_verb(acronym_end("STHFT", "shares"))
    'shares'
    """
    return end.org_id.rsplit(":", 1)[-1]


@dataclass(frozen=True)
class OrgEnd:
    """A named organisation: its recogniser id, the words as written ("" when "the DSCRO" stood for it), its kind."""

    org_id: str
    surface: str = ""
    kind: str | None = None

    @property
    def key(self) -> tuple:
        """What two endpoints share when they are the same end ("AGEM" and "Arden and GEM CSU" are not)."""
        return ("org", self.org_id)

    def to_json(self) -> list:
        return ["org", self.org_id, self.surface, self.kind]


#: Kinds with a collective node of their own: a reference to the class is that one node.
_KINDS_WITH_COLLECTIVE = frozenset(k.name for k in KINDS.values() if k.collective_id)


@dataclass(frozen=True)
class RefEnd:
    """A reference to the organisation of a kind the agreement names ("the CCG", "each DSCRO", "GPs")."""

    kind: str
    surface: str
    written: str = ""  # a collective recipient's words as written ("NHS service providers"), kept as its node's alias

    @property
    def key(self) -> tuple:
        if self.surface.endswith("(collectively)") and self.kind not in _KINDS_WITH_COLLECTIVE:
            return ("ref", self.kind, self.surface)  # a class of no kind's own ("AHSNs (collectively)"): one per class
        return ("ref", self.kind)

    def to_json(self) -> list:
        return ["ref", self.kind, self.surface] + ([self.written] if self.written else [])


@dataclass(frozen=True)
class SystemEnd:
    """The holder of a system ("tnr", "risk stratification"); ``named_holder_only``: no fallback to the applicant."""

    key_name: str
    named_holder_only: bool = False

    @property
    def key(self) -> tuple:
        return ("system", self.key_name)

    def to_json(self) -> list:
        return ["system", self.key_name, "named-holder-only"] if self.named_holder_only else ["system", self.key_name]


@dataclass(frozen=True)
class ApplicantEnd:
    """The agreement's applicant (structured field); with ``surface``, only when those words name it.

    ``ApplicantEnd("UCL")``: words the recogniser did not mark ("Only substantive employees of UCL will have
    access") stand for the applicant when they are its name, its acronym or its kind ("Local Authority"), and
    for no one otherwise (resolution decides, since one text is shared by many agreements).
    """

    surface: str = ""

    @property
    def key(self) -> tuple:
        return ("applicant",)

    def to_json(self) -> list:
        return ["applicant", self.surface] if self.surface else ["applicant"]


Endpoint = OrgEnd | RefEnd | SystemEnd | ApplicantEnd


def endpoint_from_json(data: list) -> Endpoint:
    """The endpoint a cached JSON list stands for (the inverse of ``to_json``)."""
    tag, *rest = data
    if tag == "org":
        org_id, surface, kind = (rest + ["", None])[:3]
        return OrgEnd(org_id, surface or "", kind)
    if tag == "ref":
        return RefEnd(rest[0], rest[1], rest[2] if len(rest) > 2 else "")
    if tag == "system":
        return SystemEnd(rest[0], len(rest) > 1 and rest[1] == "named-holder-only")
    if tag == "applicant":
        return ApplicantEnd(rest[0] if rest else "")
    raise ValueError(f"unknown endpoint {data!r}")


@dataclass(frozen=True)
class NamedMention:
    """An organisation name as written in a text, its kind and its recogniser id."""

    surface: str
    kind: str
    org_id: str

    def to_json(self) -> list:
        return [self.surface, self.kind, self.org_id]


@dataclass(frozen=True)
class FoundFlow:
    """A flow a text states: ends, state, mode, datasets named, the evidence sentence's offsets and the rule."""

    source: Endpoint
    target: Endpoint
    state: str
    mode: str
    datasets: tuple[str, ...]
    start: int
    end: int
    rule: str
    inferred: tuple[str, ...] = ()  # "source" / "target": the sentence leaves that end implicit (previous subject, heading)

    def to_json(self) -> dict:
        return {"source": self.source.to_json(), "target": self.target.to_json(), "state": self.state, "mode": self.mode,
                "datasets": list(self.datasets), "start": self.start, "end": self.end, "rule": self.rule,
                "inferred": list(self.inferred)}

    @classmethod
    def from_json(cls, d: dict) -> FoundFlow:
        return cls(endpoint_from_json(d["source"]), endpoint_from_json(d["target"]), d["state"], d["mode"],
                   tuple(d["datasets"]), d["start"], d["end"], d.get("rule", ""), tuple(d.get("inferred", ())))


@dataclass(frozen=True)
class FoundRole:
    """A role a text states for an endpoint, with the evidence's offsets."""

    org: Endpoint
    role: str
    start: int
    end: int

    def to_json(self) -> dict:
        return {"org": self.org.to_json(), "role": self.role, "start": self.start, "end": self.end}

    @classmethod
    def from_json(cls, d: dict) -> FoundRole:
        return cls(endpoint_from_json(d["org"]), d["role"], d["start"], d["end"])


@dataclass(frozen=True)
class FoundSuccession:
    """CCGs a text says an ICB took over, with the span of the statement and its list."""

    start: int
    end: int
    predecessors: tuple[NamedMention, ...]

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "predecessors": [m.to_json() for m in self.predecessors]}

    @classmethod
    def from_json(cls, d: dict) -> FoundSuccession:
        return cls(d["start"], d["end"], tuple(NamedMention(*m) for m in d["predecessors"]))


@dataclass(frozen=True)
class DroppedFlow:
    """A flow a sentence states but whose end the text names in words the recogniser does not know: left out, with why."""

    start: int
    end: int
    reason: str

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "reason": self.reason}


@dataclass
class TextAnalysis:
    """Everything per-text analysis found in one text (what the cache stores), or the error that stopped it."""

    mentions: list[NamedMention] = field(default_factory=list)
    flows: list[FoundFlow] = field(default_factory=list)
    roles: list[FoundRole] = field(default_factory=list)
    hosts: dict[str, Endpoint] = field(default_factory=dict)
    predecessors: list[FoundSuccession] = field(default_factory=list)
    error: str | None = None
    dropped: list[DroppedFlow] = field(default_factory=list)
    #: the name each organisation id the gazetteer lacks was made from in this text ("MRC" and
    #: "Medical Research Council" share the id of "Medical Research Council"): resolution resolves
    #: the name, never the acronym, so an acronym never becomes a node of its own
    names: dict[str, str] = field(default_factory=dict)
    #: the organisations a "The CSUs providing the services are:" list names (``nlp.party_lists``): who "the CSUs"
    #: are in the whole agreement
    parties: list[FoundRole] = field(default_factory=list)

    def to_json(self) -> dict:
        if self.error is not None:
            return {"error": self.error}
        return {
            "names": dict(sorted(self.names.items())),
            "parties": [p.to_json() for p in self.parties],
            "mentions": [m.to_json() for m in self.mentions],
            "flows": [f.to_json() for f in self.flows],
            "roles": [r.to_json() for r in self.roles],
            "hosts": {k: v.to_json() for k, v in self.hosts.items()},
            "predecessors": [p.to_json() for p in self.predecessors],
            "dropped": [d.to_json() for d in self.dropped],
        }

    @classmethod
    def from_json(cls, d: dict) -> TextAnalysis:
        if "error" in d:
            return cls(error=d["error"])
        return cls(
            [NamedMention(*m) for m in d.get("mentions", ())],
            [FoundFlow.from_json(f) for f in d.get("flows", ())],
            [FoundRole.from_json(r) for r in d.get("roles", ())],
            {k: endpoint_from_json(v) for k, v in d.get("hosts", {}).items()},
            [FoundSuccession.from_json(p) for p in d.get("predecessors", ())],
            dropped=[DroppedFlow(**x) for x in d.get("dropped", ())],
            names=dict(d.get("names", {})),
            parties=[FoundRole.from_json(p) for p in d.get("parties", ())],
        )


@dataclass
class AgreementContext:
    """What resolving one agreement's references needs: its applicant, controllers, mentions, system hosts, processors."""

    applicant: str | None
    controllers: list[str]
    mentioned: set[str]
    hosts: dict[str, Endpoint]
    processors: set[str]
    acronyms: dict[str, str] = field(default_factory=dict)  # short form -> id of the body this agreement introduces it for
    listed: set[str] = field(default_factory=set)  # ids of the parties a "The CSUs … are:" list names (nlp.party_lists)
    # purpose ("direct care") -> ids of its controllers, as the agreement scopes them (nlp.purposes)
    purpose_controllers: dict[str, set[str]] = field(default_factory=dict)
