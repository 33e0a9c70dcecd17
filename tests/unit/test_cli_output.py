"""One output convention on every command: --format csv and --format json everywhere, the same
short flags for the same options, --out FILE or -, --version, -v after the command."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from electgraph.cli import app

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "articles" / "000_banyuasin_rakor_spip.txt"
CORPUS = ROOT / "tests" / "data" / "conflicts"
runner = CliRunner()
NO_SERVER = "bolt://127.0.0.1:1"  # nothing listens: the command gets past option parsing


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("out") / "graph")
    for source in (SEED, CORPUS):
        result = runner.invoke(app, ["ingest", str(source), "--store", path, "--json"])
        assert result.exit_code == 0, result.stderr
    return path


# Every command, with the arguments it needs; {store} and {tmp} are filled in.
COMMANDS: dict[str, list[str]] = {
    "read": [str(SEED)],
    "extract": [str(SEED)],
    "ingest": [str(SEED), "--store", "{tmp}/g"],
    "resolve": [str(SEED)],
    "validate": ["--store", "{store}"],
    "query sparql": ["SELECT ?s WHERE {{ ?s a org:Membership }}", "--store", "{store}"],
    "query cypher": ["MATCH (n) RETURN n LIMIT 1", "--neo4j", NO_SERVER],
    "neo4j load": ["--store", "{store}", "--neo4j", NO_SERVER],
    "explore": ["Legar Saputra", "--store", "{store}"],
    "path": ["Legar Saputra", "Agus Fauzie", "--store", "{store}"],
    "roles": ["--store", "{store}"],
    "stats": ["--store", "{store}"],
    "analyze": ["--store", "{store}"],
    "timeline": ["Andi Pratama", "--store", "{store}"],
    "tenure": ["--store", "{store}"],
    "conflicts": ["--store", "{store}"],
    "export": ["--store", "{store}", "--out", "{tmp}/export"],
}


def _commands() -> list[str]:
    # typer vendors click: commands and groups are told apart by what they have.
    group: Any = typer.main.get_command(app)
    names = []
    for name, cmd in group.commands.items():
        if hasattr(cmd, "commands"):
            names += [f"{name} {sub}" for sub in cmd.commands]
        else:
            names.append(name)
    return sorted(names)


# Commands that print no result: one serves until stopped, one writes files for neo4j-admin.
SERVING = frozenset({"serve", "neo4j export-csv"})


def test_every_command_is_in_the_table() -> None:
    assert sorted(COMMANDS) == sorted(set(_commands()) - SERVING)


@pytest.mark.parametrize("fmt", ["csv", "json"])
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_accepts_csv_and_json(name: str, fmt: str, store: str,
                                            tmp_path: Path) -> None:
    args = [a.format(store=store, tmp=tmp_path) for a in COMMANDS[name]]
    result = runner.invoke(app, [*name.split(), *args, "--format", fmt])
    assert "No such option" not in result.output and "Invalid value" not in result.output
    if NO_SERVER in args:
        assert result.exit_code == 2 and "cannot reach Neo4j" in result.stderr
        return
    assert result.exit_code == 0, result.stderr
    if name == "export":
        out = tmp_path / "export"
        text = (out / "officials.csv").read_text("utf-8") if fmt == "csv" else out.read_text()
    else:
        text = result.stdout
    if fmt == "json":
        json.loads(text)
    else:
        rows = list(csv.reader(io.StringIO(text)))
        assert rows and rows[0] and all(rows[0])  # a header row


def test_the_officials_sheet_has_the_analysts_columns(store: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--store", store, "--csv", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    with (tmp_path / "officials.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {"name", "role", "role_en", "body", "region", "first_seen", "last_seen",
            "sources"} <= set(rows[0])
    legar = next(r for r in rows if r["name"] == "Legar Saputra")
    assert legar["role_en"] == "Division Coordinator for Law and Supervision"
    assert (tmp_path / "nodes.csv").exists() and (tmp_path / "edges.csv").exists()


def test_a_short_flag_means_one_option_everywhere() -> None:
    group: Any = typer.main.get_command(app)
    meaning: dict[str, set[str]] = {}

    def walk(cmd: Any) -> None:
        for p in cmd.params:
            if type(p).__name__.endswith("Option"):
                longs = [o for o in p.opts if o.startswith("--")]
                for short in (o for o in p.opts if not o.startswith("--")):
                    meaning.setdefault(short, set()).update(longs)
        if hasattr(cmd, "commands"):
            for sub in cmd.commands.values():
                walk(sub)

    walk(group)
    assert {k: v for k, v in meaning.items() if len(v) > 1} == {}
    assert meaning["-o"] == {"--out"} and meaning["-r"] == {"--role"}


def test_out_writes_a_file_and_dash_is_stdout(store: str, tmp_path: Path) -> None:
    target = tmp_path / "roles.json"
    result = runner.invoke(app, ["roles", "--store", store, "--json", "-o", str(target)])
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(target.read_text("utf-8"))
    result = runner.invoke(app, ["roles", "--store", store, "--json", "-o", "-"])
    assert json.loads(result.stdout)


def test_version_and_verbose_after_the_command(store: str) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("electgraph ")
    result = runner.invoke(app, ["stats", "--store", store, "-v", "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["articles"] == 7


def test_two_formats_at_once_are_refused(store: str) -> None:
    result = runner.invoke(app, ["roles", "--store", store, "--json", "--csv"])
    assert result.exit_code == 1 and "give one --format" in result.stderr


def test_explore_shows_where_a_focus_is_named_in_full(store: str) -> None:
    # the host's focus says "Rapat tersebut"; the anchor names the rakor
    result = runner.invoke(app, ["explore", "KPU Provinsi Sumatera Selatan", "--store", store])
    assert result.exit_code == 0, result.stderr
    assert "(named: Rapat Koordinasi Pengawasan)" in " ".join(result.stdout.split())
