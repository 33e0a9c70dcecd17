"""Patterns met in real articles (twenty-first session), each on sentences written for it. The
helpers live in test_extract_patterns, test_extract_real_patterns and _m."""

from __future__ import annotations

from test_extract_patterns import places
from test_extract_real_patterns import facts, hosts, roles, run
from test_extract_real_patterns_m import events

from electgraph.model import FactKind

# -- a meeting held or joined is an event ---------------------------------------------------------


def test_a_meeting_a_body_holds_is_an_event_it_hosts_and_its_members_attend() -> None:
    r = run(
        "Badan Pengawas Pemilu (Bawaslu) Provinsi Jambi menggelar pertemuan dengan Bawaslu Kota "
        "Jambi guna membahas pembentukan pengawas ad hoc, Selasa (3/9/2024). Pertemuan tersebut "
        "dihadiri Anggota Bawaslu Provinsi Jambi, Rahmat Hidayat."
    )
    assert events(r) == {"pertemuan"}
    assert hosts(r) == {"Bawaslu Provinsi Jambi"}
    assert ("Rahmat Hidayat", "pertemuan") in facts(r, FactKind.ATTENDS)


def test_a_weak_head_right_after_a_holding_verb_is_an_event() -> None:
    r = run(
        "KPU Kabupaten Ngawi menggelar evaluasi di aula kantor KPU, Rabu (12/6/2024)."
    )
    assert events(r) == {"evaluasi"}
    assert hosts(r) == {"KPU Kabupaten Ngawi"}


def test_a_meeting_spoken_of_and_a_decision_made_are_no_events() -> None:
    r = run(
        "Fokus utama pertemuan adalah memastikan kesiapan logistik. KPU Kabupaten Ngawi "
        "melakukan penetapan daftar pemilih tetap, Rabu (12/6/2024)."
    )
    assert events(r) == set()


def test_a_plenary_after_a_meeting_is_a_session_of_its_own() -> None:
    r = run(
        "KPU Kota Binjai memecat seorang anggota PPK yang melakukan pertemuan dengan tim "
        "pemenangan paslon. Ini merupakan hasil pleno KPU Kota Binjai, Senin (18/11/2024)."
    )
    assert events(r) == {"pertemuan", "pleno KPU Kota Binjai"}
    assert facts(r, FactKind.HOSTS) == {("KPU Kota Binjai", "pleno KPU Kota Binjai")}


# -- a division office named without its body -----------------------------------------------------


def test_a_division_office_without_its_body_is_in_the_one_election_body_of_the_article() -> None:
    r = run(
        "Bawaslu Kabupaten Sinjai menggelar rapat koordinasi bersama Panwascam, Senin "
        "(4/11/2024). Acara dibuka oleh Koordinator Divisi Pencegahan, Parmas dan Humas, Andi "
        "Baso Tenri."
    )
    assert facts(r, FactKind.HOLDS_ROLE) == {("Andi Baso Tenri", "Bawaslu Kabupaten Sinjai")}


def test_the_division_tells_which_election_body_when_the_article_names_both() -> None:
    r = run(
        "KPU Kabupaten Sinjai dan Bawaslu Kabupaten Sinjai menggelar rapat koordinasi, Senin "
        "(4/11/2024). Kordiv Teknis, Andi Baso Tenri, memaparkan jadwal pemungutan suara. "
        "Kordiv Penanganan Pelanggaran, Nurhayati Rahman, menjelaskan tugas pengawas TPS."
    )
    assert facts(r, FactKind.HOLDS_ROLE) == {
        ("Andi Baso Tenri", "KPU Kabupaten Sinjai"),
        ("Nurhayati Rahman", "Bawaslu Kabupaten Sinjai"),
    }


def test_a_division_office_is_in_no_body_when_the_article_names_two_of_its_kind() -> None:
    r = run(
        "Bawaslu Provinsi Jambi dan Bawaslu Kota Jambi menggelar rapat koordinasi, Senin "
        "(4/11/2024). Kordiv Pencegahan, Andi Baso Tenri, memaparkan materi."
    )
    assert facts(r, FactKind.HOLDS_ROLE) == set()


def test_division_offices_written_after_their_holders_names() -> None:
    r = run(
        "KPU Provinsi NTT menggelar sosialisasi tahapan pilkada, Senin (4/3/2024). Hadir "
        "menyampaikan materi yakni Markus Lena Kepala Divisi Teknis Penyelenggara, Yosef Bria "
        "Ketua Divisi Perencanaan Data, dan sejumlah staf."
    )
    assert roles(r) == {
        ("Markus Lena", "Kepala Divisi Teknis Penyelenggara"),
        ("Yosef Bria", "Ketua Divisi Perencanaan Data"),
    }


