"""The examples in the HTML modules' docstrings run and say what they show."""

from __future__ import annotations

import doctest

import pytest

import nhskg.graph.html
import nhskg.graph.html_data
import nhskg.graph.html_layout

MODULES = [nhskg.graph.html, nhskg.graph.html_data, nhskg.graph.html_layout]


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_docstring_examples(module):
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0
