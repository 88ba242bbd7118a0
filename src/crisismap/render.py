"""Rich views of stored events and documents for the terminal; the CLI prints what these return."""

from __future__ import annotations

import datetime as dt

from rich.console import Group
from rich.table import Table
from rich.text import Text

EVENT_FIELDS = ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2",
                "assoc_actor_2", "interaction", "location", "admin2", "admin1", "country", "latitude", "longitude",
                "geo_precision", "fatalities", "fatalities_low", "fatalities_best", "fatalities_high", "source_count",
                "confidence", "revision", "notes")


def _short(text: str, n: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _figure(claim: dict) -> str:
    fig = str(claim["value"])
    if claim["high"] != claim["value"] or claim["low"] != claim["value"]:
        fig += f" ({claim['low']}-{claim['high']})"
    return fig


def event_view(ev: dict) -> Group:
    """An event: its fields, sources, the figure each gives, contradictions, denials, evidence, history."""
    parts: list = []
    if ev.get("merged_into"):
        parts.append(Text(f"{ev['event_id_cnty']} was merged into {ev['merged_into']}.", style="yellow"))
    fields = Table(title=f"Event {ev['event_id_cnty']}", show_header=False)
    for key in EVENT_FIELDS:
        fields.add_row(key, str(ev.get(key, "")))
    parts.append(fields)

    rec = ev.get("reconciliation") or {}
    links = ev.get("document_links") or []
    sources = Table(title="Reports (mentions)")
    for col in ("mention", "document", "published", "stance", "counted", "reported by", "killed"):
        sources.add_column(col, overflow="fold")
    for m in ev.get("mentions", []):
        why = ", ".join(f"{link['kind']} {link['other_id']}" for link in links if link["doc_id"] == m["document_id"])
        counted = "yes" if m.get("independent", True) else f"no ({why})" if why else "no"
        sources.add_row(str(m["id"]), f"{m.get('title') or ''} [{m['document_id']}]", m.get("published") or "undated",
                        m.get("stance") or "", counted, m.get("reported_by") or "", str(m.get("fatalities", "")))
    parts.append(sources)

    claims = rec.get("contradictions") or rec.get("claims") or []
    if claims:
        title = "Sources disagree on fatalities" if rec.get("contradictions") else "Fatalities by source"
        table = Table(title=title)
        for col in ("figure", "source", "sentence", "flags"):
            table.add_column(col, overflow="fold")
        for c in claims:
            said = c.get("sentence") or c["evidence_text"]
            table.add_row(_figure(c), c["source"], _short(said, 240), ", ".join(c["flags"]))
        parts.append(table)

    denials = rec.get("denials") or []
    if denials:
        table = Table(title="Denials")
        for col in ("who", "in", "sentence"):
            table.add_column(col, overflow="fold")
        for d in denials:
            table.add_row(d["who"] or "?", d["source"], _short(d["text"], 240))
        parts.append(table)

    if links:
        table = Table(title="Copies and rewrites among these documents")
        for col in ("document", "is", "of", "score"):
            table.add_column(col, overflow="fold")
        for link in links:
            table.add_row(f"{link['doc_title'] or ''} [{link['doc_id']}]", link["kind"],
                          f"{link['other_title'] or ''} [{link['other_id']}]", f"{link['score']:.2f}")
        parts.append(table)

    evidence = Table(title="Evidence", show_header=True)
    for col in ("mention", "field", "text", "span"):
        evidence.add_column(col, overflow="fold")
    for m in ev.get("mentions", []):
        for e in m.get("evidence", []):
            evidence.add_row(str(m["id"]), e["field"], _short(e["text"], 200), f"{e['start']}:{e['end']}")
    parts.append(evidence)

    revisions = ev.get("revisions") or []
    if revisions:
        table = Table(title="History")
        for col in ("rev", "when", "action", "document", "changes", "note"):
            table.add_column(col, overflow="fold")
        for r in revisions:
            changed = "; ".join(f"{k}: {old} -> {new}" for k, (old, new) in r["changes"].items())
            table.add_row(str(r["revision"]), r["at"] or "", r["action"], r["document_id"] or "by hand",
                          _short(changed, 300), r["note"])
        parts.append(table)
    return Group(*parts)


def links_view(links: list[dict]) -> Table:
    table = Table(title=f"{len(links)} copies and rewrites")
    for col in ("document", "is", "of", "score"):
        table.add_column(col, overflow="fold")
    for link in links:
        table.add_row(f"{_short(link['doc_title'] or link['doc_origin'], 70)} [{link['doc_id']}]", link["kind"],
                      f"{_short(link['other_title'] or link['other_origin'], 70)} [{link['other_id']}]",
                      f"{link['score']:.2f}")
    return table


def _since(claim: dict) -> str:
    """For a duration: when it began, counted back from the date it holds at."""
    if claim["kind"] != "duration" or not claim["as_of"] or claim["value"] is None:
        return ""
    days = {"years": 365.25, "months": 30.44, "weeks": 7}.get(claim["unit"])
    if not days:
        return ""
    start = dt.date.fromisoformat(claim["as_of"]) - dt.timedelta(days=round(claim["value"] * days))
    bound = {"more than": "before ", "at least": "by ", "less than": "after ", "nearly": "after "}
    return bound.get(claim["qualifier"], "≈ ") + start.strftime("%Y-%m")


def claims_view(claims: list[dict]) -> Table:
    """Figures side by side, each against its document's date: disagreements show."""
    table = Table(title=f"{len(claims)} claims")
    for col in ("kind", "subject / speaker", "figure / quote", "as of", "began", "source", "document"):
        table.add_column(col, overflow="fold")
    for c in claims:
        if c["kind"] == "quote":
            subject, figure = c["source"] or "?", f"“{_short(c['text'], 200)}”"
        else:
            value = c["value"]
            value = int(value) if value is not None and float(value).is_integer() else value
            unit = c["unit"][:-1] if value == 1 and c["unit"] in ("years", "months", "weeks") else c["unit"]
            subject, figure = c["subject"], " ".join(str(x) for x in (c["qualifier"], value, unit) if x not in ("", None))
        as_of = (c["as_of"] or "undated") + (" (inferred)" if c.get("published_from") == "inferred" else "")
        table.add_row(c["kind"], subject, figure, as_of, _since(c), c["source"] if c["kind"] != "quote" else "",
                      _short(c.get("title") or c.get("origin") or "", 60))
    return table
