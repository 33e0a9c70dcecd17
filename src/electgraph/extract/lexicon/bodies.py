"""Bodies and organisations: election bodies, legislatures, governments, police, parties, other
organisations' heads, venues and place words."""

from __future__ import annotations

from electgraph.extract.lexicon._tables import Body

__all__ = [
    "AD_HOC_PARENTS",
    "AREA_HEADS",
    "BODIES",
    "BODY_LONG",
    "BRANDED_VENUE_HEADS",
    "CAMPAIGN_TEAM_WORDS",
    "CITY_SUFFIXED",
    "CONTEST_HOSTS",
    "DISTRICT_BODIES",
    "DISTRICT_NAMED_BODIES",
    "ELECTION_BODIES_BARE",
    "GOVERNMENT_FIELDS",
    "KEMENKO_FIELDS",
    "LEVEL_WORDS",
    "LISTED_PARTIES",
    "LOCAL_BODIES",
    "MANY_BODIES_BEFORE",
    "MINISTRY_ACRONYMS",
    "NATIONAL_ONLY_BODIES",
    "ORG_HEADS",
    "ORG_STANDALONE",
    "PARTIES",
    "PARTY_UNITS",
    "PLACE_COUNT_WORDS",
    "PLACE_CUES_BEFORE",
    "PLACE_LIST_HEADS",
    "PLACE_SUFFIXES",
    "SEATED_BODIES",
    "SUPERVISION_HOSTS",
    "TRIBUNALS",
    "UNIT_SEATS",
    "UNIVERSITY_ACRONYMS",
    "VENUE_HEADS",
    "VENUE_POSITIONS",
]

# Short name (lower-case) -> body. The long forms below map onto these.
BODIES: dict[str, Body] = {
    "kpu": Body("KPU", "election_body"),
    "kip": Body("KIP", "election_body"),  # Aceh's KPU
    "bawaslu": Body("Bawaslu", "election_body"),
    "panwaslih": Body("Panwaslih", "election_body"),  # Aceh's Bawaslu
    "panwaslu": Body("Panwaslu", "election_body"),
    "dkpp": Body("DKPP", "election_body", "ri"),
    "ppk": Body("PPK", "election_body"),
    "pps": Body("PPS", "election_body"),
    "kpps": Body("KPPS", "election_body"),
    "panwascam": Body("Panwascam", "election_body"),
    # the village's and the polling station's supervisors
    "pkd": Body("PKD", "election_body"),
    "ptps": Body("PTPS", "election_body"),
    # Papua's district-level PPK and Panwascam
    "ppd": Body("PPD", "election_body"),
    "panwasdis": Body("Panwasdis", "election_body"),
    "pantarlih": Body("Pantarlih", "election_body"),
    "dprd": Body("DPRD", "legislature"),
    "dpra": Body("DPRA", "legislature", "provinsi"),
    "dprk": Body("DPRK", "legislature", "kabupaten"),
    "dpr": Body("DPR", "legislature", "ri"),
    "mpr": Body("MPR", "legislature", "ri"),
    "pemkab": Body("Pemkab", "government", "kabupaten"),
    "pemkot": Body("Pemkot", "government", "kota"),
    "pemprov": Body("Pemprov", "government", "provinsi"),
    "pemda": Body("Pemda", "government"),
    "setda": Body("Setda", "government"),
    "kesbangpol": Body("Kesbangpol", "government"),
    # a regency's agency that also keeps civil defence (Linmas): "Kesbangpolinmas Pesisir Selatan"
    "kesbangpolinmas": Body("Kesbangpolinmas", "government"),
    "satpol pp": Body("Satpol PP", "government"),
    "kemendagri": Body("Kemendagri", "government", "ri"),
    "polres": Body("Polres", "police", "kabupaten"),
    "polresta": Body("Polresta", "police", "kota"),
    "polrestabes": Body("Polrestabes", "police", "kota"),
    "polda": Body("Polda", "police", "provinsi"),
    "polri": Body("Polri", "police", "ri"),
    "polsek": Body("Polsek", "police"),
    "kodim": Body("Kodim", "military", "kabupaten"),
    "kodam": Body("Kodam", "military", "provinsi"),
    "korem": Body("Korem", "military"),
    "koramil": Body("Koramil", "military"),
    # the navy's and air force's bases, the fleet, the military police ("Lantamal XIV Sorong",
    # "Lanal Kupang", "Lanud El Tari", "Koarmada III", "Denpom Sorong")
    "lantamal": Body("Lantamal", "military"),
    "lanal": Body("Lanal", "military"),
    "lanud": Body("Lanud", "military"),
    "koarmada": Body("Koarmada", "military"),
    "denpom": Body("Denpom", "military"),
    "satpom": Body("Satpom", "military"),
    "kejari": Body("Kejari", "judiciary", "kabupaten"),
    "kejaksaan negeri": Body("Kejaksaan Negeri", "judiciary", "kabupaten"),
    "kejati": Body("Kejati", "judiciary", "provinsi"),
    "kejaksaan tinggi": Body("Kejaksaan Tinggi", "judiciary", "provinsi"),
    # the district court, named after the town it sits in ("Pengadilan Negeri Sangatta",
    # "Kepala PN Lasusua")
    "pn": Body("PN", "judiciary", "kabupaten"),
    "lapas": Body("Lapas", "government"),  # a prison, named after its town
    "mk": Body("MK", "judiciary", "ri"),
    "binda": Body("Binda", "intelligence", "provinsi"),
    "forkopimda": Body("Forkopimda", "government"),
    # the district's leaders' forum, and both forums' older names ("unsur Muspika", "Muspida X")
    "forkopimca": Body("Forkopimca", "government"),
    "muspida": Body("Muspida", "government"),
    "muspika": Body("Muspika", "government"),
    "pa": Body("PA", "judiciary", "kabupaten"),  # Pengadilan Agama
}

