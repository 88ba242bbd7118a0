"""The command line: parses arguments, calls the library, shows results with Rich.

Exit status: 0 when all went well, 1 on a usage or setup error, 2 when some inputs were
skipped (each named in a message) while the rest of the batch was done.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from . import settings
from .errors import CrisismapError

app = typer.Typer(help="crisismap: news reports in, a sourced, geocoded dataset of conflict events out (ACLED schema).",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
# Piped output is not cut to 80 columns: tables stay readable in files and CI logs.
out = Console(width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True)

MIN_WORDS_FOR_RATE = 2000
DB_DEFAULT = settings.BY_NAME["db"].default  # CRISISMAP_DB overrides it through envvar
DbOpt = Annotated[str, typer.Option("--db", envvar=settings.BY_NAME["db"].env, help=settings.BY_NAME["db"].help)]
GazOpt = Annotated[list[Path] | None, typer.Option(
    "--gazetteer", "-g", help="A GeoNames country dump (ML.txt format) to add; repeat for more.")]
ActorsOpt = Annotated[list[Path] | None, typer.Option(
    "--actors", help="An extra actor dictionary (JSON, format of data/actors.json); repeat for more.")]
ModelOpt = Annotated[Path | None, typer.Option(
    "--model", help="An event-type model made by `crisismap train` (your own coded data).")]
CountryOpt = Annotated[str | None, typer.Option("--country", help="Only events in this country (e.g. Mali).")]
SinceOpt = Annotated[dt.datetime | None, typer.Option("--since", formats=["%Y-%m-%d"], help="From this day (YYYY-MM-DD).")]
UntilOpt = Annotated[dt.datetime | None, typer.Option("--until", formats=["%Y-%m-%d"], help="Up to this day (YYYY-MM-DD).")]


def _fail(exc: Exception) -> typer.Exit:
    err.print(f"[red]error:[/red] {exc}")
    return typer.Exit(1)


def _extractor(gazetteer: list[Path] | None, actors: list[Path] | None, model: Path | None = None):
    from .context import build_extractor, warm_up

    gaz = [*settings.get_list("gazetteer"), *(gazetteer or [])]
    act = [*settings.get_list("actors"), *(actors or [])]
    try:
        with err.status("Loading gazetteer and language models..."):
            extractor = build_extractor(gaz, act, model)
            warm_up(extractor)
            return extractor
    except CrisismapError as exc:
        raise _fail(exc) from None


def _rate(words: int, seconds: float) -> str:
    """Words per second; a few hundred words measure start-up (a language model loading), not speed."""
    if words < MIN_WORDS_FOR_RATE or not seconds:
        return f"- ({words} words: too few to measure)"
    return f"{words / seconds:,.0f}"


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err, transient=False)


@app.command()
def ingest(paths: Annotated[list[Path], typer.Argument(help="Files and folders: .txt .md .html .jsonl")],
           db: DbOpt = DB_DEFAULT, gazetteer: GazOpt = None, actors: ActorsOpt = None,
           model: ModelOpt = None,
           link: Annotated[bool, typer.Option(help="Join reports of one event into one event (--no-link: "
                                                   "one event per report).")] = True) -> None:
    """Read articles, extract events and store them. Re-running adds nothing new.

    Copies and rewrites of stored articles are recorded as such, and a report of an event
    already stored joins that event: its figures are reconciled across sources.
    """
    from .pipeline import ingest as run_ingest
    from .store import open_store

    extractor = _extractor(gazetteer, actors, model)
    try:
        store = open_store(db)
    except CrisismapError as exc:
        raise _fail(exc) from None
    started = time.perf_counter()
    with store, _progress() as progress:
        task = progress.add_task("Ingesting", total=None)

        def on_document(doc, mentions):
            progress.advance(task)

        def on_error(exc):
            progress.advance(task)
            progress.console.print(f"[yellow]skipped[/yellow] {exc}")

        report = run_ingest(paths, store, extractor, link_events=link, on_document=on_document, on_error=on_error)
        counts = store.counts()
    seconds = time.perf_counter() - started
    table = Table(title="Ingest summary", show_header=False)
    for label, value in (("new documents", report.documents), ("already stored", report.duplicates),
                         ("copies or rewrites", report.copies), ("new events", report.events),
                         ("reports joined to known events", report.linked), ("skipped inputs", report.skipped),
                         ("words per second", _rate(report.words, seconds)),
                         ("database", f"{db}: {counts['documents']} documents, {counts['events']} events")):
        table.add_row(label, str(value))
    out.print(table)
    if report.coarse and not extractor.gazetteer.has_dumps:
        were = "event was" if report.coarse == 1 else "events were"
        out.print(f"{report.coarse} reported {were} placed no nearer than a region or a country: the default "
                  "gazetteer knows towns only. Add a GeoNames country dump for villages (--gazetteer ML.txt, "
                  "or CRISISMAP_GAZETTEER).")
    if report.skipped:
        raise typer.Exit(2)


@app.command()
def events(db: DbOpt = DB_DEFAULT, country: CountryOpt = None, since: SinceOpt = None,
           until: UntilOpt = None, event_type: Annotated[str | None, typer.Option("--type", help="An ACLED event type.")] = None,
           limit: Annotated[int, typer.Option(help="At most this many rows.")] = 50) -> None:
    """Show stored events as a table."""
    from .store import open_store

    try:
        with open_store(db) as store:
            rows = store.events(country=country, since=since.date() if since else None,
                                until=until.date() if until else None, event_type=event_type, limit=limit)
    except CrisismapError as exc:
        raise _fail(exc) from None
    table = Table(title=f"{len(rows)} events", show_lines=False)
    for col in ("id", "date", "sub-event type", "actor 1", "actor 2", "location", "killed", "conf."):
        table.add_column(col, overflow="fold")
    for r in rows:
        fat = str(r["fatalities"])
        if r.get("fatalities_high") and r["fatalities_high"] != r["fatalities"]:
            fat += f" ({r['fatalities_low']}-{r['fatalities_high']})"
        place = r["location"] + (f", {r['admin1']}" if r["admin1"] else "")
        table.add_row(r["event_id_cnty"], r["event_date"] or "", r["sub_event_type"], r["actor1"], r["actor2"],
                      place, fat, f"{r['confidence']:.2f}")
    out.print(table)


@app.command()
def export(output: Annotated[Path, typer.Option("--output", "-o", help="File to write ('-' for stdout).")],
           fmt: Annotated[str, typer.Option("--format", "-f", help="acled-csv, geojson or jsonl.")] = "acled-csv",
           db: DbOpt = DB_DEFAULT, country: CountryOpt = None, since: SinceOpt = None,
           until: UntilOpt = None) -> None:
    """Write stored events as ACLED CSV, GeoJSON or JSONL."""
    from .export import FORMATS, export_rows
    from .store import open_store

    if fmt not in FORMATS:
        raise _fail(CrisismapError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}"))
    try:
        with open_store(db) as store:
            rows = store.events(country=country, since=since.date() if since else None,
                                until=until.date() if until else None)
    except CrisismapError as exc:
        raise _fail(exc) from None
    if str(output) == "-":
        report = export_rows(rows, fmt, sys.stdout)
    else:
        with open(output, "w", encoding="utf-8", newline="") as f:
            report = export_rows(rows, fmt, f)
        err.print(f"{report.written} events written to {output} ({fmt})")
    if report.without_coordinates:
        err.print(f"[yellow]{report.without_coordinates} events without coordinates left out of the {fmt}[/yellow]")


@app.command()
def extract(input: Annotated[Path, typer.Argument(help="JSONL: {id, text, published, ...} per line.")],
            output: Annotated[Path, typer.Option("--output", "-o", help="JSONL out: {id, events[, error]} per line.")],
            gazetteer: GazOpt = None, actors: ActorsOpt = None, model: ModelOpt = None) -> None:
    """Extract events from each line of a JSONL file, one output line per input line, in order."""
    from .pipeline import extract_records

    if not input.is_file():
        raise _fail(CrisismapError(f"{input} not found"))
    extractor = _extractor(gazetteer, actors, model)
    lines = input.read_text(encoding="utf-8", errors="replace").splitlines()
    failed = n_events = words = 0
    started = time.perf_counter()
    with open(output, "w", encoding="utf-8") as f, _progress() as progress:
        task = progress.add_task("Extracting", total=sum(1 for ln in lines if ln.strip()))
        for rec in extract_records(lines, extractor, origin=str(input)):
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            failed += "error" in rec
            n_events += len(rec["events"])
            progress.advance(task)
            if "error" in rec:
                progress.console.print(f"[yellow]failed[/yellow] {input}: {rec['error']}")
    words = sum(len(ln.split()) for ln in lines)
    seconds = time.perf_counter() - started
    err.print(f"{n_events} events from {len(lines) - failed} records ({failed} failed) in {seconds:.1f}s, "
              f"{words / seconds:,.0f} words/s -> {output}")
    if failed:
        raise typer.Exit(2)


@app.command()
def evaluate(export_csv: Annotated[Path, typer.Argument(help="An ACLED export with a notes column.")],
             holdout: Annotated[float | None, typer.Option(
                 help="Score only the last share of notes by date, e.g. 0.2 (train on the rest).")] = None,
             limit: Annotated[int | None, typer.Option(help="Score at most this many notes (the latest).")] = None,
             misses: Annotated[Path | None, typer.Option(help="Write the notes with a wrong field here (JSONL).")] = None,
             gazetteer: GazOpt = None, actors: ActorsOpt = None, model: ModelOpt = None) -> None:
    """Score extraction against the coders' events of an ACLED export: per-field accuracy, confusion table.

    With --model, the default rules and the adapted model are scored side by side.
    """
    from .evaluate import load_notes, split_by_date

    try:
        records = load_notes(export_csv)
        if holdout:
            records = split_by_date(records, holdout)[1]
    except CrisismapError as exc:
        raise _fail(exc) from None
    if limit:
        records = records[-limit:]
    extractor = _extractor(gazetteer, actors)
    runs = [("default", extractor)]
    if model:
        from .type_model import EventTypeModel

        try:
            adapted = EventTypeModel.load(model)
        except CrisismapError as exc:
            raise _fail(exc) from None
        runs.append((f"adapted ({model.name})", _with_model(extractor, adapted)))
    results = []
    for label, ex in runs:
        with _progress() as progress:
            task = progress.add_task(f"Evaluating ({label})", total=len(records))
            results.append((label, _score(records, ex, misses if label == "default" else None,
                                          lambda n, t=task, p=progress: p.advance(t, n))))
    _print_scores(export_csv.name, results)
    if misses:
        out.print(f"{results[0][1].misses} notes with a wrong field (default rules) written to {misses}")


def _with_model(extractor, type_model):
    import copy

    ex = copy.copy(extractor)
    ex.type_model = type_model
    return ex


def _score(records, extractor, misses, progress):
    from .evaluate import evaluate as run_evaluate
    from .pipeline import extract_records

    def run(inputs):
        return list(extract_records((json.dumps(i) for i in inputs), extractor))

    return run_evaluate(records, run, misses_path=misses, progress=progress)


def _print_scores(name: str, results) -> None:
    first = results[0][1].scores
    table = Table(title=f"Per-field accuracy on {first.n} notes of {name}")
    table.add_column("field")
    for label, _ in results:
        table.add_column(label, justify="right")
    for field in first.accuracy():
        if field != "n":
            table.add_row(field, *[f"{r.scores.accuracy()[field]:.3f}" for _, r in results])
    out.print(table)
    for label, r in results:
        s = r.scores
        types = sorted({g for g, _ in s.confusion} | {p for _, p in s.confusion})
        short = {t: "".join(w[0] for w in t.replace("/", " ").replace("(", "").split()).upper() for t in types}
        conf = Table(title=f"Event types, {label}: coded (rows) vs predicted (columns)")
        conf.add_column("coded \\ predicted")
        for t in types:
            conf.add_column(short[t], justify="right")
        for g in types:
            conf.add_row(f"{g} ({short[g]})", *[str(s.confusion.get((g, p), "")) for p in types])
        out.print(conf)
        share = f"{s.confident_right / s.confident:.3f} of {s.confident}" if s.confident else "none above 0.8"
        out.print(f"{label}: events with confidence > 0.8 right on event_type, event_date and admin1: {share}")
        out.print(f"{label}: throughput {r.words_per_second:,.0f} words/s ({r.words} words in {r.seconds:.1f}s)")


@app.command()
def train(export_csv: Annotated[Path, typer.Argument(help="An ACLED export with notes (your own licence).")],
          output: Annotated[Path, typer.Option("--output", "-o", help="Model file to write.")],
          holdout: Annotated[float | None, typer.Option(
              help="Leave out the last share of notes by date (for `evaluate --holdout`).")] = None) -> None:
    """Adapt the event-type model to your coded data; use it with --model."""
    from .evaluate import load_notes, split_by_date
    from .event_types import EVENT_TYPE_OF
    from .type_model import EventTypeModel, training_reports

    try:
        records = load_notes(export_csv)
        if holdout:
            records = split_by_date(records, holdout)[0]
        with err.status(f"Training on {len(records)} notes..."):
            started = time.perf_counter()
            # The project's own reports come along: they teach the model what is no event at all.
            own = training_reports()
            model = EventTypeModel.fit(
                [r.text for r in records] + [r["text"] for r in own],
                [r.gold[0]["event_type"] for r in records] + [EVENT_TYPE_OF.get(r["sub_event_type"]) for r in own],
                [r.gold[0]["sub_event_type"] for r in records] + [r["sub_event_type"] for r in own],
                info={"source": export_csv.name, "until": records[-1].published.isoformat(), "holdout": holdout,
                      "own_reports": len(own)})
            model.save(output)
    except CrisismapError as exc:
        raise _fail(exc) from None
    err.print(f"Trained on {len(records)} notes up to {records[-1].published} and {len(own)} of crisismap's own reports in "
              f"{time.perf_counter() - started:.1f}s; {len(model.labels)} types -> {output}")


@app.command()
def documents(db: DbOpt = DB_DEFAULT,
              duplicates: Annotated[bool, typer.Option("--duplicates", help="List copies and rewrites instead.")]
              = False) -> None:
    """List stored documents, or with --duplicates the copies and rewrites found among them."""
    from .render import links_view
    from .store import open_store

    try:
        with open_store(db) as store:
            if duplicates:
                out.print(links_view(store.document_links()))
                return
            docs = store.documents()
    except CrisismapError as exc:
        raise _fail(exc) from None
    table = Table(title=f"{len(docs)} documents")
    for col in ("id", "title", "published", "language", "origin"):
        table.add_column(col, overflow="fold")
    for d in docs:
        pub = f"{d['published'] or ''} ({d['published_from']})" if d.get("published_from") else str(d["published"] or "")
        table.add_row(d["id"], (d.get("title") or "")[:70], pub, d.get("language") or "", d.get("origin") or "")
    out.print(table)


@app.command()
def event(event_id: Annotated[str, typer.Argument(help="An event id such as MLI1.")], db: DbOpt = DB_DEFAULT,
          as_json: Annotated[bool, typer.Option("--json", help="Print the event as JSON.")] = False) -> None:
    """Show one event: fields, sources, each source's figure and sentence, contradictions, denials, history."""
    from .render import event_view
    from .store import open_store

    try:
        with open_store(db) as store:
            ev = store.event(event_id)
    except CrisismapError as exc:
        raise _fail(exc) from None
    if ev is None:
        raise _fail(CrisismapError(f"no event {event_id!r}; `crisismap events` lists them"))
    if as_json:
        print(json.dumps(ev, ensure_ascii=False, indent=2, default=str))
    else:
        out.print(event_view(ev))


