"""Defects `make fuzz` found (tests/unit/test_fuzz_pipeline.py), each as a test of its own:
fixed ones stay as regression tests, known ones are strict xfails that turn red when fixed."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from test_fuzz_pipeline import run_batch, write_file

from electgraph.extract import extract
from electgraph.ingest import parse_text
from electgraph.model import FactKind
from electgraph.resolve import resolve
from electgraph.stores.oxigraph import OxigraphStore
from fuzz_quads import label_history_only, quads
from graph_fixtures import normalised


def test_a_person_mention_keeps_the_spacing_of_the_text() -> None:
    text = "Rapat KPU\nKetua KPU Kabupaten Banyuasin, Legar\tSaputra,  menghadiri rapat."
    x = extract(parse_text(text, "tab.txt"))
    mentions = [m for e in x.entities for m in e.mentions]
    assert mentions and all(x.article.text[m.start : m.end] == m.text for m in mentions)


def test_every_qualifier_of_a_sanction_comes_back() -> None:
    """Found by `make fuzz`: the extractor gives a sanction's sighting `sanction_text` (the
    words as written), which the store drops, so the read-back differs from what was written."""
    text = "Judul DKPP\nDKPP menjatuhkan sanksi peringatan keras kepada Ketua KPU Garut, Dadan."
    graph = resolve([extract(parse_text(text, "dkpp.txt"))])
    assert any(f.kind is FactKind.SANCTIONS for f in graph.facts)
    with OxigraphStore(None) as store:
        store.write(graph)
        assert normalised(store.read_graph()) == normalised(graph)


def test_a_fact_spelled_two_ways_does_not_depend_on_the_order_of_its_articles() -> None:
    """Found by `make fuzz`: a quote's text is part of its identity, folded, so two articles
    quoting it in other case or spacing state one fact; its text was the first article's, so
    the streaming ingest (articles in id order) and `resolve()` (in file order) disagreed, and
    a store given both spellings by two batches read back either."""
    said = '"Putusan akan dibacakan setelah rapat pleno," ujar Hasanuddin.'
    xs = [extract(parse_text(f"Judul {i}\n{text}", f"{i}.txt"))
          for i, text in enumerate([said, said.upper().replace("UJAR HASANUDDIN",
                                                               "ujar Hasanuddin")])]
    graphs = [resolve(xs), resolve(xs[::-1])]
    quotes = [[f for f in g.facts if f.kind is FactKind.QUOTES] for g in graphs]
    assert len(quotes[0]) == 1 and quotes[0] == quotes[1]
    for batch_size in (1, 2):
        with OxigraphStore(None) as store:
            for part in graphs[0].batches(batch_size):
                store.write(part)
            assert normalised(store.read_graph()) == normalised(graphs[0])


def test_alias_statements_do_not_depend_on_the_label_history() -> None:
    """Found by `make fuzz`: two articles name one election "Pilkada 2024" and "Pilkada
    Serentak 2024"; loaded one per batch, the first article's graph recorded its name as the
    label (`eg:surfaceForm`), in one batch as an alias (`skos:altLabel`). Fixed: an article
    graph records every form it used as `eg:surfaceForm`."""
    with tempfile.TemporaryDirectory(prefix="electgraph-fuzz-") as tmp:
        for i, body in enumerate(["Tetapkan DPT Pilkada 2024 Sebanyak 318.642 Pemilih",
                                  "Apel selama tahapan Pilkada Serentak 2024 di Sukabumi."]):
            write_file(Path(tmp, f"{i:03d}"), ".json", f"Judul {i}\n{body}",
                       f"https://berita.example/{i}")
        with OxigraphStore(None) as one, OxigraphStore(None) as two:
            run_batch(Path(tmp), one, 1)
            run_batch(Path(tmp), two, 2)
            assert normalised(one.read_graph()) == normalised(two.read_graph())
            assert label_history_only(quads(one), quads(two))
            assert quads(one) == quads(two)


def test_a_replacement_leaves_the_post_labels_of_a_clean_load() -> None:
    """Found by `make fuzz`: six articles corrected (same URLs) in batches of 5 left a post
    labelled "KETUA, Bawaslu Kabupaten Kolaka" where a clean load of the corrected texts has
    "Ketua, Bawaslu Kabupaten Kolaka" (tests/data/fuzz-known). Fixed: a role is spelled from
    its folded form alone (`electgraph.roles.spelling`), not by the spellings counted so far."""
    case = json.loads((Path(__file__).parents[1] / "data" / "fuzz-known" /
                       "post-label-after-replacement.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="electgraph-fuzz-") as tmp:
        old, new = Path(tmp, "old"), Path(tmp, "new")
        old.mkdir()
        new.mkdir()
        for i, (_, text, _) in enumerate(case["files"]):
            url = f"https://berita.example/{i}"
            write_file(old / f"{i:03d}", ".json", text, url)
            write_file(new / f"{i:03d}", ".json", f"{text}\nDiperbarui pukul {i}.", url)
        with OxigraphStore(None) as store, OxigraphStore(None) as clean:
            run_batch(old, store, case["batch_size"])
            run_batch(new, store, case["batch_size"])
            run_batch(new, clean, case["batch_size"])
            assert normalised(store.read_graph()) == normalised(clean.read_graph())
            assert label_history_only(quads(store), quads(clean))
            assert quads(store) == quads(clean)


def test_a_post_follows_its_body_renamed_by_a_later_batch() -> None:
    """Found by `make fuzz` (sixth session): a post is labelled "ROLE, BODY"; a batch that
    wrote "Ketua, PPDI POLEWALI MANDAR" was followed by others whose spellings (other posts of
    the body) made its label "PPDI Polewali Mandar", and the chair's post kept the old one."""
    bodies = ["Ketua PPDI POLEWALI MANDAR, Hasnawati, meminta KPU melibatkan disabilitas.",
              "Sekretaris PPDI Polewali Mandar, Budi Santoso, hadir dalam sosialisasi.",
              "Bendahara PPDI Polewali Mandar, Andi Saputra, hadir dalam sosialisasi."]
    with tempfile.TemporaryDirectory(prefix="electgraph-fuzz-") as tmp:
        for i, body in enumerate(bodies):
            write_file(Path(tmp, f"{i:03d}"), ".json", f"Judul {i}\n{body}",
                       f"https://berita.example/{i}")
        with OxigraphStore(None) as one, OxigraphStore(None) as two:
            run_batch(Path(tmp), one, 1)
            run_batch(Path(tmp), two, 3)
            assert quads(one) == quads(two)
