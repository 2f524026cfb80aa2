"""Canonical dataset names: one name per dataset, however a register spells it.

A shared vocabulary of the core: readers, nlp and graph all name datasets
through it (readers -> nlp -> graph never import each other for it).

The table lives in ``ontology/datasets.toml`` (canonical name + aliases).
A name not in the table falls back to a tidied form of itself, so two
spellings that differ only in case, spacing or punctuation still meet.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from .ontology import DATASETS

_VERSION = re.compile(r"[\s_]+v\d+(?:\.\d+)*$", re.IGNORECASE)
# a trailing bracketed acronym: "(HES APC)", "(PROMs)"; not "(Linkable to HES)"
_ACRONYM = re.compile(r"\s*\((?:[A-Z]{2,}|[A-Z]+[a-z]?[A-Z]+)[A-Za-z0-9+]*(?: [^()]*)?\)$")


@lru_cache(maxsize=8192)
def match_key(name: str) -> str:
    """The key two spellings of one dataset share.

    >>> match_key("Diagnostic Imaging Dataset") == match_key("diagnostic imaging data set")
    True
    >>> match_key("Improving Access to Psychological Therapies Data Set_v1.5")
    'improving access to psychological therapies data set'
    """
    text = _VERSION.sub("", " ".join(name.split()))
    text = text.casefold().replace("&", " and ").replace("_", " ")
    text = re.sub(r"\bdataset\b", "data set", text)
    text = re.sub(r"[-\u2013\u2014:,.;'\u2019]", " ", text)
    return " ".join(text.split())


@lru_cache(maxsize=1)
def catalogue() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(canonical name, aliases) of every dataset ``ontology/datasets.toml`` lists, in its order.

    >>> "HES APC" in dict(catalogue())["Hospital Episode Statistics Admitted Patient Care"]
    True
    """
    with open(DATASETS, "rb") as handle:
        table = tomllib.load(handle)
    return tuple((entry["name"], tuple(entry.get("aliases", []))) for entry in table.get("dataset", []))


def known_names() -> list[str]:
    """Every name the table lists (canonical names and aliases, as written there), sorted.

    What a free-text scanner looks for; :func:`canonical_name` maps each to its dataset.

    >>> "HES APC" in known_names() and "Hospital Episode Statistics Admitted Patient Care" in known_names()
    True
    """
    return sorted({name for canonical, aliases in catalogue() for name in (canonical, *aliases)})


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for canonical, aliases in catalogue():
        for name in (canonical, *aliases):
            index.setdefault(match_key(name), canonical)
    return index


@lru_cache(maxsize=4096)
def canonical_name(name: str) -> str:
    """The canonical name of the dataset written ``name``.

    >>> canonical_name("HES APC")
    'Hospital Episode Statistics Admitted Patient Care'
    >>> canonical_name("Local Provider Data  -  Acute")
    'Local Provider Data - Acute'
    """
    tidy = " ".join(name.split())
    index = _index()
    key = match_key(tidy)
    if key in index:
        return index[key]
    bare = _ACRONYM.sub("", _VERSION.sub("", tidy))
    if bare != tidy:
        bare_key = match_key(bare)
        if bare_key in index:
            return index[bare_key]
        return bare
    return _VERSION.sub("", tidy)


