"""Patterns met in real articles (fortieth session), each on sentences written for it. The
helpers live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import facts, run

from electgraph.model import EntityType, FactKind

# A listing of pairs, each item's parties in a bulleted list under "Diusung oleh:".
_LISTING = (
    "BANDUNG - KPU Jawa Barat menetapkan tiga pasangan calon gubernur dan wakil gubernur.\n"
    "Berikut daftar pasangan calon yang ditetapkan:\n"
    "1. Budi Santoso dan Rina Marlina\n"
    "Diusung oleh:\n"
    "– Partai Golkar\n"
    "– Partai NasDem\n"
    "2. Dedi Kurnia dan Sri Wahyuni\n"
    "Diusung oleh:\n"
    "– Partai Buruh\n"
    "3. Agus Salim dan Lina Herlina\n"
    "Diusung oleh:\n"
    "– PDI Perjuangan\n"
    "– Partai Hanura\n"
)


def test_parties_bulleted_under_a_pair_back_that_pair() -> None:
    """The bullets under "Diusung oleh:" end at the next number, and a passive with no subject
    backs the pair above it, not the one below."""
    backing = facts(run(_LISTING), FactKind.NOMINATES)
    expected = {
        ("Partai Golkar", "Budi Santoso"), ("Partai NasDem", "Rina Marlina"),
        ("Partai Buruh", "Dedi Kurnia"), ("Partai Buruh", "Sri Wahyuni"),
        ("PDI Perjuangan", "Agus Salim"), ("Partai Hanura", "Lina Herlina"),
    }
    assert expected <= backing, backing
    assert not {("Partai Golkar", "Dedi Kurnia"), ("Partai Buruh", "Agus Salim")} & backing


def test_every_pair_of_a_listing_with_party_lines_between_is_a_candidate() -> None:
    """An item's own heading and bullets ("Diusung oleh:", "– P") go on with the item, so the
    later pairs still belong to the listing the lead introduced."""
    standing = {s for s, _ in facts(run(_LISTING), FactKind.CANDIDATES)}
    assert {"Budi Santoso", "Sri Wahyuni", "Agus Salim", "Lina Herlina"} <= standing, standing


def test_titles_stacked_with_a_comma_and_a_title_written_after_the_name() -> None:
    """"Dr., Ir. NAME": both titles open the name; "NAME, Drs. dan" closes it with the title,
    so the pair around "dan" is read as one; "Kaban X, Drs. NAME" keeps it for the next name."""
    r = run("KPU Garut menetapkan paslon nomor urut 1 Budi Santoso, Drs. dan Dr., Ir. Rina "
            "Marlina, M.T. serta paslon nomor urut 2 Dedi Kurnia, Drs. dan Sri Wahyuni. Hadir "
            "Kaban Kesbangpol Garut, Drs. Agus Salim.")
    standing = {s for s, _ in facts(r, FactKind.CANDIDATES)}
    assert {"Budi Santoso", "Rina Marlina", "Dedi Kurnia", "Sri Wahyuni"} <= standing, standing
    people = {e.label for e in r.entities if e.type is EntityType.PERSON}
    assert "Agus Salim" in people and not any("Dr" in p for p in people), people


def test_the_pairs_whose_witnesses_speak_are_candidates_the_witnesses_are_not() -> None:
    """"saksi dari pasangan calon A – B dan C – D": the candidate words run straight on to the
    pairs; "saksi paslon, yakni E dan F" names the witnesses."""
    r = run("Saksi dari pasangan calon Paulina Bullu – Sandro Fanggidae dan Vicoas Amalo – Rudi "
            "Fanggidae menerima hasil rekapitulasi. Saksi paslon, yakni Dedi Kurnia dan Agus "
            "Salim, menandatangani berita acara.")
    standing = {s for s, _ in facts(r, FactKind.CANDIDATES)}
    assert standing == {"Paulina Bullu", "Sandro Fanggidae", "Vicoas Amalo", "Rudi Fanggidae"}


def test_two_dash_pairs_joined_by_dan_keep_members_who_share_a_family_name() -> None:
    """"A – B dan C – D": "B dan C" is no pair, so D, who shares B's family name, is not read as
    B spelt again."""
    r = run("Pasangan calon Paulina Bullu – Sandro Fanggidae dan Vicoas Amalo – Rudi Fanggidae "
            "menerima hasil rekapitulasi.")
    mates = {(s, o) for s, o in facts(r, FactKind.CANDIDATES)}
    assert {s for s, _ in mates} >= {"Sandro Fanggidae", "Rudi Fanggidae"}, mates


def test_a_name_spelt_as_a_common_word_that_states_its_office_is_a_person() -> None:
    """"kepada Restu selaku Anggota Bawaslu X": "restu" is a dictionary word, but a name that
    says which office it holds is a person's."""
    r = run("DKPP menjatuhkan sanksi peringatan kepada Restu selaku Anggota Bawaslu Kabupaten "
            "Garut.")
    assert ("Restu", "Bawaslu Kabupaten Garut") in facts(r, FactKind.HOLDS_ROLE)


