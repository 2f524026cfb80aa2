"""Literal cues (nlp/cues.py): necessary for a match, and skipping rules by them changes no flow."""

from __future__ import annotations

import re

import pytest

from nhskg.nlp import cues, flows


def test_folds_to_ascii_is_every_non_ascii_character_ignorecase_matches_to_an_ascii_letter():
    letters = re.compile("[a-z]", re.IGNORECASE)
    found = {chr(c) for c in range(128, 0x110000) if letters.fullmatch(chr(c))}
    assert found == cues.FOLDS_TO_ASCII


def test_cues_of_real_rule_patterns():
    from nhskg.nlp import flows_lists, lexicon

    assert cues.cues(flows_lists.TO_CONTROLLER_PROCESSOR) == {" to the data controller"}
    verbs = cues.cues(lexicon.FLOW_VERB_RE)
    assert {"pass", "send", "sent", "provide", "share", "available"} <= verbs
    assert "passes" not in verbs  # "pass" is in every text "passes" is in
    assert cues.cues(re.compile(r"\b(?:to|by)\s")) is None  # two-letter words: not worth it, and too common


@pytest.mark.parametrize("pattern", [
    r"\bfrom (?:the )?⟦(\d+)⟧", r"(?:a|b)c?", r"x*", r"[ab]+", r"(?=foo)bar|baz", r"⟦\d+⟧", r"(?i:Data )?Processors?:",
])
def test_every_match_contains_a_cue(pattern):
    compiled = re.compile(pattern, re.IGNORECASE)
    found = cues.cues(compiled)
    texts = ["from the ⟦12⟧ to", "ac", "bar", "baz", "xx", "ab", "⟦3⟧", "DATA PROCESSORS:", "processor:"]
    for text in texts:
        if compiled.search(text) and found is not None:
            assert any(c in text.lower() for c in found), (pattern, text, found)


def _texts(agreements):
    return sorted({s.text for a in agreements for s in a.sections if s.text and s.text.strip()})


def _flows_of(texts, gated: bool, monkeypatch):
    from nhskg.nlp.extract import dataset_mentions
    from nhskg.nlp.marked import sentences_of, view_of_doc
    from nhskg.nlp.pipeline import make_nlp

    monkeypatch.setattr(flows, "GATED", gated)
    out = []
    for text, doc in zip(texts, make_nlp().pipe(texts), strict=True):
        view = view_of_doc(doc, text)
        dropped: list = []
        found = flows.find_flows(view, datasets=dataset_mentions, sentences=sentences_of(view), dropped_out=dropped)
        out.append((found, dropped))
    return out


def test_gates_change_no_flow_on_the_seeds(seed_agreements, monkeypatch):
    texts = _texts(seed_agreements.values())
    gated = _flows_of(texts, True, monkeypatch)
    assert sum(len(f) for f, _ in gated) > 50
    assert gated == _flows_of(texts, False, monkeypatch)


def test_gates_change_no_flow_on_the_2017_register(dev_register_agreements, monkeypatch):
    texts = _texts(dev_register_agreements.values())
    gated = _flows_of(texts, True, monkeypatch)
    assert sum(len(f) for f, _ in gated) > 500
    assert gated == _flows_of(texts, False, monkeypatch)
