"""Persons' names: honorifics, ranks, degrees, words that are never names, common words, dates."""

from __future__ import annotations

import re

from electgraph.extract.lexicon._tables import read_words
from electgraph.extract.lexicon.offices import PROVINCE_GOVERNOR_FORMS, SOUGHT_OFFICES

__all__ = [
    "BALINESE_NAME_WORDS",
    "COMMON_GIVEN_NAMES",
    "COMMON_WORDS",
    "COMPASS_WORDS",
    "DEGREE_TOKENS",
    "DERIVED_FORM",
    "DI_VERBS",
    "FACILITY_HEADS",
    "FORM_WORDS",
    "GLUED_NAME_ABBREVIATIONS",
    "HEADLINE_SMALL_WORDS",
    "HONORIFICS",
    "ISLANDS",
    "MONTHS",
    "MUHAMMAD_FORMS",
    "NAME_ABBREVIATIONS",
    "NAME_CONNECTORS",
    "NAME_PARTICLES",
    "NAME_PARTICLE_HONORIFICS",
    "NICKNAME_CUES",
    "NON_PERSON_HEADS",
    "NON_PERSON_TAILS",
    "NOT_INITIALS",
    "NOT_NAME",
    "NOT_VERBS",
    "OPENING_QUOTES",
    "PERSON_CUES_BEFORE",
    "QUOTE_MARKS",
    "RANKS",
    "RANK_PHRASES",
    "RANK_SHORT_FORMS",
    "RANK_SUFFIXES",
    "SACRED_WORDS",
    "SENTENCE_ABBREVIATIONS",
    "STREET_WORDS",
    "THEME_WORDS",
    "VERB_PREFIXES",
    "WEEKDAYS",
]

# Honorifics and ranks written before a name; degrees written after it.
HONORIFICS = frozenset({
    "h", "hj", "dr", "drs", "dra", "ir", "prof", "kh", "k.h", "ust", "ustadz", "tgk", "teungku", "tb",
    "drg",
    "hi",  # Haji as North Maluku writes it: "Hi. M. Saleh Marasabessy"
    "hc", "habib", "sayyid", "andi", "raden", "rd", "bapak", "bpk", "ibu", "pak", "bu", "tuan", "mgs",
    "kgs", "nyimas", "ustaz", "ustad", "kiai", "kyai", "kang", "ns", "saudara", "saudari", "sdr",
    "pj",  # "Pj.Lihadnyana": the acting head named by his status alone
    "haji", "hajah", "hajjah",  # "H." written in full
    "dokter",  # "dr." written in full: "Paket Lembata Jaya, Dokter Jimmy Sunur-Lukas Witak"
    "kanda",  # "Kanda Abdul Karim Aljufri": elder brother, said of a senior colleague
    "alm", "almh", "almarhum", "almarhumah",  # "ditinggalkan Alm. Anwar Kiah": the late
})  # fmt: skip

# Ranks spelt out in words ("Komisaris Besar (Kombes) NAME", "Letnan Kolonel Inf NAME"): their
# first word alone is an office ("Komisaris") or a common word ("Letnan"), so only the whole
# phrase stands for the rank.
RANK_PHRASES: tuple[tuple[str, ...], ...] = (
    ("ajun", "komisaris", "besar"), ("ajun", "komisaris"), ("komisaris", "besar"),
    ("komisaris", "jenderal"), ("komisaris", "polisi"), ("inspektur", "jenderal"),
    ("ajun", "inspektur", "polisi", "satu"), ("ajun", "inspektur", "polisi", "dua"),
    ("inspektur", "polisi", "satu"), ("inspektur", "polisi", "dua"),
    ("letnan", "jenderal"), ("letnan", "kolonel"), ("letnan", "satu"), ("letnan", "dua"),
    ("laksamana", "pertama"), ("laksamana", "muda"), ("marsekal", "pertama"),
    ("marsekal", "muda"),
)

# "Andi", "Habib", "Raden" are also given names; they are kept in the name (see persons.py).
NAME_PARTICLE_HONORIFICS = frozenset({"andi", "habib", "raden", "tgk", "teungku", "tb"})

