"""Patterns of bare bodies and attendance lists, on sentences written for them."""

from __future__ import annotations

from electgraph.extract import extract
from electgraph.extract.tokens import sentences
from electgraph.ingest import parse_text
from electgraph.model import EntityType, Extraction, FactKind


def run(body: str, title: str = "Judul Berita Pilkada") -> Extraction:
    return extract(parse_text(f"{title}\n{body}\n"))


def labels(r: Extraction) -> dict[str, str]:
    return {e.key: e.label for e in r.entities}


def attendees(r: Extraction) -> set[str]:
    names = labels(r)
    return {names[f.subject] for f in r.by_kind(FactKind.ATTENDS)}


def hosts(r: Extraction) -> set[str]:
    names = labels(r)
    return {names[f.subject] for f in r.by_kind(FactKind.HOSTS)}


def test_menjelang_dates_the_sentence_event_not_a_future_one() -> None:
    r = run(
        "Menjelang hari pemungutan suara, KPU Kabupaten Klaten menggelar bimbingan teknis bagi "
        "PPK di Hotel Merbabu, Senin (4/11/2024).\n"
        "Ketua KPU Klaten Sri Wahyuni saat membuka kegiatan meminta peserta teliti."
    )
    assert "Sri Wahyuni" in attendees(r)


def test_event_right_after_menjelang_is_still_ahead() -> None:
    r = run("Menjelang debat publik, Ketua KPU Kota Blitar Anton Prasetyo hadir di studio.")
    assert "Anton Prasetyo" not in attendees(r)


def test_a_full_stop_before_a_degree_ends_no_sentence() -> None:
    text = "Hadir Bupati Sleman, H. Darmaji. S. Kep., M.Kes., dan Ketua Bawaslu, Rina. SH, kemarin."
    assert len(sentences(text)) == 1
    r = run(f"Apel siaga digelar Bawaslu Kabupaten Sleman, Sabtu (10/2/2024). {text}")
    people = {e.label for e in r.entities if e.type is EntityType.PERSON}
    assert {"Darmaji", "Rina"} <= people
    assert not people & {"S. Kep", "M.Kes", "SH"}


def test_a_bare_body_is_the_body_the_article_names() -> None:
    r = run(
        "Bawaslu Kabupaten Tegal menggelar rapat koordinasi, Rabu (2/10/2024).\n"
        "Rapat dihadiri Polres Tegal, Kesbangpol, BKPSDM, Dishub dan Satpol PP.\n"
        "Anggota Bawaslu Wahyu Setiadi mengatakan pengawasan diperketat."
    )
    found = attendees(r)
    assert {"Polres Tegal", "Kesbangpol", "BKPSDM", "Dishub", "Satpol PP"} <= found
    roles = {(labels(r)[f.subject], labels(r).get(f.object or "")) for f in r.by_kind(
        FactKind.HOLDS_ROLE)}
    assert ("Wahyu Setiadi", "Bawaslu Kabupaten Tegal") in roles


def test_a_national_body_named_in_a_quote_is_not_the_bare_one() -> None:
    r = run(
        "Ketua KPU Kabupaten Kendal Hasan Basri melantik PPK, Kamis (4/1/2024).\n"
        '"Aturan ini dibuat oleh KPU RI," jelas Ketua KPU.'
    )
    names = labels(r)
    speakers = {names[f.subject] for f in r.by_kind(FactKind.QUOTES)}
    assert speakers == {"Hasan Basri"}


def test_many_bodies_stay_generic() -> None:
    r = run(
        "KPU Provinsi Jambi menggelar rapat koordinasi, Selasa (1/10/2024). Rapat dihadiri "
        "seluruh KPU kabupaten/kota dan Bawaslu Provinsi Jambi."
    )
    assert "KPU Provinsi Jambi" not in attendees(r)
    assert "Bawaslu Provinsi Jambi" in attendees(r)


def test_the_host_does_not_attend_its_own_sitting() -> None:
    r = run(
        "DPRD Kabupaten Bangli menggelar rapat paripurna, Senin (6/1/2025). Surat penetapan "
        "dari KPU dibacakan di hadapan anggota DPRD yang hadir."
    )
    assert "DPRD Kabupaten Bangli" in hosts(r)
    assert "DPRD Kabupaten Bangli" not in attendees(r)
    assert not any(x.startswith("KPU") for x in attendees(r))


