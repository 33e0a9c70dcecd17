"""Patterns met in real articles (forty-fourth session), each on sentences written for it. The
helpers live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import facts, run

from electgraph.model import EntityType, FactKind


def test_bodies_named_as_examples_of_who_came_attend() -> None:
    """"Rapat itu dihadiri pihak terkait seperti Bawaslu X, Forkopimda X": "seperti" opens the
    list of who came; "Kehadiran Bawaslu X dalam rapat pleno ini ..." says the body was there."""
    r = run("KPU Kota Lhokseumawe menggelar rapat koordinasi persiapan rekapitulasi, Senin. Rapat "
            "koordinasi ini juga dihadiri pihak terkait seperti Badan Pengawas Pemilu (Bawaslu) "
            "Lhokseumawe, Forum Koordinasi Pimpinan Daerah (Forkopimda) Lhokseumawe dan LO "
            "pasangan calon.")
    assert "Bawaslu Kota Lhokseumawe" in {s for s, _ in facts(r, FactKind.ATTENDS)}
    presence = run("KPU Kabupaten Sinjai menggelar rapat pleno terbuka rekapitulasi hasil "
                   "penghitungan suara, Rabu. Kehadiran Bawaslu Kabupaten Sinjai dalam rapat "
                   "pleno ini bertujuan memastikan semua tahapan berjalan jujur.")
    assert {s for s, _ in facts(presence, FactKind.ATTENDS)} == {"Bawaslu Kabupaten Sinjai"}


def test_an_office_written_right_before_a_name_is_not_the_candidacy() -> None:
    """"Pasangan itu diterima oleh Ketua KPU X, NAME": the pair's words are the nearest
    introduction going back, but the office right before the name says who the name is. An
    office the pair seeks ("paslon Gubernur dan Wakil Gubernur X, A-B") still introduces them."""
    r = run("Pasangan calon Bupati Muna Barat, Rahmat Ali dan Sudin Laode, resmi mendaftar di KPU "
            "Muna Barat, Kamis. Pasangan itu diterima secara resmi oleh Ketua KPU Muna Barat, "
            "Abdul Karim, bersama anggota KPU lainnya.")
    assert {p for p, _ in facts(r, FactKind.CANDIDATES)} == {"Rahmat Ali", "Sudin Laode"}
    sought = run("Deklarasi diikuti paslon Gubernur dan Wakil Gubernur Sumbar, Mahyeldi "
                 "Ansharullah-Vasco Ruseimy dan Epyadi Asda-Ekos Albar.")
    assert {p for p, _ in facts(sought, FactKind.CANDIDATES)} >= {"Mahyeldi Ansharullah",
                                                                   "Ekos Albar"}


def test_a_pair_pointed_back_to_by_its_tagline_is_backed() -> None:
    """"Pasangan bertagline Ikhlas ini diusung oleh P, Q": the tagline between the pair's word and
    the demonstrative still points back to the pair named before."""
    r = run("Pada hari kedua, pasangan Rudi Hartono dan Siti Aminah mendaftar di KPU Morowali "
            "Utara. Pasangan bertagline Ikhlas ini diusung oleh partai Golkar, PKS dan Perindo.")
    assert {p for _, p in facts(r, FactKind.NOMINATES)} == {"Rudi Hartono", "Siti Aminah"}
    assert len(facts(r, FactKind.NOMINATES)) == 6


def test_a_subjectless_backing_naming_one_member_backs_the_pair() -> None:
    """"A dan B mendapatkan nomor urut 3. Diusung oleh P, Q, A menafsirkan ...": the clause names
    only the member who speaks, but the passive with no subject backs the pair named last."""
    r = run("Sementara itu, pasangan Yusuf Kalla dan Yohanes Sinyor mendapatkan nomor urut 3. "
            "Diusung oleh PKB, Partai Buruh dan Partai Ummat, Yusuf menafsirkan angka tersebut "
            "sebagai simbol kemajuan.")
    assert {(party, p) for party, p in facts(r, FactKind.NOMINATES) if party == "PKB"} == {
        ("PKB", "Yusuf Kalla"), ("PKB", "Yohanes Sinyor")}


def test_the_speech_of_whom_another_stands_in_for_is_the_stand_ins() -> None:
    """"A, dalam hal ini mewakili Bupati X, B, menyampaikan ... “...,” jelasnya": A speaks for B,
    who was not there; and offices listed together ("memilih Gubernur dan Bupati") are the
    offices, not a holder "-nya" could point back to."""
    r = run("KPU Kotim melantik anggota PPK di Sampit, Kamis.\nAsisten I Setda Kotim, Rihel dalam "
            "hal ini mewakili Bupati Kotim, H Halikinnor, menyampaikan, Pilkada 2024 untuk "
            "memilih Gubernur dan Wakil Gubernur dan Bupati dan Wakil Bupati.\nAturan memberi "
            "KPU kewenangan membentuk badan adhoc.\n“Pembentukan badan adhoc sudah melalui "
            "seleksi yang ketat,” jelasnya.")
    assert {p for p, _ in facts(r, FactKind.QUOTES)} == {"Rihel"}
    assert "Halikinnor" not in {p for p, _ in facts(r, FactKind.ATTENDS)}


def test_a_declaration_held_with_the_pairs_places_them_and_its_signers_there() -> None:
    """"KPU X menggelar deklarasi kampanye damai bersama empat pasangan calon": the pairs took part;
    "penandatanganan ... oleh keempat paslon, Bawaslu dan Forkopimda": so did the signers."""
    r = run("KPU Papua Selatan menggelar deklarasi kampanye damai bersama empat pasangan calon "
            "di Merauke, Senin (23/9/2024). Keempat pasangan calon adalah Darius Gebze-Petrus "
            "Safan (nomor urut 1) dan Nikolaus Kondomo-Baidin Kurita (nomor urut 2). Deklarasi "
            "ditandai dengan penandatanganan pernyataan sikap oleh keempat paslon, Bawaslu dan "
            "Forkopimda.")
    attending = {p for p, _ in facts(r, FactKind.ATTENDS)}
    assert {"Darius Gebze", "Baidin Kurita", "Bawaslu", "Forkopimda"} <= attending


def test_a_name_in_brackets_after_a_full_name_is_what_the_text_then_calls_them() -> None:
    """"Pasangan Muzakkir Manaf (Mualem) dan Fadhlullah ... kata Mualem": the bracketed name is the
    one the article goes on to use; it is the same person, not a third candidate."""
    r = run("Pasangan Muzakkir Manaf (Mualem) dan Fadhlullah datang ke KIP Aceh didampingi partai "
            "pengusung yakni PDI-P dan PKS. Usai menyerahkan berkas, Mualem berterima kasih. "
            "“Kami akan mengutamakan lapangan kerja,” kata Mualem.")
    assert "Mualem" not in {e.label for e in r.entities}
    assert {p for _, p in facts(r, FactKind.NOMINATES)} == {"Muzakkir Manaf", "Fadhlullah"}
    assert {p for p, _ in facts(r, FactKind.QUOTES)} == {"Muzakkir Manaf"}


def test_the_pages_credits_name_no_one_in_the_news() -> None:
    """"Editor: NAME" on its own line and "(NAME)" closing the article name who wrote it: not a
    person of the news, and not someone at its event. A bracket inside the text stays read."""
    r = run("Bawaslu Lampung Tengah menggelar deklarasi pilkada damai, Sabtu. Deklarasi dihadiri "
            "Ketua Bawaslu Lampung, Iskardo P Panggar, dan tamu undangan. (Damar)\n"
            "Penulis: Nursaida | Editor: Agus Setyawan")
    persons = {e.label for e in r.entities if e.type is EntityType.PERSON}
    assert persons == {"Iskardo P Panggar"}
    inner = run("Deklarasi dihadiri Ketua Bawaslu Lampung (Iskardo P Panggar) dan tamu undangan.")
    assert "Iskardo P Panggar" in {e.label for e in inner.entities}


def test_the_word_of_a_ballot_number_ends_a_name() -> None:
    """"Helmi-Mian No 1": "No" before a number is the ballot number's word, not a surname."""
    r = run("Pasangan Helmi Hasan dan Mian mendapat nomor urut 1. Helmi-Mian No 1 dan "
            "Rohidin-Meriani No 2 hadir di KPU.")
    assert {p for p, _ in facts(r, FactKind.CANDIDATES)} >= {"Helmi Hasan", "Mian"}
    assert not any(e.label.endswith(" No") for e in r.entities)


