"""Article readers: .txt, .json, .jsonl, .html/.htm, folders, ids, and every kind of bad input."""

from __future__ import annotations

import json
import logging
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from electgraph.errors import InputError
from electgraph.ids import article_id
from electgraph.ingest import build_article, iter_files, parse_text, read, read_file
from electgraph.model import Article

DATA = Path(__file__).parents[1] / "data" / "ingest"
SEED = DATA / "koranpalpos_rakor_spip.txt"  # a copy of the seed article
HTML = DATA / "palpos_surat_suara.html"  # a saved koranpalpos.com page
HTML_TITLE = "KPU Banyuasin Terima Kedatangan Surat Suara untuk Pilkada 2024"

ANTARA = """\
KPU Sulsel Tetapkan DPT Pilkada 2024
Makassar (ANTARA) - Komisi Pemilihan Umum (KPU) Provinsi Sulawesi Selatan menetapkan daftar \
pemilih tetap, Kamis (31/3/2022).
Ketua KPU Sulsel mengatakan penetapan berjalan lancar.
"""

KABAR_MAHAKAM = """\
Debat Publik Pilbup Kukar Digelar Tertib
Suasana debat publik calon bupati Kutai Kartanegara (Foto: Dok. Kabar Mahakam)
TENGGARONG, KABARMAHAKAM.ID – KPU Kutai Kartanegara menggelar debat publik, Senin, 7 Okt 2024.
Baca juga : KPU Kukar Tetapkan Nomor Urut Paslon
Debat berlangsung tertib dan dihadiri para pendukung.
"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def one(path: Path) -> Article:
    articles, errors = read_file(path)
    assert errors == []
    assert len(articles) == 1
    return articles[0]


def failure(path: Path) -> InputError:
    report = read([path])
    assert report.articles == []
    assert len(report.failures) == 1
    return report.failures[0]


def assert_spans_slice(article: Article) -> None:
    for link in article.related:
        assert article.text[link.title.start : link.title.end] == link.title.text
        assert article.text[link.line.start : link.line.end] == link.line.text
        assert link.line.start <= link.title.start <= link.title.end <= link.line.end
        assert link.line.start >= article.body_start


# --- .txt ------------------------------------------------------------------------------------


def test_txt_seed_article_layout() -> None:
    a = one(SEED)
    title = (
        "Kordiv Hukum dan Pengawasan KPU Banyuasin Hadiri Rapat Koordinasi Pengawasan Pilkada 2024"
    )
    assert a.title == title
    assert a.id == article_id(title, a.text[len(title) + 1 :])
    assert a.text.startswith(title + "\n" + title + "-Foto : Dokumen Palpos-\n")
    assert a.photo_credit == "Dokumen Palpos"
    assert a.dateline == "BANYUASIN"
    assert a.publisher == "KORANPALPOS.COM"
    assert a.body.startswith("BANYUASIN, KORANPALPOS.COM - Kordiv Hukum")
    assert a.body == a.text[a.body_start :]
    assert a.source_path == str(SEED)
    assert a.published is None  # the seed states no full date
    assert [r.title.text for r in a.related] == [
        "KPU Banyuasin Terima Kedatangan Surat Suara untuk Pilkada 2024",
        "Ketua DPRD Banyuasin Periode 2024-2029 Resmi Dilantik",
        "Daftar 45 Anggota DPRD Banyuasin Periode 2024-2029 : Hampir Separoh Diisi Wajah Baru !",
        "Duel Maut Pilkada Banyuasin 2024 : Askolani Vs Slamet, Siapa yang Kuat ?",
    ]
    assert [r.line.text.split(":", 1)[0] for r in a.related] == ["BACA JUGA"] * 4
    assert_spans_slice(a)


def test_txt_antara_dateline_without_caption(tmp_path: Path) -> None:
    a = one(write(tmp_path, "antara.txt", ANTARA))
    assert a.title == "KPU Sulsel Tetapkan DPT Pilkada 2024"
    assert a.photo_credit is None
    assert a.body_start == len(a.title) + 1
    assert a.dateline == "Makassar"
    assert a.publisher == "ANTARA"
    assert a.published == date(2022, 3, 31)
    assert a.related == ()


def test_txt_caption_in_parentheses_and_en_dash_dateline(tmp_path: Path) -> None:
    a = one(write(tmp_path, "kukar.txt", KABAR_MAHAKAM))
    assert a.photo_credit == "Dok. Kabar Mahakam"
    assert a.body.startswith("TENGGARONG, KABARMAHAKAM.ID – KPU")
    assert a.dateline == "TENGGARONG"
    assert a.publisher == "KABARMAHAKAM.ID"
    assert a.published == date(2024, 10, 7)
    assert [r.title.text for r in a.related] == ["KPU Kukar Tetapkan Nomor Urut Paslon"]
    assert_spans_slice(a)


@pytest.mark.parametrize(
    "line",
    [
        "BACA JUGA: Judul Lain Pilkada",
        "BACA JUGA:Judul Lain Pilkada",
        "Baca juga : Judul Lain Pilkada",
        "Baca Juga: Judul Lain Pilkada   ",
        "  BACA JUGA :  Judul Lain Pilkada",
        "BACA JUGA:\xa0Judul Lain Pilkada",  # no-break space, common in text copied from a page
        "BACA\xa0JUGA: Judul Lain Pilkada",
        "Baca juga - Judul Lain Pilkada",
        "BACA JUGA >> Judul Lain Pilkada",
        "Baca Juga | Judul Lain Pilkada",
        "Baca Juga...  Judul Lain Pilkada",
        "Baca juga… Judul Lain Pilkada",
        "Baca Juga Judul Lain Pilkada",
        "Baca juga:\nJudul Lain Pilkada",
        "BACA JUGA\nJudul Lain Pilkada",
        "Simak juga: Judul Lain Pilkada",
        "Lihat Juga : Judul Lain Pilkada",
        "Berita Terkait: Judul Lain Pilkada",
        "ARTIKEL TERKAIT: Judul Lain Pilkada",
        "| Baca: Judul Lain Pilkada",  # a page's list or quote marker before the cue
        "• Baca juga: Judul Lain Pilkada",
        "> BACA JUGA: Judul Lain Pilkada",
    ],
)
def test_related_line_forms(line: str) -> None:
    a = parse_text(f"Judul\nJAKARTA, KOMPAS.COM - Isi berita.\n{line}\nParagraf berikutnya.")
    assert [r.title.text for r in a.related] == ["Judul Lain Pilkada"]
    assert a.related[0].line.text.strip(" \xa0") == line.strip(" \xa0")
    assert_spans_slice(a)


def test_page_furniture_before_the_headline_printed_again_is_no_body() -> None:
    """A news ticker, a breadcrumb and a date stand before the headline the page prints again:
    the body starts at that headline; its dateline is read after it."""
    a = parse_text("KPU Jambi Undi Nomor Urut\nLapas Jambi Lakukan Razia Kamar Hunian  Kakanwil "
                   "Kukuhkan Pengurus Koperasi\n\nHome / Berita / Politik\n\nKPU Jambi Undi "
                   "Nomor Urut\n\nJAMBI, PUBLISHNEWS.ID - KPU Provinsi Jambi menggelar rapat.")
    assert a.text[a.body_start :].startswith("KPU Jambi Undi Nomor Urut\n\nJAMBI")
    plain = parse_text("KPU Jambi Undi Nomor Urut\nJAMBI - KPU Jambi Undi Nomor Urut pagi ini.")
    assert plain.body_start == len("KPU Jambi Undi Nomor Urut") + 1


@pytest.mark.parametrize(
    ("lead", "dateline", "publisher"),
    [
        ("BANYUASIN, KORANPALPOS.COM - KPU", "BANYUASIN", "KORANPALPOS.COM"),
        ("Makassar (ANTARA) - KPU", "Makassar", "ANTARA"),
        ("TENGGARONG, KABARMAHAKAM.ID – KPU", "TENGGARONG", "KABARMAHAKAM.ID"),
        ("KABUPATEN CIREBON, WARTAPANTURA.COM - KPU", "KABUPATEN CIREBON", "WARTAPANTURA.COM"),
        ("JAKARTA, KOMPAS.com — KPU", "JAKARTA", "KOMPAS.com"),
        ("JAKARTA, CNN Indonesia -- KPU", "JAKARTA", "CNN Indonesia"),  # was "CNN Indonesia -"
        ("Medan (ANTARA) -- KPU", "Medan", "ANTARA"),
        ("PALEMBANG, SUMEKS.CO-KPU Sumsel", "PALEMBANG", "SUMEKS.CO"),
        ("Jakarta, 7 Oktober 2024 - KPU", "Jakarta", None),  # a date, not a publisher
        ("KPU Banyuasin menggelar rapat - tertutup.", None, None),
    ],
)
def test_dateline_forms(lead: str, dateline: str | None, publisher: str | None) -> None:
    a = parse_text(f"Judul\n{lead}\nParagraf kedua.")
    assert (a.dateline, a.publisher) == (dateline, publisher)


def test_a_line_that_asks_to_read_a_rule_is_not_a_link() -> None:
    a = parse_text("Judul\nIsi berita.\nBaca juga aturan KPU soal kampanye.\nLagi.")
    assert a.related == ()


def test_text_mentioning_baca_juga_mid_line_is_not_a_link() -> None:
    a = parse_text("Judul\nIsi berita. Pembaca diminta baca juga: aturan KPU.\nLagi.")
    assert a.related == ()


def test_txt_crlf_bom_and_leading_blank_lines(tmp_path: Path) -> None:
    raw = "\ufeff\r\n\r\n  Judul   Berita  \r\nPALEMBANG, SUMEKS.CO - Isi.\r\nBACA JUGA: Lain\r\n"
    a = one(write(tmp_path, "crlf.txt", raw))
    assert a.title == "Judul Berita"
    assert "\r" not in a.text
    assert a.dateline == "PALEMBANG"
    assert [r.title.text for r in a.related] == ["Lain"]
    assert a.id == article_id("Judul Berita", a.text[len(a.title) + 1 :])


def test_txt_without_dateline_or_caption() -> None:
    a = parse_text("Judul\nKPU menggelar rapat pleno.\nParagraf kedua.")
    assert (a.dateline, a.publisher, a.photo_credit) == (None, None, None)
    assert a.body == "KPU menggelar rapat pleno.\nParagraf kedua."


def test_foto_mentioned_inside_the_lead_paragraph_is_not_a_caption() -> None:
    # Only a line that *ends* with the credit is a caption; otherwise the lead paragraph,
    # where most facts are, would be skipped as a caption.
    text = "Judul\nKetua KPU (Foto: Humas) mengatakan tahapan berjalan lancar.\nParagraf dua."
    a = parse_text(text)
    assert a.photo_credit is None
    assert a.body.startswith("Ketua KPU (Foto: Humas) mengatakan")


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Judul Berita-Foto : Dokumen Palpos-", "Dokumen Palpos"),
        ("Suasana debat (Foto: Dok. Kabar Mahakam)", "Dok. Kabar Mahakam"),
        ("Suasana rapat pleno. Foto: ANTARA/Budi.", "ANTARA/Budi"),
        ("Foto: Humas KPU", "Humas KPU"),
        ("Ketua KPU memberi sambutan. Foto oleh Rina", "Rina"),
    ],
)
def test_caption_forms(caption: str, credit: str) -> None:
    a = parse_text(f"Judul Berita\n{caption}\nJAKARTA, KOMPAS.COM - Isi berita.")
    assert a.photo_credit == credit
    assert a.body == "JAKARTA, KOMPAS.COM - Isi berita."
    assert a.dateline == "JAKARTA"


def test_title_without_body_is_an_input_error(tmp_path: Path) -> None:
    e = failure(write(tmp_path, "judul.txt", "Hanya Judul\n\n  \n"))
    assert e.reason == "has a title but no text"


def test_a_lone_lead_paragraph_is_an_article_with_no_headline() -> None:
    """A page saved with neither a headline nor line breaks: one long line of news."""
    line = ("BATULICIN, tanbunews.com – Pasangan bakal calon bupati Tanah Bumbu, Andi Rudi dan "
            "Bahsanudin, mendaftar ke KPU setempat, Selasa (27/8/2024). Pendaftaran dibuka "
            "selama tiga hari.")
    a = parse_text(line)
    assert a.body_start == 0
    assert a.dateline == "BATULICIN"
    assert a.text.startswith(line)


def test_title_and_caption_without_body_is_an_input_error() -> None:
    # Without this check body_start pointed past the end of the text.
    with pytest.raises(InputError, match="no text"):
        parse_text("Judul\nJudul-Foto : Dokumen Palpos-\n")


def test_build_article_is_the_same_layout_for_every_format() -> None:
    a = build_article("  Judul \t Berita ", "\n\nIsi berita.\n", source_path="x")
    assert a.text == "Judul Berita\nIsi berita."
    assert a.body_start == len("Judul Berita") + 1
    with pytest.raises(InputError, match="x: has no title"):
        build_article(" \n ", "Isi", source_path="x")


# --- .json / .jsonl --------------------------------------------------------------------------


def test_json_object_with_metadata(tmp_path: Path) -> None:
    record = {
        "title": "Debat Publik Pilbup Kukar Digelar Tertib",
        "text": "TENGGARONG, KABARMAHAKAM.ID – KPU menggelar debat, 7 Oktober 2024.",
        "url": "https://kabarmahakam.id/debat",
        "published": "2024-10-08T09:30:00+08:00",
        "source": "Kabar Mahakam",
    }
    a = one(write(tmp_path, "a.json", json.dumps(record)))
    assert a.title == record["title"]
    assert a.url == "https://kabarmahakam.id/debat"
    assert a.published == date(2024, 10, 8)  # metadata wins over the date in the text
    assert a.publisher == "Kabar Mahakam"  # `source` wins over the dateline's publisher
    assert a.dateline == "TENGGARONG"
    assert a.text == f"{record['title']}\n{record['text']}"
    assert a.source_path == str(tmp_path / "a.json")


@pytest.mark.parametrize("field", ["text", "body", "content"])
def test_json_text_field_names(tmp_path: Path, field: str) -> None:
    a = one(write(tmp_path, "a.json", json.dumps({"title": "Judul", field: "Isi berita."})))
    assert a.body == "Isi berita."


def test_json_blank_text_falls_back_to_body(tmp_path: Path) -> None:
    # Scrapers often export "text": "" next to the real "body".
    path = write(tmp_path, "a.json", json.dumps({"title": "Judul", "text": "", "body": "Isi."}))
    assert one(path).body == "Isi."


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2024-10-08", date(2024, 10, 8)),
        ("2024-10-08T14:30:00Z", date(2024, 10, 8)),
        ("Senin, 7 Okt 2024", date(2024, 10, 7)),
        ("27 November 2024", date(2024, 11, 27)),
        ("kemarin sore", date(2022, 3, 31)),  # unreadable metadata: the text's date is used
        (None, date(2022, 3, 31)),
    ],
)
def test_json_published(tmp_path: Path, published: str | None, expected: date) -> None:
    record = {"title": "Judul", "text": "Makassar (ANTARA) - Rapat, Kamis (31/3/2022)."}
    if published is not None:
        record["published"] = published
    assert one(write(tmp_path, "a.json", json.dumps(record))).published == expected


def test_json_non_string_metadata_is_ignored(tmp_path: Path) -> None:
    record = {"title": "Judul", "text": "Isi.", "url": 5, "published": 1728345600, "source": {}}
    a = one(write(tmp_path, "a.json", json.dumps(record)))
    assert (a.url, a.published, a.publisher) == (None, None, None)


def test_json_array_of_objects(tmp_path: Path) -> None:
    records = [{"title": "Satu", "text": "Isi satu."}, {"title": "Dua", "content": "Isi dua."}]
    path = write(tmp_path, "many.json", json.dumps(records))
    articles, errors = read_file(path)
    assert errors == []
    assert [a.title for a in articles] == ["Satu", "Dua"]
    assert [a.source_path for a in articles] == [f"{path}[0]", f"{path}[1]"]


def test_json_array_bad_items_are_reported_and_good_items_read(tmp_path: Path) -> None:
    records = [
        {"title": "Satu", "text": "Isi."},
        None,
        {"title": "Tiga"},
        {"title": "Empat", "text": "Isi."},
    ]
    path = write(tmp_path, "many.json", json.dumps(records))
    report = read([path])
    assert [a.title for a in report.articles] == ["Satu", "Empat"]
    assert [str(e) for e in report.failures] == [
        f"{path}[1]: expected a JSON object, found null",
        f"{path}[2]: has no 'text' (or 'body'/'content') with the article text",
    ]


def test_jsonl_deeply_nested_line_is_an_input_error(tmp_path: Path) -> None:
    good = json.dumps({"title": "Satu", "text": "Isi."})
    path = write(tmp_path, "a.jsonl", good + "\n" + "[" * 100_000 + "\n")
    report = read([path])
    assert [a.title for a in report.articles] == ["Satu"]
    assert [str(e) for e in report.failures] == [
        f"{path}:2: is not valid JSON for an article (nested too deeply)"
    ]


def test_jsonl_one_article_per_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"title": "Satu", "text": "Isi satu.", "published": "2024-11-27"}),
        "",
        json.dumps({"title": "Dua", "body": "Isi dua.", "source": "ANTARA"}, ensure_ascii=False),
        "   ",
    ]
    path = write(tmp_path, "a.jsonl", "\n".join(lines) + "\n")
    articles, errors = read_file(path)
    assert errors == []
    assert [a.title for a in articles] == ["Satu", "Dua"]
    assert articles[0].published == date(2024, 11, 27)
    assert articles[1].publisher == "ANTARA"
    assert [a.source_path for a in articles] == [f"{path}:1", f"{path}:3"]


def test_jsonl_bad_lines_are_reported_and_good_lines_read(tmp_path: Path) -> None:
    lines = [
        json.dumps({"title": "Satu", "text": "Isi."}),
        '{"title": "Dua", "text": ',
        json.dumps({"text": "tanpa judul"}),
        json.dumps({"title": "Empat"}),
        json.dumps(["bukan", "objek"]),
        json.dumps({"title": "Enam", "text": "Isi."}),
    ]
    path = write(tmp_path, "a.jsonl", "\n".join(lines))
    report = read([path])
    assert [a.title for a in report.articles] == ["Satu", "Enam"]
    messages = [str(e) for e in report.failures]
    assert messages[0].startswith(f"{path}:2: is not valid JSON")
    assert messages[1] == f"{path}:3: has no 'title' (a non-empty string is required)"
    assert messages[2].startswith(f"{path}:4: has no 'text'")
    assert messages[3] == f"{path}:5: expected a JSON object, found an array"
    assert len(messages) == 4


# --- .html / .htm ----------------------------------------------------------------------------


def test_html_saved_page() -> None:
    a = one(HTML)
    assert a.title == HTML_TITLE
    assert a.body.startswith("BANYUASIN, KORANPALPOS.COM - Komisi Pemilihan Umum")
    assert "Beranda" not in a.text  # navigation is not article text
    assert "Hak cipta" not in a.text
    assert a.dateline == "BANYUASIN"
    assert [r.title.text for r in a.related] == [
        "Kordiv Hukum dan Pengawasan KPU Banyuasin Hadiri Rapat Koordinasi Pengawasan Pilkada 2024",
        "Pj Bupati Banyuasin Tinjau Gudang Logistik Pemilu di Pangkalan Balai",
    ]
    assert_spans_slice(a)
    assert a.published == date(2024, 10, 31)  # article:published_time, not the date in the text
    # trafilatura's JSON calls these `source` and `source-hostname`.
    assert a.url == (
        "https://koranpalpos.com/banyuasin/read/2024/10/31/kpu-banyuasin-terima-kedatangan-surat-suara"
    )
    assert a.publisher == "Koran Palpos"


def test_html_without_date_metadata_takes_the_date_in_the_text(tmp_path: Path) -> None:
    page = HTML.read_text(encoding="utf-8")
    page = re.sub(r'<meta property="article:published_time"[^>]*>', "", page)
    page = page.replace("/2024/10/31/", "/")  # no date in the address either
    a = one(write(tmp_path, "page.html", page))
    assert a.published == date(2024, 10, 30)  # "Rabu (30/10/2024) malam"


@pytest.mark.parametrize("name", ["page.htm", "PAGE.HTML"])
def test_html_extensions(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    shutil.copy(HTML, path)
    assert one(path).title == HTML_TITLE


def test_html_without_article_text(tmp_path: Path) -> None:
    e = failure(write(tmp_path, "blank.html", "<html><head></head><body></body></html>"))
    assert "no article text" in e.reason


def test_html_with_text_but_no_title(tmp_path: Path) -> None:
    para = "<p>" + "KPU Banyuasin menerima surat suara untuk pilkada serentak. " * 8 + "</p>"
    e = failure(write(tmp_path, "untitled.html", f"<html><body><article>{para * 3}</article>"))
    assert e.reason == "has no title (no <title>, og:title or <h1>)"


# --- ids -------------------------------------------------------------------------------------


def test_same_article_gets_the_same_id_in_every_format(tmp_path: Path) -> None:
    body = "BANYUASIN, KORANPALPOS.COM - KPU Banyuasin menerima surat suara."
    record = {"title": HTML_TITLE, "text": body}
    paths = [
        write(tmp_path, "a.txt", f"{HTML_TITLE}\n\n{body}  \n"),
        write(tmp_path, "a.json", json.dumps(record)),
        write(tmp_path, "a.jsonl", json.dumps(record) + "\n"),
    ]
    ids = {one(p).id for p in paths}
    assert ids == {article_id(HTML_TITLE, body)}
    # ... and reading again changes nothing.
    assert {one(p).id for p in paths} == ids
    # With a URL, the id is the URL's: the saved page and a record of it with another layout.
    page = one(HTML)
    assert page.url
    record = {"title": HTML_TITLE, "text": page.body.replace("\n", "\n\n"), "url": page.url + "/"}
    copy = one(write(tmp_path, "b.json", json.dumps(record)))
    assert copy.id == page.id == article_id("", "", page.url)


def test_id_ignores_case_spacing_and_punctuation_of_the_title() -> None:
    a = parse_text("KPU Banyuasin  Terima Surat Suara!\nIsi.")
    b = parse_text("kpu banyuasin terima surat suara\nIsi.")
    c = parse_text("KPU Banyuasin Tolak Surat Suara\nIsi.")
    assert a.id == b.id
    assert a.id != c.id


@pytest.mark.parametrize("title", ["Выборы губернатора", "مجلس الشعب", "🗳️🗳️", "KPU"])
def test_articles_with_one_title_and_two_texts_are_two_articles(tmp_path: Path, title: str) -> None:
    write(tmp_path, "a.txt", f"{title}\nPertama.")
    write(tmp_path, "b.txt", f"{title}\nKedua, lain sama sekali.")
    write(tmp_path, "c.txt", "Выборы мэра\nPertama.")
    report = read([tmp_path])
    assert len({a.id for a in report.articles}) == 3 and report.ok


def test_two_texts_with_one_url_are_a_reported_collision(tmp_path: Path) -> None:
    url = "https://x.id/berita/1"
    write(tmp_path, "a.json", json.dumps({"title": "A", "text": "Satu.", "url": url}))
    write(tmp_path, "b.json", json.dumps({"title": "A", "text": "Dua.", "url": url}))
    write(tmp_path, "c.txt", "A\nSatu.")  # no URL: another article
    report = read([tmp_path])
    assert len(report.articles) == 2
    [e] = report.failures
    assert e.path.endswith("b.json") and "different text" in e.reason and "a.json" in e.reason


def test_lone_surrogates_and_odd_file_names_are_read(tmp_path: Path) -> None:
    write(tmp_path, "s.json", '{"title": "A\\ud800", "text": "Isi \\udfff."}')
    a = one(tmp_path / "s.json")
    assert a.title == "A\ufffd" and len(a.text) == len("A\ufffd\nIsi \ufffd.")
    a.id.encode("utf-8")
    weird = tmp_path / "baris\nbaru.txt"
    weird.write_text("Judul\nIsi.")
    e = failure(write(tmp_path, "kosong\tx.txt", ""))
    assert "\n" not in str(e) and "\t" not in str(e)
    assert "\n" not in (one(weird).source_path or "")


# --- folders and order -----------------------------------------------------------------------


def test_folders_are_walked_recursively_in_a_stable_order(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", "B\nIsi.")
    write(tmp_path, "a.txt", "A\nIsi.")
    write(tmp_path, "sub/c.json", json.dumps({"title": "C", "text": "Isi."}))
    write(tmp_path, "sub/deeper/d.jsonl", json.dumps({"title": "D", "text": "Isi."}))
    write(tmp_path, ".hidden.txt", "Hidden\nIsi.")
    write(tmp_path, ".git/config.txt", "Hidden\nIsi.")
    report = read([tmp_path])
    assert report.ok
    assert report.files == 4
    assert [a.title for a in report.articles] == ["A", "B", "C", "D"]
    assert [a.title for a in read([tmp_path]).articles] == ["A", "B", "C", "D"]
    assert [p.name for p in iter_files([tmp_path])] == ["a.txt", "b.txt", "c.json", "d.jsonl"]


def test_several_paths_are_read_in_the_order_given(tmp_path: Path) -> None:
    z = write(tmp_path, "z.txt", "Z\nIsi.")
    write(tmp_path, "dir/a.txt", "A\nIsi.")
    report = read([z, tmp_path / "dir", str(SEED)])
    assert [a.title for a in report.articles][:2] == ["Z", "A"]
    assert report.articles[2].source_path == str(SEED)
    assert report.files == 3


def test_a_hidden_file_named_explicitly_is_read(tmp_path: Path) -> None:
    assert read([write(tmp_path, ".draft.txt", "Draf\nIsi.")]).articles[0].title == "Draf"


# --- bad input -------------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(32)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\t\r\n  ", "is empty"),
        ("bom-only.json", b"\xef\xbb\xbf\n", "is empty"),
        ("photo.txt", PNG, "is a PNG image, not an article"),
        ("scan.html", b"%PDF-1.7\n...", "is a PDF document, not an article"),
        ("nul.txt", b"Judul\nIsi\x00\x00 berita", "is a binary file (it contains NUL bytes)"),
        ("notes.md", b"# Catatan\nIsi.", "has an unknown extension '.md'"),
        ("README", b"Judul\nIsi.", "has an unknown extension '(none)'"),
        ("no-title.json", b'{"text": "Isi."}', "has no 'title'"),
        ("blank-title.json", b'{"title": "  ", "text": "Isi."}', "has no 'title'"),
        ("no-text.json", b'{"title": "Judul"}', "has no 'text' (or 'body'/'content')"),
        ("blank-text.json", b'{"title": "Judul", "body": " \\n "}', "has no 'text'"),
        ("scalar.json", b'"hanya teks"', "expected a JSON object, found a string"),
        ("broken.json", b'{\n  "title": "Judul",\n  "text": \n}', "is not valid JSON (line 4"),
        ("trailing.json", b'{"title": "A", "text": "B"}\n{"title": "C"}', "(line 2: Extra data"),
        ("blank.jsonl", b"\n  \n", "is empty"),
        ("empty-array.json", b"[]", "holds an empty JSON array"),
        ("deep.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),  # RecursionError
    ],
)
def test_bad_input_is_reported_as_path_and_reason(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = write(tmp_path, name, content)
    e = failure(path)
    assert e.path == str(path)
    assert reason in e.reason
    assert str(e) == f"{path}: {e.reason}"


def test_missing_path_is_reported(tmp_path: Path) -> None:
    e = failure(tmp_path / "nope.txt")
    assert str(e) == f"{tmp_path / 'nope.txt'}: does not exist"


def test_unknown_extension_message_lists_the_known_ones(tmp_path: Path) -> None:
    e = failure(write(tmp_path, "a.docx", b"Judul\nIsi."))
    for suffix in (".txt", ".json", ".jsonl", ".html", ".htm"):
        assert suffix in e.reason


def test_windows_1252_text_is_read_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    text = "Pemilu Café\nJAKARTA, KOMPAS.COM – KPU “menetapkan” hasil.\n"
    path = write(tmp_path, "cp1252.txt", text.encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger="electgraph.ingest"):
        a = one(path)
    assert a.title == "Pemilu Café"
    assert a.body == "JAKARTA, KOMPAS.COM – KPU “menetapkan” hasil."
    assert a.dateline == "JAKARTA"
    messages = [r.getMessage() for r in caplog.records]
    assert any("not UTF-8" in m and str(path) in m for m in messages)


def test_latin1_bytes_undefined_in_windows_1252_are_still_read(tmp_path: Path) -> None:
    # 0x81 and 0x9d have no Windows-1252 character: they decode as Latin-1 control characters.
    a = one(write(tmp_path, "latin1.txt", b"Judul \xe9\nIsi \x81 \x9d berita."))
    assert a.title == "Judul é"
    assert a.body == "Isi \x81 \x9d berita."


def test_utf8_with_one_stray_legacy_byte_keeps_its_utf8_characters(tmp_path: Path) -> None:
    # A file pasted together from two sources: UTF-8 dashes and quotes, one Windows-1252 "é".
    raw = "Judul\nTENGGARONG, KABARMAHAKAM.ID – “Kami siap,” ujar Andr".encode() + b"\xe9."
    a = one(write(tmp_path, "mixed.txt", raw))
    assert a.body == "TENGGARONG, KABARMAHAKAM.ID – “Kami siap,” ujar André."
    assert a.dateline == "TENGGARONG"


def test_a_folder_with_good_and_bad_files_reads_the_good_ones(tmp_path: Path) -> None:
    write(tmp_path, "01-good.txt", ANTARA)
    write(tmp_path, "02-empty.txt", "")
    write(tmp_path, "03-photo.txt", PNG)
    write(tmp_path, "04-good.json", json.dumps({"title": "Dua", "text": "Isi."}))
    write(tmp_path, "05-broken.json", "{")
    write(tmp_path, "06-notes.md", "x")
    write(tmp_path, "07-good.html", HTML.read_text(encoding="utf-8"))
    report = read([tmp_path])
    assert not report.ok
    assert report.files == 7
    assert [a.title for a in report.articles] == [
        "KPU Sulsel Tetapkan DPT Pilkada 2024",
        "Dua",
        HTML_TITLE,
    ]
    assert [Path(e.path).name for e in report.failures] == [
        "02-empty.txt",
        "03-photo.txt",
        "05-broken.json",
        "06-notes.md",
    ]


def test_strict_raises_the_first_failure(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "A\nIsi.")
    write(tmp_path, "b.txt", "")
    write(tmp_path, "c.json", "{")
    with pytest.raises(InputError) as info:
        read([tmp_path], strict=True)
    assert info.value.path == str(tmp_path / "b.txt")
    assert info.value.reason == "is empty"


def test_strict_stops_at_a_bad_jsonl_line(tmp_path: Path) -> None:
    path = write(tmp_path, "a.jsonl", '{"title": "A", "text": "Isi."}\n{"title": "B"}\n')
    with pytest.raises(InputError, match=r"a\.jsonl:2: has no 'text'"):
        read([path], strict=True)


def test_strict_with_good_input_reads_everything(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "A\nIsi.")
    assert [a.title for a in read([tmp_path], strict=True).articles] == ["A"]


def test_related_line_with_two_glued_titles_gives_two_links() -> None:
    line = (
        "Baca Juga:Warga Desa Sukamaju Gelar Lomba Perahu Hias 2024"
        "Pemkab Siapkan Anggaran Baru untuk Jalan Desa"
    )
    a = parse_text(f"Judul\nJAKARTA, KOMPAS.COM - Isi berita.\n{line}\nParagraf berikutnya.")
    assert [r.title.text for r in a.related] == [
        "Warga Desa Sukamaju Gelar Lomba Perahu Hias 2024",
        "Pemkab Siapkan Anggaran Baru untuk Jalan Desa",
    ]
    assert all(r.line.text == line for r in a.related)
    assert_spans_slice(a)


@pytest.mark.parametrize(
    "title",
    [
        "Partai NasDem Usung Calon Baru di Pilkada Kota",  # a name with an inner capital
        "Video TikTok Kampanye Viral, Bawaslu Beri Teguran",
        "Ketua KPU: Kotak Suara Tiba Besok",  # too short to be two titles
    ],
)
def test_related_title_with_inner_capital_stays_one(title: str) -> None:
    a = parse_text(f"Judul\nIsi berita.\nBACA JUGA: {title}\nLagi.")
    assert [r.title.text for r in a.related] == [title]


def test_related_link_inside_a_paragraph_after_a_sentence() -> None:
    a = parse_text(
        "Judul\nKPU menggelar rapat pleno. Baca juga: Bawaslu Awasi Rapat Pleno Terbuka\nLagi."
    )
    assert [r.title.text for r in a.related] == ["Bawaslu Awasi Rapat Pleno Terbuka"]
    assert a.related[0].line.text == "Baca juga: Bawaslu Awasi Rapat Pleno Terbuka"
    assert_spans_slice(a)
