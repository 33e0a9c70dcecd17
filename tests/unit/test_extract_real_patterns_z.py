"""Patterns met in real articles (forty-second session), each on sentences written for it. The
helpers live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import facts, run

from electgraph.ingest import parse_text
from electgraph.model import Extraction, FactKind


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


def test_pairs_an_election_is_contested_by_do_not_attend_the_event() -> None:
    """"Pilkada X diikuti dua pasangan calon, yakni A-B dan C-D": the election is contested by
    the pairs; they stand as candidates, and the report of a plenary names no one there. An
    event "diikuti" by them ("Deklarasi ... Pilkada 2024 yang diikuti ...") is attended."""
    r = run("KPU Kota Medan menggelar rapat pleno terbuka rekapitulasi suara. Pada Pilkada Kota "
            "Medan 2024, diikuti dua pasangan calon yakni pasangan Rico Waas-Zakiyuddin "
            "Harahap nomor urut 1 dan pasangan Ridha Dharmajaya-Abdul Rani nomor urut 2.")
    assert {s for s, _ in facts(r, FactKind.CANDIDATES)} >= {"Rico Waas", "Ridha Dharmajaya"}
    assert not facts(r, FactKind.ATTENDS)
    came = run("Ketua KPU Kota Medan memimpin Deklarasi Kampanye Damai Pilkada 2024 yang diikuti "
               "oleh pasangan Rico Waas dan Zakiyuddin Harahap.")
    assert ("Rico Waas", "Deklarasi Kampanye Damai") in facts(came, FactKind.ATTENDS)
    said = run("Pemilu 2024 diikuti 18 partai politik, kata Ketua KPU Kabupaten Bantul, Joko "
               "Santosa, dalam sosialisasi pemilih pemula itu.")
    assert {s for s, _ in facts(said, FactKind.ATTENDS)} == {"Joko Santosa"}


def test_one_name_written_with_another_vowel_is_one_person() -> None:
    """"Zulkarnaen-Lerru" and later "Zulkarnain dan Lerru Yustira": a vowel inside a long name
    written two ways is one person, even when the name is one word; "Suharto" and "Suharti"
    (the last letter) stay two."""
    r = run("Dibanding pasangan Zulkarnaen-Lerru, Mad Romli lebih banyak diam. Mad Romli bertanya "
            "kepada Paslon nomor urut 3, Zulkarnain dan Lerru Yustira.")
    persons = {e.label for e in r.entities if e.type.value == "Person"}
    assert len(persons & {"Zulkarnaen", "Zulkarnain"}) == 1, persons
    two = run("Ketua KPU Kota Blitar, Suharto, dan anggota KPU Kota Blitar, Suharti, hadir.")
    assert {"Suharto", "Suharti"} <= {e.label for e in two.entities}


def test_a_pair_a_party_backs_stands_as_candidates() -> None:
    """"Kemudian, A – B yang diusung 3 Parpol yakni P, Q dan R": no word says the pair stands,
    but a pair backed by parties is a pair of candidates (every backed person in the real
    articles' annotations is a candidate too), in the election the others stand in."""
    r = run("Pasangan calon bupati yang mendaftar pertama di Pilkada Maluku Tenggara 2024 yakni "
            "Muhammad Thaher Hanubun – Charlos Viali Rahantoknam yang diusung PKS dan PAN. "
            "Kemudian, Djamaluddin Koedoboen – Wilibrodus Lefteuw yang diusung 3 Parpol yakni, "
            "PKB, Gerindra dan NasDem.")
    standing = facts(r, FactKind.CANDIDATES)
    assert {s for s, _ in standing} >= {"Djamaluddin Koedoboen", "Wilibrodus Lefteuw"}, standing
    assert len({e for _, e in standing}) == 1, standing


def test_a_name_set_off_before_a_speech_verb_is_the_speaker_not_the_pair() -> None:
    """"Selain mengundang pasangan terpilih, NAME, juga menyebutkan ...": the pair's word before
    the name introduces no candidate; the name says something."""
    r = run("Komisioner KPU Provinsi Riau, Nahrawi, hadir. Selain mengundang pasangan terpilih, "
            "Nahrawi, juga menyebutkan bakal mengundang pasangan yang kalah.")
    assert not facts(r, FactKind.CANDIDATES)
    pair = run("KPU menetapkan pasangan terpilih, Abdul Wahid dan SF Hariyanto, dalam rapat pleno.")
    assert {s for s, _ in facts(pair, FactKind.CANDIDATES)} == {"Abdul Wahid", "SF Hariyanto"}


def test_a_commissioner_s_field_after_the_name_is_that_person_s_office() -> None:
    """"Hadir Ketua KPU X, A, B – Komisioner Bidang Parmas, C Komisioner Bidang Hukum dan
    Pengawasan, dan D Komisioner Bidang Tehnis Penyelenggaraan": "Bidang" names a field as
    "Divisi" does, and each field follows its holder's name (no comma between)."""
    r = run("Hadir Ketua KPU Sumbawa, Syamsi Hidayat, Heri Kurniawansyah – Komisioner Bidang "
            "Parmas, SDM, dan Sosdikli, Ardhani Komisioner Bidang Hukum dan Pengawasan, Handono "
            "Komisioner Bidang Data dan Informasi, dan Ali Sagalo Komisioner Bidang Tehnis "
            "Penyelenggaraan.")
    held = {(names, q) for names, q in _roles(r)}
    assert held == {
        ("Syamsi Hidayat", "Ketua"),
        ("Heri Kurniawansyah", "Komisioner Bidang Parmas, SDM, dan Sosdikli"),
        ("Ardhani", "Komisioner Bidang Hukum dan Pengawasan"),
        ("Handono", "Komisioner Bidang Data dan Informasi"),
        ("Ali Sagalo", "Komisioner Bidang Tehnis Penyelenggaraan"),
    }, held


def _roles(r: Extraction) -> set[tuple[str, str]]:
    names = {e.key: e.label for e in r.entities}
    return {(names[f.subject], f.quals["role"]) for f in r.by_kind(FactKind.HOLDS_ROLE)}


def test_a_common_word_and_its_ordinal_are_no_name() -> None:
    """"rapat pleno pemutakhiran data pemilih (PDPB) Triwulan II Tahun 2025": a quarter and its
    numeral name no one, so DKPP sanctions no "Triwulan II"; "Agusni AH" keeps its initials."""
    r = run("DKPP menjatuhkan sanksi teguran keras kepada Ketua KPU Sulteng Risvirenol karena "
            "tidak menghadiri rapat pleno penetapan hasil pemutakhiran data pemilih (PDPB) "
            "Triwulan II Tahun 2025.")
    assert {p for _, p in facts(r, FactKind.SANCTIONS)} <= {"Risvirenol"}
    assert "Triwulan II" not in {e.label for e in r.entities}
    initials = run("Ketua KPU Kota Banda Aceh, Agusni AH, membuka rapat pleno.")
    assert "Agusni AH" in {e.label for e in initials.entities}
