"""Patterns met in real articles (forty-fifth session), each on sentences written for it. The
helpers live in test_extract_real_patterns."""

from __future__ import annotations

from test_extract_real_patterns import facts, run

from electgraph.extract.tokens import sentences
from electgraph.model import EntityType, FactKind


def test_a_list_going_on_with_a_plan_names_events_still_ahead() -> None:
    """"Paslon akan mengikuti tahapan berikutnya. Di antaranya ... pada sidang paripurna DPRK":
    the list goes on with the plan, so the sitting is ahead and not where the next sentence's
    arrivals came."""
    r = run("Pasangan Teuku Rizal dan Ahmad Fauzi mendaftar ke KIP Aceh Besar, Kamis. Ketua KIP "
            "Aceh Besar, Safrizal, mengatakan pasangan calon akan mengikuti tahapan berikutnya. "
            "Di antaranya menyampaikan visi dan misi pada sidang paripurna DPRK Aceh Besar. "
            "Tiga jam kemudian, pasangan Marzuki Daud dan Nasrul Hadi juga datang ke kantor KIP "
            "Aceh Besar untuk mendaftar.")
    events = {e for _, e in facts(r, FactKind.ATTENDS)}
    assert events and not any("paripurna" in e for e in events)
    assert "Marzuki Daud" in {a for a, _ in facts(r, FactKind.ATTENDS)}


def test_an_agreement_named_after_a_place_is_no_person() -> None:
    """"MoU Helsinki", "Piagam Madinah": the words after an agreement's head name it."""
    r = run("Ketua KIP Aceh, Safrizal, mengatakan pasangan calon wajib menyatakan komitmen "
            "menjalankan butir MoU Helsinki dan Piagam Madinah di hadapan publik.")
    persons = {e.label for e in r.entities if e.type is EntityType.PERSON}
    assert persons == {"Safrizal"}


def test_a_pair_called_by_a_word_never_introduced_is_the_pair_named_last() -> None:
    """"Kedua, Paslon A-B mendaftar Kamis. Paslon Sibaliwa diusung oleh P, Q": one word after
    "paslon", met nowhere else, names the pair named last; it is no person of its own. A name
    met elsewhere ("Ketua KPU, Rudi") stays a person."""
    r = run("Kedua, paslon Andi Rahman Sulaiman-Baso Amir mendaftar di KPU Soppeng pada Kamis. "
            "Paslon Sibaliwa diusung oleh Golkar, PDIP dan Hanura. Ketua KPU Soppeng, Rudi, "
            "menerima berkas pasangan itu.")
    assert ("Partai Golkar", "Baso Amir") in facts(r, FactKind.NOMINATES)
    assert {p for _, p in facts(r, FactKind.NOMINATES)} == {"Andi Rahman Sulaiman", "Baso Amir"}
    persons = {e.label for e in r.entities if e.type is EntityType.PERSON}
    assert "Sibaliwa" not in persons and "Rudi" in persons


def test_one_word_names_listed_with_their_bodies_in_brackets_attend() -> None:
    """"Hadir A B (Ketua Bawaslu X), Dodi dan Rizka (Polres X), Rahmat (Satpol PP), Syafiq (LO
    Paslon C-D)": a body or an office in brackets does not break the list of persons, and the
    pair a liaison officer stands for was not there."""
    r = run("KPU Sleman menyelenggarakan rapat koordinasi persiapan kampanye, Jumat. Hadir "
            "dalam kegiatan ini Bapak Hermawan Wibowo (Ketua Bawaslu Sleman), Dodi dan Rizka "
            "(Polres Sleman), Rahmat (Satpol PP), Syafiq (LO Paslon Halim-Aris) dan Danang "
            "Prasetyo (Kesbangpol).")
    present = {a for a, _ in facts(r, FactKind.ATTENDS)}
    assert {"Hermawan Wibowo", "Dodi", "Rizka", "Rahmat", "Syafiq"} <= present
    assert not present & {"Halim", "Aris"}


def test_a_second_office_after_the_first_is_the_same_persons() -> None:
    """"A, anggota KPU X sekaligus ketua divisi teknis", "B, anggota KPU Y yang juga Ketua Divisi
    Hukum": both offices are the person's, and a division's office counts in lower case; the
    case number before a name ("Teradu VI") is no part of it."""
    r = run("Teguran keras diberikan kepada Teradu VI Christian Adiputra, anggota KPU Provinsi "
            "Sulawesi Tengah sekaligus ketua divisi teknis. Hadir pula Andi Rahmat, anggota KPU "
            "Kabupaten Bone yang juga Ketua Divisi Hukum, dalam sidang itu.")
    held = facts(r, FactKind.HOLDS_ROLE)
    assert ("Christian Adiputra", "KPU Provinsi Sulawesi Tengah") in held
    roles = {(f.quals["role"], f.subject) for f in r.by_kind(FactKind.HOLDS_ROLE)}
    assert ("ketua divisi teknis", "person:christian adiputra") in roles
    assert ("Ketua Divisi Hukum", "person:andi rahmat") in roles


