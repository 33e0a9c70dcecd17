"""Patterns of real news (fifty-fifth session), each on sentences written for it. The helpers
live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import facts, run

from electgraph.model import FactKind

# -- attendance: bodies -----------------------------------------------------------------------


def test_a_body_that_is_the_subject_of_menghadiri_attends() -> None:
    r = run("Polres Seram Timur menghadiri Rapat Koordinasi Persiapan Penetapan DPT di Kantor KPU.")
    assert ("Polres Seram Timur", "Rapat Koordinasi Persiapan Penetapan") in facts(
        r, FactKind.ATTENDS)


def test_bodies_that_take_part_together_all_attend() -> None:
    r = run("Rapat koordinasi digelar KPU Maluku. Bawaslu Kota Ambon dan Polres Ambon turut hadir "
            "dalam rapat itu.")
    assert facts(r, FactKind.ATTENDS) == {("Bawaslu Kota Ambon", "Rapat koordinasi"),
                                          ("Polres Ambon", "Rapat koordinasi")}


def test_turut_serta_dalam_is_taking_part() -> None:
    r = run("Pemerintah Kabupaten Barito Timur turut serta dalam rapat koordinasi kesiapan "
            "Pilkada.")
    assert ("Pemkab Barito Timur", "rapat koordinasi kesiapan") in facts(r, FactKind.ATTENDS)


def test_a_body_that_opens_its_own_meeting_hosts_it_and_does_not_attend() -> None:
    r = run("KPU Kota Ambon mengikuti rapat koordinasi yang digelar KPU Kota Ambon.")
    assert facts(r, FactKind.ATTENDS) == set()


def test_an_unnamed_officer_of_the_police_or_the_government_brings_the_body() -> None:
    r = run("Apel Siaga Pengawasan digelar Bawaslu Halsel. Apel itu dihadiri Kabag Ops Polres "
            "Halsel dan Asisten II Setda Halsel.")
    att = facts(r, FactKind.ATTENDS)
    assert {("Polres Halsel", "Apel Siaga Pengawasan"),
            ("Setda Kabupaten Halsel", "Apel Siaga Pengawasan")} <= att


def test_an_unnamed_scholar_does_not_bring_the_campus() -> None:
    r = run("Debat perdana digelar KPU Kota Batu. Debat dihadiri akademisi Universitas "
            "Brawijaya sebagai panelis.")
    assert all(agent != "Universitas Brawijaya" for agent, _ in facts(r, FactKind.ATTENDS))
