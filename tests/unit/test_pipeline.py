"""read -> extract -> resolve -> store on files, with hand-built extractions standing in for
the extractor so that these tests pin the pipeline, not the extractor."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from electgraph.ids import article_id
from electgraph.model import Article, Extraction
from electgraph.pipeline import ingest
from electgraph.stores.oxigraph import OxigraphStore
from graph_fixtures import (
    ARTICLES,
    RAKOR_LOGISTIK,
    SEED,
    SURAT_SUARA,
    rakor_logistik_extraction,
    seed_extraction,
    surat_suara_extraction,
)

FILES = (SEED, SURAT_SUARA, RAKOR_LOGISTIK)


def fixture_extractor(article: Article) -> Extraction:
    """The hand-built extraction of the fixture articles; an empty one for anything else."""
    by_id = {x.article.id: x for x in (seed_extraction(), surat_suara_extraction(),
                                       rakor_logistik_extraction())}
    known = by_id.get(article.id)
    if known is None:
        return Extraction(article)
    if known.article.text == article.text:
        return known
    return seed_extraction(article) if article.id == seed_extraction().article.id else known


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in FILES:
        shutil.copy(ARTICLES / name, folder / name)
    return folder


def test_ingest_writes_every_article_and_summarises(corpus_dir: Path, tmp_path: Path) -> None:
    with OxigraphStore(tmp_path / "store") as store:
        report = ingest([corpus_dir], store, extractor=fixture_extractor)
        assert report.ok and report.files == 3 and report.articles == 3
        assert len(report.written.added) == 3
        assert report.facts_by_kind["holds_role"] == 5
        assert report.entities_by_type["Person"] == 5
        assert report.written.statements_before == 0
        assert report.written.statements_after == store.count() > 0
        summary = report.to_dict()
        assert summary["added"] == 3 and summary["failures"] == []


def test_reingest_changes_nothing(corpus_dir: Path, tmp_path: Path) -> None:
    with OxigraphStore(tmp_path / "store") as store:
        ingest([corpus_dir], store, extractor=fixture_extractor)
        n = store.count()
        again = ingest([corpus_dir], store, extractor=fixture_extractor, batch_size=1)
        assert len(again.written.unchanged) == 3
        assert store.count() == n == again.written.statements_after


def test_a_changed_file_replaces_its_article(corpus_dir: Path, tmp_path: Path) -> None:
    url = "https://koranpalpos.com/berita/1"
    page = corpus_dir / "page.json"
    page.write_text(json.dumps({"title": "Judul", "text": "Isi.", "url": url}), encoding="utf-8")
    with OxigraphStore(tmp_path / "store") as store:
        ingest([corpus_dir], store, extractor=fixture_extractor)
        page.write_text(json.dumps({"title": "Judul", "text": "Isi diperbaiki.", "url": url}),
                        encoding="utf-8")
        report = ingest([corpus_dir], store, extractor=fixture_extractor)
        assert report.written.replaced == (article_id("", "", url),)
        assert len(report.written.unchanged) == 3
        # Without a URL, a changed text is another article: added, the old one kept.
        seed = corpus_dir / SEED
        seed.write_text(seed.read_text(encoding="utf-8") + "\nTambahan paragraf.\n",
                        encoding="utf-8")
        report = ingest([corpus_dir], store, extractor=fixture_extractor)
        assert len(report.written.added) == 1


def test_bad_files_and_failing_articles_do_not_stop_the_batch(
    corpus_dir: Path, tmp_path: Path
) -> None:
    (corpus_dir / "empty.txt").write_text("", encoding="utf-8")
    (corpus_dir / "notes.docx").write_bytes(b"PK\x03\x04")
    surat = surat_suara_extraction().article.id

    def flaky(article: Article) -> Extraction:
        if article.id == surat:
            raise RuntimeError("extractor bug")
        return fixture_extractor(article)

    with OxigraphStore(tmp_path / "store") as store:
        report = ingest([corpus_dir], store, extractor=flaky)
        assert not report.ok
        stages = sorted(f.stage for f in report.failures)
        assert stages == ["extract", "read", "read"]
        assert any("extractor bug" in str(f) for f in report.failures)
        assert len(report.written.added) == 2
        assert store.stats().articles == 2


def test_a_store_failure_is_a_failure_of_its_batch_only(corpus_dir: Path, tmp_path: Path) -> None:
    from electgraph.errors import StoreError
    from electgraph.graph import ResolvedGraph
    from electgraph.stores.base import WriteReport

    class HalfBroken(OxigraphStore):
        calls = 0

        def write(self, graph: ResolvedGraph) -> WriteReport:
            self.calls += 1
            if self.calls == 1:
                raise StoreError("disk full")
            return super().write(graph)

    with HalfBroken(tmp_path / "store") as store:
        report = ingest([corpus_dir], store, extractor=fixture_extractor, batch_size=1)
        assert [f.stage for f in report.failures] == ["write"]
        assert len(report.written.added) == 2


def test_progress_reports_every_stage(corpus_dir: Path, tmp_path: Path) -> None:
    seen: dict[str, tuple[int, int]] = {}
    with OxigraphStore(tmp_path / "store") as store:
        ingest([corpus_dir], store, extractor=fixture_extractor, batch_size=2,
               progress=lambda stage, done, total: seen.__setitem__(stage, (done, total)))
    assert seen == {"read": (3, 3), "extract": (3, 3), "write": (3, 3)}


def test_batch_size_does_not_change_the_store(corpus_dir: Path, tmp_path: Path) -> None:
    stores = []
    for size in (1, 100):
        store = OxigraphStore(tmp_path / f"store-{size}")
        ingest([corpus_dir], store, extractor=fixture_extractor, batch_size=size)
        stores.append({str(q) for q in store.raw})
        store.close()
    assert stores[0] == stores[1]
