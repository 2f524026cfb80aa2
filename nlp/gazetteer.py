"""The organisation gazetteer (``ontology/gazetteer.toml``) and the surface variants it implies.

The TOML file lists each organisation once, with its canonical name, kind,
aliases, ODS code and host.  :func:`surface_variants` expands one name into
the spellings the register uses for it ("&"/"and", with or without "NHS ",
"CSU" or "Commissioning Support Unit", "DSCRO North England" or "North
England DSCRO" ...), so the gazetteer itself stays short.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import product
from pathlib import Path

from nhskg.kinds import KINDS, with_flag
from nhskg.model import ORG_KINDS, Organisation

#: The long forms of the kind words, each equivalent to its short form.
KIND_LONG_FORMS = {k.name: k.long_forms for k in KINDS.values() if k.long}

#: Kinds whose office name may also be written kind-word first ("DSCRO North England").
KIND_FIRST = with_flag("kind_first")

#: Kinds whose names routinely gain or lose an "NHS " prefix.
NHS_PREFIXED = with_flag("nhs_prefixed")


@dataclass(frozen=True)
class GazetteerEntry:
    """One organisation as the gazetteer lists it."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    ods: str | None = None
    part_of: str | None = None

    def organisation(self) -> Organisation:
        """A fresh :class:`~nhskg.model.Organisation` for this entry (aliases not yet seen).

        >>> load_gazetteer().entries["the-strategy-unit"].organisation().part_of
        'midlands-and-lancashire-commissioning-support-unit'
        """
        return Organisation(id=self.id, label=self.name, kind=self.kind, ods_code=self.ods, part_of=self.part_of)


@dataclass
class Gazetteer:
    """All entries, by id, in file order."""

    entries: dict[str, GazetteerEntry] = field(default_factory=dict)

    def __iter__(self):
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)


def slugify(name: str) -> str:
    """The stable id of an organisation name: lowercase words joined by hyphens.

    >>> slugify("South, Central and West Commissioning Support Unit")
    'south-central-and-west-commissioning-support-unit'
    >>> slugify("Midlands & Lancashire CSU")
    'midlands-and-lancashire-csu'
    """
    text = name.lower().replace("&", " and ").replace("’", "").replace("'", "")
    return "-".join(re.findall(r"[a-z0-9]+", text))


def default_path() -> Path:
    """Where the shipped gazetteer lives (``nhskg/ontology/gazetteer.toml``).

    >>> default_path().name
    'gazetteer.toml'
    """
    return Path(str(resources.files("nhskg.ontology").joinpath("gazetteer.toml")))


@lru_cache(maxsize=8)
def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """Read the gazetteer TOML; raises ``ValueError`` naming the entry on a bad kind or duplicate id.

    >>> g = load_gazetteer()
    >>> g.entries["north-of-england-dscro"].kind
    'DSCRO'
    >>> g.entries["nhs-digital"].aliases[:2]
    ('HSCIC', 'Health and Social Care Information Centre')
    """
    path = Path(path) if path else default_path()
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    gazetteer = Gazetteer()
    for number, raw in enumerate(data.get("org", []), start=1):
        name = raw["name"]
        kind = raw["kind"]
        if kind not in ORG_KINDS:
            raise ValueError(f"{path}: org #{number} {name!r}: unknown kind {kind!r}")
        entry = GazetteerEntry(
            id=raw.get("id") or slugify(name),
            name=name,
            kind=kind,
            aliases=tuple(raw.get("aliases", ())),
            ods=raw.get("ods"),
            part_of=raw.get("part_of"),
        )
        if entry.id in gazetteer.entries:
            raise ValueError(f"{path}: org #{number} {name!r}: duplicate id {entry.id!r}")
        gazetteer.entries[entry.id] = entry
    for entry in gazetteer:
        if entry.part_of and entry.part_of not in gazetteer.entries:
            raise ValueError(f"{path}: {entry.name!r}: part_of {entry.part_of!r} is not in the gazetteer")
    return gazetteer


