"""What is said about persons: speech verbs, nominations, pairs, sanctions."""

from __future__ import annotations

__all__ = [
    "BACKING_PASSIVES",
    "CANDIDATE_PLACE_STOPS",
    "DASHES",
    "DEMONSTRATIVES",
    "LIST_OPENING_PAIRS",
    "LIST_OPENING_WORDS",
    "NAME_LIST_OPENERS",
    "NAME_LIST_SEPARATORS",
    "NAME_LIST_WORDS",
    "NOMINATION_BLOCKERS",
    "NOMINATION_BLOCKERS_BEFORE_PARTY",
    "NOMINATION_CLAUSE_CUTS",
    "NOMINATION_CUES",
    "NOMINATION_PLACE_WORDS",
    "NUMBERED_PARTIES",
    "PAIR_ANAPHORS",
    "PAIR_HEADS",
    "PAIR_LIST_FILLERS",
    "PAIR_LIST_SEPARATORS",
    "PAIR_NAME_JOINERS",
    "PAIR_NICKNAME_WORDS",
    "PARTY_GROUP_HEADS",
    "PARTY_LIST_CONTINUERS",
    "PARTY_LIST_SEPARATORS",
    "REGIONAL_HEADS",
    "SANCTIONING_BODIES",
    "SANCTION_ANAPHORS",
    "SANCTION_BARE_REMOVALS",
    "SANCTION_BLOCKERS",
    "SANCTION_CONTEXT_WORDS",
    "SANCTION_DENIED_WORDS",
    "SANCTION_FROM_CHAIR",
    "SANCTION_FROM_CHAIR_LABEL",
    "SANCTION_GROUP_COUNTS",
    "SANCTION_GROUP_NOUNS",
    "SANCTION_LABELS",
    "SANCTION_LIST_FILLERS",
    "SANCTION_LIST_WORDS",
    "SANCTION_NOUNS",
    "SANCTION_PLURAL_ANAPHORS",
    "SANCTION_SAME",
    "SANCTION_VERBS",
    "SANCTION_VERBS_ACTIVE",
    "SANCTION_VERBS_PASSIVE",
    "SPEECH_VERBS",
    "SPEECH_VERBS_PASSIVE",
    "TALLY_WORDS",
]

SPEECH_VERBS = frozenset({
    "ujar", "kata", "tegas", "jelas", "ungkap", "tutur", "ucap", "imbuh", "tambah", "terang",
    "sebut", "papar", "pungkas", "lanjut", "tukas", "seru", "ajak", "harap", "pinta",
    "katanya", "ujarnya", "tegasnya", "jelasnya", "ungkapnya", "tuturnya", "ucapnya", "imbuhnya",
    "tambahnya", "terangnya", "sebutnya", "paparnya", "pungkasnya", "lanjutnya", "tukasnya",
    "serunya", "ajaknya", "harapnya", "pintanya", "kata dia", "ujar dia", "katanya.",
    "beber", "bebernya", "urai", "urainya", "timpal", "timpalnya", "sambung", "sambungnya",
    "kilah", "kilahnya", "jawab", "jawabnya", "akunya", "katakan", "kenang", "kenangnya",
    # "...," sampai NAME: "menyampaikan" cut short, as some outlets write it
    "sampai", "sampainya",
    # The last quote of a story: '..." tutup Hans', '..." tandasnya', '..." pesannya'.
    "tutup", "tutupnya", "tandas", "tandasnya", "pesannya",
    # a post quoted: '"...," tulis Rico dalam unggahannya'
    "tulis", "tulisnya",
})  # fmt: skip

# Passive verbs by which parties back a pair ("Diusung oleh: P, Q" under the pair's line).
BACKING_PASSIVES = frozenset({"diusung", "didukung", "diusulkan", "dicalonkan", "diajukan",
                              "diusul"})  # "pasangan A-B diusul PDIP, Perindo dan Demokrat"