# Long forms as the press writes them, mapped onto a short name in BODIES.
BODY_LONG: dict[str, str] = {
    "komisi pemilihan umum": "kpu",
    "komisi pemilihan umum daerah": "kpu",
    "kpud": "kpu",
    "komisi independen pemilihan": "kip",
    "badan pengawas pemilihan umum": "bawaslu",
    "badan pengawas pemilu": "bawaslu",
    "badan pengawasan pemilu": "bawaslu",  # "Badan Pengawasan Pemilu (Bawaslu) Papua"
    "panitia pengawas pemilihan": "panwaslih",
    "panitia pengawas pemilu": "panwaslu",
    "dewan kehormatan penyelenggara pemilu": "dkpp",
    "pengadilan negeri": "pn",
    "dewan kehormatan penyelenggara pemilihan umum": "dkpp",
    "panitia pemilihan kecamatan": "ppk",
    "panitia pemungutan suara": "pps",
    "kelompok penyelenggara pemungutan suara": "kpps",
    "panitia pengawas kecamatan": "panwascam",
    "panitia pengawas pemilihan kecamatan": "panwascam",
    "panitia pengawas pemilu kecamatan": "panwascam",
    "panitia pengawas pemilihan umum kecamatan": "panwascam",
    "panitia pengawas pemilihan umum": "panwaslu",
    "panwaslu kecamatan": "panwascam",
    "panwas kecamatan": "panwascam",  # the short form of "Panitia Pengawas Kecamatan"
    "panwaslucam": "panwascam",  # "Panwaslu Kecamatan" run together
    "pengawas kelurahan/desa": "pkd", "panwaslu kelurahan/desa": "pkd",
    "panwas kelurahan/desa": "pkd", "pengawas kelurahan desa": "pkd",
    "panwaslu kelurahan desa": "pkd", "panitia pengawas kelurahan/desa": "pkd",
    "panitia pengawas pemilihan umum kelurahan/desa": "pkd",
    "panitia pengawas pemilu kelurahan/desa": "pkd", "panwaslu desa": "pkd",
    "pengawas tps": "ptps", "pengawas tempat pemungutan suara": "ptps",
    "panitia pemilihan distrik": "ppd",
    "panitia pengawas distrik": "panwasdis",
    "panitia pengawas pemilihan distrik": "panwasdis",
    "dewan perwakilan rakyat daerah": "dprd",
    "dewan perwakilan rakyat aceh": "dpra",
    "dewan perwakilan rakyat kabupaten": "dprk",
    "dewan perwakilan rakyat": "dpr",
    "majelis permusyawaratan rakyat": "mpr",
    "pemerintah kabupaten": "pemkab",
    "pemerintah kota": "pemkot",
    "pemko": "pemkot",  # Sumatra's press: "Pemko Medan", "Pemko Padang"
    "pemerintah provinsi": "pemprov",
    "pemerintah daerah": "pemda",
    "sekretariat daerah": "setda",
    # the secretariat with its level fused in ("Asisten II Setdaprov Riau")
    "setdaprov": "setda", "setdakab": "setda", "setdakot": "setda",
    "badan kesatuan bangsa dan politik": "kesbangpol",
    "badan kesbangpol": "kesbangpol",
    "kesatuan bangsa dan politik": "kesbangpol",
    "bakesbangpol": "kesbangpol", "bankesbangpol": "kesbangpol",
    "kesbang": "kesbangpol",  # "Kepala Kesbang Muratara NAME"
    "kementerian dalam negeri": "kemendagri",
    "kepolisian resor kota besar": "polrestabes",
    "kepolisian resor kota": "polresta",
    "kepolisian resor": "polres",
    "kepolisian resort": "polres",
    "kepolisian daerah": "polda",
    "kepolisian sektor": "polsek",
    "kepolisian negara republik indonesia": "polri",
    "komando distrik militer": "kodim",
    "komando daerah militer": "kodam",
    "komando resor militer": "korem",
    "komando rayon militer": "koramil",
    "mahkamah konstitusi": "mk",
    "badan intelijen daerah": "binda",
    "satuan polisi pamong praja": "satpol pp",
    "pengadilan agama": "pa",
    # a force's headquarters ("Markas"), where its meetings are held: "di Aula Mapolres X"
    "mapolres": "polres", "mapolresta": "polresta", "mapolda": "polda", "mapolsek": "polsek",
    "makodim": "kodim", "makorem": "korem",
    # The press's usual misspellings of the regional leaders' forum.
    "forkompinda": "forkopimda", "forkompida": "forkopimda", "forkominda": "forkopimda", "forkopinda": "forkopimda",
    "forum komunikasi pimpinan daerah": "forkopimda",
    "forkopinca": "forkopimca", "forum komunikasi pimpinan kecamatan": "forkopimca",
    "forkopincam": "forkopimca", "forkopimcam": "forkopimca", "forkompincam": "forkopimca",
    "musyawarah pimpinan daerah": "muspida", "musyawarah pimpinan kecamatan": "muspika",
}

