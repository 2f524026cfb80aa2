"""nhskg: a knowledge graph of NHS data releases and their onward flows."""

__version__ = "0.1.0"
