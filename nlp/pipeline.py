"""The spaCy pipeline for register text: ``make_nlp()``.

``spacy.blank("en")`` (its tokenizer without the special cases that contain
punctuation, plus infix rules for the register's run-together stops:
"DIDS.The", "1.Pseudonymised", "stay).Therefore") followed by our own
components, each configurable through ``nlp.add_pipe(..., config=...)``:

=====================  ==========================================================
``nhskg_sentences``    sentence starts for numbered lists, bullets, headings
``nhskg_org_ruler``    gazetteer names and aliases -> ``doc.spans["orgs"]``
``nhskg_org_patterns`` names the gazetteer lacks, by head word; "the CSU" refs
``nhskg_abbreviations`` "Long Form (SHORT)" definitions
``nhskg_model_orgs``   (only with ``model=``) a statistical NER's ORG candidates
``nhskg_org_linker``   resolve spans: ``span._.org_id/org_kind/org_label``
=====================  ==========================================================

No statistical model is needed.  With ``model="en_core_web_sm"`` (if that
package is installed) its ``ner`` runs first and its ORG entities whose kind
the wording tells ("… Ltd", "… NHS Trust") are added where nothing else
matched.
"""

from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex

from . import abbreviations, orgs, sentences  # noqa: F401  (register the factories)
from .extensions import ORGS_KEY, TEXT_KEY
from .resolve import kind_of

#: Infixes added to the English tokenizer: a full stop run into a capitalised word.
EXTRA_INFIXES = (
    r"(?<=[A-Za-z]{2})\.(?=[A-Z][a-z])",  # "DIDS.The", "place.NHS" is left alone (NHS is upper)
    r"(?<=[0-9])\.(?=[A-Z][a-z])",  # "1.Pseudonymised"
    r"(?<=[)\]])\.(?=[A-Z][a-z])",  # "(… lengths of stay).Therefore"
    r"[)\]](?=\.[A-Z][a-z])",  # … and the bracket before that stop
)


def make_nlp(model: str | None = None, *, gazetteer_path: str | None = None) -> Language:
    """The organisation pipeline: tokenizer, sentences, ruler, patterns, abbreviations, linker.

    ``model`` names an installed spaCy pipeline package whose NER adds ORG
    candidates; the default needs no model.

    >>> nlp = make_nlp()
    >>> doc = nlp("1. Data is passed to North England CSU.\\n2. NECS sends it to the CCG.")
    >>> [(s.text, s._.org_id) for s in doc.spans["orgs"]]
    [('North England CSU', 'north-of-england-commissioning-support-unit'), ('NECS', 'north-of-england-commissioning-support-unit')]
    >>> [s.text for s in doc.sents]
    ['1. Data is passed to North England CSU.\\n', '2. NECS sends it to the CCG.']
    >>> [(s.text, s.label_) for s in doc.spans["org_refs"]]
    [('the CCG', 'CCG')]
    """
    if model:
        try:
            nlp = spacy.load(model, exclude=["lemmatizer", "textcat", "senter"])
        except OSError:
            raise ValueError(f"spaCy pipeline {model!r} is not installed; install it, or run without a model") from None
        keep = {"tok2vec", "transformer", "ner"}
        for name in list(nlp.pipe_names):
            if name not in keep:
                nlp.remove_pipe(name)
    else:
        nlp = spacy.blank("en")
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)  # spaCy's own, in a blank or a loaded pipeline
    drop_punctuation_special_cases(tokenizer)
    infixes = list(nlp.Defaults.infixes or ()) + list(EXTRA_INFIXES)
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # No URL rule: a register link is never an organisation, and the rule costs ~10% of tokenising.
    tokenizer.url_match = None
    nlp.tokenizer = TextKeepingTokenizer(tokenizer)
    nlp.add_pipe("nhskg_sentences")
    nlp.add_pipe("nhskg_org_ruler", config={"gazetteer_path": gazetteer_path})
    nlp.add_pipe("nhskg_org_patterns")
    nlp.add_pipe("nhskg_abbreviations")
    if model:
        nlp.add_pipe("nhskg_model_orgs")
    nlp.add_pipe("nhskg_org_linker", config={"gazetteer_path": gazetteer_path})
    return nlp


def drop_punctuation_special_cases(tokenizer) -> None:
    """Drop the tokenizer's special cases that contain punctuation (emoticons, "e.g.", "a.", "and/or").

    spaCy checks every Doc for those with a Matcher, which makes tokenising
    register text about six times slower; the register needs none of them
    (its sentence splitter reads abbreviations and list markers from the text
    itself).  Word special cases ("don't", "can't") stay.

    >>> import spacy
    >>> tokenizer = spacy.blank("en").tokenizer
    >>> drop_punctuation_special_cases(tokenizer)
    >>> "e.g." in tokenizer.rules, "don't" in tokenizer.rules
    (False, True)
    """
    rules = getattr(tokenizer, "rules", None)
    if rules:
        tokenizer.rules = {k: v for k, v in rules.items() if re.fullmatch(r"[A-Za-z']+", k)}


class TextKeepingTokenizer:
    """The tokenizer, also keeping the input text in ``doc.user_data`` (see :func:`~nhskg.nlp.extensions.text_of`).

    ``Doc.text`` is rebuilt from every token on each access; the components
    that scan the raw text with regular expressions read the kept copy.
    """

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data[TEXT_KEY] = text
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name):
        if name.startswith("__") or name == "tokenizer":
            raise AttributeError(name)  # no recursion while unpickling (before ``tokenizer`` is set)
        return getattr(self.tokenizer, name)

    def to_bytes(self, **kwargs):
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data, **kwargs):
        self.tokenizer.from_bytes(data, **kwargs)
        return self

    def to_disk(self, path, **kwargs):
        self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs):
        self.tokenizer.from_disk(path, **kwargs)
        return self


@Language.component("nhskg_model_orgs", requires=["doc.ents"], assigns=["doc.spans"])
def model_orgs(doc: Doc) -> Doc:
    """Add a statistical NER's ORG entities whose wording tells their kind, where no other span is.

    >>> import spacy
    >>> doc = spacy.blank("en")("Shared with Foo Bar Ltd today.")
    >>> doc.ents = [spacy.tokens.Span(doc, 2, 5, label="ORG")]
    >>> [(s.text, s.label_) for s in model_orgs(doc).spans["orgs"]]
    [('Foo Bar Ltd', 'Company')]
    """
    spans = list(doc.spans[ORGS_KEY]) if ORGS_KEY in doc.spans else []
    taken = bytearray(len(doc))
    for s in spans:
        taken[s.start : s.end] = b"\x01" * (s.end - s.start)
    for ent in doc.ents:
        if ent.label_ != "ORG" or any(taken[ent.start : ent.end]):
            continue
        kind = kind_of(ent.text)
        if kind:
            spans.append(Span(doc, ent.start, ent.end, label=kind))
    doc.spans[ORGS_KEY] = sorted(spans, key=lambda s: (s.start, s.end))
    return doc
