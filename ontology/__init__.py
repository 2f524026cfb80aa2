"""Ontology, SHACL shapes, canned SPARQL queries and the organisation gazetteer (data files)."""

from pathlib import Path

HERE = Path(__file__).resolve().parent
ONTOLOGY = HERE / "nhskg.ttl"
SHAPES = HERE / "shapes.ttl"
QUERIES = HERE / "queries"
GAZETTEER = HERE / "gazetteer.toml"
DATASETS = HERE / "datasets.toml"