def test_turut_alone_is_no_attendance() -> None:
    r = run(
        "KPU Kota Manado menggelar rapat pleno, Senin (23/9/2024). Bawaslu Provinsi Sulawesi "
        "Utara meminta semua pihak turut menjaga kondusifitas."
    )
    assert "Bawaslu Provinsi Sulawesi Utara" not in attendees(r)


def test_the_sworn_in_ad_hoc_body_attends_its_inauguration() -> None:
    r = run(
        "KPU Kabupaten Ngawi melantik sebanyak 217 anggota PPS di Pendopo Ngawi, Jumat "
        "(24/5/2024).\nKetua KPU Ngawi Lutfi Hakim berharap PPS bekerja jujur."
    )
    assert "PPS" in attendees(r)


def test_a_count_of_districts_is_no_district() -> None:
    r = run("Ketua KPU Kota Madiun Anis Sudarmaji telah melantik anggota PPK 20 kecamatan.")
    assert not any(e.label.startswith("PPK 20") for e in r.entities)


def test_a_future_cue_in_a_relative_clause_leaves_the_event_past() -> None:
    r = run(
        "KPU Provinsi Riau menggelar deklarasi kampanye damai menjelang masa kampanye yang akan "
        "berlangsung esok hari.\nAcara ini dihadiri pasangan calon Budi Santoso-Rahmat Hidayat."
    )
    assert {"Budi Santoso", "Rahmat Hidayat"} <= attendees(r)


def test_an_event_name_ends_at_a_person() -> None:
    r = run(
        "KPU Kota Kediri menggelar rapat pleno penetapan, Kamis (9/1/2025). Calon wali kota "
        "Vinanda Prameswati hadir menyaksikan penetapan Vinanda-Gus Qowim sebagai pasangan "
        "terpilih."
    )
    events = {e.label for e in r.entities if e.type is EntityType.EVENT}
    assert not any("Vinanda" in e for e in events)


def test_a_draw_places_its_candidates_only_when_the_report_says_so() -> None:
    said = run(
        "KPU Kabupaten Lebak menggelar rapat pleno pengundian nomor urut, Senin (23/9/2024). "
        "Setiap paslon mencabut sendiri nomor urutnya.\nNomor urut 1 diraih pasangan Hasan "
        "Basri-Dedi Kurnia."
    )
    assert {"Hasan Basri", "Dedi Kurnia"} <= attendees(said)
    unsaid = run(
        "KPU Kabupaten Lebak menggelar rapat pleno pengundian nomor urut, Senin (23/9/2024).\n"
        "Nomor urut 1 diraih pasangan Hasan Basri-Dedi Kurnia."
    )
    assert not {"Hasan Basri", "Dedi Kurnia"} & attendees(unsaid)


def test_bodies_an_event_is_held_with_attend_it() -> None:
    r = run(
        "Polres Lebak menggelar rapat koordinasi bersama Pemkab Lebak, KPU Kabupaten Lebak dan "
        "Bawaslu Kabupaten Lebak, Jumat (9/8/2024)."
    )
    assert {"Pemkab Lebak", "KPU Kabupaten Lebak", "Bawaslu Kabupaten Lebak"} <= attendees(r)
    assert "Polres Lebak" not in attendees(r)


def test_an_event_name_goes_on_past_dan_only_into_an_action_noun() -> None:
    r = run(
        "DPRD Kabupaten Lebak menggelar rapat paripurna pemberhentian dan pengusulan "
        "pengangkatan bupati, Kamis (27/2/2025).\n\"Mereka langsung mengikuti bimtek dan siap "
        "bertugas,\" kata Ketua DPRD Lebak Budi Santoso."
    )
    events = {e.label for e in r.entities if e.type is EntityType.EVENT}
    assert any("pengusulan" in e for e in events)
    assert not any(e.endswith("siap") for e in events)


def role_set(r: Extraction) -> set[tuple[str, str, str | None]]:
    names = labels(r)
    return {(names[f.subject], f.quals["role"], names.get(f.object or ""))
            for f in r.by_kind(FactKind.HOLDS_ROLE)}


