"""The command line, in process: what a user types, what they get back."""

import csv
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crisismap.cli import app
from crisismap.models import ACLED_COLUMNS
from support import EXAMPLES

pytestmark = pytest.mark.slow
runner = CliRunner()
README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def db(tmp_path_factory, extractor):
    path = tmp_path_factory.mktemp("cli") / "events.db"
    result = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert "new documents" in result.output
    return path


def test_ingest_twice_adds_nothing(db):
    result = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db)])
    assert result.exit_code == 0
    assert re.search(r"new events\s*│\s*0", result.output)


def test_ingest_with_bad_file_exits_2_and_names_it(tmp_path, db):
    bad = tmp_path / "broken.html"
    bad.write_bytes(b"\x00\xff\x00binary")
    result = runner.invoke(app, ["ingest", str(bad), str(EXAMPLES / "feed.jsonl"), "--db", str(db)])
    assert result.exit_code == 2
    assert "broken.html" in result.output


def test_ingest_says_when_a_village_needs_a_country_dump(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("On 3 May 2023, gunmen killed five civilians in the village of Zorbokoutou in central Mali.",
                      encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(report), "--db", str(tmp_path / "one.db")])
    assert result.exit_code == 0, result.output
    assert "1 reported event was placed no nearer than a region" in " ".join(result.output.split())
    assert "--gazetteer" in result.output


def test_events_filters(db):
    result = runner.invoke(app, ["events", "--db", str(db), "--country", "Burkina Faso"])
    assert result.exit_code == 0
    assert "BFA" in result.output and "MLI" not in result.output


def test_export_acled_csv_has_acled_columns(db, tmp_path):
    out = tmp_path / "mali.csv"
    result = runner.invoke(app, ["export", "--format", "acled-csv", "-o", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0].keys()) == (*ACLED_COLUMNS, "fatalities_low", "fatalities_high")
    assert all(r["event_id_cnty"] and r["event_type"] for r in rows)


def test_export_geojson_and_unknown_format(db, tmp_path):
    out = tmp_path / "events.geojson"
    assert runner.invoke(app, ["export", "-f", "geojson", "-o", str(out), "--db", str(db)]).exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and data["features"]
    result = runner.invoke(app, ["export", "-f", "xlsx", "-o", str(out), "--db", str(db)])
    assert result.exit_code == 1 and "acled-csv" in result.output


def test_event_shows_evidence(db):
    events = runner.invoke(app, ["events", "--db", str(db)]).output
    first = re.search(r"\b([A-Z]{3}\d+)\b", events).group(1)
    result = runner.invoke(app, ["event", first.lower(), "--db", str(db)])
    assert result.exit_code == 0
    assert "sub_event_type" in result.output and "Reports (mentions)" in result.output
    assert re.search(r"│ event_type\s*│ .+│ \d+:\d+ ", result.output)  # the trigger words and where they are
    as_json = json.loads(runner.invoke(app, ["event", first, "--json", "--db", str(db)]).output)
    assert as_json["event_id_cnty"] == first and as_json["revisions"][0]["action"] == "created"


def test_unknown_event_is_a_clear_error(db):
    result = runner.invoke(app, ["event", "MLI999999", "--db", str(db)])
    assert result.exit_code == 1 and "crisismap events" in result.output


def test_extract_contract_from_the_cli(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "x1", "text": "On 1 July 2022, gunmen killed two herders near Gao (Gao, Gao).",
                               "published": "2022-07-02"}) + "\n{bad json\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(src), "-o", str(out)])
    assert result.exit_code == 2  # one record failed, and it says so
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 2 and lines[0]["id"] == "x1" and lines[0]["events"]
    assert lines[1]["events"] == [] and "error" in lines[1]


def test_every_command_has_help_and_is_in_the_readme():
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    for name in names:
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0 and len(result.output) > 100
        assert f"crisismap {name}" in README, f"README does not show `crisismap {name}`"


def test_duplicates_merge_and_split(tmp_path, extractor):
    db = tmp_path / "m.db"
    wire = tmp_path / "wire.txt"
    story = ("BAMAKO, 12 May 2024 - Gunmen killed 14 villagers in Dioura, in the Segou region, on Saturday, "
             "local officials said. The attackers arrived on motorbikes at dawn and set fire to the market. "
             "Survivors fled towards Macina, where the army reinforced its positions on Sunday.")
    wire.write_text(story, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(story + " The Sahel Wire agency first published this report.",
                                       encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(wire), str(tmp_path / "copy.txt"), "--db", str(db)]).exit_code == 0
    dups = runner.invoke(app, ["documents", "--duplicates", "--db", str(db)])
    assert dups.exit_code == 0 and "duplicate-of" in dups.output and "1 copies and rewrites" in dups.output
    ev = json.loads(runner.invoke(app, ["event", "MLI1", "--json", "--db", str(db)]).output)
    assert ev["source_count"] == 1 and len(ev["mentions"]) == 2  # the copy reports it but is not a source
    mention = ev["mentions"][1]["id"]
    result = runner.invoke(app, ["split", "MLI1", "-m", str(mention), "--note", "test", "--db", str(db)])
    assert result.exit_code == 0 and "MLI2" in result.output
    result = runner.invoke(app, ["merge", "MLI1", "MLI2", "--db", str(db)])
    assert result.exit_code == 0 and "MLI2 merged into MLI1" in result.output
    result = runner.invoke(app, ["merge", "MLI1", "MLI2", "--db", str(db)])
    assert result.exit_code == 1 and "merged into MLI1" in result.output


def test_claims_lists_figures_with_their_dates(tmp_path, extractor):
    db = tmp_path / "c.db"
    src = tmp_path / "feed.jsonl"
    src.write_text(json.dumps({"text": "The Wagner Group has been in Mali for more than a year, diplomats said.",
                               "published": "2023-02-01", "title": "Wagner in Mali"}) + "\n", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(src), "--db", str(db)]).exit_code == 0
    result = runner.invoke(app, ["claims", "--about", "wagner", "--db", str(db)])
    assert result.exit_code == 0
    assert "more than 1 year " in result.output and "2023-02-01" in result.output and "before 2022-02" in result.output
