"""Patterns of real news (fifty-second session), each on sentences written for it. The helpers
live in test_extract_real_patterns and test_extract_real_patterns_l."""

from __future__ import annotations

from test_extract_real_patterns import attendees, offices, run
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


def test_a_regional_head_disciplines_a_civil_servant() -> None:
    r = run("Penjabat Bupati Garut, Barnas Adjidin, menjatuhkan hukuman disiplin sedang kepada "
            "Kepala Desa Sukamaju, Dede Suherman, karena terbukti tidak netral.")
    assert sanctioning(r) == {("Pemkab Garut", "Dede Suherman")}
    assert sanction_labels(r) == {"Dede Suherman": "hukuman disiplin sedang"}


def test_banners_taken_down_are_no_sanction_of_a_candidate() -> None:
    r = run("Dalam kampanye itu, calon Wali Kota Bandung Arfi Rafnialdi menyinggung spanduk dan "
            "poster yang dirusak dan dicopot oleh orang tidak dikenal.")
    assert sanctioning(r) == set()


# -- offices and names -------------------------------------------------------------------------


def test_a_division_takes_the_body_of_the_division_named_before_it() -> None:
    """Two KPUs in the article tell no KPU by themselves; the commissioners' divisions are
    listed one after the other, the body named with the first."""
    r = run("KPU Sulawesi Utara menggelar rapat koordinasi persiapan PSU di Talaud, Jumat "
            "(14/3/2025). Ketua Divisi Teknis KPU Sulut, Salman Saelangi, memimpin rapat. "
            "Ketua Divisi Hukum dan Pengawasan, Meidy Tinangon, menegaskan agar tidak terjadi "
            "PSU berulang. Ketua KPU Kabupaten Kepulauan Talaud, Andri Sumolang, hadir secara "
            "daring.")
    assert ("Meidy Tinangon", "Ketua Divisi Hukum dan Pengawasan",
            "KPU Provinsi Sulawesi Utara") in offices(r)


def test_a_headline_verb_ends_a_name_and_says_who_came() -> None:
    r = run("Penajam Paser Utara - Anggota Bawaslu Provinsi Kalimantan Timur Galeh Akbar "
            "Tanjung Hadiri Pelantikan dan Pembekalan Panwascam Kabupaten Penajam Paser Utara "
            "pada Sabtu (25/5/2024).")
    assert ("Galeh Akbar Tanjung", "Anggota", "Bawaslu Provinsi Kalimantan Timur") in offices(r)
    assert "Galeh Akbar Tanjung" in attendees(r)


def test_an_official_set_off_by_commas_who_speaks_in_the_report_took_part() -> None:
    r = run("KPU Sulawesi Utara menggelar rapat koordinasi persiapan PSU di Manado, Jumat "
            "(14/3/2025). Ketua Divisi Teknis KPU Sulut, Salman Saelangi, memimpin rapat. "
            "Sementara itu, Ketua Divisi Sosdiklih KPU Sulut, Awaluddin Umbola, menyoroti "
            "pentingnya koordinasi dengan para pemangku kepentingan.")
    assert "Awaluddin Umbola" in attendees(r)


def test_the_scripture_read_at_an_opening_is_no_person() -> None:
    r = run("Kampanye dimulai dengan pembacaan ayat suci Al Qur’an dan doa, Sabtu (23/6).")
    assert not [e for e in r.entities if e.type.value == "Person"]


def test_a_degree_typed_with_a_comma_inside_it_is_no_person() -> None:
    r = run("Penjabat Bupati Sarolangun Dr Ir Bachril Bakri, M.App, Sc memimpin langsung rapat "
            "Forkopimda Kabupaten Sarolangun, Senin (9/10/2023).")
    persons = {e.label for e in r.entities if e.type.value == "Person"}
    assert persons == {"Bachril Bakri"}


def test_the_editors_word_in_a_quote_is_no_person() -> None:
    r = run("KPU Kabupaten Gorontalo melantik anggota PPS, Kamis (26/1/2023). “Teman-teman "
            "(Anggota PPS, Red) sengaja kita lantik di luar gedung,” terang ketua KPU Kabupaten "
            "Gorontalo, Rasid Patamani.")
    persons = {e.label for e in r.entities if e.type.value == "Person"}
    assert persons == {"Rasid Patamani"}
