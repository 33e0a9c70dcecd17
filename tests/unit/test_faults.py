"""Faults outside the happy path (issue 15, "Other defects"): each reported on one line, the
batch goes on, no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from electgraph import export
from electgraph.cli import app
from electgraph.cli.app import print_failures
from electgraph.errors import ConnectionFailed, ExportError, StoreError
from electgraph.ingest import read
from electgraph.pipeline import ingest
from electgraph.stores import oxigraph as oxi
from electgraph.stores.oxigraph import JOURNAL, OxigraphStore

GOOD = "KPU Sulsel Tetapkan DPT\nMakassar (ANTARA) - KPU menetapkan DPT, Kamis (31/3/2022).\n"


def hostile_folder(root: Path) -> Path:
    root.mkdir(exist_ok=True)
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(root / "f.txt")
    (root / "dangling.txt").symlink_to(root / "nowhere.txt")
    (root / "loop.txt").symlink_to(root / "loop.txt")
    (root / "u16.txt").write_bytes("Judul UTF-16\nIsi berita.".encode("utf-16"))
    (root / "surrogate.json").write_text('{"title": "A\\ud800", "text": "Isi \\udfff."}')
    (root / "baris\nbaru.txt").write_text("", encoding="utf-8")
    with open(os.path.join(os.fsencode(root), b"latin\xff.txt"), "wb") as f:
        f.write(b"Judul Latin\nIsi dari nama berkas bukan UTF-8.")
    return root


def test_hostile_files_are_reported_and_good_files_read(tmp_path: Path) -> None:
    report = read([hostile_folder(tmp_path / "in")])
    titles = sorted(a.title for a in report.articles)
    assert titles == ["A\ufffd", "Judul Latin", "Judul UTF-16", "KPU Sulsel Tetapkan DPT"]
    reasons = {Path(f.path).name: f.reason for f in report.failures}
    assert "FIFO" in reasons["f.txt"]
    assert "broken symbolic link" in reasons["dangling.txt"]
    assert "loop" in reasons["loop.txt"]
    assert reasons["baris\\nbaru.txt"] == "is empty"
    assert all("\n" not in str(f) for f in report.failures)


def test_hostile_files_through_the_cli_and_the_store(tmp_path: Path) -> None:
    folder = hostile_folder(tmp_path / "in")
    for args in (["read", str(folder)], ["extract", str(folder)]):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 1, result.output
        assert "Traceback" not in result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert len([e for e in result.stderr.splitlines() if e.startswith("error:")]) == 4
    with OxigraphStore(tmp_path / "store") as store:
        report = ingest([folder], store)
        assert len(report.written.added) == 4
        assert {a.source_path for a in store.read_graph().articles} >= {
            str(folder / "latin\\xff.txt")}


def test_a_reader_bug_fails_its_file_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from electgraph import ingest as ingest_module

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"title": "B", "text": "Isi."}))

    def broken(path: Path, text: str) -> Any:
        raise UnicodeEncodeError("utf-8", "x", 0, 1, "surrogates not allowed")

    monkeypatch.setitem(ingest_module.BATCH_READERS, ".json", broken)
    report = read([tmp_path])
    assert [a.title for a in report.articles] == ["KPU Sulsel Tetapkan DPT"]
    [failure] = report.failures
    assert "UnicodeEncodeError" in failure.reason


def test_an_unexpected_exception_is_one_line_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import electgraph.cli.read as read_cli

    def boom(*a: Any, **k: Any) -> Any:
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(read_cli, "read", boom)
    result = CliRunner().invoke(app, ["read", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "error: unexpected RuntimeError: boom second line. Run again with -vv for the "
        "traceback and please report it"]


def test_explore_output_loses_terminal_escapes(capsys: pytest.CaptureFixture[str]) -> None:
    from electgraph.cli import _render

    _render._table("t", ["a"], [["x\x1b[2J\x1b]0;owned\x07y\x9b"]])
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out


def test_a_mistyped_store_is_not_created_inside_an_articles_folder(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    with pytest.raises(StoreError, match="is not a store: it holds other files"):
        OxigraphStore(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
    with OxigraphStore(tmp_path / "new"):  # a new or an empty directory is fine
        pass
    with OxigraphStore(tmp_path / "new"):  # and so is a store
        pass


def test_a_read_only_store_is_named_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(path: str) -> ox.Store:
        raise OSError("IO error: While lock file: LOCK: Permission denied")

    monkeypatch.setattr(oxi.ox, "Store", denied)
    with pytest.raises(StoreError, match="read-only for you") as e:
        OxigraphStore(tmp_path / "s")
    assert "another electgraph process" not in str(e.value)


def test_export_to_a_directory_or_an_unwritable_place(tmp_path: Path) -> None:
    with OxigraphStore(None) as store:
        with pytest.raises(ExportError, match="is a directory; give --out a file name"):
            export.write(store, tmp_path, format="turtle")
        (tmp_path / "file").write_text("x")
        with pytest.raises(ExportError, match="cannot write"):
            export.write(store, tmp_path / "file" / "g.ttl")
    (tmp_path / "s").mkdir()
    result = CliRunner().invoke(app, ["export", "--out", str(tmp_path), "--store",
                                      str(tmp_path / "s"), "-f", "turtle"])
    assert result.exit_code == 1 and result.stderr.startswith("error: ")


def test_statement_count_leaves_out_the_journal(tmp_path: Path) -> None:
    with OxigraphStore(None) as store:
        j = ox.NamedNode(JOURNAL)
        store.raw.add(ox.Quad(j, j, j, j))
        assert store.count() == 0


def test_many_failures_with_one_reason_are_counted(capsys: pytest.CaptureFixture[str]) -> None:
    from electgraph.pipeline import Failure

    print_failures([Failure("write", f"a{i}.txt", "No space left on device") for i in range(600)])
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 4 and lines[-1].startswith("error: ... and 597 more")


def test_neo4j_http_uri_and_a_lost_server_are_one_line() -> None:
    import neo4j

    from electgraph.stores.neo4j import Neo4jStore, _is_write_refusal, _server_faults

    with pytest.raises(StoreError, match="not a Neo4j address"):
        Neo4jStore("http://127.0.0.1:7474")
    with (pytest.raises(ConnectionFailed, match="lost the connection") as e,
          _server_faults("bolt://x")):
        raise neo4j.exceptions.IncompleteCommit("gone")
    assert e.value.exit_code == 2
    refusal = SimpleNamespace(code="Neo.ClientError.Statement.AccessMode",
                              message="Writing in read access mode not allowed.")
    other = SimpleNamespace(code="Neo.ClientError.Statement.SyntaxError",
                            message="Unknown function 'create_x'")
    assert _is_write_refusal(refusal) and not _is_write_refusal(other)


def test_no_traceback_for_neo4j_http_in_the_cli() -> None:
    out = subprocess.run([sys.executable, "-m", "electgraph", "query", "cypher", "RETURN 1",
                          "--neo4j", "http://127.0.0.1:1"], capture_output=True, text=True,
                         timeout=60)
    assert "Traceback" not in out.stderr and out.returncode == 1, out.stderr


def test_ingest_into_a_pipe_writes_nothing_but_messages_to_stderr(tmp_path: Path) -> None:
    """The progress bar is for terminals: piped, it left a blank line before an error."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    out = subprocess.run([sys.executable, "-m", "electgraph", "ingest", str(folder),
                          "--store", str(tmp_path / "store")], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 1
    assert out.stderr.splitlines() == [f"error: {folder / 'b.txt'}: read failed: is empty"]


def test_an_unreadable_file_is_one_line_and_exit_1_not_2(tmp_path: Path) -> None:
    """Exit 2 is for servers that cannot be reached. /proc/self/mem cannot be read at offset
    0 (EIO), even by root, whom file permissions do not stop."""
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "mem.txt").symlink_to("/proc/self/mem")
    result = CliRunner().invoke(app, ["read", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {tmp_path / 'mem.txt'}: cannot be read (Input/output error)"]
    assert "KPU Sulsel" in result.stdout