RANKS = frozenset({
    "akbp", "akp", "kompol", "iptu", "ipda", "aiptu", "aipda", "bripka", "brigpol", "brigjen",
    "irjen", "kombes", "komjen", "jenderal", "letkol", "kolonel", "mayor", "kapten", "lettu",
    "letda", "serka", "sertu", "serda", "peltu", "pelda", "mayjen", "laksma", "marsma", "laksda",
    "marsda", "marsdya", "marsyada", "laksdya", "marsekal", "laksamana", "letjen", "brigadir",
    "bripda", "briptu", "kopda", "praka", "pratu", "kpt",
    "kombespol", "akbpol", "brigjenpol", "irjenpol",  # "Kombespol X": rank and corps glued
    "akpb",  # "AKBP" as some outlets type it
    "mayjend", "brigjend", "letjend",  # the generals' ranks as some outlets type them
    "kol",  # "Kol CHK NAME": Kolonel cut short
})  # fmt: skip

# The ranks' short forms, which are no words of the language: a name may follow one typed in
# lower case ("kompol NAME"), not "mayor" or "jenderal" spelt out.
RANK_SHORT_FORMS = RANKS - frozenset({
    "jenderal", "kolonel", "mayor", "kapten", "marsekal", "laksamana", "brigadir", "kol", "kpt",
})  # fmt: skip

RANK_SUFFIXES = frozenset(
    {
        "pol",
        "tni",
        "inf",
        "kav",
        "arh",
        "czi",
        "cpm",
        "chb",
        "ckm",
        "laut",
        "marinir",
        "psk",
        "cba",
        "arm",
        "cpl",
        "cku",
        "pnb",
        "pas",  # "Kolonel Pas": the air force's special corps (Paskhas)
        "kes",
        "sus",
        "tek",
        "lek",
        "adm",
        "(p)",
        # the marines' and the navy's other corps ("Letkol Mar NAME", "Letkol (E) NAME")
        "mar",
        "pom",  # "Letkol Pom NAME": the air force's military police
        "polisi",  # "Jenderal Polisi Drs. NAME", "Komisaris Besar Polisi NAME"
        "purn",  # "Mayjen Purn. TNI, NAME": retired, written without brackets
        "chk",  # "Kolonel Chk NAME": the army's legal corps
        "infantri", "infanteri", "kavaleri", "artileri",  # "Mayor Kavaleri NAME": written out
        "(e)",
        "(t)",
        "(s)",
        "(k)",
        "(kh)",
    }
)

DEGREE_TOKENS = frozenset({
    "sh", "se", "sag", "sos", "ssos", "sip", "spd", "skom", "st", "shi", "sm", "sikom", "stp",
    "mh", "msi", "mm", "ma", "mpd", "mag", "mkn", "mt", "msc", "mba", "phd", "lc", "ak", "ssi",
    "spt", "sth", "shut", "sp", "sked", "mkes", "skm", "mkom", "mhum", "shum", "sfil", "mp",
    "ms", "ds", "mkp", "map", "mpa", "sthi", "sh.i", "me", "msos", "mpsi", "spsi",
    "spdi", "mpdi", "ssy", "mhi", "mii", "cpa", "cfp", "sstp", "ipdn", "mtr", "sst", "mr",
    "mikom", "mip", "mkm", "sagr", "skep", "sik", "mik", "med", "llm", "march", "mak", "aks",
    "mtech", "meng",
    "ssosi", "sei", "spdsd", "skpm", "sgz", "sfarm", "apt", "ners", "skg", "mtropsla", "opsla",
    "spi", "pdi",  # "S.Pi", "Pd.I" (S.Pd.I without its S)
    "cmed",  # "C.Med", a certified mediator
    "ss",  # "S.S": Sarjana Sastra
    "sttp",  # "NAME, STTP": a government school's applied degree
    # professional certificates written as degrees: "NAME, S.H., M.M., CGCAE", "NAME SE, MM, CRMP"
    "cgcae", "crmp", "qia",
    "mapp", "sc",  # "M.App.Sc", typed "M.App, Sc"
    "ssit", "str", "strk",  # "S.SiT", "S.Tr", "S.Tr.K": applied (and police) bachelors
    "gr",  # "S.Pd., Gr.": a certified teacher
    # a physician's specialty: "dr. NAME, Sp.PD", "Sp.OG", "Sp.A", "Sp.JP", "Sp.KJ"
    "sppd", "spog", "spb", "spjp", "spkj", "sprad",  # not "Sp.A": "Banyualit Spa & Resort"
    "amd", "amdkep", "amdkeb", "amk",  # "NAME,A.Md", "A.Md.Kep": a diploma (Ahli Madya)
})  # fmt: skip

