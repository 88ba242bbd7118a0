"""The one declared list of settings: it feeds the CLI help, environment variables and the docs."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: str
    help: str


SETTINGS = (
    Setting("db", "CRISISMAP_DB", "crisismap.db",
            "Database: a SQLite path (the default) or a postgresql:// URL."),
    Setting("gazetteer", "CRISISMAP_GAZETTEER", "",
            f"GeoNames country dumps (ML.txt format) to add to the world default, separated by {os.pathsep!r}."),
    Setting("actors", "CRISISMAP_ACTORS", "",
            f"Extra actor dictionaries (JSON, the format of data/actors.json), separated by {os.pathsep!r}."),
    Setting("cache", "CRISISMAP_CACHE", str(Path.home() / ".cache" / "crisismap"),
            "Where crisismap keeps what it builds: the default gazetteer's index, the default type model."),
)
BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str) -> str:
    s = BY_NAME[name]
    return os.environ.get(s.env, s.default)


def get_list(name: str) -> list[str]:
    return [p for p in get(name).split(os.pathsep) if p]
