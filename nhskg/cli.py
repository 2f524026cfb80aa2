"""The ``nhskg`` command line."""

from __future__ import annotations

import importlib

import click

from . import __version__

#: subcommand name -> module under nhskg.commands whose ``command`` attribute is a click command
SUBCOMMANDS = {
    "build": "build",
    "validate": "validate",
    "query": "query",
    "push": "push",
    "trace": "trace",
    "eval": "evaluate",
    "diff": "diff",
}


class LazyGroup(click.Group):
    """Imports a subcommand's module only when it runs, so ``nhskg --help`` stays fast."""

    def list_commands(self, ctx):
        return sorted(SUBCOMMANDS)

    def get_command(self, ctx, name):
        module = SUBCOMMANDS.get(name)
        if module is None:
            return None
        return importlib.import_module(f"nhskg.commands.{module}").command


@click.group(cls=LazyGroup)
@click.version_option(__version__, prog_name="nhskg")
def main():
    """Build a knowledge graph of NHS data releases and where the data went next.

    Reads NHS Digital / NHS England data-release registers (spreadsheets and
    reformatted register pages), extracts the onward flows the free text
    describes, and writes RDF, GraphML and an interactive HTML map.
    """
