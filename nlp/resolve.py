"""Map any surface form of an organisation to one :class:`~nhskg.model.Organisation`.

:func:`normalise` turns a name into a comparison key that ignores the ways
the register varies one name: letter case, "&"/"and", an "NHS " prefix,
"the", "of", punctuation, hyphens, the long forms of the kind words
("Commissioning Support Unit" = "CSU", "Data Services for Commissioners
Regional Office (DSCRO)" = "DSCRO", "Clinical Commissioning Group" = "CCG",
"Integrated Care Board" = "ICB") and a kind word written first ("DSCRO North
England").  :class:`Resolver` looks keys up in the gazetteer, then fuzzily
(rapidfuzz, guarded: same kind only, and only spelling slips within words, so
"NHS North Staffordshire CCG" never becomes "NHS Stafford and Surrounds CCG"),
and otherwise makes a new node with a stable id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from nhskg.kinds import KINDS, heads, kind_before, short_form, with_flag
from nhskg.model import NHS_DIGITAL, Organisation

from .gazetteer import Gazetteer, load_gazetteer, slugify

_LONG_FORMS = (
    (re.compile(r"\bdata services? for commissioners? regional offices?\b"), "dscro"),
    (re.compile(r"\bcommissioning support units?\b"), "csu"),
    (re.compile(r"\bclinical commissioning group\b"), "ccg"),
    (re.compile(r"\bintegrated care board\b"), "icb"),
    (re.compile(r"\blimited\b"), "ltd"),
    (re.compile(r"\bfoundation trust\b"), "ft"),
    (re.compile(r"\bdoctor\b"), "dr"),  # "Imperial College London Doctor Foster Unit" = "… Dr Foster Unit"
)
#: Spellings of one body that the comparison key joins but ids keep (an id never changes with them): counties as CCG
#: and trust names shorten them ("East and North Herts CCG", "East Staffs CCG"); "NHS" inside a trust's name
#: ("Newcastle upon Tyne NHS Foundation Trust" = "Newcastle Upon Tyne Foundation Trust")
_COUNTY_SHORT_FORMS = {"herts": "hertfordshire", "staffs": "staffordshire", "notts": "nottinghamshire",
                       "lancs": "lancashire", "glos": "gloucestershire"}
_SAME_BODY_FORMS = tuple((re.compile(rf"\b{short}\b"), county) for short, county in _COUNTY_SHORT_FORMS.items()) + (
    (re.compile(r"(?<=\w) nhs (?=(?:ft|trust)\b)"), " "),
    # "Queen Mary University" in a processors list is "Queen Mary University of London" (a college of the University
    # of London named without it), never the University of London itself
    (re.compile(r"(?<=\w) university,? of london$"), " university"),
)
_DROP = frozenset({"the", "of"})
_KIND_FIRST = frozenset(short_form(k).lower() for k in with_flag("kind_first"))
#: "<name> - 05D": a sub-ICB location or site written with its ODS code.
_ODS_SUFFIX = re.compile(r"^(?P<base>.*?\S)\s*[-–]\s*(?P<code>(?=[A-Z0-9]*\d)[A-Z0-9]{3,6})\s*$")

_TRAILING_SHORT_FORM = re.compile(r"^(?P<long>.*\S)\s*\(\s*(?P<short>[^()]{2,20}?)\s*\)$")


def _looks_like_short_form(text: str) -> bool:
    return sum(c.isupper() for c in text) >= 2 and all(w[:1].isupper() for w in text.split())


#: Head words (lowercase token sequences) that end an organisation's name -> its kind.
#: The recogniser grows names leftwards from them ("University of …" and "DSCRO …"
#: also rightwards); the resolver reads an unknown name's kind off its last key word.
HEADS: dict[str, str] = heads()  # declared in ontology/kinds.toml
#: Heads that start a name and are followed by "of <name>" ("University of Leeds", "London Borough of Bexley").
LEADING_HEADS = ("university", "london borough")
_KIND_WORD = {k.name: k.short.lower() for k in KINDS.values() if k.definite and k.short}
#: Words that tell two places apart: names that differ in one of them never merge.
_DISTINCT_WORDS = frozenset(
    "north south east west central greater upper lower mid midlands inner outer new old city county".split()
)

#: Kinds that "the X" can refer to, and the group nodes for plural references.
GROUPS: dict[str, tuple[str, str]] = {
    k.name: (k.collective_id, k.collective_label) for k in KINDS.values() if k.collective_id and k.collective_label
}


def normalise(name: str, *, drop: frozenset[str] = _DROP, same_body: bool = False) -> str:
    """The comparison key of an organisation name.

    >>> normalise("North of England Data Services for Commissioners Regional Office (DSCRO)")
    'north england dscro'
    >>> normalise("DSCRO North England") == normalise("North England DSCRO")
    True
    >>> normalise("NHS Midlands & Lancashire Commissioning Support Unit")
    'midlands and lancashire csu'
    >>> normalise("NHS Cumbria Ccg"), normalise("NHS England")
    ('cumbria ccg', 'nhs england')

    ``same_body`` also joins spellings of one body that resolution keeps apart as it reads (the nodes they made are
    joined afterwards, under the register's or the fuller name: ``Resolution._join_spellings``):

    >>> same = lambda name: normalise(name, same_body=True)
    >>> same("Oxford University") == same("University of Oxford"), same("East Staffs CCG")
    (True, 'east staffordshire ccg')
    >>> same("Newcastle upon Tyne NHS Foundation Trust"), same("Oxford Brookes University")
    ('newcastle upon tyne ft', 'oxford brookes university')
    >>> same("Queen Mary University of London") == same("Queen Mary University"), same("University of London")
    (True, 'university london')
    """
    text = name.lower().replace("&", " and ").replace("’", "").replace("'", "")
    for pattern, short in _LONG_FORMS + (_SAME_BODY_FORMS if same_body else ()):
        text = pattern.sub(short, text)
    words = [w for w in re.findall(r"[a-z0-9]+", text) if w not in drop]
    deduped: list[str] = []
    for w in words:
        if not deduped or deduped[-1] != w:
            deduped.append(w)
    words = deduped
    if len(words) > 2 and words[0] == "nhs":
        words = words[1:]
    if len(words) > 1 and words[0] in _KIND_FIRST:
        words = words[1:] + words[:1]
    if same_body and len(words) == 2 and words[1] == "university":
        words = words[::-1]  # "Oxford University" = "University of Oxford" (not "Oxford Brookes University")
    # "X DSCRO DSCRO" after reordering "DSCRO X (DSCRO)"
    if len(words) > 1 and words[-1] == words[-2]:
        words = words[:-1]
    return " ".join(words)


#: HEADS as normalise() writes them, for the one-word heads: the last key word of a name.
_KIND_BY_HEAD = {key: kind for head, kind in HEADS.items() if " " not in (key := normalise(head))}


def kind_of(name: str) -> str | None:
    """The kind an unknown name's wording implies, or ``None``.

    >>> kind_of("NHS Foo And Bar Ccg"), kind_of("Bar Networks Limited"), kind_of("Leeds Teaching Hospitals NHS Trust")
    ('CCG', 'Company', 'NHSTrust')
    >>> kind_of("University of Leeds"), kind_of("Data Sharing Framework Contract")
    ('University', None)
    >>> kind_of("London Borough of Bexley"), kind_of("Medical Research Council"), kind_of("Wiltshire Council")
    ('LocalAuthority', 'Other', 'LocalAuthority')
    >>> kind_of("BCP COUNCIL (BOURNEMOUTH, CHRISTCHURCH AND POOLE)")
    'LocalAuthority'
    """
    # (a bracket after the name spells out its places or its short form: the head is before it)
    key = normalise(re.sub(r"\s*\([^()]*\)\s*$", "", name) or name)
    words = key.split()
    if not words:
        return None
    if words[-1] == "ft" or key.endswith("nhs trust"):
        return "NHSTrust"
    for head in LEADING_HEADS:
        if key.startswith(head + " "):
            return HEADS[head]  # "University of Leeds", "London Borough of Bexley"
    kind = _KIND_BY_HEAD.get(words[-1])
    return kind_before(kind, words[-2] if len(words) > 1 else None) if kind else None


#: A capitalised word of three or more letters and no vowel is an acronym, not a word.
_ACRONYM = re.compile(r"[B-DF-HJ-NP-TV-XZ]{3,}")
_NOT_ACRONYMS = {"ltd"}
#: "(IFS)", "(NHSBT)": a short form in brackets after a name stays as written
_BRACKETED_SHORT_FORM = re.compile(r"\([A-Z0-9&]{2,}\)[,.;]?")


def _capitalised(word: str) -> str:
    """"(BOURNEMOUTH," -> "(Bournemouth,": the first letter, not the first character, upper."""
    return re.sub(r"[^\W\d_]", lambda m: m.group().upper(), word.lower(), count=1)


def display_name(surface: str) -> str:
    """A readable label from a surface form (capitals made title case, kind words kept upper).

    >>> display_name("NHS STAFFORD AND SURROUNDS CCG")
    'NHS Stafford and Surrounds CCG'
    >>> display_name("NHS Cumbria Ccg")
    'NHS Cumbria CCG'
    >>> display_name("HMRC"), display_name("ERNST AND YOUNG LLP"), display_name("ST HELENS CCG")
    ('HMRC', 'Ernst and Young LLP', 'St Helens CCG')
    >>> display_name("BCP COUNCIL (BOURNEMOUTH, CHRISTCHURCH AND POOLE)"), display_name("INSTITUTE FOR FISCAL STUDIES (IFS)")
    ('BCP Council (Bournemouth, Christchurch and Poole)', 'Institute for Fiscal Studies (IFS)')
    """
    text = " ".join(surface.split()).strip(" ,.;:")
    if text.lower().startswith("the ") and len(text.split()) > 2 and text[:4] != "The ":
        text = text[4:]
    if text.isupper():
        small = {"and", "of", "on", "upon", "the", "for", "in"}
        words = []
        for i, w in enumerate(text.split(" ")):
            lw = w.lower()
            if (_ACRONYM.fullmatch(w) and lw not in _NOT_ACRONYMS) or _BRACKETED_SHORT_FORM.fullmatch(w):
                words.append(w)  # HMRC, LLP, KPMG: no vowel, so not a word to title-case
                continue
            words.append(lw if i and lw in small else "-".join(_capitalised(p) for p in w.split("-")))
        text = " ".join(words)
        text = re.sub(r"-On-|-Upon-", lambda m: m.group().lower(), text)
    upper = ("NHS", "CCG", "ICB", "CSU", "DSCRO", "GP", "UK", "NHSE", "AGEM", "GEM", "NEL", "SCW")
    return re.sub(r"\b(" + "|".join(upper) + r")\b", lambda m: m.group().upper(), text, flags=re.IGNORECASE)


_ID_WORDS = {"csu": "commissioning support unit", "icb": "integrated care board", "ft": "foundation trust"}


def new_id(name: str, kind: str) -> str:
    """The id of an organisation the gazetteer lacks: the same for every spelling, in the gazetteer's style.

    >>> new_id("Vale of York Clinical Commissioning Group", "CCG"), new_id("NHS KENT AND MEDWAY ICB", "ICB")
    ('nhs-vale-of-york-ccg', 'nhs-kent-and-medway-integrated-care-board')
    >>> new_id("Bar Valley CSU", "CSU"), new_id("Guy's and St Thomas' NHS Foundation Trust", "NHSTrust")
    ('bar-valley-commissioning-support-unit', 'guys-and-st-thomas-nhs-foundation-trust')
    """
    words = normalise(name, drop=frozenset({"the"})).split()
    words = [_ID_WORDS.get(w, w) for w in words]
    if kind in ("CCG", "ICB") and words[:1] != ["nhs"]:
        words.insert(0, "nhs")
    return slugify(" ".join(words))


def split_ods(name: str) -> tuple[str, str | None]:
    """Split a trailing ODS code off a structured name.

    >>> split_ods("NHS BLACK COUNTRY ICB - D2P2L")
    ('NHS BLACK COUNTRY ICB', 'D2P2L')
    >>> split_ods("NHS Cumbria CCG")
    ('NHS Cumbria CCG', None)
    """
    m = _ODS_SUFFIX.match(name.strip())
    if not m:
        return name.strip(), None
    return m.group("base"), m.group("code")


#: A region's DSCRO and CSU share the region's name ("AGEM DSCRO", "AGEM CSU").
SIBLING_KINDS = {k.name: k.never_merge_with[0] for k in KINDS.values() if k.never_merge_with}


class Resolver:
    """Resolve surface forms to organisations, remembering every form seen.

    >>> r = Resolver()
    >>> r.resolve("DSCRO North England").id
    'north-of-england-dscro'
    >>> r.resolve("North England DSCRO") is r.resolve("North of England Data Services for Commissioners Regional Office (DSCRO)")
    True
    >>> r.resolve("North of England CSU").id
    'north-of-england-commissioning-support-unit'
    >>> sorted(r.get("north-of-england-dscro").aliases)[:2]
    ['DSCRO North', 'DSCRO North England']
    """

    def __init__(self, gazetteer: Gazetteer | None = None, *, fuzzy_threshold: float = 90.0):
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self.fuzzy_threshold = fuzzy_threshold
        self._orgs: dict[str, Organisation] = {}
        self._keys: dict[str, str] = {}  # normalised key -> org id
        self._cache: dict[tuple[str, str | None, bool], str | None] = {}
        self._seen: set[str] = set()
        self._shared_cache: dict | None = None  # a fork's parent's cache, used until the fork learns something
        self._learnt = False
        self._base_ids: frozenset[str] | None = None  # a fork's parent's organisations
        for entry in self.gazetteer:
            org = entry.organisation()
            org.aliases.update(entry.aliases)
            self._orgs[org.id] = org
            for name in (entry.name, *entry.aliases):
                self._keys.setdefault(normalise(name), org.id)

    def fork(self) -> Resolver:
        """A resolver that starts from this one's knowledge and keeps what it learns to itself.

        Per-text analysis resolves each text with a fork of the gazetteer's
        resolver, so an organisation made or an acronym learnt in one text never
        changes how another text resolves: a text's analysis depends only on the
        text and the gazetteer, whatever the order, the batches, ``--jobs`` or
        the cache.  Results the fork computes before it has learnt anything are
        shared with its parent's cache (they depend on the parent alone).

        >>> base = Resolver()
        >>> a, b = base.fork(), base.fork()
        >>> a.resolve("Foo Valley Analytics Ltd").id
        'foo-valley-analytics-ltd'
        >>> a.get("foo-valley-analytics-ltd") is not None, b.get("foo-valley-analytics-ltd"), base.get("foo-valley-analytics-ltd")
        (True, None, None)
        """
        child = object.__new__(Resolver)
        child.gazetteer = self.gazetteer
        child.fuzzy_threshold = self.fuzzy_threshold
        child._orgs = dict(self._orgs)
        child._keys = dict(self._keys)
        child._cache = {}
        child._seen = set()
        child._shared_cache = self._cache
        child._learnt = False
        child._base_ids = frozenset(self._orgs)
        return child

    def new_organisations(self) -> dict[str, Organisation]:
        """Organisations this resolver made (not in the gazetteer or, for a fork, its parent), by id.

        >>> r = Resolver(); _ = r.resolve("Foo Valley Analytics Ltd"); _ = r.resolve("NHS England")
        >>> list(r.new_organisations())
        ['foo-valley-analytics-ltd']
        """
        base = getattr(self, "_base_ids", None)
        if base is None:
            base = frozenset(e.id for e in self.gazetteer)
        return {i: o for i, o in sorted(self._orgs.items()) if i not in base}

    def adopt(self, org: Organisation) -> Organisation:
        """Add a copy of ``org`` (made by another resolver) as seen, with its names as keys.

        >>> r = Resolver(); org = r.adopt(Resolver().fork().resolve("Foo Valley Analytics Ltd"))
        >>> r.resolve("Foo Valley Analytics Limited") is org
        True
        """
        if org.id in self._orgs:
            return self.note(org.id, org.label)
        copy = replace(org, aliases=set(org.aliases), predecessors=dict(org.predecessors))
        self._orgs[org.id] = copy
        self._seen.add(org.id)
        for name in (copy.label, *sorted(copy.aliases)):
            self._learn(normalise(name), org.id)
        return copy

    def merge_into(self, other_id: str, org_id: str) -> Organisation:
        """Make ``other_id`` a name of ``org_id``: its label and aliases become aliases, its keys point there.

        >>> r = Resolver(); a = r.resolve("Dr Foster Intelligence Limited"); b = r.resolve("Dr Foster Limited")
        >>> r.merge_into(b.id, a.id) is a, "Dr Foster Limited" in a.aliases, r.resolve("Dr Foster Ltd") is a
        (True, True, True)
        >>> "dr-foster-ltd" in r.organisations()
        False
        """
        org, other = self._orgs[org_id], self._orgs[other_id]
        if other is org:
            return org
        org.aliases.update(other.aliases | {other.label})
        org.aliases.discard(org.label)
        for key, target in list(self._keys.items()):
            if target == other_id:
                self._keys[key] = org_id
        self._orgs[other_id] = org
        self._seen.discard(other_id)
        self._seen.add(org_id)
        self._cache = {k: (org_id if v == other_id else v) for k, v in self._cache.items()}
        return org

    # -- lookups -------------------------------------------------------------------

    def get(self, org_id: str) -> Organisation | None:
        """The organisation with this id (gazetteer or made so far), or ``None``.

        >>> Resolver().get("nhs-england").ods_code
        'X24'
        """
        return self._orgs.get(org_id)

    def organisations(self, *, seen_only: bool = True) -> dict[str, Organisation]:
        """Organisations by id (sorted): those resolved at least once (and their hosts), or all known.

        >>> r = Resolver(); _ = r.resolve("AQuA")
        >>> list(r.organisations())
        ['advancing-quality-alliance', 'salford-royal-nhs-foundation-trust']
        """
        ids = self._seen if seen_only else self._orgs.keys()
        return {i: self._orgs[i] for i in sorted(ids)}

    def note(self, org_id: str, surface: str) -> Organisation:
        """Record ``surface`` as a form of the known organisation ``org_id`` and return it.

        >>> sorted(Resolver().note("nhs-cumbria-ccg", "NHS CUMBRIA CCG").aliases)
        ['NHS CUMBRIA CCG']
        """
        org = self._orgs[org_id]
        self._seen.add(org_id)
        form = " ".join(surface.split())
        if form.startswith("the "):
            form = form[4:]
        if form and form != org.label:
            org.aliases.add(form)
        if org.part_of and org.part_of in self._orgs:
            self._seen.add(org.part_of)
        return org

    def other_reading(self, surface: str, org_id: str) -> str | None:
        """For a bare regional name that is also the DSCRO's (or the CSU's) name with its kind word added, that other office.

        "AGEM" resolves to the Arden and GEM CSU, but "AGEM DSCRO" is a name of the
        region's DSCRO as literally as "AGEM CSU" is of the CSU: the bare form could
        be either.  "NECS" is not ("NECS DSCRO" names nothing), nor is "AGEM CSU".
        Nothing is created or recorded.

        >>> r = Resolver()
        >>> r.other_reading("AGEM", "arden-and-gem-commissioning-support-unit")
        'arden-and-gem-dscro'
        >>> r.other_reading("NECS", "north-of-england-commissioning-support-unit") is None
        True
        >>> r.other_reading("AGEM CSU", "arden-and-gem-commissioning-support-unit") is None
        True
        """
        org = self._orgs.get(org_id)
        other_kind = SIBLING_KINDS.get(org.kind) if org is not None else None
        if org is None or other_kind is None:
            return None
        form = " ".join(surface.split())
        own = self._keys.get(normalise(f"{form} {org.kind}"))
        other = self._keys.get(normalise(f"{form} {other_kind}"))
        if own != org_id or other is None or self._orgs[other].kind != other_kind:
            return None
        return other

    def resolve(self, surface: str, kind: str | None = None, *, create: bool = True) -> Organisation | None:
        """The organisation ``surface`` names; ``kind`` (from the recogniser) guides and guards.

        Unknown names of a known kind become new nodes (id from :func:`new_id`,
        the same for every spelling) unless ``create`` is false; names whose
        kind cannot be told give ``None``.

        >>> r = Resolver()
        >>> r.resolve("Midlands & Lancashire CSU").label
        'Midlands and Lancashire Commissioning Support Unit'
        >>> r.resolve("South", kind="DSCRO").id
        'south-dscro'
        >>> r.resolve("NHS Foo Valley CCG").id, r.resolve("Foo Valley Clinical Commissioning Group").id
        ('nhs-foo-valley-ccg', 'nhs-foo-valley-ccg')
        >>> r.resolve("University of Leeds").id
        'university-of-leeds'
        """
        form = " ".join(surface.split()).strip(" ,.;:")
        if not form:
            return None
        cache_key = (form, kind, create)
        cached = self._cache.get(cache_key, False)
        shared = self._shared_cache if not self._learnt else None
        if cached is False and shared is not None:
            cached = shared.get(cache_key, False)
        if cached is not False:
            if cached and cached not in self._orgs:
                # made by the parent's other forks: make it here the same way (the answer depends on the parent alone)
                cached = False
            else:
                return self.note(cached, form) if cached else None
        org = self._resolve(form, kind, create)
        self._cache[cache_key] = org.id if org else None
        if shared is not None and not self._learnt:
            # nothing learnt: the same answer any fork of the parent computes (an answer that taught
            # this fork a key or a node is not shared, or another fork would skip the lesson)
            shared[cache_key] = org.id if org else None
        return self.note(org.id, form) if org else None

    def _resolve(self, form: str, kind: str | None, create: bool) -> Organisation | None:
        base, code = split_ods(form)
        if code:
            parent = self._resolve(base, kind, create)
            if parent is None:
                return None
            return self._sub_location(parent, code)
        key = normalise(form)
        org: Organisation | None
        if key in self._keys:
            org = self._orgs[self._keys[key]]
            if kind is None or org.kind == kind or kind == "Other":
                return org
        if key.startswith("nhs ") and key[4:] in self._keys:
            return self._orgs[self._keys[key[4:]]]  # "NHS AGEM", "NHS MLCSU"
        defined = _TRAILING_SHORT_FORM.match(form)
        if defined and _looks_like_short_form(defined.group("short")):
            # "North England Commissioning Support Unit (NECS)": the name, then its abbreviation
            org = self._resolve(defined.group("long"), kind, create)
            if org is not None:
                self._learn(normalise(defined.group("short")), org.id)
            return org
        word = _KIND_WORD.get(kind or "")
        if word and not key.endswith(word):
            hinted = f"{key} {word}"
            if hinted in self._keys:
                return self._orgs[self._keys[hinted]]
            key = hinted
        kind = kind or kind_of(form)
        if kind is None:
            return None
        match = self._fuzzy(key, kind)
        if match:
            return match
        if not create:
            return None
        return self._new(key, display_name(form if not word or normalise(form).endswith(word) else f"{form} {kind}"), kind)

    def _fuzzy(self, key: str, kind: str) -> Organisation | None:
        candidates = [k for k, i in self._keys.items() if self._orgs[i].kind == kind]
        if not candidates:
            return None
        # "Economic Social and Research Council" is the "Economic and Social Research Council": the same
        # words in the same order, an "and" moved (never one left out: "Central and Midlands" is not
        # known to be "Central Midlands")
        bare = _without_and(key)
        ands = key.split().count("and")
        if ands and len(bare.split()) > 2:
            same = sorted(c for c in candidates if c != key and _without_and(c) == bare and c.split().count("and") == ands)
            if same:
                return self._orgs[self._keys[same[0]]]
        for cand, _score, _ in process.extract(key, candidates, scorer=fuzz.ratio, score_cutoff=self.fuzzy_threshold, limit=3):
            if _same_words_modulo_typos(key, cand):
                return self._orgs[self._keys[cand]]
        return None

    def _new(self, key: str, label: str, kind: str, **extra) -> Organisation:
        org_id = new_id(label, kind)
        org = self._orgs.get(org_id)
        if org is None:
            org = Organisation(id=org_id, label=label, kind=kind, **extra)
            self._orgs[org_id] = org
        self._learn(key, org_id)
        return org

    def _learn(self, key: str, org_id: str) -> None:
        if key not in self._keys:
            self._keys[key] = org_id
            self._learnt = True

    def _sub_location(self, parent: Organisation, code: str) -> Organisation:
        label = f"{parent.label} - {code}"
        org_id = f"{parent.id}-{code.lower()}"
        if org_id not in self._orgs:
            self._orgs[org_id] = Organisation(id=org_id, label=label, kind=parent.kind, ods_code=code, part_of=parent.id)
        self._learn(normalise(label), org_id)
        return self._orgs[org_id]

    # -- the register's structured names ---------------------------------------------

    def resolve_structured(self, name: str) -> Organisation | None:
        """Resolve an applicant, page recipient or data controller as the register's fields write it.

        Names whose kind cannot be told become organisations of kind "Other".

        >>> r = Resolver()
        >>> r.resolve_structured("NHS Cumbria Ccg") is r.resolve("Cumbria CCG")
        True
        >>> r.resolve_structured("NHS ENGLAND (QUARRY HOUSE)").id
        'nhs-england'
        >>> loc = r.resolve_structured("NHS BLACK COUNTRY ICB - D2P2L")
        >>> loc.ods_code, loc.part_of
        ('D2P2L', 'nhs-black-country-integrated-care-board')
        """
        form = " ".join((name or "").split())
        if not form:
            return None
        org = self.resolve(form)
        if org is None:
            org = self._company_without_suffix(form)
        if org is None:
            org = self.note(self._new(normalise(form), display_name(form), "Other").id, form)
        return org

    def _company_without_suffix(self, form: str) -> Organisation | None:
        """The company a register field names without its "Ltd" ("CRAB CLINICAL INFORMATICS" for CRAB Clinical Informatics Limited).

        >>> r = Resolver(); _ = r.resolve("Foo Valley Analytics Limited")
        >>> r.resolve_structured("FOO VALLEY ANALYTICS").id
        'foo-valley-analytics-ltd'
        """
        key = normalise(form)
        for head, kind in HEADS.items():
            if kind == "Company" and " " not in head:
                org_id = self._keys.get(f"{key} {normalise(head)}")
                if org_id is not None and self._orgs[org_id].kind == "Company":
                    return self.note(org_id, form)
        return None

    # -- definite descriptions ("the CSU") ----------------------------------------------

    def resolve_definite(self, kind: str, mentioned_ids: Iterable[str], applicant_id: str | None) -> str | None:
        """The organisation "the <kind>" means in one agreement, or ``None``.

        The one organisation of that kind named in the agreement; else the
        applicant when it is of that kind (also when it is one of several
        named); else ``None``: never a guess between two.

        >>> r = Resolver()
        >>> ids = {"north-of-england-dscro", "north-of-england-commissioning-support-unit", "nhs-cumbria-ccg"}
        >>> r.resolve_definite("CSU", ids, "nhs-cumbria-ccg")
        'north-of-england-commissioning-support-unit'
        >>> r.resolve_definite("CCG", ids | {"nhs-lancashire-north-ccg"}, "nhs-cumbria-ccg")
        'nhs-cumbria-ccg'
        >>> r.resolve_definite("CSU", ids | {"midlands-and-lancashire-commissioning-support-unit"}, "nhs-cumbria-ccg") is None
        True
        """
        named = {i for i in mentioned_ids if i in self._orgs and self._orgs[i].kind == kind}
        # A sub-ICB location and its ICB are one organisation for this purpose.
        named = {i for i in named if self._orgs[i].part_of not in named}
        if len(named) == 1:
            return next(iter(named))
        parents = {self._orgs[i].part_of for i in named}
        only_parent = next(iter(parents)) if len(parents) == 1 else None
        if len(named) > 1 and only_parent is not None and only_parent in self._orgs:
            parent = self._orgs[only_parent]
            if parent.kind == kind:
                return parent.id  # several sub-ICB locations of one ICB: "the ICB" is that ICB
        applicant = self._orgs.get(applicant_id) if applicant_id else None
        if applicant is not None and applicant.kind == kind and (not named or applicant.id in named):
            return applicant.id
        if applicant is not None and applicant.part_of in named and len(named) == 1:
            return applicant.part_of
        return None

    def group(self, kind: str) -> Organisation | None:
        """The group node for a plural reference ("GPs", "Providers"), by kind.

        >>> Resolver().group("CareProvider").id
        'providers'
        """
        if kind not in GROUPS:
            return None
        org_id, label = GROUPS[kind]
        if org_id not in self._orgs:
            self._orgs[org_id] = Organisation(id=org_id, label=label, kind=kind)
        self._seen.add(org_id)
        return self._orgs[org_id]


def _without_and(key: str) -> str:
    return " ".join(w for w in key.split() if w != "and")


def _same_words_modulo_typos(a: str, b: str) -> bool:
    """Whether two keys differ only by spelling slips inside words (never by a whole word)."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or wa[-1] != wb[-1]:
        return False
    for x, y in zip(wa, wb, strict=True):
        if x == y:
            continue
        if x in _DISTINCT_WORDS or y in _DISTINCT_WORDS or x.isdigit() or y.isdigit():
            return False
        if min(len(x), len(y)) < 5 or fuzz.ratio(x, y) < 80:
            return False
        # a slip is an edit or two, not another place: "Gloucestershire" is not "Leicestershire"
        if Levenshtein.distance(x, y) > 2:
            return False
    return True


__all__ = ["NHS_DIGITAL", "Resolver", "normalise", "kind_of", "display_name", "split_ods"]