LEVEL_WORDS: dict[str, str] = {
    "kabupaten": "kabupaten", "kab": "kabupaten", "kota": "kota", "provinsi": "provinsi",
    "prov": "provinsi", "propinsi": "provinsi", "ri": "ri", "pusat": "ri", "kecamatan": "kecamatan",
}  # fmt: skip

# Political parties: surface -> (canonical label, short key).
PARTIES: dict[str, tuple[str, str]] = {
    "pdi perjuangan": ("PDI Perjuangan", "pdip"),
    "pdi-p": ("PDI Perjuangan", "pdip"),
    "pdi - p": ("PDI Perjuangan", "pdip"),  # as the tokenizer splits "PDI-P"
    "pdip": ("PDI Perjuangan", "pdip"),
    "partai demokrasi indonesia perjuangan": ("PDI Perjuangan", "pdip"),
    "partai demokrasi indonesia ( pdi ) perjuangan": ("PDI Perjuangan", "pdip"),
    "golkar": ("Partai Golkar", "golkar"),
    "partai golongan karya": ("Partai Golkar", "golkar"),
    "gerindra": ("Partai Gerindra", "gerindra"),
    "partai gerakan indonesia raya": ("Partai Gerindra", "gerindra"),
    "pkb": ("PKB", "pkb"),
    "partai kebangkitan bangsa": ("PKB", "pkb"),
    "nasdem": ("Partai NasDem", "nasdem"),
    "partai nasdem": ("Partai NasDem", "nasdem"),
    "pks": ("PKS", "pks"),
    "partai keadilan sejahtera": ("PKS", "pks"),
    "demokrat": ("Partai Demokrat", "demokrat"),
    "pan": ("PAN", "pan"),
    "partai amanat nasional": ("PAN", "pan"),
    "ppp": ("PPP", "ppp"),
    "partai persatuan pembangunan": ("PPP", "ppp"),
    "perindo": ("Partai Perindo", "perindo"),
    "hanura": ("Partai Hanura", "hanura"),
    "partai hanura": ("Partai Hanura", "hanura"),
    "partai hati nurani rakyat": ("Partai Hanura", "hanura"),
    "partai perindo": ("Partai Perindo", "perindo"),
    "partai persatuan indonesia": ("Partai Perindo", "perindo"),
    "partai demokrat": ("Partai Demokrat", "demokrat"),
    "partai golkar": ("Partai Golkar", "golkar"),
    "partai gerindra": ("Partai Gerindra", "gerindra"),
    "partai gelombang rakyat indonesia": ("Partai Gelora", "gelora"),
    "partai gelombang rakyat": ("Partai Gelora", "gelora"),
    "partai umat": ("Partai Ummat", "ummat"),
    "garda republik": ("Partai Garuda", "garuda"),
    "partai garuda": ("Partai Garuda", "garuda"),
    "partai garda republik": ("Partai Garuda", "garuda"),
    # Long names written without "Partai" ("partai Nasional Demokrat (Nasdem), Golongan
    # Karya (Golkar), ..."): distinctive enough to name the party alone.
    "nasional demokrat": ("Partai NasDem", "nasdem"),
    "golongan karya": ("Partai Golkar", "golkar"),
    "gerakan indonesia raya": ("Partai Gerindra", "gerindra"),
    "kebangkitan bangsa": ("PKB", "pkb"),
    "keadilan sejahtera": ("PKS", "pks"),
    "amanat nasional": ("PAN", "pan"),
    "persatuan pembangunan": ("PPP", "ppp"),
    "hati nurani rakyat": ("Partai Hanura", "hanura"),
    "solidaritas indonesia": ("PSI", "psi"),
    "bulan bintang": ("PBB", "pbb"),
    "gelombang rakyat indonesia": ("Partai Gelora", "gelora"),
    "demokrasi indonesia perjuangan": ("PDI Perjuangan", "pdip"),
    "psi": ("PSI", "psi"),
    "partai solidaritas indonesia": ("PSI", "psi"),
    "pbb": ("PBB", "pbb"),
    "partai bulan bintang": ("PBB", "pbb"),
    "gelora": ("Partai Gelora", "gelora"),
    "partai gelora": ("Partai Gelora", "gelora"),
    "partai buruh": ("Partai Buruh", "buruh"),
    "partai ummat": ("Partai Ummat", "ummat"),
    "pkn": ("PKN", "pkn"),
    "partai kebangkitan nusantara": ("PKN", "pkn"),
    "partai garda republik indonesia": ("Partai Garuda", "garuda"),
    "partai aceh": ("Partai Aceh", "partai-aceh"),
    "partai nanggroe aceh": ("Partai Nanggroe Aceh", "pna"),
    "partai nangroe aceh": ("Partai Nanggroe Aceh", "pna"), "pna": ("Partai Nanggroe Aceh", "pna"),
    "partai berkarya": ("Partai Berkarya", "berkarya"),
    "partai rakyat adil makmur": ("Partai Prima", "prima"),
    "partai prima": ("Partai Prima", "prima"),
    # The press's usual misspellings and splits: "Gerinda", "PDI P", "PDI-Perjuangan" (split
    # at the hyphen before a capital), NasDem's long name with "Demokrasi" for "Demokrat".
    "gerinda": ("Partai Gerindra", "gerindra"),
    "pdi p": ("PDI Perjuangan", "pdip"),
    "pdi - perjuangan": ("PDI Perjuangan", "pdip"),
    "nasional demokrasi": ("Partai NasDem", "nasdem"),
}

