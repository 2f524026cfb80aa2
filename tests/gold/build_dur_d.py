"""Write ``tests/gold/dur-d.json`` from ``annotations_dur_d.py``.

Each agreement is read from ``tests/data/dur2/agreements/<file>``: its newest
version, last state. The build fails when an evidence sentence is not a
verbatim substring of the field (``section``) it names, when the annotated
version is not the newest, or when the applicant is not the agreement's
``organisation``; it fills in ``location`` (``<version reference> <field>``).
Evidence given as ``(first words, last words)`` is copied from the text by
``build_dur_b._span``.

    python tests/gold/build_dur_d.py
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
AGREEMENTS = HERE.parent / "data" / "dur2" / "agreements"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_B = _load("build_dur_b")
newest_state = _B.newest_state


def _item(raw: dict, kind: str, fields: dict, vref: str, names: dict, problems: list[str], where: str) -> dict:
    text = fields.get(raw["section"])
    hay = text if isinstance(text, str) else json.dumps(text, ensure_ascii=False)
    evidence = raw["evidence"]
    if isinstance(evidence, tuple):
        evidence = _B._span(hay, *evidence, problems=problems, where=where)
    if evidence not in hay:
        problems.append(f"{where}: evidence not in {raw['section']}: {evidence[:70]!r}")
    if kind == "flow":
        item = {"source": raw["source"], "target": raw["target"]}
        for end in ("source", "target"):
            forms = raw.get(f"{end}_as_written", names.get(raw[end]))
            if forms:
                item[f"{end}_as_written"] = list(forms)
        item.update(state=raw["state"], mode=raw["mode"], datasets=list(raw.get("datasets", [])))
    else:
        item = {"organisation": raw["organisation"], "role": raw["role"]}
        forms = raw.get("as_written", names.get(raw["organisation"]))
        if forms:
            item["as_written"] = list(forms)
    item.update(section=raw["section"], location=f"{vref} {raw['section']}", evidence=evidence)
    if raw.get("optional"):
        item["optional"] = True
    if raw.get("note"):
        item["note"] = raw["note"]
    return item


def build(annotations: str = "annotations_dur_d", folder: Path = AGREEMENTS) -> tuple[dict, list[str]]:
    """The gold of the annotation module ``annotations`` (a file of this folder) over the agreements in ``folder``."""
    ann = _load(annotations)
    out, problems = {}, []
    for ref, a in ann.AGREEMENTS.items():
        vref, version, fields = newest_state(folder / a["file"])
        if str(version) != str(a["version"]):
            problems.append(f"{ref}: newest version is {version}, annotated {a['version']}")
        if fields["organisation"] != a["applicant"]:
            problems.append(f"{ref}: applicant {a['applicant']!r} is not {fields['organisation']!r}")
        names = a.get("names", {})
        flows = [_item(f, "flow", fields, vref, names, problems, f"{ref} flow {i}") for i, f in enumerate(a["flows"])]
        roles = [_item(r, "role", fields, vref, names, problems, f"{ref} role {i}") for i, r in enumerate(a["roles"])]
        out[ref] = {"file": a["file"], "version": str(version), "applicant": a["applicant"],
                    "family": a["family"], "split": a["split"], "flows": flows, "roles": roles}
    return {"about": ann.ABOUT, "agreements": out}, problems


def main(annotations: str = "annotations_dur_d", folder: Path = AGREEMENTS, out: str = "dur-d.json") -> int:
    gold, problems = build(annotations, folder)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    (HERE / out).write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for ref, a in gold["agreements"].items():
        req = sum(not f.get("optional") for f in a["flows"])
        print(ref, a["family"], a["split"], len(a["flows"]), f"flows ({req} required)", len(a["roles"]), "roles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
