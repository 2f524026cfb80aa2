"""The users or clients of the applicant's outputs, listed under a heading that says so.

The gold READMEs' rule (issue 10): clients listed as receiving outputs are
flows ("The current users of Meditrends Online are:" followed by its list;
"Current clients include …"; "Clients: North East subscribing Trusts"), each
from the applicant (source inferred) to every organisation or class of them an
item names, state aggregate unless the item says otherwise.  Users of an
online system reach its outputs (mode access); clients receive them
(transfer).  Classes are the collective nodes of
:data:`nhskg.nlp.lexicon.COLLECTIVE_RECIPIENTS` (compiled once, in :mod:`nhskg.nlp.outputs`); providers and GP practices
go to their recipients-of-outputs nodes, as every output does
(:mod:`nhskg.nlp.outputs`).

Only what comes before an item's first ";" names its users: "Life Science
Companies (…); All Life Science Companies are required to be members of the
Association of British Pharmaceutical Companies (ABPI)" makes no user of the
ABPI.  A customer base named without such a heading ("customers are limited
to clinical commissioning groups") is no flow.

The users of a tool the text has just described are its users too ("NECS
offer a mature business intelligence application (RAIDR) …  It is currently
used by Clinical Commissioning Groups (CCGs), internally within the CSU …
and by CCG member practices"): the applicant -> each class or organisation
named, mode access, state aggregate.  A tool's users reach it the way GPs
reach a risk-stratification tool, so member practices are the "GP practices"
node, as in "GPs have access to the tool".
"""

from __future__ import annotations

import re

from .facts import ApplicantEnd, Endpoint, RefEnd
from .lexicon import NOT_A_FLOW, OUTPUT_NOUNS
from .marked import MARK, Sentence, items_after, mark_start
from .outputs import COLLECTIVE_PATTERNS, OUTPUT_GROUPS, as_class, output_group_end
from .states import find_state

