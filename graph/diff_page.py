"""The changes between two editions as text, CSV rows and an offline HTML page.

Each takes the dictionary :func:`nhskg.graph.diff.diff` returns.  The HTML page
is self-contained (no scripts, no network), every value is escaped, and it uses
the map's colours for data states.
"""

from __future__ import annotations

import csv
import html
import io

from .html_style import STATE_COLORS

SECTIONS = (
    ("agreements_added", "Agreements added"),
    ("agreements_ended", "Agreements ended (not in the new edition)"),
    ("agreements_changed", "Agreements changed"),
    ("flows_added", "Flows added"),
    ("flows_removed", "Flows removed"),
    ("new_recipients", "Organisations newly receiving data"),
    ("opt_outs_changed", "Opt-out status changed"),
)


def _agreement_line(item: dict) -> str:
    return f"{item['agreement']}  {item.get('title') or ''}  ({item.get('applicant') or 'no applicant'})"


def _changed_lines(item: dict) -> list[str]:
    lines = [item["agreement"]]
    for f in item["fields"]:
        lines.append(f"  {f['field']}: {f['old']!r} -> {f['new']!r}")
    for name in item["datasets_added"]:
        lines.append(f"  dataset added: {name}")
    for name in item["datasets_removed"]:
        lines.append(f"  dataset removed: {name}")
    return lines


def _flow_lines(item: dict) -> list[str]:
    lines = [f"{item['agreement']}: {item['source']} -> {item['target']} [{item['state']}, {item['mode'] or 'transfer'}]"]
    for ev in item["evidence"]:
        lines.append(f"  \"{ev['quote']}\" ({ev['location']})")
    return lines


def text(changes: dict) -> str:
    """A readable terminal report."""
    e = changes["editions"]
    out = [f"old edition: {e['old']['agreements']} agreements, {e['old']['flows']} flows (latest date {e['old']['date']})",
           f"new edition: {e['new']['agreements']} agreements, {e['new']['flows']} flows (latest date {e['new']['date']})", ""]
    for key, title in SECTIONS:
        items = changes[key]
        out.append(f"{title}: {len(items)}")
        for item in items:
            if key in ("agreements_added", "agreements_ended"):
                out.append("  " + _agreement_line(item))
            elif key == "agreements_changed":
                out.extend("  " + line for line in _changed_lines(item))
            elif key in ("flows_added", "flows_removed"):
                out.extend("  " + line for line in _flow_lines(item))
            elif key == "new_recipients":
                out.append(f"  {item['organisation']}  [{', '.join(item['states'])}]  in {', '.join(item['agreements'])}")
            else:
                out.append(f"  {item['agreement']}: {item['old']} -> {item['new']}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


CSV_HEADER = ["change", "agreement", "subject", "old", "new", "evidence"]


def rows(changes: dict) -> list[list[str]]:
    """One CSV row per change: change, agreement, subject, old, new, evidence."""
    out: list[list[str]] = []
    for item in changes["agreements_added"]:
        out.append(["agreement added", item["agreement"], item.get("title") or "", "", item.get("applicant") or "", ""])
    for item in changes["agreements_ended"]:
        out.append(["agreement ended", item["agreement"], item.get("title") or "", item.get("applicant") or "", "", ""])
    for item in changes["agreements_changed"]:
        for f in item["fields"]:
            out.append(["field changed", item["agreement"], f["field"], _cell(f["old"]), _cell(f["new"]), ""])
        for name in item["datasets_added"]:
            out.append(["dataset added", item["agreement"], name, "", name, ""])
        for name in item["datasets_removed"]:
            out.append(["dataset removed", item["agreement"], name, name, "", ""])
    for key, change in (("flows_added", "flow added"), ("flows_removed", "flow removed")):
        for item in changes[key]:
            subject = f"{item['source']} -> {item['target']} [{item['state']}, {item['mode'] or 'transfer'}]"
            evidence = " | ".join(f"{ev['quote']} ({ev['location']})" for ev in item["evidence"])
            out.append([change, item["agreement"], subject, "", "", evidence])
    for item in changes["new_recipients"]:
        out.append(["new recipient", " ".join(item["agreements"]), item["organisation"], "", ", ".join(item["states"]), ""])
    for item in changes["opt_outs_changed"]:
        out.append(["opt-outs changed", item["agreement"], "opt-out status", _cell(item["old"]), _cell(item["new"]), ""])
    return out


def _cell(value) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_cell(v)}" for k, v in value.items())
    return "" if value is None else str(value)


def csv_text(changes: dict) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(rows(changes))
    return buffer.getvalue()


_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 70em; color: #212b32; }
h1 { color: #005eb8; } h2 { border-bottom: 2px solid #005eb8; padding-bottom: .2em; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #d8dde0; padding: .3em .5em; vertical-align: top; text-align: left; }
th { background: #f0f4f5; } .state { color: #fff; border-radius: .3em; padding: 0 .4em; white-space: nowrap; }
q { font-style: italic; } .where { color: #4c6272; font-size: .9em; } .count { color: #4c6272; font-weight: normal; }
"""


def _state(state: str | None) -> str:
    color = STATE_COLORS.get(state or "unspecified", "#4c6272")
    return f'<span class="state" style="background:{html.escape(color)}">{html.escape(state or "unspecified")}</span>'


def page(changes: dict, title: str = "nhskg: what changed between two editions") -> str:
    """An offline HTML page of the changes; every value escaped."""
    esc = html.escape
    e = changes["editions"]
    parts = [f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{esc(title)}</title>"
             f"<style>{_STYLE}</style></head><body><h1>{esc(title)}</h1>",
             f"<p>Old edition: {e['old']['agreements']} agreements, {e['old']['flows']} flows (latest date {esc(str(e['old']['date']))}). "
             f"New edition: {e['new']['agreements']} agreements, {e['new']['flows']} flows (latest date {esc(str(e['new']['date']))}).</p>"]
    for key, heading in SECTIONS:
        items = changes[key]
        parts.append(f'<h2 id="{key}">{esc(heading)} <span class="count">({len(items)})</span></h2>')
        if not items:
            parts.append("<p>None.</p>")
            continue
        parts.append("<table>")
        if key in ("flows_added", "flows_removed"):
            parts.append("<tr><th>agreement</th><th>from</th><th>to</th><th>state</th><th>evidence</th></tr>")
            for item in items:
                evidence = "<br>".join(f"<q>{esc(ev['quote'])}</q> <span class=\"where\">{esc(ev['location'])}</span>"
                                       for ev in item["evidence"])
                parts.append(f"<tr><td>{esc(item['agreement'])}</td><td>{esc(item['source'])}</td><td>{esc(item['target'])}</td>"
                             f"<td>{_state(item['state'])}</td><td>{evidence}</td></tr>")
        elif key == "new_recipients":
            parts.append("<tr><th>organisation</th><th>states</th><th>agreements</th></tr>")
            for item in items:
                parts.append(f"<tr><td>{esc(item['organisation'])}</td><td>{' '.join(_state(s) for s in item['states'])}</td>"
                             f"<td>{esc(', '.join(item['agreements']))}</td></tr>")
        else:
            parts.append("<tr><th>change</th><th>agreement</th><th>what</th><th>old</th><th>new</th></tr>")
            for row in rows({**{k: [] for k, _ in SECTIONS}, key: items}):
                parts.append("<tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in row[:5]) + "</tr>")
        parts.append("</table>")
    parts.append("</body></html>\n")
    return "\n".join(parts)