def test_ujarnya_after_paragraphs_that_go_on_with_the_speech_is_the_first_speaker() -> None:
    """A paragraph whose speaker is only "Dia", and one that goes on with no subject, keep the
    speaker of the quote before: the officials they name are spoken of."""
    r = run("“DKPP menyimpulkan bahwa para teradu terbukti melanggar,” kata Heddy Lugito.\n"
            "Dia menyebutkan, DKPP menjatuhkan sanksi peringatan kepada Abdul Karim selaku "
            "Ketua Bawaslu Garut.\n"
            "Selain itu, peringatan keras kepada Budi Santoso selaku Anggota Bawaslu Garut.\n"
            "“Terhitung sejak putusan ini dibacakan,” ujarnya.")
    assert {s for s, _ in facts(r, FactKind.QUOTES)} == {"Heddy Lugito"}


def test_a_body_ordered_to_carry_out_the_verdict_does_not_give_the_sanction() -> None:
    """"diperintahkan Bawaslu untuk melaksanakan putusan itu": Bawaslu carries the verdict out;
    a later "memberhentikan" with no subject of its own is still the tribunal's."""
    r = run("DKPP menjatuhkan sanksi peringatan keras kepada Abdul Karim selaku Ketua Bawaslu "
            "Garut.\nDalam putusan itu, diperintahkan Bawaslu untuk melaksanakan putusan itu.\n"
            "Dalam putusan itu juga memberhentikan dua komisioner KPU Kabupaten Garut dari "
            "jabatannya, yakni Budi Santoso dan Rina Marlina.")
    givers = {s for s, _ in facts(r, FactKind.SANCTIONS)}
    assert givers == {"DKPP RI"}, facts(r, FactKind.SANCTIONS)


def test_pairs_whose_witnesses_came_are_not_said_to_be_there() -> None:
    """"Para saksi dari pasangan calon A – B dan C – D hadir": the witnesses came for the pairs;
    the pairs are candidates, not attendees."""
    r = run("KPU Garut menggelar rapat pleno rekapitulasi di Garut.\nPara saksi dari pasangan "
            "calon Paulina Bullu – Sandro Fanggidae (Lentera) dan Vicoas Amalo – Rudi Hartono "
            "hadir dalam pleno itu.")
    present = {s for s, _ in facts(r, FactKind.ATTENDS)}
    assert not present & {"Paulina Bullu", "Rudi Hartono"}, present
    assert "Rudi Hartono" in {s for s, _ in facts(r, FactKind.CANDIDATES)}


def test_the_regional_election_body_swears_in_members_of_its_ad_hoc_body() -> None:
    """"Pelantikan ... anggota PPK": the body sworn in is named as its members' office; the
    national KPU, named for its rules, appoints no district's body, the regency's KPU does."""
    r = run("Sebanyak 50 anggota PPK se-Kabupaten Garut dilantik.\n"
            "Pelantikan dan pengambilan sumpah anggota PPK tersebut digelar di aula kantor "
            "Bupati Garut, Rabu (4/1/2023).\n"
            "Ketua KPU Kabupaten Garut, Budi Santoso dalam sambutannya meminta anggota PPK "
            "bekerja profesional, sebagaimana diamanatkan peraturan Komisi Pemilihan Umum "
            "Republik Indonesia Nomor 8 Tahun 2022.")
    assert {s for s, _ in facts(r, FactKind.HOSTS)} == {"KPU Kabupaten Garut"}


def test_a_named_body_takes_its_region_whole_with_the_compass_word() -> None:
    """"Sekretaris PWI Lampung Timur": the regency "Lampung Timur" names the branch; its compass
    word is no person."""
    r = run("Rapat dihadiri Khairuddin, Sekretaris PWI Lampung Timur serta Ketua PWI Aceh Barat "
            "Daya, Budi Santoso.")
    people = {e.label for e in r.entities if e.type is EntityType.PERSON}
    assert people == {"Khairuddin", "Budi Santoso"}, people
    held = facts(r, FactKind.HOLDS_ROLE)
    assert ("Khairuddin", "PWI Lampung Timur") in held, held


def test_a_party_s_word_misspelt_is_still_a_party() -> None:
    """"diusung oleh Pertai Demokrasi Indonesia Perjuangan": "Pertai" is "Partai", no person."""
    r = run("Paslon Budi Santoso dan Rina Marlina yang diusung oleh Pertai Demokrasi Indonesia "
            "Perjuangan (PDI Perjuangan) mendapatkan nomor urut 1.")
    assert "Pertai" not in {e.label for e in r.entities if e.type is EntityType.PERSON}
    assert ("PDI Perjuangan", "Budi Santoso") in facts(r, FactKind.NOMINATES)