# Words and phrases by which a party nominates or backs a candidate (lower case, whole words;
# matched in this order): "diusung", "rekom B1KWK", "tiket parpol".
NOMINATION_CUES = (
    "diusung", "mengusung", "usung", "mengusungnya", "usungan", "pengusung", "diusulkan",
    "didukung", "mendukung", "dukungan", "pendukung", "disokong", "menyokong", "sokongan",
    "koalisi", "rekomendasi", "surat pencalonan", "surat tugas", "b1-kwk", "b1 - kwk", "b1 kwk",
    "dicalonkan", "mencalonkan", "diajukan", "berada di belakang", "berdiri di belakang",
    "merapat ke", "bergabung mendukung", "rekom", "b1kwk", "b1.kwk", "tiket", "pengusul",
    "mengusulkan", "diusul", "merekomendasikan", "direkomendasikan",
    "dukung",  # a headline's bare verb: "Golkar Dukung A-B" ("di dukung" is read "didukung")
)  # fmt: skip

# Words that, before a cue in its clause, say the backing is denied, pending or only rumoured.
NOMINATION_BLOCKERS = frozenset({
    "tidak", "belum", "batal", "bukan", "menolak", "menunggu", "kemungkinan", "peluang", "wacana",
    "isu", "disebut-sebut", "menjajaki", "melirik", "mendaftar", "melamar", "penjaringan",
    "mencabut", "menarik", "dicabut", "ditarik", "berharap",
})  # fmt: skip

# Words that point back at the pair named before ("Keduanya diusung ...", "Pasangan ini ...").
PAIR_ANAPHORS = frozenset({"keduanya", "mereka", "ia", "dia", "beliau"})

# "ini", "tersebut", "itu" after a noun: the one named before ("pasangan ini", "rapat tersebut").
DEMONSTRATIVES = frozenset({"ini", "tersebut", "itu"})

PAIR_HEADS = frozenset({"pasangan", "paslon", "duet", "paket", "bapaslon"})

# Words before a name or a party that make it a place: "Jalan Mayor Ruslan", "Kantor DPD X".
NOMINATION_PLACE_WORDS = frozenset({
    "jalan", "jl", "jln", "di", "ke", "kantor", "sekretariat", "gedung", "markas", "posko",
    "rumah", "aula", "halaman",
})  # fmt: skip

# Heads of a coalition named after its first party ("Koalisi PKS, Gerindra dan Demokrat").
PARTY_GROUP_HEADS = frozenset({"koalisi", "gabungan", "poros"})

# Sanctions as written -> the normalised label (longest first when matched).
SANCTION_LABELS: dict[str, str] = {
    "teguran tertulis": "teguran tertulis",
    "teguran": "teguran",
    "peringatan keras terakhir": "peringatan keras terakhir",
    "peringatan keras": "peringatan keras",
    "peringatan tertulis": "peringatan",
    "peringatan": "peringatan",
    "pemberhentian sementara": "pemberhentian sementara",
    "diberhentikan sementara": "pemberhentian sementara",
    "memberhentikan sementara": "pemberhentian sementara",
    "pemberhentian tetap": "pemberhentian tetap",
    "diberhentikan tetap": "pemberhentian tetap",
    "memberhentikan tetap": "pemberhentian tetap",
    "diberhentikan secara tetap": "pemberhentian tetap",
    "dipecat": "pemberhentian tetap",
    "memecat": "pemberhentian tetap",
    "pemberhentian dari jabatan ketua": "pemberhentian dari jabatan ketua",
    "diberhentikan dari jabatan ketua": "pemberhentian dari jabatan ketua",
    "diberhentikan dari jabatannya sebagai ketua": "pemberhentian dari jabatan ketua",
    "memberhentikan dari jabatan ketua": "pemberhentian dari jabatan ketua",
    "dicopot dari jabatan ketua": "pemberhentian dari jabatan ketua",
    # Removal from another post: carried as written, labelled by the other sanction if any.
    "diberhentikan": "pemberhentian tetap",
    "memberhentikan": "pemberhentian tetap",
    # "sanksi pemberhentian kepada A", "DKPP mencopot ROLE, A": removal with no term, as
    # "diberhentikan" is read. Not "pemberhentian" alone: "SK tentang Pemberhentian A" names
    # its persons right after it (SANCTION_NOUNS)
    "sanksi pemberhentian": "pemberhentian tetap",
    "dicopot": "pemberhentian tetap",
    "mencopot": "pemberhentian tetap",
    "diberhentikan dari jabatan": "",
    "diberhentikan dari jabatannya": "",
    "dicopot dari jabatannya": "",
    "pemberhentian dari jabatan": "",
    "pemberhentian dari jabatannya": "",  # "mendapat sanksi berupa pemberhentian dari jabatannya"
    "dicopot dari jabatan": "",
    # A member whose term ended is declared unfit for the next: DKPP's sanction for him.
    "tidak layak menjadi penyelenggara pemilu": "tidak memenuhi syarat sebagai penyelenggara",
    "tidak lagi memenuhi syarat sebagai penyelenggara pemilu":
        "tidak memenuhi syarat sebagai penyelenggara",
    "tak lagi memenuhi syarat sebagai penyelenggara pemilu":
        "tidak memenuhi syarat sebagai penyelenggara",
    "tidak memenuhi syarat sebagai penyelenggara pemilu":
        "tidak memenuhi syarat sebagai penyelenggara",
    # A civil servant's discipline (PP 94/2021), given by his government for a breach of
    # neutrality: "dijatuhi hukuman disiplin sedang"
    "hukuman disiplin ringan": "hukuman disiplin ringan",
    "hukuman disiplin sedang": "hukuman disiplin sedang",
    "hukuman disiplin berat": "hukuman disiplin berat",
    "hukuman disiplin": "hukuman disiplin",
    "sanksi disiplin": "hukuman disiplin",
    # A sanction by its weight only ("sanksi berat"): the verdict's words, carried as written.
    "sanksi berat": "sanksi berat",
    "sanksi tegas": "sanksi tegas",
    "sanksi ringan": "sanksi ringan",
    "sanksi sedang": "sanksi sedang",
}

