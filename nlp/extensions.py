"""Doc and Span extension attributes set by the organisation components.

Registered once, on import (``register_extensions`` is idempotent).  Every
span in ``doc.spans["orgs"]`` carries:

- ``span._.org_id``: stable id of the resolved organisation (``"north-of-england-dscro"``)
- ``span._.org_kind``: one of :data:`nhskg.model.ORG_KINDS`
- ``span._.org_label``: the organisation's canonical name

``doc.spans["org_refs"]`` holds generic references ("the CSU", "each DSCRO",
"GPs", "Providers"): their label is the kind they refer to and their
``org_id`` stays ``None`` (resolve them with
:meth:`nhskg.nlp.resolve.Resolver.resolve_definite`).  ``doc._.abbreviations``
maps each organisation short form defined in the text ("THF") to its long
form as written ("The Health Foundation").
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

#: Span group holding recognised organisation names.
ORGS_KEY = "orgs"
#: Span group holding generic references to an organisation of a kind.
REFS_KEY = "org_refs"

_SPAN_ATTRS = ("org_id", "org_kind", "org_label")


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once per doc (spaCy rebuilds it from the tokens on every access).

    >>> import spacy
    >>> text_of(spacy.blank("en")("NHS Digital sends data."))
    'NHS Digital sends data.'
    """
    user_data: dict[Any, Any] = doc.user_data  # keyed by tuples, as spaCy's own extensions are (its stub says str)
    cached = user_data.get(TEXT_KEY)
    if cached is None:
        cached = doc.text
        user_data[TEXT_KEY] = cached
    return cached


#: ``doc.user_data`` key of the doc's text (set by the pipeline's tokenizer wrapper).
TEXT_KEY = ("nhskg", "text")


def register_extensions() -> None:
    """Register the ``org_*`` Span extensions and ``Doc._.abbreviations`` (safe to call twice).

    >>> register_extensions(); register_extensions()
    >>> from spacy.tokens import Span
    >>> Span.has_extension("org_id")
    True
    """
    for attr in _SPAN_ATTRS:
        if not Span.has_extension(attr):
            Span.set_extension(attr, default=None)
    if not Doc.has_extension("abbreviations"):
        Doc.set_extension("abbreviations", default=None)


register_extensions()