def test_numbered_parties_in_a_list_share_the_office_after_it() -> None:
    r = run(
        "DKPP menjatuhkan sanksi teguran kepada Teradu II Rudi Hartono, Teradu III Arif Budiman, "
        "dan Teradu IV Sri Lestari sebagai anggota KPU Kabupaten Blora."
    )
    found = role_set(r)
    for name in ("Rudi Hartono", "Arif Budiman", "Sri Lestari"):
        assert any(p == name and o == "KPU Kabupaten Blora" for p, _, o in found), name


def test_masing_masing_selaku_gives_each_the_office() -> None:
    r = run("Sanksi diberikan kepada Yan Kobak dan Saul Osu masing-masing selaku Anggota KPU "
            "Kabupaten Yahukimo.")
    found = {(p, o) for p, _, o in role_set(r)}
    body = "KPU Kabupaten Yahukimo"
    assert {("Yan Kobak", body), ("Saul Osu", body)} <= found


def test_the_other_members_listed_after_yaitu_hold_the_office() -> None:
    r = run("Ketua Bawaslu Provinsi Bengkulu Faham Syah hadir bersama Anggota Bawaslu lainnya, "
            "yaitu Eko Sugianto, Natijo Elem, dan Asmara Wijaya.")
    found = {p for p, role, _ in role_set(r) if role == "Anggota"}
    assert {"Eko Sugianto", "Natijo Elem", "Asmara Wijaya"} <= found


def test_a_chair_merangkap_member_takes_the_body_of_the_membership() -> None:
    r = run("Teradu I Asming selaku Ketua merangkap anggota KPU Kabupaten Jeneponto dijatuhi "
            "sanksi peringatan.")
    assert ("Asming", "Ketua", "KPU Kabupaten Jeneponto") in role_set(r)


def test_yang_merupakan_gives_the_office() -> None:
    r = run("Ketua tim pemenangan, Iman Sutiawan yang merupakan Ketua DPD Gerindra Kepri, "
            "memimpin pembacaan deklarasi.")
    assert any(p == "Iman Sutiawan" and role == "Ketua" for p, role, _ in role_set(r))


def test_two_offices_joined_by_sekaligus_are_one_persons() -> None:
    r = run("Hadir Sekjen PDIP Kota Yogyakarta sekaligus Ketua DPRD Kota Yogyakarta, Wisnu Putro.")
    held = {role for p, role, _ in role_set(r) if p == "Wisnu Putro"}
    assert {"Sekjen", "Ketua"} <= held


def test_a_name_before_its_office_without_a_comma() -> None:
    r = run("Muhammad Riza Komisioner KIP Aceh Timur mengatakan PPK yang dilantik 120 orang.")
    assert any(p == "Muhammad Riza" and o and o.startswith("KIP") for p, _, o in role_set(r))


def test_lalu_in_lower_case_is_then_not_a_sasak_name() -> None:
    r = run("Calon tiba paling awal, lalu Santrani Abusama dan Bustamin Abdullatif menyusul.")
    assert "Santrani Abusama" in {e.label for e in r.entities if e.type is EntityType.PERSON}


def test_a_member_of_a_panel_is_an_office() -> None:
    r = run('"Teradu terbukti lalai," kata Anggota Majelis I Dewa Kade Wiarsa Raka Sandi.')
    people = {e.label for e in r.entities if e.type is EntityType.PERSON}
    assert not any(p.startswith("Majelis") for p in people)
    assert any(role == "Anggota Majelis" for _, role, _ in role_set(r))


def test_an_initial_m_is_muhammad() -> None:
    r = run("Komisioner KIP Aceh Timur Muhammad Riza melantik PPK. \"Kami siap,\" ungkap M Riza.")
    people = {e.label for e in r.entities if e.type is EntityType.PERSON}
    assert people == {"Muhammad Riza"}


def test_a_rank_with_a_full_stop_ends_no_sentence() -> None:
    text = "Hadir Kapolres Labusel yang diwakili Kasat Reskrim, AKP. Gurbacov, SH, MH; serta tamu."
    assert len(sentences(text)) == 1


