"""Sentence boundaries for the register's line-structured text.

The register's free text is a mix of prose, numbered and lettered lists
("1.", "2.1", "1)", "(a)", "a)", "a."), bullets ("•", "- ", "o ", "§") and
short headings ("Risk Stratification", "Data Processor 1 – North of England
CSU", "DSCROs:").  spaCy's statistical parser is not available (and would not
know these conventions), so :func:`sentence_starts` finds boundaries with a few
regular expressions over the text (run in C) and the component maps them to
tokens with one vectorised search: no Python loop over tokens.

Rules, in order:

- every list item and bullet starts a sentence;
- a line break is a boundary unless the line is a wrapped piece of a longer
  paragraph (a long line without final punctuation, or one ending in ",",
  "(", "&", "and", or followed by a line that starts in lower case);
- inside a line, ". ", "? ", "! " followed by a capital, digit, quote or
  bracket end a sentence, and so does a full stop run into a capitalised
  word after a word or a bracket ("DIDS.The", "data.The", "stay).Therefore"),
  except after abbreviations ("e.g.", "i.e.", "Ltd.", "No.", "Mr.", initials
  such as "J."; so "e.g.The" is one sentence, as "e.g. The" is) and after a
  list marker itself ("1. ").
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .extensions import text_of

#: A list marker or bullet at the start of a line.
LIST_MARKER = re.compile(
    r"""[ \t]*(?:
        [•·§▪◦●■\-–*]\s                # bullets (and "o " below)
      | o[ \t]                           # "o Acute"
      | \(?\d{1,3}(?:\.\d{1,3})*[.)](?=\s|[A-Z])   # 1.  2.1.  1)  (1)  1.Text
      | \d{1,3}\.\d{1,3}\s               # 2.1 North of England DSCRO
      | \(\d{1,3}\)                      # (1)An integrated ...
      | \(?[a-zA-Z]\)\s?                 # a)  (a)
      | [a-zA-Z]\.\s                     # a. Analysis
      | \(?[ivxIVX]{1,5}\)\s             # (ii) iv)
    )""",
    re.VERBOSE,
)

#: Words after which a full stop does not end the sentence.
ABBREVIATIONS = frozenset(
    """e.g i.e eg ie etc ltd no nos st dr mr mrs ms prof co inc vs viz approx
    ref refs fig figs para paras sect art cf al dept govt min max est jan feb mar apr
    jun jul aug sep sept oct nov dec""".split()
)

# A stop, closing quotes/brackets, space, then a capital; or a stop run into a capitalised word ("DIDS.The").
_INLINE_END = re.compile(r"[.?!](?:[\"”’')\]]*[ \t]+(?=[A-Z0-9“\"‘'(\[•])|(?=[A-Z][a-z]))")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.?[\"”’')\]]*$")
_TERMINAL = re.compile(r"[.:;?!][\"”’')\]]*$")
_CONTINUES = re.compile(r"(?:[,(&/]|\band|\bor|\bof|\bthe|\bto|\bwith|\bfor|\bin)$", re.IGNORECASE)

#: Lines at least this long that end without punctuation are taken as wrapped.
WRAP_LENGTH = 80


def sentence_starts(text: str, wrap_length: int = WRAP_LENGTH) -> list[int]:
    """Character offsets where sentences start in ``text`` (sorted, first is 0 or the first non-space).

    >>> t = "Processing:\\n1. Data is sent to Xyz. It is then\\nlinked.\\n2. Y receives it, e.g. Data from Z."
    >>> [t[i:i + 9] for i in sentence_starts(t)]
    ['Processin', '1. Data i', 'It is the', '2. Y rece']
    """
    starts: list[int] = []
    previous = ""
    offset = 0
    for line in text.split("\n"):
        line_offset = offset
        offset += len(line) + 1
        stripped = line.strip()
        if not stripped:
            previous = ""
            continue
        first = line_offset + (len(line) - len(line.lstrip()))
        marker = LIST_MARKER.match(line)
        if not previous or marker or not _wrapped(previous, stripped, wrap_length):
            starts.append(first)
        previous = stripped
        if "." not in line and "?" not in line and "!" not in line:
            continue
        marker_end = line_offset + marker.end() if marker else first
        for end in _INLINE_END.finditer(line):
            if end.end() - end.start() == 1 and not _ends_word(line, end.start()):
                continue  # run together only after a word or a bracket: "DIDS.The", "stay).Therefore", not "2.The"
            cut = line_offset + end.end()
            if cut <= marker_end + 1:
                continue
            if _is_abbreviation(line[max(0, end.start() - 29) : end.start() + 1]):
                continue
            starts.append(cut)
    return starts


def _ends_word(line: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` (run into a capitalised word) follows a word of two letters or a bracket.

    Abbreviations and initials ("e.g.The", "Mr.Smith", "J.Smith") are told apart later, by :func:`_is_abbreviation`.
    """
    before = line[max(0, stop - 2) : stop]
    return before[-1:] in (")", "]") or (len(before) == 2 and before.isalpha())


def _wrapped(previous: str, line: str, wrap_length: int) -> bool:
    """Whether ``line`` continues the paragraph that ``previous`` (a non-blank line) belongs to."""
    tail = previous[-6:]
    if _TERMINAL.search(tail):
        return False
    if _CONTINUES.search(tail) or line[:1].islower():
        return True
    return len(previous) >= wrap_length


def _is_abbreviation(head: str) -> bool:
    """Whether the full stop ending ``head`` belongs to an abbreviation or an initial."""
    head = head[-30:]
    m = _WORD_BEFORE.search(head.rstrip(".?!\"”’')]"))
    if not head.rstrip("\"”’')]").endswith("."):
        return False
    if not m:
        return False
    word = m.group(1).rstrip(".")
    return len(word) == 1 and word.isupper() or word.lower() in ABBREVIATIONS


@Language.factory(
    "nhskg_sentences",
    default_config={"wrap_length": WRAP_LENGTH},
    assigns=["token.is_sent_start"],
)
def make_sentencizer(nlp: Language, name: str, wrap_length: int) -> RegisterSentencizer:
    """Factory for :class:`RegisterSentencizer` (``nlp.add_pipe("nhskg_sentences")``)."""
    return RegisterSentencizer(wrap_length=wrap_length)


class RegisterSentencizer:
    """Set ``Token.is_sent_start`` from :func:`sentence_starts` (numbered lists, bullets, headings).

    >>> import spacy
    >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("nhskg_sentences")
    >>> [s.text.strip() for s in nlp("Data Processor 1 – NECS\\na) Cumbria Data\\n1. It is sent, e.g. to NECS. Then stored.").sents]
    ['Data Processor 1 – NECS', 'a) Cumbria Data', '1. It is sent, e.g. to NECS.', 'Then stored.']
    """

    def __init__(self, wrap_length: int = WRAP_LENGTH):
        self.wrap_length = wrap_length

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        token_starts = doc.to_array("IDX").astype(numpy.int64)
        offsets = numpy.asarray(sentence_starts(text_of(doc), self.wrap_length), dtype=numpy.int64)
        flags = numpy.full((n, 1), -1, dtype=numpy.int32)
        if len(offsets):
            # The first token that starts at or after each boundary.
            index = numpy.searchsorted(token_starts, offsets, side="left")
            index = index[index < n]
            flags[index, 0] = 1
        flags[0, 0] = 1
        doc.from_array([SENT_START], flags.astype(numpy.uint64))  # type: ignore[arg-type]  # thinc's Ints2d: any 2-d int array
        return doc