# A sanction named as a noun, its persons right after it: "yang mencakup pemberhentian A (ROLE)
# dan B". Labelled as the verbs of the same stem are.
SANCTION_NOUNS: dict[str, str] = {
    "pemberhentian": "pemberhentian tetap",
    "pemecatan": "pemberhentian tetap",
    "pencopotan": "",
}

# Removal from the chair only: "diberhentikan dari jabatan(nya sebagai) Ketua", also with the
# person between verb and post ("memberhentikan NAME dari jabatan Ketua ...").
SANCTION_FROM_CHAIR = r"dari\s+jabatan(?:nya)?(?:\s+sebagai)?\s+ketua"

SANCTION_FROM_CHAIR_LABEL = "pemberhentian dari jabatan ketua"

# Verbs that impose a sanction on the person named after them ("menjatuhkan ... kepada NAME").
SANCTION_VERBS_ACTIVE = frozenset({
    "menjatuhkan", "dijatuhkan", "memberikan", "diberikan", "memberi", "mengganjar",
    "memberhentikan", "memecat", "mencopot", "diterima", "dikenakan", "menghukum", "menyatakan",
})  # fmt: skip

# Verbs whose subject, named before them, receives the sanction ("NAME dijatuhi ...").
SANCTION_VERBS_PASSIVE = frozenset({
    "dijatuhi", "diganjar", "dikenai", "diberhentikan", "dipecat", "dicopot", "menerima",
    "mendapat", "mendapatkan", "diberi", "dihukum", "disanksi", "terkena",
})  # fmt: skip
SANCTION_VERBS = SANCTION_VERBS_ACTIVE | SANCTION_VERBS_PASSIVE

# Words before the sanction in its clause that make it a demand, a threat or a pending case.
SANCTION_BLOCKERS = frozenset({
    "meminta", "menuntut", "mendesak", "mengusulkan", "berharap", "agar", "supaya", "akan",
    "terancam", "bisa", "dapat", "jika", "apabila", "bila", "menunggu", "belum", "tidak",
    "diadukan", "dilaporkan", "mengadukan", "melaporkan", "rehabilitasi", "direhabilitasi",
    "dipulihkan", "ancaman", "berpotensi", "mungkin", "seharusnya", "semestinya",
})  # fmt: skip

# Words a negation denies a sanction by ("tidak terbukti melanggar"); a negation of any other
# word ("tidak cermat") does not.
SANCTION_DENIED_WORDS = frozenset({"terbukti", "melanggar", "bersalah", "sanksi", "dikenakan"})

