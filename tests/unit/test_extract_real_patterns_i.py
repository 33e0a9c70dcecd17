"""Patterns met in real articles (fifteenth session), each on sentences written for it. The
helpers live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import facts, run

from electgraph.model import FactKind

# -- the event the headline names -----------------------------------------------------------------


def test_the_lead_reports_the_event_the_headline_names_before_the_text_names_it() -> None:
    r = run(
        "KPU Provinsi Jambi mengajak kedua pasangan calon berkampanye dengan santun, Senin "
        "(23/9/2024). Pasangan Andi-Budi hadir bersama tiga partai politik pengusung, yakni "
        "Golkar, PKB dan PAN. Setelah itu Deklarasi Kampanye Damai Pilgub Jambi 2024 ditutup "
        "dengan doa.",
        title="KPU Jambi Gelar Deklarasi Kampanye Damai",
    )
    attended = {a for a, _ in facts(r, FactKind.ATTENDS)}
    assert {"Partai Golkar", "PKB", "PAN"} <= attended


def test_a_lead_before_an_event_the_headline_does_not_name_stays_without_one() -> None:
    r = run(
        "Pasangan Andi-Budi hadir bersama tiga partai politik pengusung, yakni Golkar, PKB dan "
        "PAN. Sebelumnya KPU Provinsi Jambi menggelar Deklarasi Kampanye Damai Pilgub Jambi "
        "2024 di Lapangan Merdeka.",
        title="Andi-Budi Siap Menang",
    )
    attended = {a for a, _ in facts(r, FactKind.ATTENDS)}
    assert not {"Partai Golkar", "PKB", "PAN"} & attended