def test_the_district_leaders_forum_takes_its_districts_name() -> None:
    """"Forkopincam Trimurjo" (a spelling of Forkopimca): the district's name after the forum is
    part of the body, not a person; a bare "Forkopimca" stays a body too."""
    r = run("Deklarasi dihadiri Kapolres Lamteng AKBP Andik Purnomo Sigit, Forkopincam Trimurjo, "
            "dan kepala kampung.")
    assert not any(e.type is EntityType.PERSON and "Trimurjo" in e.label for e in r.entities)
    assert any(e.type is EntityType.ORGANIZATION and "Trimurjo" in e.label for e in r.entities)


def test_a_balinese_name_run_into_a_bodys_name_starts_at_its_particle() -> None:
    """"Ketua STAHN Mpu Kuturan Singaraja I Gede Suwindia", "Dosen Universitas Ngurah Rai I Wayan
    Putu Sucana": with no comma between them, the body's name ends where "I Gede" / "I Wayan"
    starts the holder's; "Ni Luh Putu" stays one name."""
    r = run("Panelis terdiri dari Ketua STAHN Mpu Kuturan Singaraja I Gede Suwindia, Dosen "
            "Universitas Ngurah Rai I Wayan Putu Sucana Aryana dan Ketua Ikatan Akuntan "
            "Indonesia Bali Ni Luh Putu Sri Harta.")
    assert facts(r, FactKind.HOLDS_ROLE) >= {
        ("I Gede Suwindia", "STAHN Mpu Kuturan Singaraja"),
        ("Ni Luh Putu Sri Harta", "Ikatan Akuntan Indonesia Bali")}
    assert "I Wayan Putu Sucana Aryana" in {e.label for e in r.entities}
    assert not any("Singaraja I" in e.label for e in r.entities)