# Parties whose short name is a common word ("buruh": workers; "garuda": the eagle, the
# national team, a surname as in "Deny Garuda"): one only in a list of parties.
LISTED_PARTIES: dict[str, tuple[str, str]] = {
    "garuda": ("Partai Garuda", "garuda"),
    "buruh": ("Partai Buruh", "buruh"),
    "ummat": ("Partai Ummat", "ummat"),
    "umat": ("Partai Ummat", "ummat"),
    "prima": ("Partai Prima", "prima"),
}

PARTY_UNITS = frozenset({"dpd", "dpw", "dpc", "dpp", "ranting", "pac"})

# Ministries named by their acronym alone ("oleh Kemenkumham"): without this list they read as
# a person's name.
MINISTRY_ACRONYMS = frozenset({
    "kemenkumham", "kemenkeu", "kemenkominfo", "kemkominfo", "kemendikbud", "kemendikbudristek",
    "kemensos", "kemenkes", "kemenpan", "kemenpanrb", "kemenhan", "kemenlu", "kemenpora",
    "kemenko", "kemenkopolhukam", "kemenhub", "kemnaker", "kemenaker", "kemenpupr", "kemendesa",
    "kemenparekraf", "kemenperin", "kemendag", "kementan", "kemenpppa", "kemenham",
    "kemenpolhukam",
})  # fmt: skip

