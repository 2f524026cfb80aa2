"""The examples in the view and algorithm docstrings run and say what they show."""

from __future__ import annotations

import doctest

import pytest

import nhskg.graph.algorithms
import nhskg.graph.view


@pytest.mark.parametrize("module", [nhskg.graph.algorithms, nhskg.graph.view], ids=lambda m: m.__name__)
def test_docstring_examples(module):
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0
