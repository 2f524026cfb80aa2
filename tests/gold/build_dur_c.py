"""Write ``tests/gold/dur-c.json`` from ``annotations_dur_c.py``.

Each agreement is read from ``tests/data/dur/agreements/<file>``: its newest
version, last state (the only one stored for these eight). The build fails when
an evidence sentence is not a verbatim substring of the field (``section``) it
names, or a structured controller is not in the ``controllers`` field, and fills
in ``location`` (``<version reference> <field>``).

    python tests/gold/build_dur_c.py
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
AGREEMENTS = HERE.parent / "data" / "dur" / "agreements"


def _version_key(v):
    return tuple(int(p) for p in str(v["version"]).split("."))


def newest_state(path: Path):
    """(version reference, version, fields) of the newest version's last state."""
    data = json.loads(path.read_text(encoding="utf-8"))
    version = max(data["versions"], key=_version_key)
    return version["reference"], version["version"], version["states"][-1]


def _item(raw: dict, reference: str, state: dict, problems: list[str], where: str) -> dict:
    item = {k: v for k, v in raw.items() if v is not None and not (k == "optional" and v is False)}
    section = item["section"]
    if section == "CONTROLLERS":
        if item["evidence"] not in state["controllers"]:
            problems.append(f"{where}: {item['evidence']!r} is not a structured controller")
        item.setdefault("location", "structured field")
    else:
        text = state.get(section)
        if not isinstance(text, str) or item["evidence"] not in text:
            problems.append(f"{where}: evidence not in {section}: {item['evidence'][:70]!r}")
        item["location"] = f"{reference} {section}"
    return item


def build() -> tuple[dict, list[str]]:
    spec = importlib.util.spec_from_file_location("annotations_dur_c", HERE / "annotations_dur_c.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    problems: list[str] = []
    out = {}
    for ref, a in module.AGREEMENTS.items():
        reference, version, state = newest_state(AGREEMENTS / a["file"])
        if state["organisation"] != a["applicant"]:
            problems.append(f"{ref}: applicant {a['applicant']!r} is not {state['organisation']!r}")
        out[ref] = {
            "file": a["file"], "version": version, "applicant": a["applicant"], "family": a["family"],
            "split": a["split"],
            "flows": [_item(f, reference, state, problems, f"{ref} flow {i}") for i, f in enumerate(a["flows"])],
            "roles": [_item(r, reference, state, problems, f"{ref} role {i}") for i, r in enumerate(a["roles"])],
        }
    return {"about": module.ABOUT, "agreements": out}, problems


def main() -> int:
    gold, problems = build()
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    (HERE / "dur-c.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    flows = sum(len(a["flows"]) for a in gold["agreements"].values())
    roles = sum(len(a["roles"]) for a in gold["agreements"].values())
    print(f"wrote dur-c.json: {len(gold['agreements'])} agreements, {flows} flow statements, {roles} roles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