# The fields a coordinating ministry is named after ("Kemenko Polkam", "Kemenko PMK"): part of
# its name, never its head's.
KEMENKO_FIELDS = frozenset({"polkam", "polhukam", "pmk", "perekonomian", "marves", "pangan",
                            "infrastruktur", "kumham", "imipas", "pm"})

# Words of the fields of government a regional agency is named by (the nomenclature of
# "urusan pemerintahan": "Dinas Komunikasi, Informatika, Statistik dan Persandian", "Dinas
# Pariwisata dan Ekonomi Kreatif") that the common-word list lacks; with it, a name after the
# field is the agency head's ("Kepala Dinas Sosial Abdul Wahab").
GOVERNMENT_FIELDS = frozenset({
    "informatika", "statistik", "persandian", "kreatif", "transmigrasi", "pemuda", "arsip",
    "kearsipan", "ketenteraman", "ketertiban", "trantib", "linmas", "hortikultura", "capil",
    "kominfo", "dukcapil", "kesbangpol", "perkim", "pora", "pmd", "ptsp", "umkm", "ukm",
})  # fmt: skip

# Universities named by their acronym alone ("guru besar Unram", "Fisip Untad"): without
# this list they read as a person's name. A campus town may follow ("Unismuh Sidrap").
UNIVERSITY_ACRONYMS = frozenset({
    "unram", "untad", "unismuh", "unpatti", "unhas", "unila", "undana", "unsrat", "unair",
    "undip", "unpad", "unand", "unsri", "unja", "unri", "untan", "unmul", "unima", "unimed",
    "unsyiah", "unimal", "unhalu", "uho", "unsulbar", "unkhair", "uncen", "unipa", "unmus",
    "unud", "unej", "unib", "ulm", "uinsu", "ugm", "unnes", "uny", "upi", "unesa", "unm", "unj",
    "ung", "unsoed", "unsika", "untirta", "umy", "ums", "umm", "uhamka", "unisba", "unisa",
    "umsu", "ipb", "itb", "usu", "unikom", "unbara", "unsam", "unsiq", "unimor", "unwira",
    "unsultra", "unpar", "unisri", "unsil", "unmuh", "unismu", "umi", "unibos", "unifa",
    "uncp", "unasman", "unidayan", "unpab", "umsb", "uinam", "uinsa", "unsrit",
})  # fmt: skip

