"""Word lists the extractor matches on: bodies, roles, events, elections, titles of persons.

Everything is lower-case and keyed by token tuples, so that the chunker can match the longest
entry at each token in one pass (`longest_match`). Keep entries general: they describe how the
Indonesian press names offices and bodies, never one article.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

Phrase = tuple[str, ...]


def phrases(*items: str) -> tuple[Phrase, ...]:
    return tuple(tuple(i.lower().split()) for i in items)


class PhraseTable:
    """Longest-match lookup of lower-case token phrases (a tiny trie keyed by the first token)."""

    def __init__(self, entries: Iterable[tuple[Phrase, str]]) -> None:
        self._by_first: dict[str, list[tuple[Phrase, str]]] = {}
        for phrase, value in entries:
            self._by_first.setdefault(phrase[0], []).append((phrase, value))
        for options in self._by_first.values():
            options.sort(key=lambda e: -len(e[0]))

    def firsts(self) -> frozenset[str]:
        """The words an entry can start with."""
        return frozenset(self._by_first)

    def match(self, words: Sequence[str], i: int) -> tuple[int, str] | None:
        """(length in tokens, value) of the longest entry starting at `words[i]`, or None."""
        for phrase, value in self._by_first.get(words[i], ()):
            n = len(phrase)
            if tuple(words[i : i + n]) == phrase:
                return n, value
        return None


@dataclass(frozen=True, slots=True)
class Body:
    """A kind of body: its short name, category and the level words it takes."""

    short: str
    category: str
    default_level: str | None = None  # level when the text names a region but no level word


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
    "bakesbangpol": Body("Kesbangpol", "government"),
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
    "kejari": Body("Kejari", "judiciary", "kabupaten"),
    "kejaksaan negeri": Body("Kejaksaan Negeri", "judiciary", "kabupaten"),
    "kejati": Body("Kejati", "judiciary", "provinsi"),
    "kejaksaan tinggi": Body("Kejaksaan Tinggi", "judiciary", "provinsi"),
    "mk": Body("MK", "judiciary", "ri"),
    "binda": Body("Binda", "intelligence", "provinsi"),
    "forkopimda": Body("Forkopimda", "government"),
}

# Long forms as the press writes them, mapped onto a short name in BODIES.
BODY_LONG: dict[str, str] = {
    "komisi pemilihan umum": "kpu",
    "komisi independen pemilihan": "kip",
    "badan pengawas pemilihan umum": "bawaslu",
    "badan pengawas pemilu": "bawaslu",
    "panitia pengawas pemilihan": "panwaslih",
    "panitia pengawas pemilu": "panwaslu",
    "dewan kehormatan penyelenggara pemilu": "dkpp",
    "dewan kehormatan penyelenggara pemilihan umum": "dkpp",
    "panitia pemilihan kecamatan": "ppk",
    "panitia pemungutan suara": "pps",
    "kelompok penyelenggara pemungutan suara": "kpps",
    "panitia pengawas kecamatan": "panwascam",
    "panitia pengawas pemilihan kecamatan": "panwascam",
    "panitia pengawas pemilu kecamatan": "panwascam",
    "panwaslu kecamatan": "panwascam",
    "dewan perwakilan rakyat daerah": "dprd",
    "dewan perwakilan rakyat aceh": "dpra",
    "dewan perwakilan rakyat kabupaten": "dprk",
    "dewan perwakilan rakyat": "dpr",
    "majelis permusyawaratan rakyat": "mpr",
    "pemerintah kabupaten": "pemkab",
    "pemerintah kota": "pemkot",
    "pemerintah provinsi": "pemprov",
    "pemerintah daerah": "pemda",
    "sekretariat daerah": "setda",
    "badan kesatuan bangsa dan politik": "kesbangpol",
    "badan kesbangpol": "kesbangpol",
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
    "garuda": ("Partai Garuda", "garuda"),
    "partai garda republik indonesia": ("Partai Garuda", "garuda"),
    "partai aceh": ("Partai Aceh", "partai-aceh"),
}
PARTY_UNITS = frozenset({"dpd", "dpw", "dpc", "dpp", "ranting", "pac"})

# Heads of other organisations, followed by their capitalised name ("Universitas Padjadjaran").
ORG_HEADS = frozenset({
    "universitas", "institut", "sekolah", "stkip", "stit", "stie", "poltek", "politeknik",
    "dinas", "kementerian", "lembaga", "yayasan", "rutan", "lapas", "bank", "bpjs", "bem", "hmi",
    "pmii", "gmni", "kammi", "imm", "rsud", "pengadilan", "ombudsman", "sma", "smk",
    "smp", "sman", "smkn", "man", "ijti", "pwi", "aji", "kadin", "mui", "nu",
    "muhammadiyah", "bmkg", "bps", "bpbd", "kesbangpol", "disdukcapil", "diskominfo", "kpid",
    "aliansi", "asosiasi", "persatuan", "himpunan", "ikatan", "forum", "komunitas", "karang",
    "organisasi", "perkumpulan", "koalisi", "fraksi", "gerakan", "jaringan", "perhimpunan", "kanwil",
})  # fmt: skip
# Of those, the ones that are a whole organisation name by themselves.
ORG_STANDALONE = frozenset({
    "bpjs", "hmi", "pmii", "gmni", "kammi", "imm", "ijti", "pwi", "aji", "kadin", "mui", "bmkg",
    "bps", "bpbd", "ombudsman", "disdukcapil", "diskominfo", "kpid",
})  # fmt: skip

# Offices: surface -> canonical title. A title may be followed by a body ("Ketua KPU ...").
ROLE_TITLES: dict[str, str] = {
    "ketua": "Ketua", "wakil ketua": "Wakil Ketua", "anggota": "Anggota", "sekretaris": "Sekretaris",
    "bendahara": "Bendahara", "komisioner": "Komisioner", "ketua umum": "Ketua Umum",
    "sekretaris jenderal": "Sekretaris Jenderal", "sekjen": "Sekjen", "ketum": "Ketua Umum",
    "ketua majelis": "Ketua Majelis", "ketua harian": "Ketua Harian",
    "koordinator sekretariat": "Koordinator Sekretariat", "kepala sekretariat": "Kepala Sekretariat",
    "sekretaris daerah": "Sekretaris Daerah", "sekda": "Sekda", "asisten": "Asisten",
    "bupati": "Bupati", "wakil bupati": "Wakil Bupati", "wabup": "Wakil Bupati",
    "wali kota": "Wali Kota", "walikota": "Wali Kota", "wakil wali kota": "Wakil Wali Kota",
    "wakil walikota": "Wakil Wali Kota", "wawali": "Wakil Wali Kota",
    "gubernur": "Gubernur", "wakil gubernur": "Wakil Gubernur", "wagub": "Wakil Gubernur",
    "camat": "Camat", "lurah": "Lurah", "kepala desa": "Kepala Desa", "kades": "Kepala Desa",
    "kapolres": "Kapolres", "kapolresta": "Kapolresta", "kapolrestabes": "Kapolrestabes",
    "kapolda": "Kapolda", "wakapolres": "Wakapolres", "wakapolda": "Wakapolda",
    "wakapolresta": "Wakapolresta", "kapolsek": "Kapolsek", "kapolri": "Kapolri",
    "dandim": "Dandim", "danrem": "Danrem", "danramil": "Danramil", "pangdam": "Pangdam",
    "kajari": "Kajari", "kajati": "Kajati", "kabinda": "Kabinda", "kasat": "Kasat",
    "kabag": "Kabag", "kepala bagian": "Kepala Bagian", "kasubag": "Kasubag",
    "kasubbag": "Kasubbag", "kepala sub bagian": "Kepala Sub Bagian", "kasi": "Kasi",
    "kasubsi": "Kasubsi", "kepala": "Kepala", "kadis": "Kadis", "kaban": "Kaban",
    "direktur": "Direktur", "rektor": "Rektor", "dekan": "Dekan", "wakil dekan": "Wakil Dekan",
    "dosen": "Dosen", "pengamat": "Pengamat", "pengasuh": "Pengasuh", "inspektur": "Inspektur",
    "kepala biro": "Kepala Biro", "karo": "Karo", "ketua tim": "Ketua Tim", "guru besar": "Guru Besar", "peneliti": "Peneliti", "menteri": "Menteri", "presiden": "Presiden",
    "kordiv": "Kordiv", "koordiv": "Kordiv", "koordinator divisi": "Koordinator Divisi",
    "ketua divisi": "Ketua Divisi", "kadiv": "Kadiv", "kepala divisi": "Kepala Divisi",
    "anggota divisi": "Anggota Divisi", "staf ahli": "Staf Ahli", "anggotanya": "Anggota",
    "panglima": "Panglima", "karoops": "Karoops", "kabag ops": "Kabag Ops", "wadir": "Wadir",
    "kasat reskrim": "Kasat Reskrim", "kasat intelkam": "Kasat Intelkam", "dirintelkam": "Dirintelkam",
}  # fmt: skip

# Titles whose office implies a body in the named region: "Kapolres Kukar" -> Polres Kukar.
IMPLIED_BODY: dict[str, str] = {
    "bupati": "pemkab", "wakil bupati": "pemkab", "wali kota": "pemkot",
    "wakil wali kota": "pemkot", "gubernur": "pemprov", "wakil gubernur": "pemprov",
    "sekretaris daerah": "setda", "sekda": "setda", "kapolres": "polres", "wakapolres": "polres",
    "kapolresta": "polresta", "wakapolresta": "polresta", "kapolrestabes": "polrestabes",
    "kapolda": "polda", "wakapolda": "polda", "dandim": "kodim", "pangdam": "kodam",
    "danrem": "korem", "danramil": "koramil", "kajari": "kejari", "kajati": "kejati",
    "kabinda": "binda", "kapolsek": "polsek", "panglima": "kodam",
}  # fmt: skip

# Titles that end only where a division name ends ("Kordiv Hukum dan Pengawasan").
DIVISION_TITLES = frozenset({
    "kordiv", "koordiv", "koordinator divisi", "ketua divisi", "kadiv", "kepala divisi",
    "anggota divisi", "divisi",
})  # fmt: skip
DIVISION_WORDS = frozenset({
    "hukum", "pengawasan", "teknis", "penyelenggaraan", "sosialisasi", "pendidikan", "pemilih",
    "partisipasi", "masyarakat", "sdm", "sumber", "daya", "manusia", "litbang", "penelitian",
    "pengembangan", "perencanaan", "data", "informasi", "keuangan", "umum", "logistik", "rumah",
    "tangga", "organisasi", "penanganan", "pelanggaran", "pencegahan", "hubungan", "antar",
    "antarlembaga", "lembaga", "humas", "parmas", "datin", "program", "penyelesaian", "sengketa",
    "proses", "pemilu", "pemilihan", "dan", "&", "kepegawaian", "administrasi", "hubal",
    "hukum,", "parhumas", "kehumasan", "partisipasi,", "penindakan", "pengendalian", "internal",
})  # fmt: skip
# Titles of a university or a research body: the office is named without the faculty.
ACADEMIC_TITLES = frozenset({"dosen", "rektor", "guru besar", "peneliti", "pengamat"})
# Titles that take a capitalised unit name ("Kepala Badan Kesbangpol", "Kasubag Hukum").
UNIT_TITLES = frozenset({
    "pengasuh", "kepala biro", "karo", "ketua tim",
    "kepala", "kabag", "kepala bagian", "kasubag", "kasubbag", "kepala sub bagian", "kasi",
    "kasubsi", "kadis", "kaban", "asisten", "direktur", "dekan", "wakil dekan", "kasat",
    "staf ahli", "koordinator sekretariat",
})  # fmt: skip

STATUS_PREFIXES: dict[str, str] = {
    "pj": "acting", "penjabat": "acting", "plt": "acting", "pelaksana tugas": "acting",
    "plh": "acting", "pelaksana harian": "acting", "mantan": "former", "eks": "former",
    "bekas": "former",
}  # fmt: skip
STATUS_LABEL = {
    "pj": "Pj",
    "penjabat": "Pj",
    "plt": "Plt",
    "pelaksana tugas": "Plt",
    "plh": "Plh",
    "pelaksana harian": "Plh",
    "mantan": "mantan",
    "eks": "mantan",
    "bekas": "mantan",
}

# Honorifics and ranks written before a name; degrees written after it.
HONORIFICS = frozenset({
    "h", "hj", "dr", "drs", "dra", "ir", "prof", "kh", "k.h", "ust", "ustadz", "tgk", "teungku", "tb",
    "hc", "habib", "sayyid", "andi", "raden", "rd", "bapak", "ibu", "pak", "bu", "tuan", "mgs",
    "kgs", "nyimas",
})  # fmt: skip
# "Andi", "Habib", "Raden" are also given names; they are kept in the name (see persons.py).
NAME_PARTICLE_HONORIFICS = frozenset({"andi", "habib", "raden", "tgk", "teungku", "tb"})
RANKS = frozenset({
    "akbp", "akp", "kompol", "iptu", "ipda", "aiptu", "aipda", "bripka", "brigpol", "brigjen",
    "irjen", "kombes", "komjen", "jenderal", "letkol", "kolonel", "mayor", "kapten", "lettu",
    "letda", "serka", "sertu", "serda", "peltu", "pelda", "mayjen", "laksma", "marsma", "laksda",
    "marsda", "letjen", "brigadir", "bripda", "briptu", "kopda", "praka", "pratu",
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
        "(p)",
    }
)
DEGREE_TOKENS = frozenset({
    "sh", "se", "sag", "sos", "ssos", "sip", "spd", "skom", "st", "shi", "sm", "sikom", "stp",
    "mh", "msi", "mm", "ma", "mpd", "mag", "mkn", "mt", "msc", "mba", "phd", "lc", "ak", "ssi",
    "spt", "sth", "shut", "sp", "sked", "mkes", "skm", "mkom", "mhum", "shum", "sfil", "mp",
    "ms", "ds", "mkp", "map", "mpa", "sthi", "sh.i", "me", "msos", "mpsi", "spsi",
    "spdi", "mpdi", "ssy", "mhi", "mii", "cpa", "cfp", "sstp", "ipdn", "mtr", "sst", "mr",
})  # fmt: skip

# Event heads and the modifier words that belong to an event's name.
EVENT_HEADS: dict[str, str] = {
    "rapat": "rapat", "rakor": "rapat koordinasi", "rakornas": "rapat koordinasi nasional",
    "rakorda": "rapat koordinasi daerah", "rakornis": "rapat koordinasi teknis",
    "rapat koordinasi": "rapat koordinasi", "rapat pleno": "rapat pleno", "pleno": "rapat pleno",
    "rapat paripurna": "rapat paripurna", "paripurna": "rapat paripurna",
    "debat": "debat", "debat publik": "debat", "debat terbuka": "debat",
    "bimbingan teknis": "bimbingan teknis", "bimtek": "bimbingan teknis",
    "sosialisasi": "sosialisasi", "pelantikan": "pelantikan", "pengambilan sumpah": "pelantikan",
    "apel": "apel", "apel siaga": "apel", "deklarasi": "deklarasi", "pengundian": "pengundian",
    "uji publik": "uji publik", "sidang": "sidang", "konsolidasi": "konsolidasi",
    "kampanye akbar": "kampanye",
    "rapat kerja": "rapat kerja", "raker": "rapat kerja", "rakerda": "rapat kerja daerah",
    "focus group discussion": "diskusi", "fgd": "diskusi", "diskusi": "diskusi",
    "seminar": "seminar", "lokakarya": "lokakarya", "workshop": "lokakarya",
    "kirab": "kirab", "pawai": "pawai", "doa bersama": "doa bersama", "istighosah": "doa bersama",
    "rapat evaluasi": "rapat",
    "launching": "peluncuran", "peluncuran": "peluncuran",
    "gladi": "gladi", "gladi bersih": "gladi", "penyerahan": "penyerahan",
    "pemeriksaan": "pemeriksaan", "penandatanganan": "penandatanganan", "evaluasi": "evaluasi",
    "rekapitulasi": "rekapitulasi", "penetapan": "penetapan", "kampanye": "kampanye",
    "pembukaan": "pembukaan", "penutupan": "penutupan", "pemaparan": "pemaparan",
    "peresmian": "peresmian", "simulasi": "simulasi", "pelepasan": "pelepasan", "upacara": "upacara", "pengucapan sumpah": "pelantikan",
    "silaturahmi": "silaturahmi", "audiensi": "audiensi",
}  # fmt: skip
# Heads that name an event only in a sentence about one ("penetapan" is often just a decision).
WEAK_EVENT_HEADS = frozenset({
    "penyerahan", "pemeriksaan", "penandatanganan", "evaluasi", "rekapitulasi", "penetapan",
    "kampanye", "pembukaan", "penutupan", "pemaparan", "peresmian", "pelepasan",
})  # fmt: skip
EVENT_CONTEXT = frozenset({
    "menggelar", "mengadakan", "menyelenggarakan", "melaksanakan", "digelar", "diselenggarakan",
    "diadakan", "dilaksanakan", "berlangsung", "hadir", "dihadiri", "menghadiri", "mengikuti",
    "diikuti", "dibuka", "membuka", "dipimpin", "memimpin", "disaksikan", "menyaksikan",
    "menjalani", "dilakukan",
})  # fmt: skip
# Words that end an event's name.
EVENT_STOP = frozenset({
    "di", "yang", "pada", "untuk", "dengan", "oleh", "bagi", "ke", "dari", "dalam", "sebagai",
    "itu", "ini", "tersebut", "serta", "atau", "akan", "telah", "sudah", "juga", "hari", "pukul",
    "sejak", "hingga", "sampai", "bersama", "karena", "agar", "secara", "kali", "resmi", "kembali",
    "guna", "demi", "menjelang", "jelang", "setelah", "sebelum", "usai", "seusai", "lalu",
    "mendatang", "tadi", "kemarin", "besok", "nanti", "pun", "tak", "tidak", "belum", "masih",
    "hanya", "saja", "lebih", "sangat", "para", "seluruh", "sebanyak", "sekitar", "antara", "atas",
    "kepada", "terhadap", "tentang", "melalui", "sesuai", "mulai", "jika", "saat", "ketika", "bahwa",
    "adalah", "merupakan", "ialah", "yakni", "yaitu", "sekaligus", "sementara", "namun", "tetapi",
    "bisa", "dapat", "harus", "perlu", "ingin", "mau", "baru", "pertama", "kedua", "malam", "pagi",
    "siang", "sore", "wib", "wita", "wit", "the", "terkait", "turut", "kemudian", "langsung", "segera", "lagi",
    "tetap", "pula", "terus", "sempat", "akhirnya", "dua", "tiga", "empat", "lima", "enam",
    "tujuh", "delapan", "sembilan", "sepuluh", "puluhan", "ratusan", "ribuan", "berjalan",
    "perdana", "ketiga", "terakhir", "selesai", "rampung", "tuntas", "ditutup",
})  # fmt: skip
# Words that continue an event's name in lower case ("rapat pleno terbuka rekapitulasi ...").
EVENT_WORDS = frozenset({
    "koordinasi", "pleno", "terbuka", "rekapitulasi", "hasil", "penghitungan", "perhitungan",
    "perolehan", "suara", "tingkat", "kabupaten", "kota", "provinsi", "kecamatan", "publik",
    "perdana", "pertama", "kedua", "ketiga", "keempat", "terakhir", "putaran", "siaga", "teknis",
    "nomor", "urut", "penetapan", "pengumuman", "paripurna", "kampanye", "damai",
    "pengawasan", "partisipatif", "pendidikan", "pemilih", "pemula",
    "eksternal", "internal", "evaluasi", "pengamanan", "kesiapan", "netralitas", "asn",
    "tahapan", "pasangan", "calon", "bupati", "wali", "gubernur", "wakil", "dan", "serentak",
    "masa", "tenang", "pemungutan", "nasional", "daerah", "kerja", "bersama",
    "kepada", "bagi", "badan", "adhoc", "ad", "hoc", "pembacaan", "putusan", "pemeriksaan",
    "anggota", "ppk", "pps", "kpps", "pantarlih", "panwascam", "pengambilan", "sumpah", "janji",
    "terpilih", "penyerahan", "rekomendasi", "dukungan", "pengundian", "penyusunan", "daftar",
    "tetap", "sementara", "logistik", "distribusi",
})  # fmt: skip
# Of those, the ones that must not end an event name.
EVENT_TRAILING_STOP = frozenset(
    {
        "dan",
        "bagi",
        "kepada",
        "terkait",
        "tingkat",
        "nomor",
        "masa",
        "wakil",
        "pasangan",
        "calon",
        "bersama",
        "dukungan",
    }
)

# Elections: "Pilkada Serentak 2024", "Pilbup Jepara", "Pemilihan Bupati dan Wakil Bupati X 2024".
ELECTION_HEADS: dict[str, str] = {
    "pilkada": "Pilkada", "pemilukada": "Pilkada", "pilbup": "Pilbup", "pilwalkot": "Pilwalkot",
    "pilwali": "Pilwalkot", "pilwako": "Pilwalkot", "pilgub": "Pilgub", "pemilu": "Pemilu",
    "pileg": "Pileg", "pilpres": "Pilpres", "pemilihan umum": "Pemilu",
    "pemilihan kepala daerah": "Pilkada", "pemilihan serentak": "Pemilihan Serentak",
    "pemilihan gubernur dan wakil gubernur": "Pemilihan Gubernur dan Wakil Gubernur",
    "pemilihan bupati dan wakil bupati": "Pemilihan Bupati dan Wakil Bupati",
    "pemilihan wali kota dan wakil wali kota": "Pemilihan Wali Kota dan Wakil Wali Kota",
    "pemilihan walikota dan wakil walikota": "Pemilihan Wali Kota dan Wakil Wali Kota",
    "pemilihan gubernur": "Pemilihan Gubernur", "pemilihan bupati": "Pemilihan Bupati",
    "pemilihan wali kota": "Pemilihan Wali Kota", "pemilihan walikota": "Pemilihan Wali Kota",
    "pemilihan presiden": "Pilpres", "pemilihan legislatif": "Pileg",
}  # fmt: skip

# Venue heads: "Gedung Sejuta Sungkai", "Hotel Grand Lembang Asri", "Aula KPU ...".
VENUE_HEADS = frozenset({
    "gedung", "hotel", "aula", "ballroom", "lapangan", "taman", "balai", "pendopo", "pendapa",
    "hall", "ruang", "wisma", "graha", "stadion", "gor", "masjid", "alun", "kantor", "rumah",
    "pelataran", "halaman", "auditorium", "convention", "islamic", "tugu", "sma", "lantai",
})  # fmt: skip

MONTHS = frozenset({
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
    "oktober", "november", "desember",
})  # fmt: skip
WEEKDAYS = frozenset(
    {"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad"}
)

# Capitalised words that start sentences or name things but are never (part of) a person's name.
NOT_NAME = frozenset({
    "dalam", "rapat", "sementara", "menurut", "selain", "kegiatan", "acara", "ia", "mereka", "kami",
    "kita", "hal", "para", "pihak", "saat", "usai", "setelah", "sebelum", "dengan", "untuk", "pada",
    "di", "ke", "dari", "yang", "itu", "ini", "namun", "tetapi", "adapun", "sedangkan", "kemudian",
    "lalu", "selanjutnya", "sebelumnya", "sehingga", "karena", "jika", "kalau", "agar", "supaya",
    "bahkan", "juga", "pun", "turut", "tampak", "hadir", "hadirnya", "sebanyak", "sejumlah",
    "seluruh", "semua", "setiap", "tiap", "masing", "kedua", "ketiga", "keempat", "pertama", "dua",
    "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "ratusan",
    "puluhan", "ribuan", "sekitar", "hingga", "sampai", "sejak", "tahun", "periode", "nomor",
    "pasangan", "paslon", "calon", "cabup", "cawabup", "cagub", "cawagub", "cawalkot", "kandidat",
    "bakal", "partai", "pilkada", "pemilu", "pemilihan", "debat", "deklarasi", "apel", "sosialisasi",
    "bimtek", "pelantikan", "pleno", "paripurna", "sidang", "kantor", "gedung", "hotel", "jalan",
    "jl", "kecamatan", "desa", "kelurahan", "kabupaten", "kota", "provinsi", "indonesia", "republik",
    "negara", "pemerintah", "dinas", "badan", "komisi", "dewan", "panitia", "kelompok", "undang",
    "peraturan", "keputusan", "surat", "berita", "foto", "baca", "dok", "humas",
    "tim", "saksi", "warga", "masyarakat", "pemilih", "ketua", "wakil", "anggota", "sekretaris",
    "kepala", "tps", "apbd", "kpu", "bawaslu", "allah", "insya", "tuhan", "presiden", "menteri",
    "wib", "wit", "wita", "pukul", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "ahad",
    "tema", "bertema", "dia", "beliau", "sang", "kini", "begitu", "demikian", "oleh",
    "bersama", "didampingi", "diwakili", "dipimpin", "bertindak", "sebagai", "selaku", "yakni",
    "yaitu", "antara", "lain", "atas", "terhadap", "tentang", "melalui", "sesuai", "serta", "dan",
    "atau", "tak", "tidak", "belum", "sudah", "telah", "akan", "harus", "bisa", "dapat", "mari",
    "senada", "sebagaimana", "termasuk", "mulai", "terkait", "apalagi", "meski", "meskipun",
    "walaupun", "sekretariat", "divisi", "kordiv", "kadiv", "sdm", "pj", "plt", "plh",
    "penjabat", "mantan", "daerah", "pusat", "nasional", "forkopimda", "opd", "tni", "polri",
    "operasi", "aparatur", "asn", "sirekap", "ktp", "dpt", "dps", "dptb", "model", "formulir",
    "panelis", "moderator", "narasumber", "peserta", "pendukung", "simpatisan", "relawan",
    "suasana", "pagi", "siang", "sore", "malam", "hari", "pekan", "bulan", "selamat",
    "terima", "kasih", "vs", "versus", "terpilih", "negeri", "duel", "teradu", "pengadu", "assalamualaikum", "wassalamualaikum", "sayangnya", "terlebih",
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
    "koalisi", "fraksi", "rapat", "surat", "keputusan", "berita", "kartu", "daftar", "formulir",
    "kecamatan", "kabupaten", "kota", "provinsi", "pemilihan", "pemilu", "pilkada", "teradu",
    "pengadu", "majelis", "ruang", "sidang", "kelompok", "karang", "organisasi", "perkumpulan",
    "fakultas", "jurusan", "prodi", "bem", "osis", "sma", "smk", "smp", "sd", "slb",
    "kanwil", "edaran", "bumi", "resort", "villa", "cafe", "kafe", "restoran",
})  # fmt: skip

SPEECH_VERBS = frozenset({
    "ujar", "kata", "tegas", "jelas", "ungkap", "tutur", "ucap", "imbuh", "tambah", "terang",
    "sebut", "papar", "pungkas", "lanjut", "tukas", "seru", "ajak", "harap", "pinta",
    "katanya", "ujarnya", "tegasnya", "jelasnya", "ungkapnya", "tuturnya", "ucapnya", "imbuhnya",
    "tambahnya", "terangnya", "sebutnya", "paparnya", "pungkasnya", "lanjutnya", "tukasnya",
    "serunya", "ajaknya", "harapnya", "pintanya", "kata dia", "ujar dia", "katanya.",
})  # fmt: skip


# -- nominates and sanctions (extract/nominates.py, extract/sanctions.py) ---------------------------

# Words and phrases by which a party nominates or backs a candidate (lower case, whole words).
NOMINATION_CUES = (
    "diusung", "mengusung", "usung", "mengusungnya", "usungan", "pengusung", "diusulkan",
    "didukung", "mendukung", "dukungan", "pendukung", "disokong", "menyokong", "sokongan",
    "koalisi", "rekomendasi", "surat pencalonan", "surat tugas", "b1-kwk", "b1 - kwk",
    "dicalonkan", "mencalonkan", "diajukan", "berada di belakang", "berdiri di belakang",
    "merapat ke", "bergabung mendukung",
)  # fmt: skip
# Words that, before a cue in its clause, say the backing is denied, pending or only rumoured.
NOMINATION_BLOCKERS = frozenset({
    "tidak", "belum", "batal", "bukan", "menolak", "menunggu", "kemungkinan", "peluang", "wacana",
    "isu", "disebut-sebut", "menjajaki", "melirik", "mendaftar", "melamar", "penjaringan",
    "mencabut", "menarik", "dicabut", "ditarik", "berharap",
})  # fmt: skip
# Words that point back at the pair named before ("Keduanya diusung ...", "Pasangan ini ...").
PAIR_ANAPHORS = frozenset({"keduanya", "mereka", "ia", "dia", "beliau"})
PAIR_DEMONSTRATIVES = frozenset({"ini", "tersebut", "itu"})
PAIR_HEADS = frozenset({"pasangan", "paslon", "duet", "paket", "bapaslon"})
# Words before a name or a party that make it a place: "Jalan Mayor Ruslan", "Kantor DPD X".
NOMINATION_PLACE_WORDS = frozenset({
    "jalan", "jl", "jln", "di", "ke", "kantor", "sekretariat", "gedung", "markas", "posko",
    "rumah", "aula", "halaman",
})  # fmt: skip
# Heads of a coalition named after its first party ("Koalisi PKS, Gerindra dan Demokrat").
PARTY_GROUP_HEADS = frozenset({"koalisi", "gabungan", "poros"})
# Nicknames introduced after a name ("Nadalsyah, yang akrab disapa Koyem").
NICKNAME_CUES = frozenset({"disapa", "dipanggil", "alias", "dikenal"})

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
    "diberhentikan dari jabatan": "",
    "dicopot dari jabatan": "",
}
# Removal from the chair only: "diberhentikan dari jabatan(nya sebagai) Ketua", also with the
# person between verb and post ("memberhentikan NAME dari jabatan Ketua ...").
SANCTION_FROM_CHAIR = r"dari\s+jabatan(?:nya)?(?:\s+sebagai)?\s+ketua"
SANCTION_FROM_CHAIR_LABEL = "pemberhentian dari jabatan ketua"
# Verbs that impose a sanction on the person named after them ("menjatuhkan ... kepada NAME").
SANCTION_VERBS_ACTIVE = frozenset({
    "menjatuhkan", "dijatuhkan", "memberikan", "diberikan", "memberi", "mengganjar",
    "memberhentikan", "memecat", "mencopot", "diterima", "dikenakan", "menghukum",
})  # fmt: skip
# Verbs whose subject, named before them, receives the sanction ("NAME dijatuhi ...").
SANCTION_VERBS_PASSIVE = frozenset({
    "dijatuhi", "diganjar", "dikenai", "diberhentikan", "dipecat", "dicopot", "menerima",
    "mendapat", "mendapatkan", "diberi", "dihukum", "disanksi", "terkena",
})  # fmt: skip
# Words before the sanction in its clause that make it a demand, a threat or a pending case.
SANCTION_BLOCKERS = frozenset({
    "meminta", "menuntut", "mendesak", "mengusulkan", "berharap", "agar", "supaya", "akan",
    "terancam", "bisa", "dapat", "jika", "apabila", "bila", "menunggu", "belum", "tidak",
    "diadukan", "dilaporkan", "mengadukan", "melaporkan", "rehabilitasi", "direhabilitasi",
    "dipulihkan", "ancaman", "berpotensi", "mungkin", "seharusnya", "semestinya",
})  # fmt: skip
# "Sanksi serupa diterima NAME": the sanction named before.
SANCTION_SAME = frozenset({"serupa", "sama"})
# Bodies that impose ethics or administrative sanctions on election officials.
SANCTIONING_BODIES = frozenset({"dkpp", "bawaslu", "kpu", "kip", "panwaslih", "panwaslu"})
# A verdict that names its person only by these words refers to the person named before.
SANCTION_ANAPHORS = frozenset({"teradu", "ia", "dia", "beliau", "bersangkutan"})

def _read_words(name: str) -> frozenset[str]:
    path = Path(__file__).with_name("data") / name
    with path.open(encoding="utf-8") as f:
        return frozenset(w for w in f.read().split("\n") if w and not w.startswith("#"))


# Common lower-case Indonesian words, derived from nlp-id's tagged corpus and word lists by
# scripts/build_common_words.py. Words the press capitalises as names more often than it writes
# them in lower case ("Budi", "Sri", "Jaya") are not in it.
COMMON_WORDS = _read_words("common_words.txt")


# --- candidates, nominations, places (real news)
# More words that state a party's backing: "rekom B1KWK", "tiket parpol".
NOMINATION_CUES_MORE = ("rekom", "b1kwk", "b1.kwk", "tiket")
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
# Words inside a list of the sanctioned: "kepada NAME selaku Ketua KPU merangkap anggota, NAME".
SANCTION_LIST_FILLERS = frozenset({"selaku", "merangkap", "sebagai", "anggota", "masing-masing"})


# --- events and attendance (real news)
# Words before an event's name that make it a document or a result, not an event held:
# "surat penetapan pemenang", "salinan keputusan penetapan", "jadwal debat".
EVENT_DOCUMENT_WORDS = frozenset({
    "surat", "salinan", "keputusan", "sk", "jadwal", "undangan", "draf", "formulir", "dokumen",
    "lampiran", "berkas", "naskah",
})  # fmt: skip
# Heads too generic to tell events apart: "rapat koordinasi" and "rapat pleno" are not the same
# event because both are meetings.
EVENT_GENERIC_HEADS = frozenset({"rapat", "sidang", "acara", "kegiatan", "terbuka", "tertutup"})
# Ordinals that tell one event of a series from another ("debat pertama", "debat ketiga").
EVENT_ORDINALS: dict[str, int] = {
    "pertama": 1, "perdana": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5,
}  # fmt: skip
# Words in an event's own name that make it another event than the article's ("debat publik
# sebelumnya", "rapat berikutnya").
EVENT_OTHER_WORDS = frozenset({
    "sebelumnya", "berikutnya", "selanjutnya", "mendatang", "lalu", "kemarin", "terdahulu",
})  # fmt: skip
# Verbs by which a body holds an event beyond the host verbs: "KPU X melakukan pengundian",
# "KPU X melantik 30 anggota PPK".
HOST_VERBS_MORE = frozenset({
    "melakukan", "melantik", "lantik", "undi", "mengundi", "menggelar", "gelar",
    "menyelenggarakan", "mengadakan", "adakan",
})  # fmt: skip
# Verbs by which a body inaugurates: the inauguration is the event it hosts.
INAUGURATION_VERBS = frozenset({"melantik", "lantik", "dilantik"})
# Words between a body and its verb that keep it the subject ("KPU X mulai melakukan").
HOST_SUBJECT_FILLERS_MORE = frozenset({"mulai", "kini", "hari", "ini", "akhirnya", "pun"})
# Passive verbs whose agent, named by office after them, leads the event on behalf of the
# body ("Pelantikan dilakukan langsung Ketua KPU X").
LED_BY_VERBS = frozenset({"dipimpin", "dilakukan", "dilantik", "dibuka"})
# Verbs of a headline by which a body holds the article's event ("DPRD X Tetapkan ...").
TITLE_HOST_VERBS = frozenset({"tetapkan", "menetapkan", "sahkan", "mengesahkan"})
# Words that end an event's name the chunker ran on past a clause ("hasil pengundian maka
# kedua pasangan ...").
EVENT_LABEL_BREAKS = frozenset({
    "maka", "sehingga", "kalau", "bila", "apabila", "jika", "karena", "namun", "tapi",
})  # fmt: skip
# Topic words too common in event names to tell two events apart by ("pasangan calon
# gubernur"); two names sharing two other topic words ("nomor urut") name one event.
EVENT_TOPIC_GENERIC = frozenset({
    "dan", "calon", "pasangan", "gubernur", "wakil", "bupati", "wali", "walikota", "kota",
    "kabupaten", "provinsi", "tingkat", "tahun", "terbuka", "publik", "bagi", "kepada", "hasil",
    "suara", "pemilihan", "pilkada", "serentak", "2024", "daerah",
})  # fmt: skip
# Words just before an event that put it ahead of the text ("berhak mengikuti pengundian").
EVENT_AHEAD_WORDS = frozenset({"berhak", "akan", "bakal", "hendak", "segera", "nantinya"})
# Verbs after which "oleh X" names who backed, made, reported or broadcast something, not who
# held or attended an event ("diusung oleh PDI Perjuangan", "disiarkan langsung oleh Mitra TV").
BY_NOT_AT_EVENT = frozenset({
    "diusung", "didukung", "dibuat", "dilaporkan", "disiarkan", "diadukan", "diajukan",
    "diterbitkan", "dikeluarkan", "diusulkan", "ditayangkan", "diliput", "dirilis", "disiapkan",
    "dibiayai", "dikirim", "ditulis",
})  # fmt: skip
# Words after which the persons named in the sentence were not there: "tidak tampak hadir",
# "tidak hadir", "berhalangan hadir", "absen".
# Absence: "berhalangan", "tidak hadir", "belum tampak"; a clause about it ends at a break.
ABSENCE_CUES = frozenset({"berhalangan", "absen", "ketidakhadiran"})
NEGATIONS = frozenset({"tidak", "tak", "belum", "batal", "enggan"})
PRESENCE_WORDS = frozenset({"hadir", "menghadiri", "mengikuti", "datang", "tampak", "terlihat"})
CLAUSE_BREAKS = frozenset({"namun", "tetapi", "tapi", "sedangkan", "sementara", "diwakili", ";"})
# "hadir tanpa didampingi X": X was not there.
WITHOUT_WORDS = frozenset({"tanpa"})

# --- names and offices, round 2
BODIES["pa"] = Body("PA", "judiciary", "kabupaten")  # Pengadilan Agama
BODY_LONG["pengadilan agama"] = "pa"
ORG_HEADS = ORG_HEADS | {"iain", "uin", "stain"}
ROLE_TITLES.update({
    "komandan": "Komandan", "sekdakab": "Sekda", "sekdaprov": "Sekda", "sekdakot": "Sekda",
    "akademisi": "Akademisi", "menteri dalam negeri": "Menteri Dalam Negeri",
    "mendagri": "Mendagri", "wakil rektor": "Wakil Rektor",
})  # fmt: skip
IMPLIED_BODY.update({"sekdakab": "setda", "sekdaprov": "setda", "sekdakot": "setda"})
ACADEMIC_TITLES = ACADEMIC_TITLES | {"akademisi", "wakil rektor"}
# Ministers whose title names their ministry.
MINISTER_BODY: dict[str, str] = {"menteri dalam negeri": "kemendagri", "mendagri": "kemendagri"}
# Words between an office's title and its body that qualify the office: "Wakil Ketua I DPRD",
# "Ketua Sementara DPRD"; after the body, "DPRD Demisioner".
OFFICE_ORDINALS = frozenset({"i", "ii", "iii", "iv", "v"})
OFFICE_QUALIFIERS = frozenset({"sementara", "demisioner"})
# Case roles in an ethics hearing, numbered with a Roman numeral: "Teradu I", "Pengadu II".
NUMBERED_PARTIES = frozenset({"teradu", "pengadu", "terlapor", "pelapor", "saksi", "pihak"})
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
NOT_NAME = NOT_NAME | {"prof"}
DEGREE_TOKENS = DEGREE_TOKENS | {"mikom", "msi", "mip", "mkm", "mpdi", "sagr", "spdi", "sthi"}
# Given-name abbreviations written glued to the name: "M.Azis", "Moh.Ramli".
GLUED_NAME_ABBREVIATIONS = frozenset({"M", "Muh", "Moh", "Moch", "Mhd", "Abd"})
DIVISION_WORDS = DIVISION_WORDS | {"penyelenggara", "sdm", "parmas", "rendatin", "kampanye"}
# Offices a list of persons can share: "A, B dan C selaku anggota KPU X".
SHARED_OFFICES = frozenset({"anggota", "komisioner", "anggota divisi"})