def test_a_verdict_list_cut_by_semicolons_gives_each_the_sanction() -> None:
    r = run(
        'DKPP membacakan putusan, Selasa (21/10/2025). "Menjatuhkan sanksi peringatan keras '
        "kepada Teradu I Rudi Hartono selaku Ketua merangkap Anggota KPU Kabupaten Blora; "
        'Teradu II Sri Lestari selaku Anggota KPU Kabupaten Blora," kata Ketua Majelis.'
    )
    names = labels(r)
    sanctioned = {names[f.object or ""] for f in r.by_kind(FactKind.SANCTIONS)}
    assert {"Rudi Hartono", "Sri Lestari"} <= sanctioned


def test_the_focus_of_an_attendance_reaches_back_to_the_event_named_before() -> None:
    r = run("KPU Kabupaten Blora menggelar rapat pleno terbuka, Senin (9/12/2024). Turut hadir "
            "Ketua Bawaslu Blora Budi Santoso.")
    text = r.article.text
    fact = next(f for f in r.by_kind(FactKind.ATTENDS) if labels(r)[f.subject] == "Budi Santoso")
    a, b = fact.evidence.focus
    assert "rapat pleno" in text[a:b] and "Budi Santoso" in text[a:b]
    assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text


def test_a_sanction_written_with_a_dotless_i_is_read_not_a_crash() -> None:
    r = run("DKPP menjatuhkan sanksi PERİNGATAN KERAS kepada Ketua KPU Kabupaten Blora Rudi "
            "Hartono. Anggota KPU Kabupaten Blora Sri Lestari diberhentıkan tetap.")
    labels_found = {f.quals.get("sanction") for f in r.by_kind(FactKind.SANCTIONS)}
    assert "peringatan keras" in labels_found


def persons(r: Extraction) -> set[str]:
    return {e.label for e in r.entities if e.type == EntityType.PERSON}


def test_names_in_a_list_of_songs_or_programmes_are_no_persons() -> None:
    r = run(
        "Dalam kampanye akbar itu, Ketua Tim Pemenangan Andi Saputra hadir bersama relawan. "
        "Grup musik membawakan sejumlah lagu daerah seperti Bungong Jeumpa, Rasa Sayange dan "
        "Kampuang Nan Jauh.\n"
        "Paslon juga memaparkan program unggulan, yaitu Desa Cerdas, Sehat Gratis dan Jalan Mulus."
    )
    assert "Andi Saputra" in persons(r)
    assert not persons(r) & {"Bungong Jeumpa", "Rasa Sayange", "Kampuang Nan Jauh",
                             "Desa Cerdas", "Sehat Gratis", "Jalan Mulus"}


def roles(r: Extraction) -> set[tuple[str, str, str]]:
    names = labels(r)
    return {(names[f.subject], dict(f.qualifiers).get("role", ""), names.get(f.object or "", ""))
            for f in r.by_kind(FactKind.HOLDS_ROLE)}


def test_a_counted_office_goes_to_every_name_of_its_list() -> None:
    r = run("Rapat pleno dipimpin tiga komisioner KPU Sleman, yakni Ahmad Baehaqi selaku ketua, "
            "serta dua anggota, Siti Aminah dan Indah Lestari, bersama Kapolres Sleman AKBP "
            "Yuswanto Ardi.")
    found = {(p, role.lower()) for p, role, org in roles(r) if org == "KPU Kabupaten Sleman"}
    assert {("Ahmad Baehaqi", "ketua"), ("Siti Aminah", "anggota"),
            ("Indah Lestari", "anggota")} <= found
    assert not {p for p, _, org in roles(r) if p == "Yuswanto Ardi" and org.startswith("KPU")}


def quoted(r: Extraction) -> set[str]:
    names = labels(r)
    return {names[f.subject] for f in r.by_kind(FactKind.QUOTES)}


def test_a_district_ends_where_the_name_after_a_local_body_begins() -> None:
    r = run("Sanksi diberikan kepada Ketua Panwascam Way Halim Septoni Permadi. Ketua PPK "
            "Kecamatan Sukarame Joko Widodo hadir.")
    assert {("Septoni Permadi", "Ketua", "Panwascam Way Halim"),
            ("Joko Widodo", "Ketua", "PPK Kecamatan Sukarame")} <= roles(r)