@app.command()
def claims(db: DbOpt = DB_DEFAULT,
           kind: Annotated[str | None, typer.Option(help="quote, statistic, duration, troops or payment.")] = None,
           about: Annotated[str | None, typer.Option(help="Only claims whose subject, text or source has this.")]
           = None) -> None:
    """What the documents state beyond single events: quotes and figures (deaths in a year, troop
    numbers, how long a force has been there, fees), each with its source and the date it holds at."""
    from .render import claims_view
    from .store import open_store

    try:
        with open_store(db) as store:
            rows = store.claims(kind=kind, about=about)
    except CrisismapError as exc:
        raise _fail(exc) from None
    out.print(claims_view(rows))


@app.command()
def merge(keep: Annotated[str, typer.Argument(help="The event that stays.")],
          other: Annotated[str, typer.Argument(help="The event whose reports join it.")], db: DbOpt = DB_DEFAULT,
          note: Annotated[str, typer.Option(help="Why, for the event's history.")] = "") -> None:
    """Merge two events by hand (recorded in both events' history)."""
    from .store import open_store

    try:
        with open_store(db) as store:
            ev = store.merge_events(keep, other, note)
    except CrisismapError as exc:
        raise _fail(exc) from None
    out.print(f"{other.upper()} merged into {ev['event_id_cnty']}: {len(ev['mentions'])} reports, "
              f"{ev['source_count']} independent sources, fatalities {ev['fatalities']} "
              f"({ev['fatalities_low']}-{ev['fatalities_high']})")


@app.command()
def split(event_id: Annotated[str, typer.Argument(help="The event to split.")],
          mentions: Annotated[list[int], typer.Option("--mention", "-m", help="A mention id (see `crisismap event`) "
                                                      "to move to the new event; repeat for more.")],
          db: DbOpt = DB_DEFAULT, note: Annotated[str, typer.Option(help="Why, for the events' history.")] = "") -> None:
    """Split reports off an event into a new one by hand (recorded in both events' history)."""
    from .store import open_store

    try:
        with open_store(db) as store:
            ev = store.split_event(event_id, mentions, note)
    except CrisismapError as exc:
        raise _fail(exc) from None
    out.print(f"Mentions {', '.join(map(str, mentions))} of {event_id.upper()} are now event {ev['event_id_cnty']}")


@app.command("settings")
def show_settings() -> None:
    """List crisismap's settings, their environment variables and current values."""
    table = Table(title="Settings")
    for col in ("name", "environment", "value", "meaning"):
        table.add_column(col, overflow="fold")
    for s in settings.SETTINGS:
        table.add_row(s.name, s.env, settings.get(s.name), s.help)
    out.print(table)


if __name__ == "__main__":
    app()
