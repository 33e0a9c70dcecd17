"""Patterns met in real articles (fifty-first session), each on sentences written for it. The
helpers live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import offices

from electgraph.extract import extract
from electgraph.extract.render import to_facts
from electgraph.ingest import parse_text
from electgraph.resolve import resolve

_REGENT = ("Debat Publik Pilkada Kaur\nKAUR - Debat publik pertama calon bupati Kaur digelar KPU "
           "Kabupaten Kaur, Sabtu (2/11/2024). Acara itu dihadiri Bupati Kaur H. Lismidianto.\n")


def test_a_body_only_a_title_implies_is_no_name_the_article_writes() -> None:
    """'Bupati Kaur H. Lismidianto': the office's body (Pemkab Kaur) is the role fact's, but the
    article writes no name of it. The `facts` format lists the names an article writes, so the
    body is not among its organisations, and "Kaur" (the place) is no surface form of it."""
    result = extract(parse_text(_REGENT, "kaur.txt"))
    rows = to_facts(result)
    assert {"person": "Lismidianto", "org": "Pemkab Kaur", "role": "Bupati"} in [
        {k: r[k] for k in ("person", "org", "role")} for r in rows["holds_role"]]
    assert "Pemkab Kaur" not in rows["entities"]["Organization"]
    assert "KPU Kabupaten Kaur" in rows["entities"]["Organization"]
    body = next(e for e in result.entities if e.label == "Pemkab Kaur")
    assert body.mentions == () and body.aliases == ()


def test_the_graph_holds_an_implied_body_unnamed() -> None:
    """The article holds the implied body in its part of the graph (its role fact needs it),
    as it holds the province of a body it names: not mentioned, with no surface form."""
    graph = resolve([extract(parse_text(_REGENT, "kaur.txt"))])
    nodes = {n.label: n for n in graph.nodes}
    assert [s.mentioned for s in nodes["Pemkab Kaur"].seen] == [False]
    assert all(not s.aliases for s in nodes["Pemkab Kaur"].seen)
    assert [s.mentioned for s in nodes["KPU Kabupaten Kaur"].seen] == [True]
    # written once, implied by a title elsewhere: mentioned
    both = _REGENT.replace("Acara itu", "Pemkab Kaur mendukung debat itu. Acara itu")
    nodes = {n.label: n for n in resolve([extract(parse_text(both, "kaur.txt"))]).nodes}
    assert [s.mentioned for s in nodes["Pemkab Kaur"].seen] == [True]


def test_pemko_is_the_city_government() -> None:
    """'di lingkungan Pemko Padang': Sumatra's press writes the city government "Pemko"."""
    body = ("Wali Kota Padang, Andree Algamar, mengingatkan ASN di lingkungan Pemko Padang untuk "
            "menjaga netralitas.")
    result = extract(parse_text(f"Netralitas ASN\nPADANG - {body}\n", "padang.txt"))
    city = next(e for e in result.entities if e.label == "Pemkot Padang")
    assert [m.text for m in city.mentions] == ["Pemko Padang"]
    assert "Pemkot Padang" in to_facts(result)["entities"]["Organization"]
    assert ("Andree Algamar", "Wali Kota", "Pemkot Padang") in offices(result)