#: "The current users of Meditrends Online are:", "Current clients include:", "Our customers include:"
USERS_HEADING = re.compile(
    r"\b(?:current |existing )?(?P<who>users|clients|customers|subscribers)\b(?: of (?:the )?[^:.;⟦]{1,60}?)?"
    r"\s+(?:are|include|includes)\s*:\s*(?P<rest>.*)$|^\s*(?:current )?(?P<who2>clients|customers|users)\s*:\s*(?P<rest2>.+)$",
    re.IGNORECASE,
)
#: "The end users of these reports are all the organisations that make up local STPs": the users in the sentence
USERS_OF_OUTPUTS = re.compile(
    rf"\b(?:the )?(?:end )?users of (?:these|the|our|its|such) (?:{OUTPUT_NOUNS})\s+(?:are|include|will be)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)


def _users(s: Sentence, start: int, end: int) -> list[Endpoint | int]:
    """The organisations (mention indexes) and classes (collective endpoints) ``s.marked[start:end]`` names."""
    marked = s.marked[start:end]
    found: list[Endpoint | int] = []
    for match in MARK.finditer(marked):
        index = int(match.group(1))
        mention = s.mention(index)
        if mention.is_ref and mention.kind in OUTPUT_GROUPS:
            found.append(output_group_end(mention))
        else:
            found.append(as_class(s, index))
    unmarked = MARK.sub(lambda m: " " * len(m.group(0)), marked)
    taken: list[tuple[int, int]] = []
    for pattern, kind, label in COLLECTIVE_PATTERNS:
        for match in pattern.finditer(unmarked):
            if any(match.start() < b and a < match.end() for a, b in taken):
                continue  # "Acute Trusts" is one class, not "Trusts" again
            taken.append(match.span())
            found.append(RefEnd(kind, label, " ".join(match.group(0).split())))
    return found


def listed_users(st) -> None:
    """Under "The current users of X are:" (or "Clients: …"), the applicant -> each user an item names, state aggregate."""
    heading = USERS_HEADING.search(st.s.marked)
    of_outputs = USERS_OF_OUTPUTS.search(st.s.marked) if heading is None else None
    found = heading or of_outputs
    if found is None or NOT_A_FLOW.search(st.s.marked, 0, found.start()):
        return
    if of_outputs is not None:  # the users of reports receive them; the list is the sentence's own
        mode, pieces = "transfer", [(st.s, of_outputs.start("rest"))]
    else:
        who = (found.group("who") or found.group("who2")).lower()
        mode = "access" if who == "users" else "transfer"  # users of an online system reach it
        rest_group = "rest" if found.group("who") else "rest2"
        pieces = [(st.s, found.start(rest_group))] if found.group(rest_group).strip() else []
        pieces += [(item, 0) for item in items_after(st.sentences, st.n)]
    for s, start in pieces:
        end = s.marked.find(";", start)
        end = len(s.marked) if end < 0 else end
        window = s.marked[start:end]
        if NOT_A_FLOW.search(window):
            continue
        state_text = window if find_state(window) else "aggregate"
        done: set[tuple] = set()
        for user in _users(s, start, end):
            target = s.mention(user).endpoint() if isinstance(user, int) else user
            if target.key in done:
                continue
            done.add(target.key)
            inferred = ("source", "target") if isinstance(user, RefEnd) else ("source",)
            st.emit_flow(s, ApplicantEnd(), target, rule="listed-users", mode=mode, window=state_text, inferred=inferred)


#: What :func:`listed_users` searches a sentence for before it does anything (its ``needs`` in ``FLOW_RULES``).
LISTED_USERS = (USERS_HEADING, USERS_OF_OUTPUTS)

#: "It is currently used by Clinical Commissioning Groups (CCGs), … and by CCG member practices"
TOOL_USED_BY = re.compile(
    r"^\s*(?:it|this (?:tool|application|system|portal)|the (?:tool|application|system|portal))\s+is\s+"
    r"(?:currently\s+|now\s+|also\s+)?used\s+by\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
#: What the sentence before (or the one before that) must describe for "It" to be a tool.
_TOOL_NOUN = re.compile(r"\b(?:tool|application|dashboards?|portal)\b", re.IGNORECASE)
#: "internally within the CSU": the tool's holder itself, not a user
_WITHIN = re.compile(r"\bwithin\s+(?:the\s+)?$", re.IGNORECASE)
#: A commissioner's member practices: the GP practices that reach the tool.
_MEMBER_PRACTICES = re.compile(r"\b(?:CCG )?member practices\b", re.IGNORECASE)


def tool_users(st) -> None:
    """"It is currently used by CCGs … and by CCG member practices" after a tool's description: applicant -> users, access."""
    used = TOOL_USED_BY.search(st.s.marked)
    if used is None or NOT_A_FLOW.search(st.s.marked):
        return
    before = st.sentences[max(0, st.n - 2): st.n]
    if not any(_TOOL_NOUN.search(b.text) for b in before):
        return  # "It is used by the CSU": "it" may be the data
    marked = st.s.marked
    users: list[Endpoint | int] = []
    at = used.start("rest")
    # "CCG member practices" are GP practices, not a CCG: the words between them are read for users
    for practices in [*_MEMBER_PRACTICES.finditer(marked, at), None]:
        upto = practices.start() if practices else len(marked)
        users += [u for u in _users(st.s, at, upto) if not (isinstance(u, int) and _WITHIN.search(marked, 0, mark_start(marked, u)))]
        if practices:
            users.append(RefEnd("GPPractice", "GP practices", " ".join(practices.group(0).split())))
            at = practices.end()
    done: set[tuple] = set()
    for user in users:
        target = st.s.mention(user).endpoint() if isinstance(user, int) else user
        if isinstance(target, RefEnd) and target.kind == "GPPractice":
            target = RefEnd("GPPractice", "GP practices", target.written)  # users of a tool, not recipients of outputs
        if target.key in done:
            continue
        done.add(target.key)
        inferred = ("source", "target") if isinstance(target, RefEnd) else ("source",)
        st.emit_flow(st.s, ApplicantEnd(), target, rule="tool-users", mode="access", window="aggregate", inferred=inferred)
