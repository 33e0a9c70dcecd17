"""One test per pattern the extractor supports, on sentences written for it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from electgraph.extract import extract
from electgraph.ingest import parse_text
from electgraph.model import EntityType, Extraction, FactKind


def run(body: str, title: str = "Judul Berita Pilkada") -> Extraction:
    return extract(parse_text(f"{title}\n{body}\n"))


def roles(result: Extraction) -> set[tuple[str, str, str | None]]:
    labels = {e.key: e.label for e in result.entities}
    return {
        (labels[f.subject], f.quals["role"], labels.get(f.object or ""))
        for f in result.by_kind(FactKind.HOLDS_ROLE)
    }


def persons(result: Extraction) -> set[str]:
    return {e.label for e in result.entities if e.type is EntityType.PERSON}


def test_appositive_role_before_name_with_long_body_name() -> None:
    r = run("PALU - Ketua Komisi Pemilihan Umum (KPU) Kota Palu, Hasanuddin Lamasa, membuka rapat.")
    assert ("Hasanuddin Lamasa", "Ketua", "KPU Kota Palu") in roles(r)


def test_role_after_name() -> None:
    r = run("Menurut Dewi Lestari, Anggota Bawaslu Kabupaten Sleman, pengawasan diperketat.")
    assert ("Dewi Lestari", "Anggota", "Bawaslu Kabupaten Sleman") in roles(r)


def test_role_without_commas_and_division_title() -> None:
    r = run("Kordiv Hukum dan Pengawasan KPU Jepara Ahmad Rifai mengatakan tahapan aman.")
    assert ("Ahmad Rifai", "Kordiv Hukum dan Pengawasan", "KPU Kabupaten Jepara") in roles(r)


def test_selaku_and_honorifics_degrees_are_attributes() -> None:
    r = run("Hadir pula H. Bambang Sutejo, S.H., M.Si. selaku Ketua Bawaslu Provinsi Jawa Tengah.")
    assert ("Bambang Sutejo", "Ketua", "Bawaslu Provinsi Jawa Tengah") in roles(r)
    person = next(e for e in r.entities if e.label == "Bambang Sutejo")
    assert person.attrs["honorifics"] == "H"
    assert "S.H." in person.attrs["degrees"]


def test_acting_and_implied_body() -> None:
    r = run("Rapat dihadiri Pj Bupati Garut Barnas Adjidin dan Kapolres Garut AKBP Mochamad Fajar.")
    found = roles(r)
    assert ("Barnas Adjidin", "Pj Bupati", "Pemkab Garut") in found
    assert ("Mochamad Fajar", "Kapolres", "Polres Garut") in found
    status = {f.quals["role"]: f.quals["status"] for f in r.by_kind(FactKind.HOLDS_ROLE)}
    assert status["Pj Bupati"] == "acting"


def test_former_role_is_marked_former() -> None:
    r = run("Narasumber kegiatan adalah Andi Baso, mantan Ketua KPU Kota Makassar.")
    status = {f.quals["role"]: f.quals["status"] for f in r.by_kind(FactKind.HOLDS_ROLE)}
    assert status.get("Ketua") == "former"


def test_list_of_members_inherits_the_body() -> None:
    r = run(
        "Ketua Bawaslu Kota Kendari, Rahmat Hidayat, datang bersama dua anggotanya, "
        "Sitti Rahma dan Yusuf Laode."
    )
    found = roles(r)
    assert ("Sitti Rahma", "Anggota", "Bawaslu Kota Kendari") in found
    assert ("Yusuf Laode", "Anggota", "Bawaslu Kota Kendari") in found


def test_host_and_attendance() -> None:
    r = run(
        "BLITAR - KPU Kabupaten Blitar menggelar rapat koordinasi logistik, Senin (7/10/2024). "
        "Rapat tersebut dihadiri Ketua Bawaslu Kabupaten Blitar, Hakam Sholahuddin."
    )
    labels = {e.key: e.label for e in r.entities}
    hosts = {(labels[f.subject], labels[f.object or ""]) for f in r.by_kind(FactKind.HOSTS)}
    attends = {(labels[f.subject], labels[f.object or ""]) for f in r.by_kind(FactKind.ATTENDS)}
    assert ("KPU Kabupaten Blitar", "rapat koordinasi logistik") in hosts
    assert ("Hakam Sholahuddin", "rapat koordinasi logistik") in attends


def test_represented_official_does_not_attend() -> None:
    r = run(
        "KPU Kota Bima menggelar sosialisasi. Wali Kota Bima diwakili oleh Asisten I, "
        "Junaidin Ahmad."
    )
    labels = {e.key: e.label for e in r.entities}
    attends = {labels[f.subject] for f in r.by_kind(FactKind.ATTENDS)}
    assert "Junaidin Ahmad" in attends


def test_future_event_has_no_attendance() -> None:
    r = run(
        "KPU Kota Ambon akan menggelar debat publik pada Sabtu. Debat akan dihadiri "
        "Ketua KPU Kota Ambon, Hasan Tuasikal."
    )
    assert not list(r.by_kind(FactKind.ATTENDS))


def test_quote_with_named_speaker_and_ujarnya() -> None:
    r = run(
        "Ketua KPU Kota Batu, Heru Joko, menegaskan kesiapan logistik.\n"
        '"Semua kotak suara sudah tiba di gudang," ujarnya.\n'
        '"Kami siap," kata Heru Joko.'
    )
    speakers = {f.subject for f in r.by_kind(FactKind.QUOTES)}
    assert speakers == {"person:heru joko"}
    texts = {f.quals["text"] for f in r.by_kind(FactKind.QUOTES)}
    assert "Semua kotak suara sudah tiba di gudang" in texts


def test_candidate_pair_with_ballot_number() -> None:
    r = run("Pasangan calon nomor urut 2, Budi Santoso-Rina Wulandari, diusung Partai Golkar.")
    cands = {f.subject: f.quals for f in r.by_kind(FactKind.CANDIDATES)}
    assert set(cands) == {"person:budi santoso", "person:rina wulandari"}
    assert cands["person:budi santoso"]["number"] == "2"
    assert cands["person:budi santoso"]["running_mate"] == "person:rina wulandari"


def test_witness_of_a_pair_is_not_a_candidate() -> None:
    r = run("Turut hadir saksi paslon nomor urut 1, Ahmad Zaki, dalam rapat pleno.")
    assert not list(r.by_kind(FactKind.CANDIDATES))


def test_versus_names_two_candidates() -> None:
    r = run("Pilkada Kota Blitar mempertemukan Syauqul Muhibbin Vs Bambang Rianto.")
    assert {f.subject for f in r.by_kind(FactKind.CANDIDATES)} == {
        "person:syauqul muhibbin",
        "person:bambang rianto",
    }


def test_baca_juga_is_a_link_and_not_a_source_of_facts() -> None:
    r = run(
        "Ketua KPU Kota Solo, Nurul Sutarti, membuka rapat.\n"
        "BACA JUGA:Ketua DPRD Kota Solo Budi Prasetyo Dilantik"
    )
    links = [f.quals["title"] for f in r.by_kind(FactKind.RELATES_TO)]
    assert links == ["Ketua DPRD Kota Solo Budi Prasetyo Dilantik"]
    assert "Budi Prasetyo" not in persons(r)


def test_short_mention_links_to_the_full_name() -> None:
    r = run("Sekretaris KPU Banyuasin, Agus Fauzie, hadir. Menurut Fauzie, rapat lancar.")
    assert persons(r) == {"Agus Fauzie"}


def test_generic_role_without_name_yields_nothing() -> None:
    r = run("Ketua panitia acara menyampaikan terima kasih kepada warga.")
    assert not r.facts


def test_places_come_with_codes() -> None:
    r = run("Pilkada di Kabupaten Banyuasin, Sumatera Selatan, berjalan lancar.")
    places = {e.label: e.attrs for e in r.entities if e.type is EntityType.PLACE}
    assert places["Kabupaten Banyuasin"]["code"] == "16.07"
    assert places["Sumatera Selatan"]["code"] == "16"


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=400))
def test_any_text_extracts_and_evidence_slices(body: str) -> None:
    try:
        article = parse_text("Judul\n" + body)
    except Exception as e:  # an empty body is an InputError, which is fine
        assert type(e).__name__ == "InputError"
        return
    result = extract(article)
    for fact in result.facts:
        ev = fact.evidence
        assert article.text[ev.start : ev.end] == ev.text


def test_second_office_of_the_same_person() -> None:
    r = run(
        "Anggota KPU Provinsi Riau, Fauzan Hakim, yang juga menjabat Koordinator Divisi "
        "Teknis Penyelenggaraan KPU Provinsi Riau, membuka rapat."
    )
    found = roles(r)
    assert ("Fauzan Hakim", "Anggota", "KPU Provinsi Riau") in found
    assert (
        "Fauzan Hakim",
        "Koordinator Divisi Teknis Penyelenggaraan",
        "KPU Provinsi Riau",
    ) in found


def test_unit_name_with_commas_and_office_named_with_its_body() -> None:
    r = run(
        "Hadir Kasubag Perencanaan, Data dan Informasi KPU Kota Bogor, Dedi Kurnia, serta "
        "Kepala Badan Kesbangpol Kota Bogor, Rina Aprilia."
    )
    found = roles(r)
    assert ("Dedi Kurnia", "Kasubag Perencanaan, Data dan Informasi", "KPU Kota Bogor") in found
    # the body as written ("Badan Kesbangpol"), one with "Kesbangpol Kota Bogor"
    assert ("Rina Aprilia", "Kepala Badan Kesbangpol", "Badan Kesbangpol Kota Bogor") in found


def test_academic_office_skips_the_faculty() -> None:
    r = run("Panelis debat antara lain Dosen Fakultas Hukum Universitas Andalas, Dr. Rahmi Yusuf.")
    assert ("Rahmi Yusuf", "Dosen", "Universitas Andalas") in roles(r)


def test_local_body_named_after_its_district() -> None:
    r = run("Rapat dipimpin Ketua PPK Ceper, Bambang Widodo, di Pendapa Kecamatan Ceper.")
    assert ("Bambang Widodo", "Ketua", "PPK Ceper") in roles(r)


def test_event_in_a_bodys_own_office_is_hosted_by_it() -> None:
    r = run(
        "Ketua KPU Kabupaten Garut, Ahmad Syarif, membuka sosialisasi pemilih disabilitas "
        "di Aula KPU Garut, Selasa (29/10/2024)."
    )
    labels = {e.key: e.label for e in r.entities}
    hosts = {(labels[f.subject], labels[f.object or ""]) for f in r.by_kind(FactKind.HOSTS)}
    assert ("KPU Kabupaten Garut", "sosialisasi pemilih disabilitas") in hosts
    assert "Aula KPU Garut" in {e.label for e in r.entities if e.type is EntityType.PLACE}


def test_candidates_of_a_past_debate_attend_it() -> None:
    r = run(
        "KPU Kota Blitar menggelar debat publik pertama, Sabtu (26/10/2024). Pasangan calon "
        "nomor urut 1, Samanhudi Anwar-Yudhi Meira, beradu gagasan dengan paslon nomor urut 2, "
        "Syauqul Muhibbin-Elim Tyu Samba."
    )
    attends = {f.subject for f in r.by_kind(FactKind.ATTENDS)}
    assert {"person:samanhudi anwar", "person:syauqul muhibbin"} <= attends


def test_a_sentence_ends_after_a_date_in_brackets() -> None:
    r = run(
        "KPU Kota Palu menggelar deklarasi kampanye damai, Selasa (24/9/2024). Deklarasi "
        "dihadiri Ketua Bawaslu Kota Palu, Ivan Yudharta. Masa kampanye berlangsung hingga "
        "23 November mendatang."
    )
    assert {f.subject for f in r.by_kind(FactKind.ATTENDS)} == {"person:ivan yudharta"}


def test_dotted_initials_after_a_name_are_a_degree() -> None:
    r = run("Kapolres Sukabumi AKBP Hendra Wiguna Pratama, S.I.K., M.H., membuka apel siaga.")
    person = next(e for e in r.entities if e.type is EntityType.PERSON)
    assert person.label == "Hendra Wiguna Pratama"
    assert person.attrs["degrees"] == "S.I.K., M.H."
    assert person.attrs["rank"] == "AKBP"


def test_the_chair_who_leads_a_meeting_makes_his_body_its_host() -> None:
    r = run(
        "Rapat pleno terbuka digelar di Hotel Santika, Kamis (5/12/2024). Rapat dipimpin "
        "Ketua KPU Kota Kendari, Jumwal Shaleh."
    )
    labels = {e.key: e.label for e in r.entities}
    hosts = {labels[f.subject] for f in r.by_kind(FactKind.HOSTS)}
    assert hosts == {"KPU Kota Kendari"}


def test_a_meeting_named_with_its_body_is_hosted_by_it() -> None:
    r = run("Penetapan dilakukan dalam rapat pleno terbuka KPU Kabupaten Tebo pada 9 Januari lalu.")
    labels = {e.key: e.label for e in r.entities}
    assert {labels[f.subject] for f in r.by_kind(FactKind.HOSTS)} == {"KPU Kabupaten Tebo"}


def test_a_name_inside_a_sentence_is_a_person_but_a_place_or_a_noun_is_not() -> None:
    r = run(
        "Bimtek dibuka di Kecamatan Tarogong Kidul. Materi disampaikan Rika Oktavia. "
        "Tema debat adalah Penguatan Pelayanan Publik."
    )
    assert persons(r) == {"Rika Oktavia"}


def test_names_in_a_semicolon_list_are_persons() -> None:
    r = run(
        "Hadir dalam rapat, yakni Ketua Bawaslu Kota Bima, Sahrul Amri; Zulkifli; dan "
        "Nurhayati Ahmad."
    )
    assert {"Sahrul Amri", "Zulkifli", "Nurhayati Ahmad"} <= persons(r)


def test_who_is_quoted_in_the_report_of_a_past_event_attended_it() -> None:
    r = run(
        "KPU Kota Palu menggelar rapat koordinasi logistik, Senin (7/10/2024).\n"
        '"Logistik harus tiba tepat waktu," ujar Ketua KPU Kota Palu, Agussalim Wahid.'
    )
    assert {f.subject for f in r.by_kind(FactKind.ATTENDS)} == {"person:agussalim wahid"}


def test_an_office_described_then_named() -> None:
    r = run(
        'Kapolres Lampung Tengah meninjau simulasi.\n"Kami siapkan satu personel untuk dua '
        'TPS," ujar Kapolres.\nKapolres yang baru sebulan menjabat itu, AKBP Andi Wirawan '
        "Pratama, juga meninjau gudang logistik."
    )
    assert ("Andi Wirawan Pratama", "Kapolres", "Polres Lampung Tengah") in roles(r)
    assert {f.subject for f in r.by_kind(FactKind.QUOTES)} == {"person:andi wirawan pratama"}


def test_an_organisation_known_by_its_acronym() -> None:
    r = run("Hadir Ketua Aliansi Jurnalis Independen (AJI) Gorontalo, Syarifah Husain.")
    assert ("Syarifah Husain", "Ketua", "AJI Gorontalo") in roles(r)


_SOUP = [
    "Ketua", "KPU", "Kabupaten", "Banyuasin", ",", "Legar", "Saputra", "(", ")", '"', "ujar",
    "menghadiri", "rapat", "koordinasi", "Pj", "Bupati", "Kapolres", "AKBP", "H.", "S.H.", "-",
    "dan", "yakni", ";", "BACA JUGA:", "\n", "Pasangan", "nomor", "urut", "1", "Vs", "di", "Aula",
    "Bawaslu", "yang", "itu", "digelar", "oleh", "calon", "Dandim", "0402/OKI", "Desa", "PPK",
    "Kepala", "Dinas", "(AJI)", "dipimpin", "Menurut", "ujarnya", "Sumsel", "Pilkada", "2024",
    "Kamis", "(31/3/2022).",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SOUP) | st.text(max_size=6), min_size=1, max_size=60))
def test_any_mix_of_the_words_the_rules_look_for_extracts(parts: list[str]) -> None:
    # Random text rarely reaches the rules; a soup of their own cue words does.
    try:
        article = parse_text("Judul\n" + " ".join(parts))
    except Exception as e:
        assert type(e).__name__ == "InputError"
        return
    for fact in extract(article).facts:
        assert article.text[fact.evidence.start : fact.evidence.end] == fact.evidence.text


def test_common_words_are_no_person() -> None:
    r = run(
        "Paslon itu mengusung slogan Maju Adil Merata dalam kampanye di Kota Palu. "
        "Ketua KPU Kota Palu, Hasanuddin Lamasa, mengajak warga datang. "
        "Kegiatan itu bertujuan Mengedukasi Masyarakat tentang Pilkada."
    )
    found = persons(r)
    assert "Hasanuddin Lamasa" in found
    assert not found & {"Maju Adil Merata", "Mengedukasi Masyarakat"}


def test_common_word_name_kept_as_short_mention_of_full_name() -> None:
    r = run(
        "Ketua KPU Kabupaten Sleman, Ada Suci Makbullah, membuka rapat pleno. "
        '"Kami siap," kata Suci.'
    )
    person = next(e for e in r.entities if e.label == "Ada Suci Makbullah")
    assert "Suci" in person.aliases


def test_sought_offices_are_no_held_roles() -> None:
    r = run(
        "KPU Provinsi Jambi menetapkan pasangan Ahmad Sanusi dan Rina Wulandari sebagai "
        "Gubernur dan Wakil Gubernur Jambi periode 2025-2030. Hadir pula Bakal Calon Bupati "
        "dan Wakil Bupati Hendra Kusuma dan Joko Sembiring."
    )
    held = {p for p, _, _ in roles(r)}
    assert not held & {"Ahmad Sanusi", "Rina Wulandari", "Hendra Kusuma", "Joko Sembiring"}


def test_retired_rank_glued_words_and_broadcasters_are_not_names() -> None:
    r = run(
        "Pasangan Jenderal TNI (Purn) Budiman Santoso dan Rudi Hartono mendaftar ke KPU. "
        "Debat disiarkan langsung oleh Sinar TV dari Gedung Serbaguna. "
        "Ketua KPU KotaBaru Sulaiman Effendi membuka debat."
    )
    found = persons(r)
    assert "Budiman Santoso" in found
    assert not any("Purn" in p or "TV" in p or "KotaBaru" in p for p in found)
    person = next(e for e in r.entities if e.label == "Budiman Santoso")
    assert "(Purn)" in person.attrs["rank"]


def attendees(result: Extraction) -> set[str]:
    labels = {e.key: e.label for e in result.entities}
    return {labels.get(f.subject, f.subject) for f in result.by_kind(FactKind.ATTENDS)}


def test_absence_is_not_attendance() -> None:
    r = run(
        "KPU Kabupaten Sleman menggelar rapat pleno terbuka di Aula KPU Sleman. "
        "Rapat pleno dihadiri Ketua Bawaslu Sleman Arjuna Wibisono. "
        "Bupati Sleman Harda Kiswaya tidak hadir dalam rapat pleno itu, namun diwakili "
        "Sekda Sleman Susmiarto."
    )
    found = attendees(r)
    assert "Arjuna Wibisono" in found
    assert "Susmiarto" in found
    assert "Harda Kiswaya" not in found


def test_pairs_joined_by_en_dash_all_attend() -> None:
    r = run(
        "KPU Kota Palu menggelar debat publik di Gedung Serbaguna. "
        "Debat publik dihadiri pasangan Ahmad Kurnia–Rahmi, Budi Santoso–Wirda Sari dan "
        "Candra Gunawan–Dedi."
    )
    found = attendees(r)
    assert {"Ahmad Kurnia", "Rahmi", "Budi Santoso", "Wirda Sari", "Candra Gunawan"} <= found
    assert "Dedi" in found


def test_body_carried_through_list_of_members() -> None:
    r = run(
        "Ketua DKPP Heddy Lukito menyatakan bahwa Rahmat Hidayat selaku ketua KPU Jepara dan "
        "dua komisioner lainnya yaitu Siti Aminah dan Joko Prasetyo melanggar kode etik."
    )
    found = roles(r)
    assert ("Siti Aminah", "komisioner", "KPU Kabupaten Jepara") in found
    assert ("Joko Prasetyo", "komisioner", "KPU Kabupaten Jepara") in found
    assert not any(p in ("Siti Aminah", "Joko Prasetyo") and o == "DKPP RI" for p, _, o in found)

def candidates(result: Extraction) -> set[str]:
    return {f.subject for f in result.by_kind(FactKind.CANDIDATES)}


def test_pairs_of_a_list_with_their_parties_in_brackets_are_all_candidates() -> None:
    r = run(
        "Ketiganya adalah pasangan Rudi Hartono dan Sinta Dewi (Golkar, PAN), "
        "Bayu Saputra dan Lina Marlina (PKB), serta Eko Prasetyo dan Wati Susanti (PDIP)."
    )
    assert candidates(r) == {
        "person:rudi hartono", "person:sinta dewi", "person:bayu saputra",
        "person:lina marlina", "person:eko prasetyo", "person:wati susanti",
    }  # fmt: skip


def test_a_pair_known_by_its_nickname_stands_for_both_members() -> None:
    r = run(
        "Dua paslon itu adalah Hendra Gunawan-Yusuf Maulana (Hebat) dan Dodi Irawan-Maya Sari "
        "(Dimas). Pasangan Hebat mendaftar lebih dulu ke kantor KPU."
    )
    found = candidates(r)
    assert {"person:hendra gunawan", "person:yusuf maulana"} <= found
    assert not any("hebat" in key or "dimas" in key for key in found)


def test_a_pair_introduced_after_its_names() -> None:
    r = run(
        "Di Pilkada Kota Sorong ada Arif Budiman berpasangan dengan Nina Kartika, serta "
        "Joko Susilo dan Ratna Sari dengan nomor urut 02."
    )
    assert candidates(r) == {
        "person:arif budiman", "person:nina kartika", "person:joko susilo", "person:ratna sari",
    }  # fmt: skip
    numbers = {f.subject: f.quals.get("number") for f in r.by_kind(FactKind.CANDIDATES)}
    assert numbers["person:joko susilo"] == "2"


def test_next_pair_after_a_relative_clause_and_a_speaker_is_not_one() -> None:
    r = run(
        "Yakni pasangan Agus Salim-Rina Anggraini yang diajukan PDIP dan Galih Sakti-Dewi "
        "Kirana yang diajukan Golkar. Paslon ini, sebut Hasan Basri, siap berlaga."
    )
    assert candidates(r) == {
        "person:agus salim", "person:rina anggraini", "person:galih sakti", "person:dewi kirana",
    }  # fmt: skip


def test_elected_heads_are_candidates() -> None:
    r = run("Bupati dan Wakil Bupati Sleman terpilih yakni Teguh Wibowo-Tono Saputra juga hadir.")
    assert candidates(r) == {"person:teguh wibowo", "person:tono saputra"}


def nominations(result: Extraction) -> set[tuple[str, str]]:
    labels = {e.key: e.label for e in result.entities}
    return {(labels[f.subject], f.object or "") for f in result.by_kind(FactKind.NOMINATES)}


def test_parties_in_brackets_after_each_pair_of_a_list_back_that_pair() -> None:
    r = run(
        "Ada dua pasangan calon, yakni pasangan Rudi Hartono dan Sinta Dewi (Golkar, PAN), "
        "serta Bayu Saputra dan Lina Marlina (PKB)."
    )
    assert nominations(r) == {
        ("Partai Golkar", "person:rudi hartono"), ("Partai Golkar", "person:sinta dewi"),
        ("PAN", "person:rudi hartono"), ("PAN", "person:sinta dewi"),
        ("PKB", "person:bayu saputra"), ("PKB", "person:lina marlina"),
    }  # fmt: skip


def test_a_pair_nickname_is_backed_as_both_members() -> None:
    r = run(
        "Paslon yang ditetapkan adalah Hendra Gunawan-Yusuf Maulana (Hebat). "
        "Pasangan Hebat didukung oleh PKS dan Gerindra."
    )
    assert nominations(r) == {
        ("PKS", "person:hendra gunawan"), ("PKS", "person:yusuf maulana"),
        ("Partai Gerindra", "person:hendra gunawan"),
        ("Partai Gerindra", "person:yusuf maulana"),
    }  # fmt: skip


def test_a_rekom_backs_the_pair_and_a_speaker_named_passively_is_not_backed() -> None:
    r = run(
        "DPP Demokrat memberikan rekom kepada pasangan Agus Salim dan Rina Anggraini. "
        "Rekom itu diungkapkan Dedi Kurnia diserahkan oleh Ketua DPP Demokrat. "
        "Dengan rekom Demokrat, Agus-Rina kini cukup kursi untuk mendaftar."
    )
    found = nominations(r)
    assert ("DPP Partai Demokrat", "person:agus salim") in found
    assert not any(person == "person:dedi kurnia" for _, person in found)
    # The party and its central board backing one person are one backing.
    assert ("Partai Demokrat", "person:agus salim") not in found


def sanctions(result: Extraction) -> set[tuple[str, str | None]]:
    return {(f.object or "", f.quals.get("sanction")) for f in result.by_kind(FactKind.SANCTIONS)}


def test_two_sanctions_in_one_sentence_each_with_its_list() -> None:
    r = run(
        "DKPP menjatuhkan sanksi pemberhentian tetap kepada Ketua KPU Bantul, Rahmat Hidayat, "
        "serta menjatuhkan peringatan keras kepada tiga anggota lainnya yaitu Sari Utami, "
        "Bagus Pratama, dan Wulan Sari."
    )
    found = sanctions(r)
    assert ("person:rahmat hidayat", "pemberhentian tetap") in found
    assert {p for p, label in found if label == "peringatan keras"} == {
        "person:sari utami", "person:bagus pratama", "person:wulan sari",
    }  # fmt: skip


def test_a_plural_anaphor_takes_the_officials_listed_before() -> None:
    r = run(
        "Majelis menyatakan Rudi Santoso dan dua anggota lainnya yaitu Dina Mariana dan Joko "
        "Purnomo terbukti melanggar kode etik. Ketiganya dijatuhi sanksi teguran tertulis "
        "oleh DKPP."
    )
    assert {p for p, _ in sanctions(r)} == {
        "person:rudi santoso", "person:dina mariana", "person:joko purnomo",
    }  # fmt: skip


def test_a_list_of_the_sanctioned_runs_on_past_their_offices() -> None:
    r = run(
        "DKPP menjatuhkan sanksi peringatan kepada teradu Budi Hartono selaku Ketua KPU merangkap "
        "anggota, Rina Wati, dan Sigit Purnomo selaku anggota KPU Kabupaten Sleman."
    )
    assert {p for p, _ in sanctions(r)} == {
        "person:budi hartono", "person:rina wati", "person:sigit purnomo",
    }  # fmt: skip


def test_an_election_named_only_in_the_title() -> None:
    r = run(
        "KPU menerima berkas dua pasangan calon untuk Pilkada 2024.",
        "Dua Paslon Daftar Pilkada Jambi",
    )
    elections = {e.label for e in r.entities if e.type is EntityType.ELECTION}
    assert "Pilkada Jambi" in elections


def test_parties_by_their_other_names_nominate() -> None:
    r = run("Pasangan Agus Salim dan Rina Anggraini diusung PDI-P, Partai Kebangkitan Nusantara "
            "dan Partai Garda Republik Indonesia.")
    assert {p for p, _ in nominations(r)} == {"PDI Perjuangan", "PKN", "Partai Garuda"}


def test_a_dateline_that_names_the_outlet_first() -> None:
    from electgraph.ingest import parse_text

    a = parse_text("Judul\nWARTAKITA.NET, ACEH BESAR - Ketua KIP membuka rapat.\n", "x")
    assert (a.dateline, a.publisher) == ("ACEH BESAR", "WARTAKITA.NET")

def _events(r: Extraction) -> list[str]:
    return [e.label for e in r.entities if e.type is EntityType.EVENT]


def _hosts(r: Extraction) -> set[tuple[str, str]]:
    labels = {e.key: e.label for e in r.entities}
    return {(labels[f.subject], labels[f.object or ""]) for f in r.by_kind(FactKind.HOSTS)}


def test_one_event_named_three_ways_is_one_event_with_its_fullest_name() -> None:
    r = run(
        "KPU Kabupaten Sigi menggelar rapat pleno terbuka pada Senin (2/12/2024).\n"
        "Rapat pleno terbuka rekapitulasi hasil penghitungan suara itu dihadiri saksi.\n"
        "Rekapitulasi hasil penghitungan suara selesai sore hari."
    )
    assert _events(r) == ["Rapat pleno terbuka rekapitulasi hasil penghitungan suara"]


def test_an_earlier_debate_of_a_series_stays_another_event() -> None:
    r = run(
        "KPU Kota Bima menggelar debat publik ketiga pada Sabtu malam.\n"
        "Dalam debat publik pertama, kedua pasangan calon sempat saling sindir."
    )
    assert len(_events(r)) == 2


def test_a_letter_of_a_decision_is_not_an_event() -> None:
    r = run(
        "Usai menerima surat penetapan pemenang, DPRD Kabupaten Paser menggelar rapat "
        "paripurna pengusulan bupati terpilih, Senin (3/3/2025)."
    )
    assert _events(r) == ["rapat paripurna pengusulan bupati terpilih"]


def test_a_body_that_inaugurates_hosts_the_inauguration() -> None:
    r = run(
        "KPU Kabupaten Sinjai telah melantik 45 anggota PPK pada Kamis (16/5/2024).\n"
        '"Mulai hari ini anggota PPK terikat kode etik," kata Ketua KPU Sinjai, Rudi Hartono.'
    )
    assert ("KPU Kabupaten Sinjai", "pelantikan PPK") in _hosts(r)  # named by whom it swears in


def test_a_body_holding_the_event_in_the_headline_hosts_it() -> None:
    r = run(
        "Rapat pleno rekapitulasi berlangsung di Hotel Mutiara, Selasa (3/12/2024).\n"
        '"Semua saksi hadir," kata Ketua KPU Maluku Utara, Irwan Saleh.',
        title="KPU Maluku Utara Gelar Rapat Pleno Rekapitulasi Suara Pilgub",
    )
    assert any(org == "KPU Provinsi Maluku Utara" or org == "KPU Maluku Utara"
               for org, _ in _hosts(r)), _hosts(r)


def test_an_inauguration_done_by_the_chair_is_hosted_by_the_body() -> None:
    r = run(
        "Pelantikan dan pengambilan sumpah PPS digelar Minggu (26/5/2024) di Hotel Nirwana.\n"
        "Pelantikan dilakukan langsung Ketua KPU Kabupaten Kaur, Dewi Anggraini."
    )
    assert {org for org, _ in _hosts(r)} == {"KPU Kabupaten Kaur"}


def test_an_event_name_ends_before_a_clause() -> None:
    r = run(
        "Ketua KPU Bengkulu, Rusman Sudarsono, memimpin pengundian di kantor KPU.\n"
        "Dari hasil pengundian maka ketiga pasangan sudah memiliki nomor urut."
    )
    assert _events(r) == ["pengundian"]


def test_an_event_still_to_come_is_not_the_articles_event() -> None:
    r = run(
        "KPU Kabupaten Buol menetapkan tiga pasangan calon yang berhak mengikuti pengundian "
        "nomor urut.\n"
        '"Semua berkas lengkap," kata Ketua KPU Buol, Andi Rahman, seusai rapat pleno, Minggu.'
    )
    att = {f.object for f in r.by_kind(FactKind.ATTENDS)}
    assert att <= {"event:rapat pleno"}, att


def test_the_body_that_sent_a_letter_read_out_did_not_attend() -> None:
    r = run(
        "DPRD Kabupaten Paser menggelar rapat paripurna pengusulan bupati terpilih.\n"
        "Dalam rapat itu turut dibacakan surat dari KPU Kabupaten Paser."
    )
    assert not list(r.by_kind(FactKind.ATTENDS))


def _attendees(r: Extraction) -> set[str]:
    labels = {e.key: e.label for e in r.entities}
    return {labels[f.subject] for f in r.by_kind(FactKind.ATTENDS)}


def test_who_did_not_show_up_did_not_attend() -> None:
    r = run(
        "DPRD Kabupaten Poso menggelar rapat paripurna penetapan bupati terpilih, Senin.\n"
        "Meski bupati terpilih Verna Inkiriwang tidak tampak hadir dalam rapat itu, "
        "keputusan tetap sah."
    )
    assert "Verna Inkiriwang" not in _attendees(r)


def test_who_came_without_a_running_mate_came_alone() -> None:
    r = run(
        "KPU Kota Bima menggelar deklarasi kampanye damai pada Senin (23/9/2024).\n"
        "Calon wali kota nomor urut 2, Arif Rahman, hadir tanpa didampingi calon wakilnya, "
        "Nurlaila Sari, yang sedang sakit."
    )
    assert "Nurlaila Sari" not in _attendees(r)


def test_backing_or_broadcasting_by_a_body_is_not_hosting_or_attending() -> None:
    r = run(
        "KPU Kabupaten Kolaka menggelar debat publik kedua, Sabtu malam.\n"
        "Debat itu disiarkan langsung oleh Kolaka TV dan dihadiri pasangan calon.\n"
        "Pasangan nomor urut 1 diusung oleh Partai Hanura dan Partai Golkar."
    )
    assert {org for org, _ in _hosts(r)} == {"KPU Kabupaten Kolaka"}
    assert not _attendees(r) & {"Kolaka TV", "Partai Hanura", "Partai Golkar"}


def test_office_qualifiers_ordinals_and_new_titles() -> None:
    r = run(
        "Rapat dibuka Wakil Ketua II DPRD Sleman Bambang Wiyono dan Ketua Sementara DPRD "
        "Sleman Rina Hapsari. Hadir pula Komandan Kodim 0732/Sleman, Letkol Inf Darmawan Putra."
    )
    found = roles(r)
    assert ("Bambang Wiyono", "Wakil Ketua II", "DPRD Kabupaten Sleman") in found
    assert ("Rina Hapsari", "Ketua Sementara", "DPRD Kabupaten Sleman") in found
    assert any(p == "Darmawan Putra" and t == "Komandan" for p, t, _ in found)


def test_minister_and_academic_bodies() -> None:
    r = run(
        "Menteri Dalam Negeri Hendra Wijaya meminta ASN netral. Menurut akademisi IAIN "
        "Palopo Anwar Sadat, pemilih muda menentukan. Rektor Universitas Tadulako Prof. "
        "Irwan Basri hadir."
    )
    found = roles(r)
    assert ("Hendra Wijaya", "Menteri Dalam Negeri", "Kemendagri") in found
    assert ("Anwar Sadat", "akademisi", "IAIN Palopo") in found
    assert ("Irwan Basri", "Rektor", "Universitas Tadulako") in found


def test_each_name_takes_the_office_before_it() -> None:
    r = run(
        "Rapat dihadiri Pj Sekdakab Sleman, Joko Susilo, Ketua PA Sleman, Umar Said, dan "
        "Ketua PPK Depok Baru, Lina Marlina, serta Wakil Ketua DPRD Demisioner Yusuf Hadi."
    )
    found = roles(r)
    assert any(p == "Joko Susilo" and "Sekda" in t for p, t, _ in found)
    assert not any(p == "Joko Susilo" and t == "Ketua" for p, t, _ in found)
    assert any(p == "Umar Said" and t == "Ketua" for p, t, _ in found)
    assert any(p == "Lina Marlina" and t == "Ketua" for p, t, _ in found)
    assert "Yusuf Hadi" in persons(r)


def test_degrees_initials_and_numbered_parties() -> None:
    r = run(
        "Hadir pula Ahmad Fauzan, S. Ag dan Budi Santoso. Acara dipandu Rina Marlina, SE. "
        "M.I.Kom sebagai moderator. Kepala Kesbangpol Sleman M.Yusuf membuka acara. "
        "Sambutan disampaikan F.X. Hadi Purnomo. Teradu I Ahmad Yani dinyatakan melanggar "
        "kode etik. Dedi Kurniawan, SH selaku Ketua KPU Sleman hadir."
    )
    found = persons(r)
    assert {"Ahmad Fauzan", "Budi Santoso", "Rina Marlina", "F.X. Hadi Purnomo"} <= found
    assert "Ahmad Yani" in found
    assert not {"S. Ag", "Kom", "I Ahmad Yani", "X. Hadi Purnomo"} & found
    assert any(p == "M.Yusuf" for p, _, _ in roles(r))
    assert ("Dedi Kurniawan", "Ketua", "KPU Kabupaten Sleman") in roles(r)


def test_names_do_not_swallow_neighbours() -> None:
    r = run(
        "Turut hadir Wakil Bupati Sleman H. Danang Maharsa Unsur Forkopimda. Ketua KPU "
        "Lombok Timu Rahmat Hidayat menerima putusan itu."
    )
    found = persons(r)
    assert "Danang Maharsa" in found
    assert "Rahmat Hidayat" in found
    assert not any("Unsur" in p or "Timu" in p for p in found)


def test_bare_body_is_the_body_the_article_is_about() -> None:
    r = run(
        "KPU Kabupaten Sleman melantik anggota PPS di aula kantor. Pelantikan itu disaksikan "
        "KPU Provinsi DI Yogyakarta. KPU Sleman meminta PPS bekerja jujur.\n"
        "Ketua KPU Wahyu Pratama mengucapkan selamat kepada PPS."
    )
    assert ("Wahyu Pratama", "Ketua", "KPU Kabupaten Sleman") in roles(r)


def test_list_of_districts_is_no_list_of_persons() -> None:
    r = run(
        "Bawaslu menemukan selisih suara di empat kecamatan, yaitu Sukamerta, Cikadu, "
        "Pasirwangi dan Cibeureum. Ketua Bawaslu Garut Ahmad Rifai menyampaikan temuan itu."
    )
    found = persons(r)
    assert "Ahmad Rifai" in found
    assert not {"Sukamerta", "Cikadu", "Pasirwangi", "Cibeureum"} & found


def test_divisions_plt_and_lists_sharing_an_office() -> None:
    r = run(
        "Hadir pula Plt. Bupati Sleman Joko Widodo Saputra. Komisioner Divisi SDM KPU Sleman "
        "Ratna Dewi menjelaskan tahapan. Menurut Anggota KPU Provinsi Jambi Divisi Teknis "
        "Penyelenggara, Hasan Basri, tahapan lancar."
    )
    found = roles(r)
    assert ("Joko Widodo Saputra", "Plt Bupati", "Pemkab Sleman") in found
    assert any(p == "Ratna Dewi" and t.startswith("Komisioner Divisi") for p, t, _ in found)
    assert any(p == "Hasan Basri" and o == "KPU Provinsi Jambi" for p, _, o in found)


def test_names_listed_before_a_shared_office() -> None:
    r = run(
        "DKPP menjatuhkan sanksi kepada teradu Rudi Hartono selaku Ketua KPU Sleman merangkap "
        "anggota, Siti Aminah, Joko Santoso, dan Bambang Irawan, Dewi Sartika selaku anggota "
        "KPU Sleman. Sementara itu satu komisioner yakni Agus Salim diberhentikan dari "
        "jabatannya sebagai anggota KPU Sleman."
    )
    found = roles(r)
    for p in ("Siti Aminah", "Joko Santoso", "Bambang Irawan", "Dewi Sartika"):
        assert (p, "anggota", "KPU Kabupaten Sleman") in found
    assert ("Rudi Hartono", "Ketua", "KPU Kabupaten Sleman") in found
    assert not any(p == "Siti Aminah" and o is None for p, _, o in found)
    assert any(p == "Agus Salim" and o == "KPU Kabupaten Sleman" for p, _, o in found)


def test_misspelt_regions_bodies_and_posts_are_no_persons() -> None:
    r = run(
        "KPU menggelar pleno Pemilihan Gubernur dan Wakil Gubernur Sumatra Utara Tahun 2024. "
        "Sebanyak 500 Petugas Pengawas Pemilu dilepas di lapangan. Ketua majelis DKPP "
        "I Made Wirawan Sudana membacakan putusan, lanjut I Made."
    )
    found = persons(r)
    assert not any("Sumatra" in p or "Pengawas" in p for p in found)
    assert "I Made Wirawan Sudana" in found
    assert "I Made" not in found


def test_two_dotted_degrees_and_a_district_after_a_local_body() -> None:
    r = run(
        "Acara dibuka Rina Marlina, S.Sos. M.Si sebagai Ketua Bawaslu Sleman. Ketua PPS "
        "Kota Baru, Siti Rahma, menyampaikan laporan."
    )
    found = roles(r)
    assert ("Rina Marlina", "Ketua", "Bawaslu Kabupaten Sleman") in found
    assert any(p == "Siti Rahma" and t == "Ketua" for p, t, _ in found)
    assert not any(p.startswith("M.") or p == "Baru" for p in persons(r))


def test_a_place_between_a_body_and_a_name_ends_the_body() -> None:
    r = run(
        "Hadir Ketua PGRI Sleman Ahmad Fauzi, Ketua MUI Sleman Sirojul Munir dan Ketua KNPI "
        "Sleman, Budi Santoso."
    )
    found = roles(r)
    assert ("Ahmad Fauzi", "Ketua", "PGRI Sleman") in found
    assert ("Sirojul Munir", "Ketua", "MUI Sleman") in found
    assert ("Budi Santoso", "Ketua", "KNPI Sleman") in found


def quoted(result: Extraction) -> set[str]:
    return {f.subject for f in result.by_kind(FactKind.QUOTES)}


def test_a_name_inside_the_quote_is_not_the_speaker_of_katanya() -> None:
    r = run(
        "Ketua tim pemenangan, Rahmat Sulaiman, menyampaikan target suara.\n"
        "“Warga di sini sangat menyukai Joko Prasetyo dan Dewi Lestari,” katanya.\n"
        "“Kami optimistis,” tambahnya."
    )
    assert quoted(r) == {"person:rahmat sulaiman"}


def test_a_speaker_named_after_a_long_attribution() -> None:
    r = run(
        "Debat kedua digelar KPU Kabupaten Sleman.\n"
        "“Kami siap beradu gagasan,” kata calon bupati nomor urut dua Hendra Wijaya.\n"
        "“Tahapan berjalan lancar,” terang Kepala Bagian Tata Pemerintahan Sekretariat Daerah "
        "Kabupaten Sleman, Sri Mulyani di Sleman."
    )
    assert quoted(r) == {"person:hendra wijaya", "person:sri mulyani"}


def test_an_office_named_short_after_the_quote_is_its_holder() -> None:
    r = run(
        "Ketua KPU Sleman Rina Kartika berharap PPK bekerja jujur.\n"
        "“Regulasi harus dijalankan dengan baik,” jelas Ketua KPU.\n"
        "Pasangan calon Bupati dan Wakil Bupati juga hadir.\n"
        "“Kami mendukung penuh,” ujarnya."
    )
    assert quoted(r) == {"person:rina kartika"}


def sanctioners(result: Extraction) -> set[str]:
    labels = {e.key: e.label for e in result.entities}
    return {labels[f.subject] for f in result.by_kind(FactKind.SANCTIONS)}


def test_a_numbered_list_of_the_sanctioned_and_a_body_named_as_a_venue() -> None:
    r = run(
        "“Menjatuhkan sanksi peringatan kepada Teradu I Bambang Sutrisno selaku Ketua KPU "
        "Kabupaten Sleman,” kata Ketua Majelis DKPP RI Wahyu Hidayat di Ruang Sidang DKPP "
        "Jakarta, Senin.\n"
        "Sanksi teguran dijatuhkan kepada Teradu II Sari Utami, Teradu III Wiryono, dan "
        "Teradu IV Dodi Prasetyo sebagai anggota KPU Kabupaten Sleman."
    )
    assert {p for p, _ in sanctions(r)} == {
        "person:bambang sutrisno", "person:sari utami", "person:wiryono", "person:dodi prasetyo",
    }  # fmt: skip
    assert sanctioners(r) == {"DKPP RI"}


def test_a_pair_restated_with_a_member_spelt_otherwise_is_the_same_pair() -> None:
    r = run(
        "Pasangan calon Anton Wibisono dan Kadek Surya Darmawan (Anton-Surya) mendapat nomor "
        "urut 1.\n"
        "“Nomor urut 1, Anton Wibisono-Kadek Surya Darmawa,” kata Ketua KPU Sleman Yudi Rahman.\n"
        "Pasangan Anton Wibisono-Kadek Surya Darmawa diusung PKS dan Partai Gerindra."
    )
    assert candidates(r) == {"person:anton wibisono", "person:kadek surya darmawan"}
    assert {p for _, p in nominations(r)} == {
        "person:anton wibisono", "person:kadek surya darmawan",
    }  # fmt: skip


def test_a_running_mate_after_dengan_and_after_a_dash_with_a_known_candidate() -> None:
    r = run(
        "Hadir seluruh paslon, yakni Paslon 01 Ahmad Fauzan, dengan Rini Susanti.\n"
        "Gubernur petahana Bambang Sukoco gagal unggul di Kota Ambon.\n"
        "Bambang – Yohanes hanya meraih 25 persen suara."
    )
    assert candidates(r) == {
        "person:ahmad fauzan", "person:rini susanti", "person:bambang sukoco", "person:yohanes",
    }  # fmt: skip


def test_a_list_of_backing_parties_goes_on_in_the_next_sentence() -> None:
    r = run(
        "Pasangan calon Bupati Sleman, Agus Salim bersama Rina Anggraini, mendaftar ke KPU.\n"
        "Mereka diusung oleh Partai Golkar dan Partai Amanat Nasional (PAN).\n"
        "Kemudian Partai Buruh, Partai Garuda dan Partai Gelora."
    )
    assert {p for p, _ in nominations(r)} == {
        "Partai Golkar", "PAN", "Partai Buruh", "Partai Garuda", "Partai Gelora",
    }  # fmt: skip
    assert {p for _, p in nominations(r)} == {"person:agus salim", "person:rina anggraini"}


def test_a_pair_named_after_the_sentence_that_states_its_backing() -> None:
    r = run(
        "Gubernur petahana Hendra Gunawan gagal unggul di semua daerah pemilihan.\n"
        "Paslon 2H yang diusung PKS dan Partai Gerindra hanya berada di posisi ketiga. "
        "Hendra – Yusuf hanya meraih 25 persen suara."
    )
    assert {p for _, p in nominations(r)} == {"person:hendra gunawan", "person:yusuf"}


def test_a_pair_nickname_after_akronim_is_no_candidate_and_a_singer_is_not_backed() -> None:
    r = run(
        "Paslon nomor urut 2 Hendra Gunawan – Yusuf Maulana menggelar kampanye akbar.\n"
        "Dalam acara ini paslon dengan akronim Hayu tersebut menggandeng penyanyi dangdut.\n"
        "Kehadiran pedangdut yang dijuluki Raja Dangdut Rhoma Irama itu disambut simpatisan "
        "pasangan yang diusung PKS dan Partai Gerindra itu."
    )
    assert candidates(r) == {"person:hendra gunawan", "person:yusuf maulana"}
    assert {p for _, p in nominations(r)} == {"person:hendra gunawan", "person:yusuf maulana"}


def test_a_quote_opening_a_paragraph_continues_the_speech_reported_before() -> None:
    r = run(
        "Apel siaga digelar di Sleman.\n"
        "Sementara itu, Ketua Bawaslu Kabupaten Sleman, Dimas Pratama menjelaskan, pihaknya "
        "menyiapkan patroli.\n"
        "Patroli dimulai pada malam hari.\n"
        "“Kami juga membuka posko pengaduan di setiap kecamatan."
    )
    assert quoted(r) == {"person:dimas pratama"}

def test_a_body_keeps_the_short_region_name_the_article_wrote() -> None:
    r = run(
        "Apel dihadiri Ketua Bawaslu Sidrap, Hasan Basri, dan Ketua KPU Pesbar Rina Yulianti, "
        "S.H. serta Wakil Bupati Pesbar Dodi Kurnia."
    )
    found = roles(r)
    assert ("Hasan Basri", "Ketua", "Bawaslu Kabupaten Sidrap") in found
    assert ("Rina Yulianti", "Ketua", "KPU Kabupaten Pesbar") in found
    assert not any(p.startswith("Pesbar") for p in persons(r))


def places(result: Extraction) -> set[str]:
    return {e.label for e in result.entities if e.type is EntityType.PLACE}


def test_villages_streets_and_towns_in_apposition_are_places() -> None:
    r = run(
        "Kampanye digelar di Balai Warga, Jalan Merpati Raya 2, Cibiru, pada Senin. Sehari "
        "sebelumnya tim berkumpul di Desa Sukamaju, Kecamatan Kota Barat. Relawan juga datang "
        "ke halaman belakang Pasar Lama, Cikaret. Suara bermasalah di tiga kecamatan, yaitu "
        "Cisarua, Cikalong dan Pacet."
    )
    found = places(r)
    for p in (
        "Balai Warga",
        "Jalan Merpati Raya 2",
        "Cibiru",
        "Desa Sukamaju",
        "Kecamatan Kota Barat",
        "Cikaret",
        "Cisarua",
        "Cikalong",
        "Pacet",
    ):
        assert p in found, p
    assert not persons(r) & found


def elections(result: Extraction) -> dict[str, str]:
    return {e.label: e.key for e in result.entities if e.type is EntityType.ELECTION}


def test_long_and_lower_case_election_names_and_one_key_per_election() -> None:
    r = run(
        "KPU menetapkan hasil pemilihan gubernur dan wakil gubernur Provinsi Gorontalo dalam "
        "rapat pleno. Pilgub Gorontalo 2024 berjalan lancar. Tahapan Pemilihan Kepala Daerah "
        "(Pilkada) serentak tahun 2024 berjalan, kata dia. Pilkada Serentak 2024 aman. "
        "Deklarasi Pemilihan Bupati/Wakil Bupati Sleman 2024 digelar menjelang pilkada "
        "27 November 2024."
    )
    found = elections(r)
    assert "pemilihan gubernur dan wakil gubernur Provinsi Gorontalo" in found
    assert "Pemilihan Bupati/Wakil Bupati Sleman 2024" in found
    keys = set(found.values())
    # the province's election, the regency's, and the nationwide one of 2024
    assert len(keys) == 3, found


def test_a_name_met_short_first_is_one_person_named_in_full() -> None:
    r = run(
        "\"Nomor urut 1, Ketut Arsana-Made Sutama,\" kata Ketua KPU Badung Wayan Sukra. "
        "Pasangan I Ketut Arsana dan I Made Sutama diusung lima partai. Bakal calon Ahmad Rizal "
        "dan HM Jufri mendaftar, disusul Sang Putu Darma. Warga memanggil Kang Rizal."
    )
    found = persons(r)
    assert "I Ketut Arsana" in found and "Ketut Arsana" not in found
    assert "I Made Sutama" in found and "Made Sutama" not in found
    assert "HM Jufri" in found
    assert "Kang Rizal" not in found


def test_unknown_division_words_glued_initials_and_a_section_head() -> None:
    r = run(
        "Hadir Kordiv SDM Sosdiklih dan Parmas KPU Sleman Rina Wati, Kasie Intel Kajari Dodi "
        "Saputra, Wakil Bupati Sleman A.Zulkarnain Syarif, S.H., dan Pj. Bupati Sidrap, "
        "Dr. Ns. H. Basri Amin."
    )
    found = roles(r)
    assert ("Rina Wati", "Kordiv SDM Sosdiklih dan Parmas", "KPU Kabupaten Sleman") in found
    assert any(p == "Dodi Saputra" and t.startswith("Kasie Intel") for p, t, _ in found)
    assert ("A.Zulkarnain Syarif", "Wakil Bupati", "Pemkab Sleman") in found
    assert ("Basri Amin", "Pj Bupati", "Pemkab Sidrap") in found
    assert not {"Sosdiklih", "Parmas", "Ns"} & persons(r)


def test_a_pair_nickname_in_brackets_is_no_person() -> None:
    r = run(
        "Paslon yang ditetapkan adalah Rudi Hartono-Siti Aminah (Rusti) dan pasangan Budi "
        "Santoso dan Dewi Lestari (Bu-De). Pasangan Rusti diusung Partai Gerindra. Pasangan "
        "Bu-De mendapat nomor urut 2."
    )
    found = persons(r)
    assert {"Rudi Hartono", "Siti Aminah", "Budi Santoso", "Dewi Lestari"} <= found
    assert not {"Rusti", "Bu", "De"} & found


def test_acting_heads_in_lower_case_and_a_numbered_unit_with_its_region() -> None:
    r = run(
        "Acara dibuka pejabat bupati kabupaten sleman Joko Susilo. Hadir pula PJs Bupati Bantul "
        "Ir. Agus Salim, Dandim 0732 Sleman Letkol Budi Harsono dan para pejabat Pemkab."
    )
    found = roles(r)
    assert any(p == "Joko Susilo" and o == "Pemkab Sleman" for p, _, o in found)
    assert ("Agus Salim", "Pjs Bupati", "Pemkab Bantul") in found
    assert ("Budi Harsono", "Dandim", "Kodim 0732 Sleman") in found
    status = {f.subject: f.quals["status"] for f in r.by_kind(FactKind.HOLDS_ROLE)}
    assert status["person:joko susilo"] == "acting"


def test_a_national_body_is_not_named_by_the_city_it_sits_in() -> None:
    r = run("Putusan dibacakan di Ruang Sidang DKPP Jakarta, Senin, oleh majelis.")
    orgs = {e.label for e in r.entities if e.type is EntityType.ORGANIZATION}
    assert "DKPP RI" in orgs
    assert not any("Jakarta" in o for o in orgs)
    assert "Jakarta" in places(r)


def test_a_bare_bawaslu_is_a_body_unless_a_regional_one_is_named() -> None:
    lone = run("Rapat pleno diawasi Bawaslu dan disaksikan para saksi paslon.")
    assert "Bawaslu" in {e.label for e in lone.entities if e.type is EntityType.ORGANIZATION}
    both = run("Bawaslu Kabupaten Sleman mengawasi pleno. Bawaslu meminta saksi tertib.")
    orgs = {e.label for e in both.entities if e.type is EntityType.ORGANIZATION}
    assert orgs == {"Bawaslu Kabupaten Sleman"}


def test_an_apostrophe_and_a_space_inside_a_name() -> None:
    r = run("Anggota KPU Sleman Rudi Ma’ Ruf mengatakan pleno aman.")
    assert ("Rudi Ma’ Ruf", "Anggota", "KPU Kabupaten Sleman") in roles(r)
    assert "Rudi Ma" not in persons(r)


def test_a_bodys_premises_are_one_place_and_acronyms_are_no_places() -> None:
    r = run(
        "Pendukung berkumpul di halaman KPU Kabupaten Sleman. Pleno digelar di kantor KPU, "
        "Senin. Partai itu berada di Koalisi Rakyat Bersatu (KRB)."
    )
    found = places(r)
    assert "halaman KPU Kabupaten Sleman" in found
    assert "kantor KPU" not in found
    assert "Koalisi Rakyat Bersatu" not in found

def _pairs(r: Extraction, kind: FactKind) -> set[tuple[str, str]]:
    labels = {e.key: e.label for e in r.entities}
    return {(labels[f.subject], labels[f.object or ""]) for f in r.by_kind(kind)}


def test_diwakili_spares_the_rest_of_a_guest_list_and_a_chair_by_name_inaugurates() -> None:
    r = run(
        "Ketua KPU Kabupaten Sleman Rudi Hartono melantik 40 anggota PPS di RM Sari Rasa, "
        "Senin (6/5/2024). Tampak hadir Kepala Dinas Kominfo Sleman Agus Salim, Dandim "
        "Sleman diwakili Kepala Staf Kodim, Budi Santoso."
    )
    attends = {a for a, _ in _pairs(r, FactKind.ATTENDS)}
    assert {"Agus Salim", "Budi Santoso"} <= attends
    assert "Sari Rasa" not in attends
    assert ("KPU Kabupaten Sleman", "pelantikan PPS") in _pairs(r, FactKind.HOSTS)


def test_a_pair_registering_at_a_body_makes_a_registration_it_hosts() -> None:
    r = run(
        "Bakal pasangan calon Bupati Sleman Rina Marlina dan Joko Santoso resmi mendaftar ke "
        "KPU Kabupaten Sleman, Rabu (28/8/2024). \"Berkas pasangan ini lengkap,\" kata Ketua "
        "KPU Kabupaten Sleman, Budi Santoso."
    )
    assert ("KPU Kabupaten Sleman", "pendaftaran") in _pairs(r, FactKind.HOSTS)
    r = run("Pasangan itu akan mendaftar ke KPU Kabupaten Sleman pekan depan.")
    assert not list(r.by_kind(FactKind.HOSTS))


def test_persons_named_inside_a_quote_are_not_read_as_present() -> None:
    r = run(
        "DKPP menggelar sidang pembacaan putusan di Jakarta, Senin (4/11/2024). \"Menjatuhkan "
        "sanksi teguran kepada Teradu I Rina Marlina selaku Anggota KPU Kabupaten Sleman,\" "
        "ucap Ketua Majelis Joko Santoso saat membacakan putusan."
    )
    attends = {a for a, _ in _pairs(r, FactKind.ATTENDS)}
    assert "Joko Santoso" in attends
    assert "Rina Marlina" not in attends


def test_an_agenda_is_no_event_of_its_own_and_a_bare_head_finds_its_event() -> None:
    r = run(
        "DPRD Kabupaten Sleman menggelar rapat paripurna dengan agenda penetapan bupati "
        "terpilih, Senin (13/1/2025). Gelaran rapat ini dihadiri Wakil Ketua DPRD Sleman "
        "Rina Marlina."
    )
    events = {e.label for e in r.entities if e.type is EntityType.EVENT}
    assert events == {"rapat paripurna"}
    assert ("Rina Marlina", "rapat paripurna") in _pairs(r, FactKind.ATTENDS)


def test_a_later_event_in_a_relative_clause_leaves_the_report_past() -> None:
    r = run(
        "Bawaslu Kabupaten Sleman menggelar rapat koordinasi, Rabu (23/10/2024). Rapat yang "
        "dipimpin oleh Anggota Bawaslu Kabupaten Sleman, Rina Marlina, membahas patroli yang "
        "akan dilaksanakan di seluruh kecamatan."
    )
    assert ("Rina Marlina", "rapat koordinasi") in _pairs(r, FactKind.ATTENDS)


def test_a_body_represented_by_its_officer_attends() -> None:
    r = run(
        "Bawaslu Kabupaten Sleman menggelar apel siaga, Minggu (24/11/2024). Kanwil "
        "Kemenkumham DIY di wakili oleh Kepala Divisi Administrasi Budi Santoso mengikuti "
        "apel tersebut."
    )
    attends = {a for a, _ in _pairs(r, FactKind.ATTENDS)}
    assert "Budi Santoso" in attends
    assert any("Kemenkumham" in a for a in attends)


def test_a_speaker_quoted_only_on_what_is_to_come_is_not_read_as_present() -> None:
    r = run(
        "KPU Kabupaten Sleman menggelar rapat pleno penetapan pasangan calon, Minggu "
        "(22/9/2024).\n\"Semua berkas lengkap,\" kata Ketua KPU Kabupaten Sleman, Rina Marlina."
        "\n\"Nanti mulai tanggal 25 baru boleh berkampanye,\" ujar Anggota Bawaslu Kabupaten "
        "Sleman, Joko Santoso."
    )
    attends = {a for a, _ in _pairs(r, FactKind.ATTENDS)}
    assert "Rina Marlina" in attends
    assert "Joko Santoso" not in attends
    assert "person:joko santoso" in {f.subject for f in r.by_kind(FactKind.QUOTES)}


def test_the_body_whose_panel_reads_a_ruling_holds_the_hearing() -> None:
    r = run(
        "Putusan itu dibacakan majelis etik DKPP dalam sidang yang berlangsung pada Senin "
        "(3/2/2025)."
    )
    assert ("DKPP RI", "sidang") in _pairs(r, FactKind.HOSTS)


def test_an_event_held_for_another_is_one_event() -> None:
    r = run(
        "KPU Kabupaten Sleman menggelar rapat pleno terbuka untuk pengundian nomor urut "
        "pasangan calon, Senin (23/9/2024)."
    )
    events = {e.label for e in r.entities if e.type is EntityType.EVENT}
    assert len(events) == 1


def test_a_bracketed_other_name_is_no_second_attendee() -> None:
    r = run(
        "KPU Provinsi Aceh menggelar deklarasi kampanye damai, Senin (23/9/2024). Acara "
        "dihadiri oleh Rina Marlina (Kak Rin) dan Joko Santoso."
    )
    attends = {a for a, _ in _pairs(r, FactKind.ATTENDS)}
    assert {"Rina Marlina", "Joko Santoso"} <= attends
    assert "Kak Rin" not in attends


def test_who_stands_in_for_an_absent_chair_attends() -> None:
    r = run(
        "DPRD Kabupaten Sleman menggelar rapat paripurna, Kamis (9/1/2025). Rapat paripurna "
        "itu dipimpin oleh Wakil Ketua DPRD Sleman, Joko Santoso mewakili Ketua DPRD Sleman "
        "Rina Marlina yang berhalangan hadir."
    )
    attends = {a for a, _ in _pairs(r, FactKind.ATTENDS)}
    assert "Joko Santoso" in attends
    assert "Rina Marlina" not in attends


def test_a_dialogue_campaign_is_an_event() -> None:
    r = run(
        "Kampanye dialogis pasangan calon wali kota Rina Marlina dan Joko Santoso menarik "
        "ratusan warga di Lapangan Merdeka, Kamis (24/10/2024)."
    )
    events = {e.label.lower() for e in r.entities if e.type is EntityType.EVENT}
    assert any(e.startswith("kampanye dialogis") for e in events)


def test_a_body_that_refused_something_holds_no_event() -> None:
    r = run(
        "DKPP menggelar sidang pembacaan putusan di Jakarta, Senin (11/11/2024). Permintaan "
        "itu ditolak oleh PPK Kecamatan Depok."
    )
    assert not any("Depok" in o for o, _ in _pairs(r, FactKind.HOSTS))


def test_an_attendance_word_in_what_someone_says_happened_is_no_cue() -> None:
    r = run(
        "DKPP menggelar sidang putusan di Jakarta, Senin (11/11/2024). Rina Marlina, anggota "
        "PPK Depok, mengungkapkan bahwa dirinya diminta menandatangani formulir yang diubah."
    )
    attends = {a for a, _ in _pairs(r, FactKind.ATTENDS)}
    assert not any("Depok" in a for a in attends)


def test_a_source_named_aside_does_not_attend_what_he_tells_of() -> None:
    r = run(
        "KPU Kabupaten Sleman melantik 300 petugas Pantarlih, Senin (24/6/2024). Setelah "
        "dilantik, kata Joko Santoso, para petugas mengikuti bimbingan teknis pencocokan data."
    )
    assert ("Joko Santoso", "bimbingan teknis pencocokan data") not in _pairs(r, FactKind.ATTENDS)