# The bodies an election's watchdogs meet with, named by their acronym alone: the civil service
# commission, the joint election-crime desk (often "Gakumdu"), the interfaith forum, the
# police's mobile brigade.
_WATCHDOG_PARTNERS = frozenset({"kasn", "gakkumdu", "gakumdu", "fkub", "brimob"})

# Mass organisations (ormas) named by their acronym or name alone: the youth, student,
# religious and veterans' bodies invited to socialisations and declarations.
_MASS_ORGANISATIONS = frozenset({
    "knpi", "pmkri", "gmki", "kmhdi", "pergunu", "ldii", "fkppi", "gamki", "phdi", "walubi",
    "matakin", "ansor", "banser", "alkhairaat", "aisyiyah", "hipmi", "kahmi", "pemkri", "ppdi",
    "muhammadiyah", "nu", "icmi", "psht", "iwo",
})  # fmt: skip

# Heads of other organisations, followed by their capitalised name ("Universitas Padjadjaran").
ORG_HEADS = frozenset({
    "universitas", "institut", "sekolah", "stkip", "stit", "stie", "poltek", "politeknik",
    "stisip", "stih", "stmik", "stai", "stikes", "stiami", "sttam", "stia", "akbid", "akper",
    "dinas", "kementerian", "lembaga", "yayasan", "rutan", "lapas", "bank", "bpjs", "bem", "hmi",
    "pmii", "gmni", "kammi", "imm", "rsud", "pengadilan", "ombudsman", "sma", "smk", "tvri", "rri",
    "smp", "sman", "smkn", "man", "ijti", "pwi", "aji", "kadin", "mui", "nu",
    "muhammadiyah", "bmkg", "bps", "bpbd", "kesbangpol", "disdukcapil", "diskominfo", "kpid",
    "aliansi", "asosiasi", "persatuan", "himpunan", "ikatan", "forum", "komunitas", "karang",
    "organisasi", "perkumpulan", "koalisi", "fraksi", "gerakan", "jaringan", "perhimpunan", "kanwil",
    "iain", "uin", "stain", "bkpsdm", "bkpsdmd", "bkd", "dishub", "bappeda", "disdik", "dinkes",
    "inspektorat", "dpmd", "bapenda", "kemenag", "dukcapil", "bakesbangpol", "bankesbangpol", "kesbangpolinmas", "ponpes", "pondok",
    "pesantren", "lsm", "stahn", "stah", "stakn", "stab", "stt",
    "kominfo", "dispora", "dinsos", "disnaker", "dpmptsp",
    "bappilu", "bapilu",  # a party's election-winning board: "Sekretaris Bappilu DPP NasDem"
    # an ormas's wing or a youth body: "Fatayat NU", "Muslimat NU", "Pemuda Pancasila"
    "fatayat", "muslimat", "pemuda", "banaat", "nahdlatul",
    "komite",  # "Ketua Komite Nasional Pemuda Indonesia (KNPI) Kecamatan X NAME"
    "laskar",  # a mass organisation: "Laskar Merah Putih"
}) | UNIVERSITY_ACRONYMS | MINISTRY_ACRONYMS | _WATCHDOG_PARTNERS | _MASS_ORGANISATIONS  # fmt: skip

# Of those, the ones that are a whole organisation name by themselves.
ORG_STANDALONE = frozenset({
    "bpjs", "hmi", "pmii", "gmni", "kammi", "imm", "ijti", "pwi", "aji", "kadin", "mui", "bmkg",
    "bps", "bpbd", "ombudsman", "disdukcapil", "diskominfo", "kpid",
    # a regency's own agencies (OPD), named bare in lists of who attended
    "bkpsdm", "bkpsdmd", "bkd", "dishub", "bappeda", "disdik", "dinkes", "inspektorat", "dpmd",
    "bapenda", "kemenag", "dukcapil", "kominfo", "dispora", "dinsos", "disnaker", "dpmptsp",
    "bappilu", "bapilu",
    "tvri", "rri",  # the public broadcasters, named with their station's region ("TVRI Kalteng")
}) | UNIVERSITY_ACRONYMS | MINISTRY_ACRONYMS | _WATCHDOG_PARTNERS | _MASS_ORGANISATIONS  # fmt: skip