# Words between a pair and its votes: "A-B meraih 52 persen", "A-B dengan perolehan 246.393".
TALLY_WORDS = frozenset({
    "meraih", "memperoleh", "mendapat", "mendapatkan", "mengantongi", "dengan", "perolehan",
    "sebanyak", "unggul", "total", "meraup", "sekitar", ":", "=",
})  # fmt: skip

# "Sanksi serupa diterima NAME": the sanction named before.
SANCTION_SAME = frozenset({"serupa", "sama"})

# Bodies that impose ethics or administrative sanctions on election officials.
SANCTIONING_BODIES = frozenset({"dkpp", "bawaslu", "kpu", "kip", "panwaslih", "panwaslu"})
# Offices whose holder sanctions the civil servants of his government (their discipline is
# his, KASN and Bawaslu only recommend it), a Pj or Plt as well.
REGIONAL_HEADS = frozenset({"bupati", "wali kota", "walikota", "gubernur"})

# A verdict that names its person only by these words refers to the person named before.
SANCTION_ANAPHORS = frozenset({"teradu", "ia", "dia", "beliau", "bersangkutan"})

# Blockers that only block when a party follows them: "mendaftar ke Partai X" is applying for a
# party's nomination; "pasangan yang mendaftar (ke KPU) adalah A-B, didukung ..." is not.
NOMINATION_BLOCKERS_BEFORE_PARTY = frozenset({"mendaftar", "melamar"})

# Passive speech verbs: "Rekom tersebut diungkapkan NAME": the name after them is the speaker.
SPEECH_VERBS_PASSIVE = frozenset({
    "diungkapkan", "dikatakan", "disampaikan", "dijelaskan", "ditegaskan", "disebutkan",
    "diterangkan", "dipaparkan", "diutarakan",
})  # fmt: skip

# "Keempatnya dijatuhi sanksi": all the officials the sentence before listed.
SANCTION_PLURAL_ANAPHORS = frozenset({
    "keduanya", "ketiganya", "keempatnya", "kelimanya", "mereka", "semuanya", "seluruhnya",
})  # fmt: skip

# "kepada kelima teradu", "para komisioner tersebut": the parties of a list named before.
SANCTION_GROUP_COUNTS = frozenset({
    "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "para", "seluruh", "semua",
})  # fmt: skip
SANCTION_GROUP_NOUNS = frozenset({"teradu", "komisioner", "terlapor"})

# Words inside a list of the sanctioned: "kepada NAME selaku Ketua KPU merangkap anggota, NAME".
SANCTION_LIST_FILLERS = frozenset({
    "selaku", "merangkap", "sekaligus", "sebagai", "anggota", "masing-masing",
    # "Ketua KPU RI A, bersama empat anggotanya, yakni B, C, D dan E"
    "bersama", "anggotanya", "yakni", "yaitu", "dua", "tiga", "empat", "lima", "enam",
    "lainnya", "dari",  # "serta empat anggota lainnya yakni B", "A dari Divisi Teknis PPK X"
    "beserta", "seorang",  # "A beserta dua anggotanya, yaitu B dan C", "A dan seorang anggota B"
})  # fmt: skip

