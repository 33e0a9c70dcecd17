"""Patterns of real news (sixtieth session), each on sentences written for it. The helpers
live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import run

from electgraph.model import Extraction, FactKind


def backings(r: Extraction) -> set[tuple[str, str]]:
    labels = {e.key: e.label for e in r.entities}
    return {(labels[f.subject], labels[f.object or ""]) for f in r.by_kind(FactKind.NOMINATES)}


def test_no_party_backs_an_official_of_the_election_body_named_in_the_same_sentence() -> None:
    # the members reading the decree are not the pair it names
    r = run("Ketua KPU Kabupaten Blora Budi Santoso yang memimpin rapat pleno terbuka didampingi "
            "anggota Andi Wijaya, Rudi Hartono dan Sekretaris Dedi Kurniawan membacakan keputusan "
            "KPU Blora tentang penetapan pasangan calon Bupati dan Wakil Bupati Blora terpilih, "
            "pasangan Arief Rohman dan Sri Setyorini yang diusung Partai Gerindra, Golkar dan "
            "PKB.")
    assert {person for _, person in backings(r)} == {"Arief Rohman", "Sri Setyorini"}
    assert ("Partai Golkar", "Sri Setyorini") in backings(r)


def test_a_former_official_may_be_backed() -> None:
    r = run("Pasangan Budi Santoso dan Sri Lestari diusung Partai Gerindra dan PKB pada Pilkada "
            "Blora 2024. Budi Santoso merupakan mantan Ketua KPU Kabupaten Blora.")
    assert ("Partai Gerindra", "Budi Santoso") in backings(r)