# Venue heads: "Gedung Sejuta Sungkai", "Hotel Grand Lembang Asri", "Aula KPU ...".
VENUE_HEADS = frozenset({
    "gedung", "hotel", "aula", "ballroom", "lapangan", "taman", "balai", "pendopo", "pendapa",
    "hall", "ruang", "wisma", "graha", "stadion", "gor", "masjid", "alun", "kantor", "rumah",
    "pelataran", "halaman", "auditorium", "convention", "islamic", "tugu", "sma", "lantai",
    "gudang", "ballrom", "resto", "restoran", "kafe", "cafe", "kedai", "warkop",
    "belhotel",  # "Swiss-Belhotel Silae Palu": the chain's name glued to "hotel"
})  # fmt: skip
# Venue heads a brand may precede: "Aston Hotel Pelita Batam", "Plenary Hall Sempaja", "Royal
# Resto Ternate".
BRANDED_VENUE_HEADS = frozenset({"hotel", "hall", "resort", "inn", "resto", "cafe", "kafe",
                                 "convention"})

# Words placing a venue by a landmark: "di lapangan belakang Ramayana, Padalarang".
VENUE_POSITIONS = frozenset({"belakang", "depan", "samping", "seberang", "kawasan", "komplek",
                             "kompleks"})

# Nouns before the name of a district, a village or a street: "Kecamatan Lae Parira",
# "Desa Buluduri", "Jalan Urip Sumoharjo". The head is part of the place's name.
AREA_HEADS: dict[str, str] = {
    "kecamatan": "kecamatan", "distrik": "kecamatan", "desa": "desa", "kelurahan": "desa",
    "nagari": "desa", "gampong": "desa", "pekon": "desa", "dusun": "desa", "kampung": "desa",
    "jalan": "street",
    "jl": "street",
    "jln": "street",
}  # fmt: skip

# Words that end a district's name after a region name: "Medan Baru", "Tarogong Kidul".
PLACE_SUFFIXES = frozenset({
    "baru", "lama", "timur", "barat", "utara", "selatan", "tengah", "kidul", "lor", "wetan",
    "kulon", "hilir", "hulu", "ilir", "ulu", "raya", "jaya", "kota", "dalam", "luar", "atas",
    "bawah", "pesisir", "kepulauan",
})  # fmt: skip