def test_a_pair_listed_with_its_coalition_after_a_semicolon_is_backed() -> None:
    """"1. Pasangan Calon atas nama A dan B; yang diusulkan oleh Gabungan Partai Politik: P (X),
    Partal Q": the relative clause cut off by the semicolon backs the pair before it, the
    coalition's heading is no person, and "Partal" is a slip for "Partai"."""
    r = run("Maka KPU Kabupaten Malra menetapkan:\n1. Pasangan Calon atas nama Drs. Yosef "
            "Rahail dan Markus Ohoiwutun, SH; yang diusulkan oleh Gabungan Partai Politik: "
            "Partai Keadilan Sejahtera (PKS) dan Partal Amanat Nasional (PAN).")
    assert facts(r, FactKind.NOMINATES) == {
        ("PKS", "Yosef Rahail"), ("PKS", "Markus Ohoiwutun"),
        ("PAN", "Yosef Rahail"), ("PAN", "Markus Ohoiwutun")}
    assert {e.label for e in r.entities if e.type is EntityType.PERSON} == {
        "Yosef Rahail", "Markus Ohoiwutun"}


def test_a_line_wrapped_by_hand_in_mid_sentence_is_one_sentence() -> None:
    """"... atas nama Drs. A dan Charlos Viali\\nRahantoknam, SH; yang ...", "... tiga kecamatan
    yang\\nditetapkan ...": a long line with no stop, going on in lower case or in the rest of
    a name, is one sentence with the next; a short line (a heading) is not."""
    r = run("Pasangan calon yang ditetapkan adalah Drs. Muhamad Thaher Hanubun dan Charlos Viali\n"
            "Rahantoknam, SH; keduanya hadir dalam rapat pleno KPU Maluku Tenggara.")
    persons = {e.label for e in r.entities if e.type is EntityType.PERSON}
    assert "Charlos Viali Rahantoknam" in persons and "Rahantoknam" not in persons
    text = ("Di Aceh Utara terdapat tiga kecamatan yang lokasi pelantikannya\nditetapkan "
            "menggunakan video conference.\nBaca Juga\nKetua KPU hadir.")
    assert [text[s.start : s.end][:14] for s in sentences(text)] == [
        "Di Aceh Utara ", "Baca Juga", "Ketua KPU hadi"]


def test_the_chairs_fellows_named_in_the_next_sentence_sit_in_the_chairs_body() -> None:
    """"Ketua KPU X A memimpin rapat. Dia didampingi komisioner lainnya, yaitu B, C": the others
    are members of the body the sentence before has A chair; "Siti Aklis" later is "Siti
    Akhlis" (kh written k), one person."""
    r = run("Ketua KPU Kutim Siti Akhlis Muafin memimpin rapat pleno itu. Dia didampingi "
            "komisioner lainnya, yaitu Hasan Basri dan Budi Wibowo. Ketua KPU Kutim Siti Aklis "
            "Muafin mengatakan, pengundian berjalan lancar.")
    held = facts(r, FactKind.HOLDS_ROLE)
    assert {("Hasan Basri", "KPU Kabupaten Kutim"), ("Budi Wibowo", "KPU Kabupaten Kutim")} <= held
    assert [e.label for e in r.entities if "Muafin" in e.label] == ["Siti Akhlis Muafin"]


def test_degrees_written_with_spaces_or_one_capital_are_no_part_of_a_name() -> None:
    """"Wuri Rahmawati M Si", "Imron Hidayatullah S Hum", "Drs HM Ali Msi": a degree written
    without its full stops, apart or with one capital, is dropped from the name."""
    r = run("Rapat pleno dihadiri komisioner KPU Bantul yakni Imron Hidayatullah S Hum (Kadiv "
            "Hukum), Wuri Rahmawati M Si serta Arya Syailendra S Pt. Pj Wali Kota diwakili "
            "Asisten II, Drs HM Ali Msi di Hall RM Siang Malam.")
    persons = {e.label for e in r.entities if e.type is EntityType.PERSON}
    assert {"Imron Hidayatullah", "Wuri Rahmawati", "Arya Syailendra", "HM Ali"} <= persons
    assert not any(p.endswith(("Si", "Hum", "Pt", "Msi")) for p in persons)


def test_a_members_office_before_a_comma_list_of_names_is_each_ones() -> None:
    """"Selain anggota KPU X, A, B, C, D, sekretaris dan staf sekretariat, nampak hadir ...": each
    name of the list is a member; the lower-case office after the last is more who came, not
    the last member's. One name after the office stays its only holder."""
    r = run("Selain anggota KPU Pohuwato, Iskandar Ibrahim, Dian Pakaya, Usman Dunda, Iwan "
            "Dolongseda, sekretaris dan staf sekretariat KPU Pohuwato, nampak hadir Sekretaris "
            "Daerah Iskandar Datau.")
    roles = {(f.quals["role"], f.subject) for f in r.by_kind(FactKind.HOLDS_ROLE)}
    members = {p for role, p in roles if role == "anggota"}
    assert members == {"person:iskandar ibrahim", "person:dian pakaya", "person:usman dunda",
                       "person:iwan dolongseda"}
    assert not {p for role, p in roles if role == "sekretaris"}
    one = run("Hadir anggota Bawaslu Kota Palu, Rudi Hartono, mewakili ketua.")
    assert facts(one, FactKind.HOLDS_ROLE) == {("Rudi Hartono", "Bawaslu Kota Palu")}


