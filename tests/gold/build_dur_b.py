"""Write ``tests/gold/dur-b.json`` from ``annotations_dur_b.py``.

Each agreement is read from ``/work/dur-archive/agreements/<file>`` (or
``$NHSKG_DUR_ARCHIVE``): its newest version, last state. The build fails when
an evidence sentence is not a verbatim substring of the field (``section``) it
names, and fills in ``location`` (``<version reference> <field>``).

    python tests/gold/build_dur_b.py
"""
from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARCHIVE = Path(os.environ.get("NHSKG_DUR_ARCHIVE", "/work/dur-archive/agreements"))


def _version_key(v):
    return tuple(int(p) for p in str(v["version"]).split("."))


def newest_state(path):
    """(version reference, version, fields) of the newest version's last state."""
    data = json.loads(path.read_text(encoding="utf-8"))
    version = max(data["versions"], key=_version_key)
    return version["reference"], version["version"], version["states"][-1]


def _span(text, start, end=None, problems=None, where=""):
    """The exact text from ``start`` to the first ``end`` after it (to the end of the line when ``end`` is None).

    Lets an annotation name a sentence by its first and last words while the
    evidence stays a verbatim copy of the register text (whitespace included).
    """
    if not isinstance(text, str) or text.count(start) == 0:
        problems.append(f"{where}: start not found: {start[:70]!r}")
        return start
    if text.count(start) > 1 and len({text[i:].split(chr(10))[0] for i in _all(text, start)}) > 1:
        problems.append(f"{where}: start ambiguous: {start[:70]!r}")
    i = text.index(start)
    if end is None:
        j = text.find(chr(10), i)
        return text[i:j if j >= 0 else len(text)].rstrip()
    j = text.find(end, i + len(start) - len(end) if len(end) <= len(start) else i)
    if j < 0:
        problems.append(f"{where}: end not found: {end[:70]!r}")
        return start
    return text[i:j + len(end)]


def _all(text, needle):
    i = text.find(needle)
    while i >= 0:
        yield i
        i = text.find(needle, i + 1)


def main():
    spec = importlib.util.spec_from_file_location("annotations_dur_b", HERE / "annotations_dur_b.py")
    ann = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ann)
    out, problems = {}, []
    for ref, a in ann.AGREEMENTS.items():
        vref, version, fields = newest_state(ARCHIVE / a["file"])
        if str(version) != str(a["version"]):
            problems.append(f"{ref}: newest version is {version}, annotated {a['version']}")
        names = a.get("names", {})
        flows, roles = [], []
        for f in a["flows"]:
            text = fields.get(f["section"])
            if isinstance(f["evidence"], tuple):
                f = dict(f, evidence=_span(text, *f["evidence"], problems=problems, where=f"{ref} {f['section']}"))
            if not isinstance(text, str) or f["evidence"] not in text:
                problems.append(f"{ref}: evidence not in {f['section']}: {f['evidence'][:70]!r}")
            flow = {"source": f["source"], "target": f["target"]}
            for end in ("source", "target"):
                forms = f.get(f"{end}_as_written", names.get(f[end]))
                if forms:
                    flow[f"{end}_as_written"] = list(forms)
            flow.update(state=f["state"], mode=f["mode"], datasets=list(f.get("datasets", [])),
                        section=f["section"], location=f"{vref} {f['section']}", evidence=f["evidence"])
            if f.get("optional"):
                flow["optional"] = True
            if f.get("note"):
                flow["note"] = f["note"]
            flows.append(flow)
        for r in a["roles"]:
            text = fields.get(r["section"])
            hay = text if isinstance(text, str) else json.dumps(text, ensure_ascii=False)
            if r["evidence"] not in hay:
                problems.append(f"{ref}: role evidence not in {r['section']}: {r['evidence'][:70]!r}")
            role = {"organisation": r["organisation"], "role": r["role"]}
            forms = r.get("as_written", names.get(r["organisation"]))
            if forms:
                role["as_written"] = list(forms)
            role.update(section=r["section"], location=f"{vref} {r['section']}", evidence=r["evidence"])
            if r.get("note"):
                role["note"] = r["note"]
            roles.append(role)
        out[ref] = {"file": a["file"], "version": str(version), "applicant": a["applicant"],
                    "family": a["family"], "split": a["split"], "flows": flows, "roles": roles}
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    gold = {"about": ann.ABOUT, "agreements": out}
    (HERE / "dur-b.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for ref, a in out.items():
        print(ref, a["family"], a["split"], len(a["flows"]), "flows", len(a["roles"]), "roles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
