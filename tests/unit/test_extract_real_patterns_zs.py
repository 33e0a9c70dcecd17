"""Ranks between an office and its holder: typed in lower case, written with a full stop, and
the initials that follow a rank's corps."""

from __future__ import annotations

from test_extract_real_patterns import run
from test_extract_real_patterns_d import roles_in

from electgraph.extract.doc import Doc
from electgraph.ingest import parse_text


def test_a_rank_in_lower_case_starts_the_holders_name() -> None:
    """"Kabag Ops Polres X kompol NAME, Pangdam ...": the holder keeps his own office, not the
    next one in the list."""
    r = run("Rapat dihadiri Kabag Ops Polres Enrekang kompol Andi Asdar, Pangdam XIV "
            "Hasanuddin Mayjen TNI Bambang Trisnohadi dan Ketua KPU Enrekang Abdul Rahman.")
    roles = roles_in(r)
    assert ("Andi Asdar", "kabag ops", "Polres Enrekang") in roles
    assert not any(p == "Andi Asdar" and role == "pangdam" for p, role, _ in roles)


def test_a_rank_with_a_full_stop_is_no_commands_town() -> None:
    """"Dandim 0709 Letkol. Inf NAME": the word before the full stop is the holder's rank, not
    the town the command is named after."""
    r = run("Apel dihadiri Dandim 0709 Letkol. Infanteri Zamril Philiang dan Ketua Bawaslu "
            "Kebumen Arif Supriyanto.")
    assert any(p == "Zamril Philiang" and role == "dandim" for p, role, _ in roles_in(r))


def test_initials_after_a_rank_and_its_corps_end_no_sentence() -> None:
    """"Pangdam II Sriwijaya Mayjen TNI AM. Putranto": the full stop is an initial's."""
    doc = Doc(parse_text("Judul Berita Pilkada\nDeklarasi dihadiri Pangdam II Sriwijaya Mayjen "
                         "TNI AM. Putranto, dan Ketua KPU Sumsel Andika Pranata Jaya.\n"))
    assert [doc.text[sv.sent.start : sv.sent.start + 9] for sv in doc.sents] == ["Deklarasi"]