# Nouns that announce a list of places: "lima kecamatan, yaitu A, B dan C".
PLACE_LIST_HEADS = frozenset({
    "kecamatan", "desa", "kelurahan", "kabupaten", "kota", "daerah", "wilayah", "nagari",
    "gampong", "distrik", "dusun", "kampung", "provinsi", "pulau",
})  # fmt: skip
# Words after which a capitalised phrase names a place.
PLACE_CUES_BEFORE = frozenset({
    "di", "ke", "dari", "kecamatan", "desa", "kelurahan", "jalan", "jl", "pulau", "kampung",
    "dusun", "wilayah", "daerah", "kawasan", "sekitar", "menuju", "kota", "kabupaten", "provinsi",
    "bertema", "tema", "bertajuk", "tagline", "jargon", "slogan", "akronim", "sebutan",
    "paket", "julukan", "singkatan",
})  # fmt: skip
# Counts before a place noun that announces a list ("lima kecamatan, yaitu A, B dan C").
PLACE_COUNT_WORDS = frozenset({
    "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
    "beberapa", "sejumlah", "semua", "seluruh", "sebelas", "belas", "puluh",
})  # fmt: skip
# Election bodies an article names bare ("Bawaslu", "Panwaslih") as an entity of its own when it
# names no branch of them with a region.
ELECTION_BODIES_BARE = frozenset({"bawaslu", "panwaslih"})
# Bodies with no regional branch: a region after them is where they sit ("Ruang Sidang DKPP
# Jakarta"), not a part of their name.
NATIONAL_ONLY_BODIES = frozenset({"dkpp", "mk", "mpr"})
# Bodies that sit in hearings ("sidang"): a report of one's verdict is a report of its hearing.
TRIBUNALS = frozenset({"dkpp", "mk"})
# Who holds a contest between the candidates (a debate, a ballot-number draw): the election body.
CONTEST_HOSTS = frozenset({"kpu", "kip"})
# Who holds a supervisors' rally ("apel siaga pengawasan"): the election supervisor.
SUPERVISION_HOSTS = frozenset({"bawaslu", "panwaslih"})
# Ad hoc bodies and the bodies that appoint and swear them in (Aceh's KIP and Panwaslih too).
_KPU = frozenset({"kpu", "kip"})
_BAWASLU = frozenset({"bawaslu", "panwaslih"})
AD_HOC_PARENTS: dict[str, frozenset[str]] = {
    "ppk": _KPU, "pps": _KPU, "kpps": _KPU, "pantarlih": _KPU, "ppd": _KPU,
    "panwascam": _BAWASLU, "panwasdis": _BAWASLU, "pkd": _BAWASLU, "ptps": _BAWASLU,
}
# Bodies of a district or a village, named after it rather than after a regency.
# Words a campaign team's name starts with: "Tim Pemenangan A-B", "TKD Prabowo-Gibran".
CAMPAIGN_TEAM_WORDS = frozenset({"tim", "tkd", "tkn", "timses"})
LOCAL_BODIES = frozenset({"ppk", "pps", "kpps", "panwascam", "panwaslu", "polsek", "pantarlih",
                          "ppd", "panwasdis", "pkd", "ptps"})
# Local bodies of a district, never of a village: a capitalised word after one is a district's
# name or its holder's, not a village's ("Ketua Panwaslu Aris Budiman").
DISTRICT_BODIES = frozenset({"ppk", "panwascam", "panwaslu", "polsek", "panwasdis"})
# Bodies a district's name may follow: the ad hoc ones and the district leaders' forum
# ("Forkopimca Trimurjo", "Muspika Kedaton").
DISTRICT_NAMED_BODIES = LOCAL_BODIES | {"forkopimca", "muspika"}
# Bodies of the armed forces, the police and the judiciary, named after the town they sit in
# when that is no regency's name: "Kajari Sigli", "Dandim 1506 Namlea", "Kapolresta Barelang".
SEATED_BODIES = frozenset({"polres", "polresta", "polrestabes", "polda", "kodim", "korem",
                           "kodam", "koramil", "kejari", "kejati", "kejaksaan negeri",
                           "lapas", "lantamal", "lanal", "lanud", "denpom", "pn", "pa"})
# Forces named with the city's level after its name: "Polres Bima Kota", "Polres Sorong Kota".
CITY_SUFFIXED = frozenset({"polres", "kodim"})
# Names of commands and police areas that are no place in the gazetteer ("Kodam II/Sriwijaya",
# "Polda Metro Jaya", "Polresta Barelang"): after such a body they name it, never a person.
UNIT_SEATS = frozenset({
    "iskandar muda", "bukit barisan", "sriwijaya", "siliwangi",
    "brawijaya", "udayana", "tanjungpura", "mulawarman", "pattimura",
    "kasuari", "cenderawasih", "cendrawasih", "tuanku tambusai", "mandala trikora",
    "metro jaya", "barelang", "metro bekasi", "metro bekasi kota", "metro tangerang kota",
    "metro depok", "metro jakarta pusat", "metro jakarta utara", "metro jakarta barat",
    "metro jakarta selatan", "metro jakarta timur", "pelabuhan tanjung priok",
    "pelabuhan makassar", "pelabuhan belawan", "garuda dempo", "wirabuana",
})  # fmt: skip
# Words before a bare body that make it many bodies ("seluruh KPU", "setiap Bawaslu").
MANY_BODIES_BEFORE = frozenset({
    "seluruh", "semua", "setiap", "tiap", "para", "masing-masing", "sejumlah", "beberapa",
    "antar", "antarlembaga",
})  # fmt: skip
