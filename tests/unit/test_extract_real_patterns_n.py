"""Patterns met in real articles (twenty-first session), each on sentences written for it. The
helpers live in test_extract_patterns and test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import facts, hosts, run

from electgraph.model import EntityType, Extraction, FactKind


def events(r: Extraction) -> set[str]:
    return {e.label for e in r.entities if e.type is EntityType.EVENT}


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