MONTHS = frozenset({
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
    "oktober", "november", "desember",
    "pebruari", "nopember",  # the older spellings
})  # fmt: skip

# Points of the compass that end district names ("Maba Selatan"), never a person's.
COMPASS_WORDS = frozenset({"utara", "selatan", "timur", "barat", "tengah", "tenggara", "daya"})

WEEKDAYS = frozenset(
    {"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "jum’at", "sabtu", "minggu", "ahad"}
)

# Capitalised words that start sentences or name things but are never (part of) a person's name.
NOT_NAME = frozenset({
    "ka",  # "Ka. Sekretariat Bawaslu X", "Ka. subsi Penyidikan": Kepala, abbreviated
    "red",  # "(Anggota PPS, Red)": the editor's word put into a quote
    "hoax", "hoaks", "money",  # "pencegahan kampanye SARA, Hoax, Money Politic": the topics
    "teguran", "peringatan",  # "menjatuhkan Sanksi berupa Teguran Tertulis kepada ...": the sanction
    "watch",  # a watchdog's brand: "Kepala BPJS Watch Jatim"
    "politik", "pengusul", "pengusung", "se",  # "se-Provinsi Riau", "Se Kabupaten X"
    "dalam", "rapat", "sementara", "menurut", "selain", "kegiatan", "acara", "ia", "mereka", "kami",
    "kita", "hal", "para", "pihak", "saat", "usai", "setelah", "sebelum", "dengan", "untuk", "pada",
    "di", "ke", "dari", "yang", "itu", "ini", "namun", "tetapi", "adapun", "sedangkan", "kemudian",
    "lalu", "selanjutnya", "sebelumnya", "sehingga", "karena", "jika", "kalau", "agar", "supaya",
    "bahkan", "juga", "pun", "turut", "tampak", "hadir", "hadirnya", "sebanyak", "sejumlah",
    "seluruh", "semua", "setiap", "tiap", "masing", "kedua", "ketiga", "keempat", "pertama", "dua",
    "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "ratusan",
    "puluhan", "ribuan", "sekitar", "hingga", "sampai", "sejak", "tahun", "periode", "nomor",
    "nomer", "no", "urut", "hormat", "jelang", "menjelang",  # "Pj. Gubernur Sulbar No. 4": the number of his decree
    "jilid",  # a slogan's "Jilid II": "Morotai Bangkit Jilid II"
    "adalah", "ialah",  # "Adalah A, B dan C.": a list's opening copula
    "pamong", "mantap", "praja",  # "Pamong Praja" (Satpol PP), "Operasi Mantap Praja Musi"
    "pasangan", "paslon", "calon", "kandidat",
    "bakal", "bapaslon", "bacalon", "partai", "pilkada", "pemilu", "pemilihan", "debat", "deklarasi", "apel", "sosialisasi",
    "bimtek", "pelantikan", "pleno", "paripurna", "sidang", "kantor", "gedung", "hotel", "jalan",
    "jl", "kecamatan", "desa", "kelurahan", "kabupaten", "kota", "provinsi", "indonesia", "republik",
    "negara", "pemerintah", "dinas", "badan", "komisi", "dewan", "panitia", "kelompok", "undang",
    "peraturan", "keputusan", "surat", "berita", "foto", "baca", "dok", "humas",
    "tim", "saksi", "warga", "masyarakat", "pemilih", "ketua", "wakil", "anggota", "sekretaris",
    "kepala", "tps", "apbd", "kpu", "bawaslu", "allah", "insya", "tuhan", "presiden", "menteri",
    # the election a stage or a round is of: "Tahapan PSU", "Putaran Pilkades"; a kind of body
    # ("Instansi Vertikal Nunukan"); an editor's office ("Pemimpin Redaksi Padang TV")
    "psu", "pilkades", "pileg", "pilpres", "tahapan", "putaran", "instansi", "vertikal",
    "redaksi", "pemimpin",
    "wib", "wit", "wita", "pukul", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "ahad",
    "tema", "bertema", "dia", "beliau", "sang", "kini", "begitu", "demikian", "oleh",
    "bersama", "didampingi", "diwakili", "dipimpin", "bertindak", "sebagai", "selaku", "yakni",
    "yaitu", "antara", "lain", "atas", "terhadap", "tentang", "melalui", "sesuai", "serta", "dan",
    "atau", "tak", "tidak", "belum", "sudah", "telah", "akan", "harus", "bisa", "dapat", "mari",
    "senada", "sebagaimana", "termasuk", "mulai", "terkait", "apalagi", "meski", "meskipun",
    "walaupun", "sekretariat", "divisi", "staf", "staff", "pokja", "pangkalan", "pengawas", "pasal", "sentra", "netralitas", "desk",
    # "Badan Ad Hoc", "Kec. Socah", "UU No 7", "PKPU", "Yang Maha Kuasa", "Kelima Teradu"
    "ad", "hoc", "hock", "kec", "kel", "uu", "pkpu", "perkada", "perbup", "maha", "kelima",
    "keenam", "ketujuh", "pakta", "rilis", "masing-masing", "kordiv", "kadiv", "sdm", "pj", "pjs", "plt", "plh",
    "penjabat", "mantan", "daerah", "pusat", "nasional", "forkopimda", "opd", "tni", "polri",
    "operasi", "aparatur", "asn", "sirekap", "ktp", "dpt", "dps", "dptb", "model", "formulir", "form",
    "panelis", "moderator", "narasumber", "peserta", "pendukung", "simpatisan", "relawan",
    "suasana", "pagi", "siang", "sore", "malam", "hari", "pekan", "bulan", "selamat",
    "terima", "kasih", "vs", "versus", "terpilih", "negeri", "duel", "teradu", "pengadu", "terlapor", "pelapor", "assalamualaikum", "wassalamualaikum", "sayangnya", "terlebih", "prof",
    "diantaranya", "antaranya", "kenapa", "mengapa",
    # "terpilihnya Kepada Haris – Sani", "Pantauan JTV di lokasi", "se Wilayah Kerja Bakorwil",
    # "Caleg DPRD Dapil IX"
    "kepada", "bagi", "pantauan", "wilayah", "dapil",
    "diketahui", "disebutkan", "dijelaskan", "terlihat", "tercatat",  # "Diketahui Andi ..."
    "dimana",  # "Dimana Yusuf Sawari menggapload ...": a clause's "where"
    # bodies, units and offices of the election's security and administration, and words of
    # the campaign, read as names when capitalised alone ("Gakkumdu", "Linmas", "Pemateri")
    "gakkumdu", "linmas", "panwas", "satgas", "datin", "pemateri",
    "penyelenggara", "asda", "kadisdukcapil", "direskrimum", "dandrem", "kalapas",
    "caleg", "bacaleg", "suket", "pimpinan", "massa", "tokoh", "aktivis", "instruksi", "visi",
    "misi", "jumlah", "total", "personel", "kesra",
    "pra",  # a stage's prefix: "Kesiapan Pengawas Pemilu Pra Pungut Hitung Suara"
    # rules ("di masa Elang-Rahim Permendagri 84 tidak diberlakukan") and broadcasters
    # ("mendengarkan Radio Sonora", "disiarkan oleh Studio Kompas TV")
    "permendagri", "pergub", "perwali", "perpres", "perppu", "radio", "studio",
    # a faith's law and a disease, capitalised: "isu Syariat Islam", "Corona Virus Disease"
    "islam", "syariat", "corona", "virus", "covid",
    # a motto, an agency, a district's word in Yogyakarta, words of a theme: "asas Luber
    # Jurdil", "Kepala dinas Pemdes", "Kapanewon Ngaglik", "Mitra Kamtibmas", "Pegawai ASN"
    "luber", "jurdil", "pemdes", "kapanewon", "mitra", "pegawai", "mitigasi", "rentan",
}) | PROVINCE_GOVERNOR_FORMS | SOUGHT_OFFICES  # fmt: skip

# An island is no one's name, where a writer cut a province's name short ("Surat Keputusan
# Gubernur Sulawesi"); it stays a word of an event's or a body's name ("Kalimantan Barat").
ISLANDS = frozenset({"sulawesi", "kalimantan", "sumatera", "sumatra"})

# Words that introduce a theme, a title or a slogan: the capitalised words after them name no one.
THEME_WORDS = frozenset({
    "tema", "bertema", "bertemakan", "bertajuk", "tajuk", "tagline", "bertagline", "slogan",
    "jargon", "motto", "berjudul", "operasi",
})

# Words of the names of God and the gods ("Ida Sang Hyang Widhi", "Ida Bhatara"): no person's.
SACRED_WORDS = frozenset({"hyang", "bhatara", "batara", "widhi", "tuhan", "allah", "swt",
                          "quran", "qur'an", "qur’an", "alquran", "al-quran"})

# Words after the first of capitalised phrases that name outlets and programmes, not people.
NON_PERSON_TAILS = frozenset({
    "news", "pers", "post", "online", "media", "tv", "times", "daily", "today", "hub", "day",
    "school", "network", "channel", "center", "centre", "institute", "watch", "corruption",
    "foundation", "club", "corner", "community",
    "images", "foto", "photo",  # a picture's credit: "Getty Images", "Antara Foto"
    "kurir", "pos", "ekspres", "express", "tribun", "review",  # outlets: "New Guinea Kurir"
    # venues and their rooms: "Lovina Haven Boutique Hotel", "Anagata Ballroom", "Agro Resort"
    "hotel", "resort", "ballroom", "convention", "residence", "inn", "cafe", "resto",
    "restaurant",
    "studies", "awards", "governance", "government", "band",  # "Democracy Studies", "Marsada Band"
    "partai",  # "Ketua TPPP Partai Hanura": a party's unit
})  # fmt: skip

# First words of capitalised phrases that name things, not people.
NON_PERSON_HEADS = frozenset({
    "sistem", "operasi", "bidang", "program", "gerakan", "aplikasi", "peraturan", "komisi",
    "badan", "dinas", "pusat", "forum", "aliansi", "asosiasi", "himpunan", "ikatan", "persatuan",
    "lembaga", "yayasan", "komunitas", "tim", "satuan", "unit", "bagian", "seksi", "direktorat",
    "kantor", "rumah", "jalan", "jl", "desa", "kelurahan", "dusun", "pulau", "sungai", "gunung",
    "danau", "pantai", "bandara", "pelabuhan", "terminal", "pasar", "masjid", "gereja", "pura",
    "vihara", "stadion", "lapangan", "taman", "monumen", "museum", "puskesmas", "madrasah",
    "pondok", "pesantren", "gedung", "hotel", "wisma", "graha", "balai", "aula", "duel", "paket",
    "kompleks", "komplek", "perumahan", "suku",  # "Kompleks Jatijati", "Suku Marind": no one
    "pemuka",  # "Pemuka Agama": religious leaders
    "putusan", "perkara",  # "pembacaan Putusan Perkara NO.71-PKE-DKPP"
    "koalisi", "fraksi", "rapat", "surat", "keputusan", "berita", "kartu", "daftar", "formulir",
    "kecamatan", "kabupaten", "kota", "provinsi", "pemilihan", "pemilu", "pilkada", "teradu",
    "pengadu", "terlapor", "pelapor", "majelis", "ruang", "sidang", "kelompok", "karang", "organisasi", "perkumpulan",
    "fakultas", "jurusan", "prodi", "bem", "osis", "sma", "smk", "smp", "sd", "slb",
    "departemen", "pascasarjana", "korwil",  # "Ketua Departemen Ilmu X", "Ketua Korwil Sulawesi"
    "masa", "periode",  # "Anggota DPRD X Masa Jabatan Tahun 2024-2029": the office's term
    "gen", "generasi",  # "Gen Z", "Generasi Milenial": an age group of voters
    "bunda",  # "Bunda PAUD", "Bunda Literasi": honorary offices of an official's wife; "Bunda
    # Eva": a mayor's nickname, not her name
    "kanwil", "edaran", "bumi", "resort", "villa", "cafe", "kafe", "restoran",
    "kode", "pedoman",  # "Kode Etik dan Pedoman Perilaku Penyelenggara Pemilu"
    # the state's foundations and a headline's things: "Pancasila dan Bhinneka Tunggal Ika",
    # "Data Pemilih Tidak Terdaftar", "Huruf B", "Laga Timnas Indonesia"
    "pancasila", "bhinneka", "bhineka", "bhinekka", "data", "huruf", "laga", "timnas",
    # agreements and charters: "MoU Helsinki", "Nota Kesepahaman", "Piagam Jakarta"
    "mou", "memorandum", "nota", "piagam", "perjanjian", "naskah",
    "gabungan",  # "Gabungan Partai Politik: P, Q", a coalition's heading
    # a board, a campaign unit and things written capitalised: "Pengurus DPP", "Bapilu DPP",
    # "Koperasi RW", "Alat Peraga", "Fakta Integritas", "Lampu Merah X", "Event Organizer"
    "pengurus", "bapilu", "bappilu", "koperasi", "pembangkit", "alat", "fakta", "lampu", "event",
    "pungut", "secara", "tingkat", "langkah", "strategis", "pengganti",
    "media",  # "kata A kepada Media Lensa Nusa Kenari": an outlet
})  # fmt: skip

# Heads of the names of places and institutions named after a person: "RSUD dr. Soetomo",
# "Jalan Dr. Wahidin Sudirohusodo", "Stadion Gelora Bung Tomo". Not universities and
# schools: "Rektor Universitas Terbuka Prof. NAME" names its rector after it.
# Words for a street: a name after one is the street's, however the word is written.
STREET_WORDS = frozenset({"jalan", "jl", "jln"})
FACILITY_HEADS = STREET_WORDS | frozenset({
    "rsud", "rsu", "rsup", "rsia", "rsd", "rsj", "rspad", "rs", "rumah",
    "stadion", "bandara", "masjid", "lapangan", "taman", "wisma", "graha", "gor", "monumen",
    "museum", "tugu",
})  # fmt: skip
# Quote marks that open a quoted name or phrase ('tagline “X”', '"Pesta Rakyat"').
OPENING_QUOTES = frozenset({'"', "“", "'", "‘"})
# Words a headline leaves in lower case though it capitalises every other ("Tutup Mata atas
# Aduan X", "KPU Respons Usul Prabowo soal ...").
HEADLINE_SMALL_WORDS = frozenset({
    "atas", "soal", "usai", "dari", "pada", "bagi", "untuk", "dengan", "jelang", "yang", "akan",
    "oleh", "demi", "agar", "saat", "hingga", "sebagai", "terhadap", "tentang", "versus", "lawan",
})  # fmt: skip
# The marks a quotation opens or closes with (a single quote is often an apostrophe).
QUOTE_MARKS = frozenset({'"', "“", "”"})

# Nicknames introduced after a name ("Nadalsyah, yang akrab disapa Koyem").
NICKNAME_CUES = frozenset({"disapa", "dipanggil", "alias", "dikenal"})

# Common lower-case Indonesian words, derived from nlp-id's tagged corpus and word lists by
# scripts/build_common_words.py. Words the press capitalises as names more often than it writes
# them in lower case ("Budi", "Sri", "Jaya") are not in it.
# Words of government and election writing the tagged corpus never shows in lower case, so
# common_words.txt lacks them; they are common words all the same ("Reformasi Birokrasi",
# "Pakta Integritas", "Rancangan Perkada").
_COMMON_BESIDES_THE_CORPUS = frozenset({
    "birokrasi", "pakta", "perkada", "perbup", "pergub", "berkeadilan", "pendayagunaan",
    "cakada", "bacakada",  # "calon kepala daerah"
    "rohaniawan", "rohaniwan",  # "didampingi oleh Rohaniawan": the cleric who swears them in
    "adhoc",  # "anggota Adhoc PPS": the ad hoc bodies, written as one word
})
COMMON_WORDS = read_words("common_words.txt") | _COMMON_BESIDES_THE_CORPUS
# Derived words (peN-...-an, ke-...-an, meN-...-kan) are common nouns and verbs, though the word
# list lacks many: "Pelayanan", "Kesejahteraan", "Meningkatkan". Names like "Permana", "Meriani"
# or "Mentari" do not match (no -i suffix: too many names end like "menghadiri").
DERIVED_FORM = re.compile(r"^(?:(?:pe|ke)[a-z]{4,}an|(?:me|ber|ter|di)[a-z]{4,}kan)$")

# What an election form's letter code is followed by: "D. Hasil", "C.Plano", "C. Salinan" name
# a form (the C series at the polling station, D at the district), never a person "D. Hasil".
FORM_WORDS = frozenset({"hasil", "plano", "salinan", "pemberitahuan", "selisih"})

# Given-name abbreviations written glued to the name: "M.Azis", "Moh.Ramli".
GLUED_NAME_ABBREVIATIONS = frozenset({"M", "Muh", "Moh", "Moch", "Mhd", "Abd", "Mokh"})
# The written forms of Muhammad in names, lower-case: "M Riza" is "Muhammad Riza".
MUHAMMAD_FORMS = frozenset({
    "m", "muh", "moh", "moch", "mhd", "mohd", "muhammad", "muhamad", "mohammad", "mohamad",
    "mochammad", "mochamad", "muhammed", "mokh",
})  # fmt: skip
# Words with a verb prefix (me-, ber-, ter-, di-) that are nouns or adjectives, not verbs.
NOT_VERBS = frozenset({
    "diskusi", "distribusi", "digital", "dialog", "dialogis", "diklat", "media", "mental",
    "menengah", "merdeka", "menteri", "berita", "berkas", "terpadu", "tertib", "teritorial",
})  # fmt: skip
# Passive di- verbs without the -kan/-i/-nya ending ("digelar", "dibuka").
DI_VERBS = frozenset(
    {
        "digelar",
        "dibuka",
        "dipimpin",
        "dilantik",
        "dihelat",
        "ditutup",
        "dimulai",
        "dibahas",
        "dipandu",
        "diundang",
        "dibentuk",
        "dipilih",
    }
)
# Words after which a capitalised phrase is a person's name ("ujar X", "didampingi X").
PERSON_CUES_BEFORE = frozenset(
    {
        "menurut",
        "kata",
        "ujar",
        "tegas",
        "jelas",
        "ungkap",
        "tutur",
        "ucap",
        "imbuh",
        "tambah",
        "terang",
        "sebut",
        "papar",
        "pungkas",
        "oleh",
        "bersama",
        "didampingi",
        "diwakili",
        "yakni",
        "yaitu",
        "saudara",
        "sdr",
        "tersangka",
        "pengadu",
        "teradu",
        "terlapor",
        "pelapor",
    }
)
# Verb prefixes: a word after a name that starts with one reads as its verb.
VERB_PREFIXES = ("me", "ber", "di", "ter")
# Given-name abbreviations longer than three letters that are initials ("Moch", "Achm").
NAME_ABBREVIATIONS = frozenset({
    "moch", "mochd", "mohd", "muhd", "achm", "abd", "mhd", "tgk", "tb", "mokh",
})  # fmt: skip
# Lower-case particles that start a name ("Lalu", "Baiq", "La", "Wa", "I", "Ni").
NAME_PARTICLES = frozenset({"lalu", "baiq", "la", "wa", "i", "ni", "sang"})
# Given names that are common words too ("hari", a day): a name's first word after an office.
COMMON_GIVEN_NAMES = frozenset({"hari"})
# Words that follow the Balinese particle "I" ("I Made", "I Gusti Ngurah"): after an office,
# "I" before any other name numbers the office ("Wakil Ketua I Sujono").
BALINESE_NAME_WORDS = frozenset({
    "made", "wayan", "nyoman", "ketut", "putu", "gede", "kadek", "komang", "gusti", "dewa",
    "nengah", "kade", "gde", "ida", "bagus", "agung", "ngurah", "md", "wy", "kt",
})  # fmt: skip
# Lower-case words inside a name ("bin", "binti", "van", "al").
NAME_CONNECTORS = frozenset({"bin", "binti", "van", "de", "al", "el", "da", "der", "von", "dos"})
# Capitals after a name that are no initials: a broadcaster's or a site's suffix ("Mitra TV").
NOT_INITIALS = frozenset({"tv", "fm", "am", "id", "com", "co", "pt", "cv", "tbk", "rri", "tvri", "rm"})
# Abbreviations after which a full stop does not end a sentence.
SENTENCE_ABBREVIATIONS = frozenset({
    "h", "hj", "hi", "dr", "drs", "dra", "drg", "ir", "prof", "moh", "muh", "moch", "mochd", "mohd", "muhd", "abd",
    "ach", "achm", "mhd", "no", "st", "kh", "jl", "tgk", "tb", "sp", "mgs", "kgs", "ns",
    "kec", "kab", "prov", "dll", "dsb", "tgl", "adm", "sdr", "ny", "tn", "kom", "pol", "inf",
    "plt", "plh", "pj", "pjs", "mokh", "bpk", "bapak",  # "Bapak. M. Ali", written before a name
    "kordiv", "koordiv", "kadiv",  # "Kordiv. Penanganan Pelanggaran": a division follows
    "jln", "jend",  # "Jln. Jend. Sudirman": a street's name goes on
    "hm",  # "HM. Juaini Taofik": Haji and an initial written together
}) | RANKS | RANK_SUFFIXES  # "Letkol Arh. NAME", "Kompol. NAME": a rank or its corps, a name after
