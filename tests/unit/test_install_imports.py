"""What a broken or partial install does: heavy imports wait until used, and an HTML reader that
cannot load fails its files one by one, with the reason, while the rest of the batch is read."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from electgraph.cli import app
from electgraph.errors import InputError
from electgraph.ingest import html as html_reader
from electgraph.ingest import read

DATA = Path(__file__).parents[1] / "data" / "ingest"
HTML = DATA / "palpos_surat_suara.html"
# Imported only by the command that needs them: the .html reader, `validate`/RDF export, Neo4j.
HEAVY = ("trafilatura", "justext", "lxml", "pyshacl", "rdflib", "neo4j")


def run(*args: str | Path) -> Result:
    result = CliRunner().invoke(app, ["read", *map(str, args)])
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "a-good.txt").write_text(
        "KPU Sulsel Tetapkan DPT\nMakassar (ANTARA) - KPU menetapkan DPT, Kamis (31/3/2022).\n",
        encoding="utf-8",
    )
    (tmp_path / "b-page.html").write_bytes(HTML.read_bytes())
    (tmp_path / "c-record.json").write_text(
        json.dumps({"title": "Bawaslu Awasi Kampanye", "text": "Isi berita."}), encoding="utf-8"
    )
    (tmp_path / "d-page.htm").write_bytes(HTML.read_bytes())
    return tmp_path


def broken_import(error: BaseException) -> None:
    raise error


@pytest.mark.parametrize(
    ("error", "detail"),
    [
        (ImportError("No module named 'trafilatura'"), "No module named 'trafilatura'"),
        (
            # What jusText raised on Python 3.11's bundled pip, without lxml_html_clean: two lines.
            ImportError(
                "lxml.html.clean module is now a separate project lxml_html_clean.\n"
                "Install lxml[html-clean] or lxml_html_clean directly."
            ),
            "ImportError: lxml.html.clean module is now a separate project lxml_html_clean. "
            "Install lxml[html-clean] or lxml_html_clean directly.",
        ),
        # Not only ImportError: a dependency may fail at import time in any way.
        (AttributeError("module 'lxml' has no attribute 'etree'"), "AttributeError: module"),
    ],
)
def test_html_reader_that_cannot_load_fails_its_files_only(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, error: Exception, detail: str
) -> None:
    monkeypatch.setattr(html_reader, "_import_trafilatura", lambda: broken_import(error))
    result = run(corpus, "--format", "jsonl")
    assert result.exit_code == 1
    titles = [json.loads(line)["title"] for line in result.stdout.splitlines()]
    assert titles == ["KPU Sulsel Tetapkan DPT", "Bawaslu Awasi Kampanye"]
    errors = result.stderr.splitlines()
    assert [e.split(": ", 2)[1] for e in errors] == [
        str(corpus / "b-page.html"),
        str(corpus / "d-page.htm"),
    ]
    for line in errors:
        assert line.startswith("error: ")
        assert ": cannot read .html files: trafilatura is not importable (" in line
        assert detail in line
        assert line.endswith("); reinstall with `pip install electgraph`")


def test_html_reader_that_cannot_load_in_the_library(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        html_reader, "_import_trafilatura", lambda: broken_import(ImportError("nope"))
    )
    report = read([corpus])
    assert report.files == 4
    assert len(report.articles) == 2
    assert [Path(f.path).name for f in report.failures] == ["b-page.html", "d-page.htm"]
    assert all(isinstance(f.__cause__, ImportError) for f in report.failures)
    with pytest.raises(InputError, match=r"b-page\.html: cannot read \.html files"):
        read([corpus], strict=True)


def test_html_reader_loads_again_once_trafilatura_imports(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as m:
        m.setattr(html_reader, "_import_trafilatura", lambda: broken_import(ImportError("x")))
        assert len(read([corpus]).failures) == 2
    report = read([corpus])
    assert report.ok
    # b-page.html and d-page.htm are one page (one URL): read once.
    assert len(report.articles) == 3
    assert sum(a.source_path.endswith("b-page.html") for a in report.articles if a.source_path)


def test_cli_import_leaves_heavy_dependencies_unimported() -> None:
    code = (
        "import sys, electgraph.cli\n"
        f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == []


def test_html_reader_import_leaves_trafilatura_unimported() -> None:
    code = (
        "import sys, electgraph.ingest\n"
        "print(' '.join(m for m in ('trafilatura', 'justext', 'lxml') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == []
