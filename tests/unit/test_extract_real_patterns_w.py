"""Patterns met in real articles (thirty-ninth session), each on sentences written for it. The
helpers live in test_extract_patterns and test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import labels

from electgraph.model import EntityType


def test_a_headline_s_passive_verb_after_a_body_is_no_person() -> None:
    """"Komisioner KPU Garut Disanksi DKPP": di- before a dictionary word ("sanksi", "edukasi")
    is a passive verb in a headline's capitals, not the name of the office's holder."""
    text = ("Seluruh Komisioner KPU Garut Disanksi DKPP\n"
            "GARUT - DKPP menjatuhkan sanksi peringatan kepada Ketua KPU Garut, Budi Santoso.\n"
            "Pelajar Sekolah Garut Diedukasi Bawaslu Soal Pemilu\n")
    people = labels(text, EntityType.PERSON)
    assert "Budi Santoso" in people, people
    assert not {"Disanksi", "Diedukasi"} & set(people), people


def test_a_governor_s_office_contracted_with_its_province_is_no_name() -> None:
    """"Paslon Gubkalbar dan Wagubkalbar", "Cagubkalbar Budi Santoso": the office and its
    province in one word; the name after the candidate's form is the person."""
    text = ("PONTIANAK - KPU Kalimantan Barat mengundi nomor urut paslon Gubkalbar dan "
            "Wagubkalbar di Hotel Mercure Pontianak. Ketua KPU meminta Cagubkalbar Budi "
            "Santoso menenangkan pendukungnya.\n")
    people = labels(text, EntityType.PERSON)
    assert "Budi Santoso" in people, people
    assert not {"Gubkalbar", "Wagubkalbar", "Cagubkalbar Budi Santoso"} & set(people), people
