"""CCGs an ICB took over, from the Data Uses Register's succession statement.

ICB agreements carry the template "The following CCG(s) previously occupied
the footprint of the ICB:" followed by the CCGs, one per line. The CCGs named
in the statement and in the lines straight after it are the ICB's
predecessors (W3C ORG: an ``org:ChangeEvent``); the list ends at the first
sentence that names no CCG.
"""

from __future__ import annotations

import re

from .facts import FoundSuccession, NamedMention

_STATEMENT = re.compile(
    r"previously (?:occupied|covered|formed) the (?:footprint|area) of (?:the|this) (?:ICB|Integrated Care Board)",
    re.IGNORECASE,
)


def find_predecessors(sentences) -> list[FoundSuccession]:
    """Predecessor CCGs stated in a text, each group with the span of its statement and list.

    ``sentences`` are the flow rules' sentences (``text``, ``start``, ``end``
    and organisation ``mentions``). Returns one dict per statement:
    a :class:`~nhskg.nlp.facts.FoundSuccession` (``start``, ``end``, ``predecessors``).

    >>> from types import SimpleNamespace as S
    >>> ccg = S(text="NHS Coventry and Warwickshire CCG", kind="CCG", org_id="nhs-coventry-and-warwickshire-ccg")
    >>> said = [S(text="The following CCG(s) previously occupied the footprint of the ICB:", start=0, end=66,
    ...           mentions=[]),
    ...         S(text=ccg.text, start=67, end=100, mentions=[ccg]),
    ...         S(text="Patient level data will not be linked.", start=101, end=139, mentions=[])]
    >>> find_predecessors(said)  # doctest: +NORMALIZE_WHITESPACE
    [FoundSuccession(start=0, end=100, predecessors=(NamedMention(surface='NHS Coventry and Warwickshire CCG', kind='CCG',
                                                                  org_id='nhs-coventry-and-warwickshire-ccg'),))]
    """
    found = []
    for n, sentence in enumerate(sentences):
        if not _STATEMENT.search(sentence.text):
            continue
        named = [m for m in sentence.mentions if m.kind == "CCG" and m.org_id]
        end = sentence.end
        for following in sentences[n + 1:]:
            ccgs = [m for m in following.mentions if m.kind == "CCG" and m.org_id]
            if not ccgs:
                break
            named.extend(ccgs)
            end = following.end
        if named:
            found.append(FoundSuccession(sentence.start, end, tuple(NamedMention(m.text, m.kind, m.org_id) for m in named)))
    return found