def test_a_body_counted_in_persons_lists_its_members_and_goes_on_with_who_came() -> None:
    """"Nama-nama yang dilantik, yakni A, B sebagai anggota PPK X. Serta tiga orang PPK Y, yakni
    C, D dan E.": the count of persons of an ad hoc body, then as many names, are its members,
    and "Serta" goes on with the list of who was sworn in. "pelantikan PAW PPK itu" later is
    the swearing-in named before."""
    r = run("KPU Pamekasan melakukan pengambilan sumpah jabatan anggota PPK di Kantor KPU, "
            "Selasa. Nama-nama baru yang dilantik, yakni Moh. Anis dan Khoirul Kirom sebagai "
            "anggota PPK Proppo. Serta tiga orang PPK Kecamatan Palengaan, yakni Baisori, Nurul "
            "Huda, dan Sulla. Ketua KPU Pamekasan, Mohammad Halili menyampaikan, pelantikan PAW "
            "PPK itu merupakan tindak lanjut putusan DKPP.")
    held = facts(r, FactKind.HOLDS_ROLE)
    assert {("Baisori", "PPK Kecamatan Palengaan"), ("Sulla", "PPK Kecamatan Palengaan")} <= held
    present = facts(r, FactKind.ATTENDS)
    assert {"Baisori", "Nurul Huda", "Sulla", "Moh. Anis"} <= {a for a, _ in present}
    assert len({e for _, e in present}) == 1


def test_a_name_of_common_words_confirmed_twice_is_a_persons() -> None:
    """"Ketua KPU Pekanbaru, Raga Perwira, mengapresiasi ... “...,” ujar Raga Perwira": a name
    spelt with common words, given an office once and a verb of saying once, is a person who is
    quoted; a pair's word twice ("Pasangan Damai") makes no person."""
    r = run("Ketua KPU Pekanbaru, Raga Perwira, mengapresiasi jalannya debat. “Semua pihak "
            "mengikuti tata tertib dengan baik,” ujar Raga Perwira usai acara.")
    assert {p for p, _ in facts(r, FactKind.QUOTES)} == {"Raga Perwira"}
    pair = run("Pasangan Damai mendaftar ke KPU Malra. Pasangan Damai hadir bersama pendukung.")
    assert not {e.label for e in pair.entities if e.type is EntityType.PERSON}


def test_who_says_something_in_an_event_the_sentence_names_was_at_it() -> None:
    """"Penutupan pendaftaran diumumkan oleh Ketua KPU X, A, dalam konferensi pers": A was at
    the press conference, though the article reports the registration; not when what is said
    is about the event to come ("pada saat debat panelis akan bertanya")."""
    r = run("KPU Purworejo menutup pendaftaran calon bupati, Kamis. Penutupan pendaftaran "
            "diumumkan oleh Ketua KPU Purworejo, Jarot Sarwosambodo, dalam konferensi pers yang "
            "digelar di halaman kantor KPU.")
    assert ("Jarot Sarwosambodo", "konferensi pers") in facts(r, FactKind.ATTENDS)
    ahead = run("KPU Bangka Tengah menggelar rapat persiapan, Senin. Ketua KPU, Supendi, "
                "menerangkan pada saat debat panelis akan memberikan pertanyaan.")
    assert not {e for _, e in facts(ahead, FactKind.ATTENDS) if "debat" in e}


def test_a_list_of_the_sanctioned_goes_on_in_a_sentence_opening_serta() -> None:
    """"DKPP memberhentikan sembilan anggota PPK. Adapun yang diberhentikan yakni A, B, yang
    merupakan mantan anggota PPK X. Serta dua orang mantan PPK Y, masing-masing, C dan D.": the
    sentence opening "Serta" goes on with the list, with the same sanction."""
    r = run("DKPP resmi memberhentikan empat anggota PPK di Kabupaten Pamekasan. Adapun anggota "
            "PPK yang diberhentikan tersebut yakni Abdus Suhud dan Muyassir, yang merupakan "
            "mantan anggota PPK Kecamatan Proppo. Serta dua orang mantan PPK Kecamatan "
            "Palengaan, masing-masing, Imam Khairullah dan Riyan Hidayat.")
    assert {p for _, p in facts(r, FactKind.SANCTIONS)} == {
        "Abdus Suhud", "Muyassir", "Imam Khairullah", "Riyan Hidayat"}