def test_the_technical_division_misspelt_is_the_same_office() -> None:
    r = run(
        "Kepala Divisi Teknis Penyelenggara KPU Provinsi NTT, Markus Lena, hadir. Kepala Divisi "
        "Teknis Penyelenggaraan KPU Provinsi NTT, Markus Lena, membeberkan tahapan pilkada."
    )
    assert len(list(r.by_kind(FactKind.HOLDS_ROLE))) == 1


def test_a_divisions_acronym_in_brackets_leaves_the_office_its_body() -> None:
    r = run(
        "Kegiatan ini dihadiri Ketua Bawaslu Halmahera Barat, Nimbrot Lasa, Koordinator Divisi "
        "Penanganan Pelanggaran (P3S) Bawaslu Halmahera Barat, Sarmin Ibrahim."
    )
    assert roles(r) == {("Nimbrot Lasa", "Ketua"),
                        ("Sarmin Ibrahim", "Koordinator Divisi Penanganan Pelanggaran")}
    bodies = {org for _, org in facts(r, FactKind.HOLDS_ROLE)}
    assert bodies == {"Bawaslu Kabupaten Halmahera Barat"}


def test_a_common_word_listed_right_after_an_office_and_its_body_is_its_holder() -> None:
    r = run(
        "Hadir Ketua Bawaslu Kabupaten Konawe Abuldan, Kordiv Hukum Bawaslu Kabupaten Konawe "
        "Restu dan Kordiv Pencegahan Bawaslu Kabupaten Konawe Sandra Hasba."
    )
    assert ("Restu", "Kordiv Hukum") in roles(r)


def test_a_division_office_misspelt_and_abbreviated_is_one_office() -> None:
    r = run(
        "Koordinator devisi Penanganan Pelanggaran dan Penyelesaian Sengketa Bawaslu Kabupaten "
        "Konawe, Sandra Hasba, hadir. Kordiv P3S Bawaslu Kabupaten Konawe, Sandra Hasba, "
        "mengatakan pelantikan berjalan lancar."
    )
    assert len(list(r.by_kind(FactKind.HOLDS_ROLE))) == 1


# -- a common word after a preposition ----------------------------------------------------------


def test_one_capitalised_common_word_after_a_preposition_is_no_place() -> None:
    r = run(
        "DKPP menjatuhkan sanksi pemberhentian dari Jabatan Ketua kepada teradu. KPU Kota "
        "Pagaralam mensosialisasikan Pemilu ke Sekolah, lalu menggelar bimtek di Tempat yang sama."
    )
    assert places(r) == {"Pagar Alam"}


def test_a_districts_name_that_is_a_common_word_is_still_a_place() -> None:
    r = run("Bawaslu Kota Mojokerto menggelar apel siaga di Magersari, Sabtu (23/11/2024).")
    assert "Magersari" in places(r)


# -- who speaks of an event ends its name --------------------------------------------------------


def test_a_pronoun_after_an_event_head_ends_its_name() -> None:
    r = run(
        "KPU Kabupaten Rejang Lebong menggelar pengundian nomor urut pasangan calon, Senin "
        "(23/9/2024). \"Untuk menyiapkan bola undian, rapat pleno kita skor 10 menit,\" ucap "
        "Ketua KPU Rejang Lebong, Ahmad Fauzi."
    )
    assert "rapat pleno kita skor" not in events(r)


def test_an_address_after_an_event_head_ends_its_name() -> None:
    r = run(
        "Polres Lombok Timur menggelar apel kesiapan pengamanan Pilkada, Senin (4/11/2024). "
        "\"Selain memimpin apel bapak Kapolda juga memeriksa kendaraan taktis,\" kata Kasi Humas."
    )
    assert events(r) == {"apel kesiapan pengamanan"}


# -- an advisor's field -------------------------------------------------------------------------


def test_a_name_after_an_advisors_field_is_no_part_of_the_field() -> None:
    r = run("Hadir Staf Ahli Bupati Bidang Pemerintahan, Ahmad Yani, dan Ketua KPU Kabupaten "
            "Bangka, Sinta Dewi.")
    assert roles(r) == {("Ahmad Yani", "Staf Ahli Bupati Bidang Pemerintahan"),
                        ("Sinta Dewi", "Ketua")}


def test_an_advisors_field_written_after_bidang_in_lower_case() -> None:
    r = run("Bupati Bangka diwakili Staf Ahli bidang Politik dan Pemerintahan, Restunemi, "
            "menghadiri rapat pleno KPU Kabupaten Bangka.")
    assert roles(r) == {("Restunemi", "Staf Ahli bidang Politik dan Pemerintahan")}


def test_an_advisors_field_of_several_words_keeps_them_all() -> None:
    r = run("Hadir Staf Ahli Bidang Pemerintahan, Hukum dan Politik, Adi Santoso.")
    assert roles(r) == {("Adi Santoso", "Staf Ahli Bidang Pemerintahan, Hukum dan Politik")}
