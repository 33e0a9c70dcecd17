"""Patterns met in real articles (forty-second session), each on sentences written for it. The
helpers live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import facts, run

from electgraph.ingest import parse_text
from electgraph.model import FactKind


def test_a_paragraph_after_a_bare_baca_juga_label_is_no_linked_title() -> None:
    """A page's layout put the "Baca Juga" label after its list of links, so the next line is
    the article's own paragraph: no headline runs to 200 characters, and the person the
    paragraph names keeps their office."""
    body = ("KPU Kabupaten Merauke menetapkan daftar pemilih tetap untuk Pilkada 2024.\n"
            "Baca Juga\n"
            "Ketua KPU Merauke, Yosina Wambrauw, mengatakan bahwa jumlah pemilih terdiri dari "
            "41.000 laki-laki dan 40.000 perempuan. Ia menegaskan bahwa penetapan daftar itu "
            "merupakan hasil dari tahapan panjang mulai dari pencocokan dan penelitian hingga "
            "rekapitulasi daftar pemilih sementara.\n")
    assert parse_text(f"Judul Berita\n{body}").related == ()
    r = run(body)
    assert ("Yosina Wambrauw", "KPU Kabupaten Merauke") in facts(r, FactKind.HOLDS_ROLE)
    linked = parse_text("Judul Berita\nIsi berita.\nBaca Juga\nKPU Merauke Tetapkan DPT\n")
    assert [x.title.text for x in linked.related] == ["KPU Merauke Tetapkan DPT"]


def test_bodies_invited_to_come_are_not_said_to_attend() -> None:
    """"X, Y, dan Z turut diundang hadir", "bakal mengundang A untuk menghadiri ...": an
    invitation names who is asked to come, not who came."""
    r = run("KPU Provinsi Jambi menggelar rapat pleno penetapan pasangan calon terpilih. "
            "Bawaslu Provinsi Jambi, media, dan Forkopimda turut diundang hadir dalam rapat "
            "pleno itu. Ketua KPU Provinsi Jambi, Hendra Saputra, juga bakal mengundang "
            "pasangan Rudi Hartono dan Anton Sinaga untuk menghadiri rapat pleno tersebut.")
    attending = {s for s, _ in facts(r, FactKind.ATTENDS)}
    assert not attending & {"Bawaslu Provinsi Jambi", "Forkopimda", "Rudi Hartono",
                            "Anton Sinaga"}, attending
    came = run("Rapat pleno itu dihadiri Bawaslu Provinsi Jambi dan Forkopimda.")
    assert {s for s, _ in facts(came, FactKind.ATTENDS)} >= {"Bawaslu Provinsi Jambi"}


def test_a_body_that_plans_to_hold_an_event_hosts_it() -> None:
    """"KPU X merencanakan bakal menggelar rapat pleno": the plan's words stand between the
    body and its verb."""
    for plan in ("merencanakan bakal", "berencana", "dijadwalkan", "segera"):
        r = run(f"KPU Kota Dumai {plan} menggelar rapat pleno penetapan calon terpilih di "
                "Hotel Grand Zuri.")
        assert ("KPU Kota Dumai", "rapat pleno penetapan calon terpilih") in facts(
            r, FactKind.HOSTS), plan


def test_a_commission_chair_at_a_plenary_speaks_at_the_commission_s_own_sitting() -> None:
    """"Ketua KPU X NAME pada rapat pleno ...": a commission's plenary is its own; Bawaslu's
    chair speaks at the commission's plenaries without holding them."""
    r = run("Hal itu disampaikan Ketua KPU Kota Medan Agus Arifin pada rapat pleno terbuka "
            "rekapitulasi hasil penghitungan suara, di Medan, Minggu.")
    assert {s for s, _ in facts(r, FactKind.HOSTS)} == {"KPU Kota Medan"}
    watcher = run("Hal itu disampaikan Ketua Bawaslu Kota Medan Payung Harahap pada rapat pleno "
                  "terbuka rekapitulasi hasil penghitungan suara, di Medan, Minggu.")
    assert not facts(watcher, FactKind.HOSTS)