def test_a_headlines_bare_verb_is_no_word_of_a_name() -> None:
    """"KPU Sultra Panggil PAW KPU Konawe Selatan yang Diberhentikan": "Panggil" is the headline's
    verb, so "Panggil PAW" is no person, and no one sanctioned."""
    r = run("KPU Sultra Panggil PAW KPU Konawe Selatan yang Diberhentikan. Bawaslu Muna Gandeng "
            "Kampus Awasi Pilkada.")
    assert not any(e.type is EntityType.PERSON for e in r.entities)
    assert facts(r, FactKind.SANCTIONS) == set()


def test_a_decree_of_sanction_addressed_to_someone_sanctions_them() -> None:
    """"KPU X menindaklanjuti dengan dikeluarkan SK Pemberhentian Tetap kepada anggota PPK Y A":
    no verb of sanctioning, but the decree's "kepada" names whom it removes."""
    r = run("KPU Kabupaten Kupang menindaklanjuti dengan dikeluarkan SK Pemberhentian Tetap kepada "
            "anggota PPK Taebenu Milumagden Tafui.")
    assert facts(r, FactKind.SANCTIONS) == {("KPU Kabupaten Kupang", "Milumagden Tafui")}
    rumour = run("Ketua KPU Kabupaten Kupang, Yohanes Lake, menegaskan tidak ada SK Pemberhentian "
                 "Tetap kepada anggota PPK Taebenu Milumagden Tafui.")
    assert facts(rumour, FactKind.SANCTIONS) == set()
