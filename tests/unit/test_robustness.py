"""A robustness suite (issue 15): bad input files of many kinds, each with its expected outcome,
through `read`, `extract` and `ingest` beside good files. Good files always land, bad ones are
one error line each, no traceback, documented exit codes (0 all read, 1 some failed)."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from electgraph.cli import app
from electgraph.ingest import read
from electgraph.pipeline import ingest
from electgraph.stores.oxigraph import OxigraphStore

GOOD = "KPU Sulsel Tetapkan DPT\nMakassar (ANTARA) - KPU menetapkan DPT, Kamis (31/3/2022).\n"
BODY = "Isi berita tentang KPU yang cukup panjang."


def _fifo(p: Path) -> None:
    os.mkfifo(p)


def _link(target: str) -> Callable[[Path], None]:
    return lambda p: p.symlink_to(p.parent / target)


# name -> (file name, content or a maker, outcome): "read" (an article) or a reason's words.
KINDS: dict[str, tuple[str, bytes | Callable[[Path], None], str]] = {
    "empty": ("empty.txt", b"", "is empty"),
    "blank": ("blank.txt", b" \n\t\n ", "is empty"),
    "title only": ("title.txt", b"Judul saja\n", "no text"),
    "png": ("img.txt", b"\x89PNG\r\n\x1a\n" + bytes(20), "PNG image"),
    "jpeg": ("img2.txt", b"\xff\xd8\xff\xe0" + bytes(20), "JPEG"),
    "gif": ("g.txt", b"GIF89a" + bytes(10), "GIF"),
    "pdf": ("doc.txt", b"%PDF-1.7\n", "PDF"),
    "zip": ("z.json", b"PK\x03\x04" + bytes(20), "ZIP"),
    "gzip": ("z.jsonl", b"\x1f\x8b\x08" + bytes(20), "gzip"),
    "elf": ("a.txt", b"\x7fELF" + bytes(20), "executable"),
    "nul bytes": ("nul.txt", b"Judul\n\x00\x00\x00isi", "NUL"),
    "unknown extension": ("notes.docx", b"Judul\nIsi", "unknown extension"),
    "no extension": ("README", b"Judul\nIsi", "unknown extension"),
    "fifo": ("f.txt", _fifo, "FIFO"),
    "dangling link": ("d.txt", _link("nowhere.txt"), "broken symbolic link"),
    "link loop": ("loop.txt", _link("loop.txt"), "loop"),
    "utf-16 bom": ("u16.txt", f"Judul U16\n{BODY}".encode("utf-16"), "read"),
    "utf-16-be bom": ("u16be.txt", b"\xfe\xff" + f"Judul BE\n{BODY}".encode("utf-16-be"),
                      "read"),
    "utf-32 bom": ("u32.txt", f"Judul U32\n{BODY}".encode("utf-32"), "read"),
    "utf-8 bom": ("u8.txt", b"\xef\xbb\xbf" + f"Judul U8\n{BODY}".encode(), "read"),
    "cp1252": ("cp.txt", f"Judul Café\n{BODY} – “kutipan”".encode("cp1252"), "read"),
    "crlf": ("crlf.txt", f"Judul CRLF\r\n{BODY}\r\n".encode(), "read"),
    "cr only": ("cr.txt", f"Judul CR\r{BODY}\r".encode(), "read"),
    "json invalid": ("bad.json", b'{"title": "x", ', "not valid JSON"),
    "json array empty": ("arr.json", b"[]", "empty JSON array"),
    "json string": ("s.json", b'"just text"', "expected a JSON object"),
    "json null": ("n.json", b"null", "expected a JSON object"),
    "json no title": ("nt.json", json.dumps({"text": BODY}).encode(), "no 'title'"),
    "json no text": ("nx.json", json.dumps({"title": "T"}).encode(), "no 'text'"),
    "json title number": ("tn.json", json.dumps({"title": 5, "text": BODY}).encode(),
                          "no 'title'"),
    "json deep": ("deep.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    "json lone surrogate": ("sur.json", b'{"title": "Judul \\ud800", "text": "Isi \\udfff"}',
                            "read"),
    "json nul escape": ("nul.json", json.dumps({"title": "Judul\u0000X", "text": BODY}).encode(),
                        "read"),
    "json rtl and emoji": ("rtl.json", json.dumps({"title": "مجلس 🗳️", "text": BODY}).encode(),
                           "read"),
    "jsonl bad line": ("b.jsonl", b'{"title": "Baris", "text": "Isi baris."}\n{oops\n',
                       "not valid JSON"),
    "jsonl deep": ("deep.jsonl", b"[" * 100_000 + b"\n", "nested too deeply"),
    "html empty": ("e.html", b"<html></html>", "trafilatura"),
    "html no title": ("nt.html", b"<html><body><p>" + b"kata " * 50 + b"</p></body></html>",
                      "no"),
    "html binary": ("b.html", b"\x89PNG\r\n\x1a\n", "PNG"),
    "terminal escapes": ("esc.txt", f"Judul \x1b[31mMerah\n{BODY}\x1b]0;x\x07".encode(), "read"),
    "newline in name": ("baris\nbaru.txt", b"", "is empty"),
    "control chars in name": ("tab\tbell\x07.txt", b"", "is empty"),
    "title of punctuation": ("p.txt", f"!!!???\n{BODY}".encode(), "read"),
    "very long title": ("lt.txt", ("Judul " * 2000 + "\n" + BODY).encode(), "read"),
    "only dateline": ("dl.txt", b"Judul\nJAKARTA, X.ID - ", "read"),
    "caption only": ("cap.txt", b"Judul\nFoto: Humas KPU", "caption but no text"),
}


def make(root: Path) -> Path:
    root.mkdir()
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / "good.json").write_text(json.dumps({"title": "Berita JSON", "text": BODY}))
    for name, content, _ in KINDS.values():
        path = root / name
        if callable(content):
            content(path)
        else:
            path.write_bytes(content)
    with open(os.path.join(os.fsencode(root), b"latin\xff.txt"), "wb") as f:
        f.write(b"Judul Latin\n" + BODY.encode())
    return root


def test_there_are_at_least_40_kinds() -> None:
    assert len(KINDS) >= 40


def test_each_kind_has_its_outcome_and_good_files_land(tmp_path: Path) -> None:
    report = read([make(tmp_path / "in")])
    by_name = {re.sub(r":\d+$", "", Path(f.path).name): f.reason for f in report.failures}
    sources = {Path(a.source_path or "").name for a in report.articles}
    assert {"good.txt", "good.json", "latin\\xff.txt"} <= sources
    for kind, (name, _, outcome) in KINDS.items():
        shown = name.replace("\n", "\\n").replace("\t", "\\t").replace("\x07", "\\x07")
        if outcome == "read":
            assert shown in sources, kind
        elif name.endswith(".jsonl") and outcome == "not valid JSON":
            assert any(f.path.endswith(f"{name}:2") for f in report.failures), kind
        else:
            assert outcome in by_name.get(shown, ""), (kind, by_name.get(shown))


@pytest.mark.parametrize("command", ["read", "extract"])
def test_the_cli_prints_one_line_per_failure_and_exits_1(tmp_path: Path, command: str) -> None:
    folder = make(tmp_path / "in")
    result = CliRunner().invoke(app, [command, str(folder)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    # One line per failure; a file read with a fallback (not UTF-8) is a warning, not a failure.
    assert all(line.startswith(("error: ", "WARNING ")) for line in result.stderr.splitlines())


def test_ingest_stores_every_good_article(tmp_path: Path) -> None:
    folder = make(tmp_path / "in")
    expected = len(read([folder]).articles)
    with OxigraphStore(tmp_path / "store") as store:
        report = ingest([folder], store)
        assert len(report.written.added) == expected
        assert all(f.stage == "read" for f in report.failures)
        again = ingest([folder], store)
        assert len(again.written.unchanged) == expected and not again.written.added