# Case roles in an ethics hearing, numbered with a Roman numeral: "Teradu I", "Pengadu II".
NUMBERED_PARTIES = frozenset({"teradu", "pengadu", "terlapor", "pelapor", "saksi", "pihak"})
# Tokens between the two names of a candidate pair ("A-B", "A dan B", "A/B").
# The dashes a pair's names, or a name and its office, are joined by: "A – B", "A-B", "A — B".
DASHES = frozenset({"-", "–", "—"})
PAIR_NAME_JOINERS = DASHES | {"dan", "&", "/"}
# Prepositions before which a candidate cue is not looked for: the name after is a place.
CANDIDATE_PLACE_STOPS = frozenset({"di", "ke", "dari", "pada", "dalam"})
# Between two pairs of one list: "A-B, kedua, C-D", "A-B (P, Q), kemudian C-D".
PAIR_LIST_FILLERS = frozenset({
    ",", ";", "dan", "serta", "kemudian", "lalu", "selanjutnya", "pertama", "kedua", "ketiga",
    "keempat", "kelima", "sedangkan", "sementara",
})  # fmt: skip
# Words that introduce a pair's nickname ("A dan B dengan akronim RAMAH").
PAIR_NICKNAME_WORDS = frozenset({"akronim", "singkatan", "julukan", "tagline", "jargon"})
# Tokens between the pairs of a list of pairs ("A-B, C-D, dan E-F"): dashes included.
PAIR_LIST_SEPARATORS = frozenset({",", ";", "dan", "serta", "-", "–", "—", "&"})
# Words inside a list of names ("A, B dan C", "yakni A serta B").
NAME_LIST_WORDS = frozenset({"dan", "serta", "yakni", "yaitu", "antara", "lain", "&", "bersama"})
# Words after a comma that start another clause of a nomination ("..., sedangkan ...").
NOMINATION_CLAUSE_CUTS = frozenset(
    {"sedangkan", "sementara", "tetapi", "namun", "adapun", "sedang"}
)
# Tokens between the parties of a bracket after a pair ("A-B (P, Q dan R)").
PARTY_LIST_SEPARATORS = frozenset({",", "dan", "&", "serta"})
# Words that open a sentence continuing the list of backing parties before ("Kemudian P, Q.").
PARTY_LIST_CONTINUERS = frozenset({
    "kemudian", "lalu", "selanjutnya", "ditambah", "juga", "selain", "itu", "serta", "plus",
    # "... diusung delapan partai. Diantaranya ada partai P, Q (R) dan S."
    "diantaranya", "antaranya", "di", "antara", "lain", "yakni", "yaitu", "ada", "adalah", ":",
    "mereka", "partai-partai", "tersebut",  # "... tujuh parpol pengusung A-B. Mereka adalah P, Q"
    "adapun",  # "Adapun sebelas partai politik yakni P, Q, ..."
    "parpol-parpol", "parpol", "partai", "ialah",  # "Parpol-parpol itu adalah P, Q dan R."
    "rincinya", "rinciannya", "rincian",  # "Rincinya P (3 kursi), Q (2 kursi) dan R (1 kursi)."
})  # fmt: skip
# Tokens between the names of a list of persons ("A, B dan C"); no dashes, unlike pairs.
NAME_LIST_SEPARATORS = frozenset({",", ";", "dan", "serta", "&"})
# Words that open a list of persons standing on its own ("Diantaranya, A, Rektor X, B",
# "Di antaranya ...", "Antara lain ...", "Yakni ..."): the last word of each such opening.
LIST_OPENING_WORDS = frozenset({"diantaranya", "antaranya", "yakni", "yaitu", ":", "lain"})
# Two words that open such a list: "Tim panelis terdiri dari A, Dosen X, B, ...".
LIST_OPENING_PAIRS = frozenset({("terdiri", "dari"), ("terdiri", "atas")})
# Tokens that open a list of persons after an office ("anggota KPU X, yakni A, B").
NAME_LIST_OPENERS = frozenset(
    {",", ":", "yakni", "yaitu", "antara", "lain", "lainnya", "masing-masing", "seperti",
     "antaranya", "diantaranya",
     "—"}  # "Ketua dan Anggota Bawaslu X—A, B, dan C—turun langsung": an em dash sets it off
)
# Removals that name no post: with a removal from the chair, they are that removal.
SANCTION_BARE_REMOVALS = frozenset(
    {"diberhentikan", "memberhentikan", "diberhentikan dari jabatan", "dicopot dari jabatan",
     "dicopot", "mencopot", "diberhentikan dari jabatannya", "dicopot dari jabatannya"}
)
# Words of a sentence about a verdict (a sanction named in it is imposed, not discussed).
SANCTION_CONTEXT_WORDS = frozenset(
    {"sanksi", "putusan", "sidang", "menjatuhkan", "dijatuhi", "dijatuhkan", "memberhentikan",
     "memecat", "mencopot", "pemecatan", "pemberhentian", "dipecat", "diberhentikan",
     "dicopot"}
)
# Tokens inside a list of the sanctioned ("Teradu I, II dan III").
SANCTION_LIST_WORDS = frozenset(
    {",", "dan", "serta", "juga", ";", "teradu", "i", "ii", "iii", "iv", "v", "vi", "vii"}
)
