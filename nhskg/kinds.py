"""Organisation kinds, read once from ``ontology/kinds.toml``; every kind table derives from here.

A kind that "the X" can refer to is one entry in the TOML file: its short
and long forms, head words, whether "the X" refers to it, its collective node,
its placeholder, its siblings, its map style and its RDF class.

>>> KINDS["DSCRO"].long, KINDS["DSCRO"].never_merge_with
(('Data Services for Commissioners Regional Office',), ('CSU',))
>>> heads()["commissioning support unit"], ORG_KINDS[0]
('CSU', 'NHSDigital')
>>> [k.short for k in KINDS.values() if k.definite]
['DSCRO', 'CSU', 'CCG', 'ICB']
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class Style:
    stage: int  # column in the map's left-to-right flow
    shape: str  # a vis-network shape
    color: str


@dataclass(frozen=True)
class Kind:
    name: str
    label: str
    rdf_class: str  # local name in the nhskg: namespace
    style: Style
    short: str | None = None
    long: tuple[str, ...] = ()
    heads: tuple[str, ...] = ()
    definite: bool = False
    section_definite: bool = False
    kind_first: bool = False
    nhs_prefixed: bool = False
    placeholder: bool = False
    never_merge_with: tuple[str, ...] = ()
    collective_id: str | None = None
    collective_label: str | None = None
    not_after: frozenset[str] = frozenset()  # words before a head that make the name ``not_after_kind``'s
    not_after_kind: str | None = None

    @property
    def long_forms(self) -> tuple[str, ...]:
        """Long forms as the gazetteer writes them: "Commissioning Support Unit (CSU)", "Commissioning Support Unit"."""
        return tuple(f for long in self.long for f in (f"{long} ({self.short})", long))


def _load() -> dict[str, Kind]:
    from nhskg import ontology

    data = tomllib.loads((resources.files(ontology) / "kinds.toml").read_text(encoding="utf-8"))
    out = {}
    for name, d in data.items():
        collective = d.get("collective") or {}
        not_after = d.get("not_after") or {}
        out[name] = Kind(
            name=name,
            label=d["label"],
            rdf_class=d["class"],
            style=Style(**d["style"]),
            short=d.get("short"),
            long=tuple(d.get("long", ())),
            heads=tuple(d.get("heads", ())),
            definite=d.get("definite", False),
            section_definite=d.get("section_definite", False),
            kind_first=d.get("kind_first", False),
            nhs_prefixed=d.get("nhs_prefixed", False),
            placeholder=d.get("placeholder", False),
            never_merge_with=tuple(d.get("never_merge_with", ())),
            collective_id=collective.get("id"),
            collective_label=collective.get("label"),
            not_after=frozenset(w.lower() for w in not_after.get("words", ())),
            not_after_kind=not_after.get("kind"),
        )
    return out


#: kind name -> its declaration, in the order a flow usually passes through them.
KINDS: dict[str, Kind] = _load()
#: The kind names (``model.ORG_KINDS``).
ORG_KINDS: tuple[str, ...] = tuple(KINDS)


def heads() -> dict[str, str]:
    """Head words (lowercase) that end an organisation's name -> its kind."""
    return {h: k.name for k in KINDS.values() for h in k.heads}


def kind_before(kind: str, word: str | None) -> str:
    """The kind of a name that ends in a head word of ``kind`` with ``word`` right before the head.

    >>> kind_before("LocalAuthority", "Research"), kind_before("LocalAuthority", "Wiltshire"), kind_before("CCG", None)
    ('Other', 'LocalAuthority', 'CCG')
    """
    declared = KINDS.get(kind)
    if declared is not None and declared.not_after_kind and word and word.lower() in declared.not_after:
        return declared.not_after_kind
    return kind


def short_form(kind: str) -> str:
    """The short form of ``kind`` ("CSU"), for kinds whose rules need one ("the X", kind-first names, placeholders).

    >>> short_form("CSU")
    'CSU'

    A kind without one in ``ontology/kinds.toml`` is a mistake in that file:

    >>> short_form("GPPractice")
    Traceback (most recent call last):
    ...
    ValueError: ontology/kinds.toml: [GPPractice] declares no short form, which its flags need
    """
    short = KINDS[kind].short
    if short is None:
        raise ValueError(f"ontology/kinds.toml: [{kind}] declares no short form, which its flags need")
    return short


def with_flag(flag: str) -> tuple[str, ...]:
    """The kinds whose declaration sets ``flag`` ("definite", "section_definite", "kind_first", ...)."""
    return tuple(k.name for k in KINDS.values() if getattr(k, flag))