def test_a_clipped_name_is_the_person_and_an_office_spoken_of_is_no_speaker() -> None:
    r = run("Koordinator Divisi Hukum Bawaslu Kota Bandarlampung, Hasanuddin Alam mengatakan, "
            "sanksi itu diberikan kepada Ketua Panwascam Kedaton Erwin Aruan.\n"
            "Hasan menambahkan, untuk Ketua PPK Kedaton, Bawaslu sudah meneruskan kasusnya.\n"
            "\"Karena KPU yang memiliki kewenangan memberikan sanksi,\" kata dia.")
    assert quoted(r) == {"Hasanuddin Alam"}
    assert "Hasan" not in {e.label for e in r.entities}


def test_a_list_after_a_colon_runs_over_the_lines_that_follow() -> None:
    r = run("Debat pertama Calon Bupati Pasaman digelar KPU Pasaman di GOR Tuanku Rao.\n"
            "Debat pertama ini dihadiri oleh sejumlah panelis, antara lain:\n"
            "Prof. Dr. Elfindri, SE, MA\n"
            "Dr. Otong Risadi, SH., M.Hum\n"
            "Rina Putri Hanida, S.IP\n"
            "Ketua KPU Pasaman, Taufiq menyampaikan bahwa debat diatur dalam Peraturan KPU.")
    assert {"Elfindri", "Otong Risadi", "Rina Putri Hanida"} <= attendees(r)


def test_one_line_after_a_colon_is_a_sentence_of_its_own() -> None:
    r = run("Ketua KPU Pasaman, Taufiq menyampaikan pesan:\n"
            "Jaga netralitas dan profesionalisme dalam setiap tahapan.")
    assert "Jaga" not in {e.label for e in r.entities}


def test_a_rank_starts_the_name_after_a_military_unit() -> None:
    r = run("Apel dihadiri Pangdam II Sriwijaya Mayjen TNI Yanuar Adil dan Danrem 044/Garuda "
            "Dempo Brigjen TNI Aris Hadi.")
    found = {(p, role) for p, role, _ in roles(r)}
    assert {("Yanuar Adil", "Pangdam"), ("Aris Hadi", "Danrem")} <= found
    assert not {e.label for e in r.entities} & {"Sriwijaya", "Dempo", "Dempo Brigjen TNI Aris Hadi"}


def test_a_ruling_read_out_places_no_party_at_the_sitting() -> None:
    r = run("DKPP menjatuhkan sanksi kepada Ketua KPU Kota Banjarbaru, Dahtiar, dalam sidang "
            "putusan di Jakarta, Jumat (28/2/2025).\n"
            "DKPP mengabulkan pengaduan Said Abdullah, yang diwakili kuasa hukumnya, Syarifah "
            "Hayana dan Abdul Hanap.\n"
            "Tiga anggota KPU lainnya, yakni Resty Fatma Sari, Normadina, dan Hereyanto, turut "
            "menerima sanksi peringatan.")
    assert not attendees(r) & {"Syarifah Hayana", "Abdul Hanap", "Resty Fatma Sari",
                               "Normadina", "Hereyanto"}


def test_pairs_with_bare_degrees_and_their_parties_in_brackets() -> None:
    r = run("Lima pasangan calon Walikota dan Wakil Walikota Pekanbaru tersebut adalah Ida Yulita "
            "Susanti SH – Kharisman Risanda (GOLKAR dan PDI-P), Agung Nugroho SE MM – H "
            "Markarius Anwar ST M.Arch (PKS dan DEMOKRAT).")
    names = labels(r)
    running = {names[f.subject] for f in r.by_kind(FactKind.CANDIDATES)}
    assert running == {"Ida Yulita Susanti", "Kharisman Risanda", "Agung Nugroho",
                       "Markarius Anwar"}
    backed = {(names[f.subject], names[f.object or ""]) for f in r.by_kind(FactKind.NOMINATES)}
    assert len(backed) == 8 and ("Partai Demokrat", "Markarius Anwar") in backed


def test_a_council_that_rules_in_a_sitting_holds_it() -> None:
    r = run("DKPP resmi menjatuhkan sanksi berat kepada Ketua KPU Kota Banjarbaru, Dahtiar, "
            "dalam sidang putusan yang digelar di Jakarta, Jumat (28/2/2025).")
    assert "DKPP RI" in hosts(r)


