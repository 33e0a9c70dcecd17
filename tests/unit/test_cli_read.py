"""`electgraph read`: JSON Lines or a table on stdout, `error: <path>: <reason>` per bad file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from electgraph.cli import app

DATA = Path(__file__).parents[1] / "data" / "ingest"
HTML = DATA / "palpos_surat_suara.html"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(24)


def run(*args: str | Path) -> Result:
    result = CliRunner().invoke(app, ["read", *map(str, args)])
    # typer's runner keeps stderr apart from stdout (click >= 8.2 dropped `mix_stderr`).
    assert "Traceback" not in result.output
    return result


def jsonl(stdout: str) -> list[dict[str, object]]:
    lines = stdout.splitlines()
    rows = [json.loads(line) for line in lines]
    assert all(isinstance(row, dict) for row in rows)
    return rows


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of good and bad files, the way a real corpus folder ends up."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "a-good.txt").write_text(
        "KPU Sulsel Tetapkan DPT\nMakassar (ANTARA) - KPU menetapkan DPT, Kamis (31/3/2022).\n",
        encoding="utf-8",
    )
    (tmp_path / "b-empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "c-photo.txt").write_bytes(PNG)
    (tmp_path / "d-broken.json").write_text('{"title": "X",\n "text": }', encoding="utf-8")
    (tmp_path / "e-notes.md").write_text("# catatan", encoding="utf-8")
    (tmp_path / "f-records.jsonl").write_text(
        json.dumps({"title": "Bawaslu Awasi Kampanye", "text": "Isi berita."})
        + "\n"
        + json.dumps({"title": "Tanpa Isi"})
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "sub" / "g-page.html").write_bytes(HTML.read_bytes())
    (tmp_path / "sub" / "h-untitled.json").write_text('{"text": "Isi."}', encoding="utf-8")
    return tmp_path


def test_folder_with_good_and_bad_files(corpus: Path) -> None:
    result = run(corpus, "--format", "jsonl")
    assert result.exit_code == 1
    rows = jsonl(result.stdout)
    assert [row["title"] for row in rows] == [
        "KPU Sulsel Tetapkan DPT",
        "Bawaslu Awasi Kampanye",
        "KPU Banyuasin Terima Kedatangan Surat Suara untuk Pilkada 2024",
    ]
    errors = result.stderr.splitlines()
    assert errors == [
        f"error: {corpus / 'b-empty.txt'}: is empty",
        f"error: {corpus / 'c-photo.txt'}: is a PNG image, not an article",
        f"error: {corpus / 'd-broken.json'}: is not valid JSON (line 2: Expecting value)",
        f"error: {corpus / 'e-notes.md'}: has an unknown extension '.md'; "
        "use .txt, .json, .jsonl, .html, .htm",
        f"error: {corpus / 'f-records.jsonl'}:2: has no 'text' (or 'body'/'content') "
        "with the article text",
        f"error: {corpus / 'sub' / 'h-untitled.json'}: has no 'title' "
        "(a non-empty string is required)",
    ]


def test_strict_stops_at_the_first_failure(corpus: Path) -> None:
    result = run(corpus, "--format", "jsonl", "--strict")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"error: {corpus / 'b-empty.txt'}: is empty\n"


def test_good_files_exit_0_with_nothing_on_stderr(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Judul\nIsi.", encoding="utf-8")
    for args in (["--format", "jsonl"], ["--format", "jsonl", "--strict"], ["-f", "table"]):
        result = run(tmp_path, *args)
        assert result.exit_code == 0, result.output
        assert result.stderr == ""


def test_json_output_is_one_article_object_per_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Debat Pilbup Kukar\nSuasana debat (Foto: Dok. Kabar Mahakam)\n"
        "TENGGARONG, KABARMAHAKAM.ID – Debat digelar, Senin, 7 Okt 2024.\n"
        "BACA JUGA: Nomor Urut Paslon Kukar\nIsi “kutipan”.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.jsonl").write_text(
        "\n".join(json.dumps({"title": f"Berita {i}", "text": f"Isi\n{i}."}) for i in range(3)),
        encoding="utf-8",
    )
    result = run(tmp_path, "--format", "jsonl")
    assert result.exit_code == 0
    assert result.stdout.endswith("\n")
    rows = jsonl(result.stdout)
    assert len(rows) == 4  # newlines inside the text are escaped, so one object is one line
    assert set(rows[0]) == {
        "id", "title", "url", "published", "publisher", "dateline", "photo_credit",
        "source_path", "related_titles", "text",
    }  # fmt: skip
    assert rows[0]["published"] == "2024-10-07"
    assert rows[0]["dateline"] == "TENGGARONG"
    assert rows[0]["photo_credit"] == "Dok. Kabar Mahakam"
    assert rows[0]["related_titles"] == ["Nomor Urut Paslon Kukar"]
    assert "“kutipan”" in result.stdout  # non-ASCII kept as is
    assert [row["title"] for row in rows[1:]] == ["Berita 0", "Berita 1", "Berita 2"]


def test_table_output(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Judul\nIsi.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    result = run(tmp_path)
    assert result.exit_code == 1
    assert "1 articles from 2 files" in result.stdout
    assert "Judul" in result.stdout
    assert result.stderr == f"error: {tmp_path / 'b.txt'}: is empty\n"


def test_several_paths(tmp_path: Path) -> None:
    (tmp_path / "z.txt").write_text("Zeta\nIsi.", encoding="utf-8")
    result = run(tmp_path / "z.txt", HTML, "--format", "jsonl")
    assert result.exit_code == 0
    assert [row["title"] for row in jsonl(result.stdout)] == [
        "Zeta",
        "KPU Banyuasin Terima Kedatangan Surat Suara untuk Pilkada 2024",
    ]


def test_missing_path_is_a_user_error(tmp_path: Path) -> None:
    result = run(tmp_path / "nope", "--format", "jsonl")
    assert result.exit_code == 1
    assert result.stderr == f"error: {tmp_path / 'nope'}: does not exist\n"


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    result = run(tmp_path, "--format", "xml")
    assert result.exit_code == 2


def test_subprocess_warns_about_non_utf8_and_prints_no_traceback(tmp_path: Path) -> None:
    """The real entry point: a Windows-1252 file is read with a warning; a bad file is named."""
    (tmp_path / "a.txt").write_bytes("Pemilu Café\nJAKARTA, KOMPAS.COM – Isi.\n".encode("cp1252"))
    (tmp_path / "b.json").write_text("[", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run(
        [sys.executable, "-m", "electgraph", "read", str(tmp_path), "--format", "jsonl"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr
    assert [row["title"] for row in jsonl(proc.stdout)] == ["Pemilu Café"]
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert any("not UTF-8" in line and "a.txt" in line for line in lines)
    assert lines[-1].startswith(f"error: {tmp_path / 'b.json'}: is not valid JSON (line 1")
