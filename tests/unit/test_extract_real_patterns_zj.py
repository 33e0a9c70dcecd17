"""Patterns of real news (fifty-second session), each on sentences written for it. The helpers
live in test_extract_real_patterns and test_extract_real_patterns_l."""

from __future__ import annotations

from test_extract_real_patterns import run
from test_extract_real_patterns_l import sanctioning

from electgraph.model import Extraction, FactKind

# -- sanctions: the ways a verdict is written that the dev half had too few of -----------------


def sanction_labels(r: Extraction) -> dict[str, str]:
    names = {e.key: e.label for e in r.entities}
    return {names[f.object or ""]: str(f.quals.get("sanction")) for f in r.by_kind(
        FactKind.SANCTIONS)}


def test_a_removal_by_copot_is_a_sanction() -> None:
    r = run("DKPP mencopot Ketua KPU Kabupaten Lanny Jaya, Yustinus Wenda, dari jabatannya. "
            "Sementara itu, anggota KPU Kabupaten Lanny Jaya, Markus Yikwa, dicopot dari "
            "jabatannya sebagai ketua divisi oleh DKPP.")
    assert sanctioning(r) == {("DKPP RI", "Yustinus Wenda"), ("DKPP RI", "Markus Yikwa")}


def test_removed_from_the_chair_by_copot_is_labelled_as_such() -> None:
    r = run("Akibatnya, Frans Kambu dicopot dari jabatannya sebagai Ketua KPU Kabupaten Maybrat "
            "oleh DKPP.")
    assert sanction_labels(r) == {"Frans Kambu": "pemberhentian dari jabatan ketua"}


def test_a_sanction_of_removal_without_its_term() -> None:
    r = run("KPU Kabupaten Humbang Hasundutan memberikan sanksi pemberhentian kepada anggota "
            "PPS Desa Lintong, Rudolf Simamora.")
    assert sanctioning(r) == {("KPU Kabupaten Humbang Hasundutan", "Rudolf Simamora")}


def test_a_decree_about_a_removal_still_names_its_persons_after_it() -> None:
    """"Pemberhentian" alone stays a noun whose persons follow it, not a sanction of the verb's
    pattern (which would look for a verb and find none)."""
    r = run("KPU Kabupaten Lebak menerbitkan Surat Keputusan tentang Pemberhentian Tidak Dengan "
            "Hormat Asep Kurnia sebagai Ketua PPS Desa Sukajaya.")
    assert sanctioning(r) == {("KPU Kabupaten Lebak", "Asep Kurnia")}


def test_each_sanction_with_its_own_addressee() -> None:
    r = run("DKPP menjatuhkan sanksi peringatan keras kepada Teradu I Yohanes Bano dan "
            "peringatan kepada Teradu II Maria Lede.")
    assert sanctioning(r) == {("DKPP RI", "Yohanes Bano"), ("DKPP RI", "Maria Lede")}
    assert sanction_labels(r) == {"Yohanes Bano": "peringatan keras", "Maria Lede": "peringatan"}


def test_two_sanctions_with_one_addressee_are_both_his() -> None:
    r = run("DKPP menjatuhkan sanksi peringatan keras dan pemberhentian dari jabatan ketua "
            "kepada Teradu I Simon Tabuni selaku Ketua KPU Kabupaten Tolikara.")
    assert sanctioning(r) == {("DKPP RI", "Simon Tabuni")}


def test_a_sanction_named_before_the_verb_is_not_split_from_it() -> None:
    r = run("Selain pemberhentian tetap, DKPP menjatuhkan sanksi peringatan keras terhadap satu "
            "anggota KPU Kota Tidore, Ridwan Hasan.")
    assert sanctioning(r) == {("DKPP RI", "Ridwan Hasan")}


def test_a_verdict_names_its_person_as_the_object_of_an_earlier_verb() -> None:
    r = run("Dalam putusannya, DKPP menyatakan Teradu Irwan Lubis selaku anggota Bawaslu "
            "Kabupaten Labuhanbatu terbukti melanggar kode etik dan menjatuhkan sanksi "
            "peringatan.")
    assert sanctioning(r) == {("DKPP RI", "Irwan Lubis")}


def test_a_verdict_that_clears_its_person_is_still_no_sanction() -> None:
    r = run("Dalam putusannya, DKPP menyatakan Teradu Irwan Lubis tidak terbukti melanggar kode "
            "etik dan merehabilitasi nama baiknya.")
    assert sanctioning(r) == set()