def test_a_listing_of_pairs_and_their_numbered_parties() -> None:
    r = run("KPU Kaltim menetapkan dua pasangan calon Gubernur.\n"
            "1. Pasangan Calon Gubernur dan Wakil Gubernur:\n"
            "– Calon Gubernur: Dr. Ir. H. Andi Saputra, M.Si.\n"
            "– Calon Wakil Gubernur: Ir. H. Seno Aji, M.Si.\n"
            "– Partai Politik Pengusul:\n"
            "1. Partai Hati Nurani Rakyat\n"
            "2. Partai Gelombang Rakyat Indonesia\n"
            "3. Partai Garda Republik Indonesia\n")
    names = labels(r)
    backed = {(names[f.subject], names[f.object or ""]) for f in r.by_kind(FactKind.NOMINATES)}
    assert backed == {(p, c) for p in ("Partai Hanura", "Partai Gelora", "Partai Garuda")
                      for c in ("Andi Saputra", "Seno Aji")}
    assert "Politik Pengusul" not in names.values() and "Aji" not in names.values()


def test_a_speech_verb_glued_after_a_quote_is_no_part_of_the_name() -> None:
    r = run("Ketua Bawaslu Batanghari Kaspun Nazir membuka apel siaga.\n"
            "“Kita harus netral dan profesional,”Ujar Kaspun Nazir.")
    assert {e.label for e in r.entities if e.type == EntityType.PERSON} == {"Kaspun Nazir"}
    assert quoted(r) == {"Kaspun Nazir"}


def test_nya_points_to_whom_the_paragraph_reports_not_its_last_name() -> None:
    r = run("Ketua KPU Provinsi NTB, M Khuwailid memimpin konferensi pers di Mataram.\n"
            "Menurut Khuwailid, tiga paslon yakni Zul-Uhel, Iqbal-Dinda dan Sitti Rohmi "
            "Djalillah-Musyafirin dinyatakan memenuhi syarat.\n"
            "“Pleno tadi pagi kami tetapkan ketiganya memenuhi syarat,” jelasnya.")
    assert quoted(r) == {"M Khuwailid"}


def test_a_ceremony_a_demonstrative_points_at_is_the_event() -> None:
    r = run("Ketua KPU Bali I Dewa Agung Gede Lidartawan secara resmi menutup masa kampanye di "
            "lapangan Renon, Sabtu (23/11/2024).\n"
            "Dalam kegiatan penutupan tersebut dihadiri Kepala Kesbangpol Provinsi Bali Gusti "
            "Ngurah Wiranata.\n"
            "Visi-misi paslon sudah disampaikan dalam debat publik.")
    names = labels(r)
    seen = {(names[f.subject], names[f.object or ""]) for f in r.by_kind(FactKind.ATTENDS)}
    assert ("Gusti Ngurah Wiranata", "penutupan") in {(a, e.lower()) for a, e in seen}
    assert not {e for _, e in seen if "debat" in e.lower()}


def sanctioned(r: Extraction) -> set[str]:
    names = labels(r)
    return {names[f.object or ""] for f in r.by_kind(FactKind.SANCTIONS)}


def test_sanctions_to_a_list_after_yakni_and_to_a_list_before_diberikan() -> None:
    r = run("DKPP menjatuhkan peringatan keras kepada anggota KPU yang juga menjadi teradu dalam "
            "perkara ini, yakni Idham Holik, Betty Epsilon Idroos dan August Mellaz.\n"
            "Sedangkan komisioner KPU Tana Toraja lainnya yakni Berthy Paluangan dan Daniel "
            "Tadung, diberikan sanksi peringatan.")
    assert sanctioned(r) == {"Idham Holik", "Betty Epsilon Idroos", "August Mellaz",
                             "Berthy Paluangan", "Daniel Tadung"}


def test_whom_a_guest_represents_was_not_there() -> None:
    r = run("Apel siaga digelar Bawaslu Jombang di alun-alun, Senin (25/11/2024).\n"
            "Apel dihadiri Kapolres Jombang AKBP Ardi Kurniawan dan Sekda mewakili Pj Bupati "
            "Jombang Teguh Narutomo.")
    assert "Ardi Kurniawan" in attendees(r) and "Teguh Narutomo" not in attendees(r)
