"""Patterns met in real articles (thirty-sixth session), each on sentences written for it. The
helpers live in test_extract_patterns and test_extract_real_patterns."""

from __future__ import annotations

from test_extract_patterns import persons, roles
from test_extract_real_patterns import labels, run

from electgraph.model import EntityType


def test_a_lone_word_after_a_police_area_then_a_ranked_name_is_the_units_town() -> None:
    """"Kapolres Sijunjung Muaro, AKBP NAME": a word after the region, a comma, then a rank. The
    rank shows the word is the town the unit sits in, not its holder's name."""
    r = run("Deklarasi damai dihadiri Kapolres Sijunjung Muaro, AKBP Rudi Hartono, dan "
            "Ketua KPU Kabupaten Sijunjung Dina Marlina.")
    assert "Muaro" not in persons(r), persons(r)
    assert ("Rudi Hartono", "Kapolres", "Polres Sijunjung Muaro") in roles(r), roles(r)


def test_a_lone_name_after_a_police_area_without_a_rank_stays_the_holder() -> None:
    r = run("Deklarasi damai dihadiri Kapolres Sijunjung Hendra, dan Ketua KPU Kabupaten "
            "Sijunjung Dina Marlina.")
    assert ("Hendra", "Kapolres", "Polres Sijunjung") in roles(r), roles(r)


def test_the_head_of_a_prison_holds_the_prison_of_his_title_s_town() -> None:
    """"Kalapas Muntok, NAME": the title names the prison; "Lapas Kelas IIB Muntok" is the same
    prison, its class before its town, and no person."""
    text = ("Sosialisasi pemilu digelar di Lapas Kelas IIB Muntok, Selasa. Kegiatan itu dihadiri "
            "Kalapas Muntok, Yudi Prasetyo, dan Ketua KPU Kabupaten Bangka Barat Rina Sari.")
    r = run(text)
    assert ("Yudi Prasetyo", "Kalapas", "Lapas Kelas IIB Muntok") in roles(r), roles(r)
    orgs = labels(text, EntityType.ORGANIZATION)
    assert "Lapas Kelas IIB Muntok" in orgs and "Lapas Muntok" not in orgs, orgs
    assert not {p for p in persons(r) if "Muntok" in p}, persons(r)


def test_a_coordinating_ministry_is_named_with_its_field() -> None:
    """"Kemenko Polkam", "Kemenko PMK": the field is the ministry's name, not a person, and the
    head named after it holds the whole ministry."""
    text = ("Rapat dibuka Ketua Tim Pemantau Pilkada Kemenko Polkam Marsma TNI Hendra Wijaya. "
            "Asisten Deputi Kemenko PMK Sari Rahayu juga hadir.")
    r = run(text)
    assert {"Kemenko Polkam", "Kemenko PMK"} <= labels(text, EntityType.ORGANIZATION)
    assert not {"Polkam", "PMK"} & persons(r), persons(r)
    assert ("Hendra Wijaya", "Ketua Tim Pemantau Pilkada", "Kemenko Polkam") in roles(r), roles(r)


def test_a_unit_named_after_its_seat_is_one_body_whoever_names_it() -> None:
    # The body's own name and its head's title give one key, whatever the case of the seat.
    text = ("Kapolresta Barelang Kombes Heribertus Ompusunggu hadir. Polresta Barelang "
            "menggelar apel pagi.")
    orgs = [e.label for e in run(text).entities if e.type is EntityType.ORGANIZATION]
    assert orgs == ["Polresta Barelang"], orgs


def test_a_police_area_the_lexicon_names_wins_over_a_city_of_its_first_word() -> None:
    """"Polda Metro Jaya": Metro is also a city in Lampung, but the police area is named whole."""
    text = "Kapolda Metro Jaya Irjen Karyoto hadir. Polda Metro Jaya menggelar apel pagi."
    r = run(text)
    orgs = [e.label for e in r.entities if e.type is EntityType.ORGANIZATION]
    assert orgs == ["Polda Metro Jaya"], orgs
    assert ("Karyoto", "Kapolda", "Polda Metro Jaya") in roles(r), roles(r)
    assert "Metro" not in labels(text, EntityType.PLACE)


def test_a_mayor_of_metro_whose_name_begins_like_a_police_area_keeps_the_city() -> None:
    # Only police and military units are named after "Metro Jaya"; a mayor's office keeps its city.
    r = run("Wali Kota Metro Jaya Wijaya membuka rapat. Kapolda Metro Jaya Irjen Karyoto hadir.")
    assert ("Jaya Wijaya", "Wali Kota", "Pemkot Metro") in roles(r), roles(r)
    assert ("Karyoto", "Kapolda", "Polda Metro Jaya") in roles(r), roles(r)