def _kind_stem(name: str, kind: str) -> tuple[str, str] | None:
    """Split "X <kind word>" into ("X", "before") or "<kind word> X" into ("X", "after")."""
    forms = (kind, *KIND_LONG_FORMS.get(kind, ()))
    lowered = name.lower()
    for form in sorted(forms, key=len, reverse=True):
        f = form.lower()
        if lowered.endswith(" " + f):
            return name[: -len(form)].strip(), "before"
        if kind in KIND_FIRST and lowered.startswith(f + " "):
            return name[len(form) :].strip(), "after"
    return None


def surface_variants(name: str, kind: str) -> set[str]:
    """Every spelling of ``name`` the recogniser should accept (letter case aside).

    >>> v = surface_variants("North of England DSCRO", "DSCRO")
    >>> sorted(x for x in v if "Services" not in x and "NHS" not in x)
    ['DSCRO (North of England)', 'DSCRO - North of England', 'DSCRO North of England', 'DSCRO – North of England', 'North of England DSCRO']
    >>> "North of England Data Services for Commissioners Regional Office (DSCRO)" in v
    True
    >>> "Midlands & Lancashire Commissioning Support Unit" in surface_variants("Midlands and Lancashire CSU", "CSU")
    True
    """
    names = {name.strip()}
    split = _kind_stem(name, kind) if kind in KIND_LONG_FORMS else None
    if split:
        stem = split[0]
        forms = (kind, *KIND_LONG_FORMS[kind])
        names |= {f"{stem} {form}" for form in forms}
        if kind in KIND_FIRST:
            # "DSCRO North England", "DSCRO - North England", "DSCRO (North England)"
            names |= {f"{form}{sep}{stem}" for form in forms for sep in (" ", " - ", " – ")}
            names |= {f"{kind} ({stem})"}
    if kind == "Company":
        # "Limited" and "Ltd" are one word to the register's authors
        for n in list(names):
            if n.endswith(" Limited"):
                names.add(n[: -len("Limited")] + "Ltd")
            elif n.endswith(" Ltd"):
                names.add(n[: -len("Ltd")] + "Limited")
    out: set[str] = set()
    for n in names:
        bases = {n}
        if n.startswith("The ") and len(n.split()) > 2:
            bases.add(n[4:])
        if kind in NHS_PREFIXED:
            if n.startswith("NHS ") and len(n.split()) > 2:
                bases.add(n[4:])
            elif not n.startswith("NHS "):
                bases.add("NHS " + n)
        for b in bases:
            out.update(_spelling_variants(b))
    return {v for v in out if v}


def _spelling_variants(name: str) -> set[str]:
    """"&" <-> "and", hyphen <-> space, straight <-> curly apostrophe."""
    options: list[tuple[str, ...]] = []
    for word in re.split(r"(\s+)", name):
        if word.lower() == "and":
            options.append((word, "&"))
        elif word == "&":
            options.append((word, "and"))
        else:
            options.append((word,))
    out = {"".join(choice) for choice in product(*options)} if len(options) < 40 else {name}
    more = set()
    for v in out:
        if "-" in v:
            more.add(re.sub(r"\s*-\s*", " ", v))
        if "'" in v:
            more.add(v.replace("'", "’"))
    return out | more


def gazetteer_patterns(gazetteer: Gazetteer) -> list[dict]:
    """SpanRuler phrase patterns (label = kind, id = organisation id) for every name and alias.

    >>> pats = gazetteer_patterns(load_gazetteer())
    >>> {"label": "CSU", "pattern": "NECS", "id": "north-of-england-commissioning-support-unit"} in pats
    True
    """
    patterns: list[dict] = []
    seen: dict[str, str] = {}
    for entry in gazetteer:
        for name in (entry.name, *entry.aliases):
            for variant in sorted(surface_variants(name, entry.kind)):
                key = variant.lower()
                owner = seen.setdefault(key, entry.id)
                if owner != entry.id:
                    # The same spelling for two organisations: keep the first
                    # (file order) so the result never depends on hashing.
                    continue
                patterns.append({"label": entry.kind, "pattern": variant, "id": entry.id})
    # One pattern per lowercase spelling: the phrase matcher matches on LOWER.
    unique: dict[tuple[str, str], dict] = {}
    for p in patterns:
        unique.setdefault((p["pattern"].lower(), p["id"]), p)
    return list(unique.values())
