"""Offices: role titles, the bodies they imply, divisions, status prefixes, qualifiers."""

from __future__ import annotations

__all__ = [
    "ACADEMIC_TITLES",
    "ACADEMIC_UNITS",
    "ACTING_HEAD_OFFICES",
    "BALLOT_NUMBER_WORDS",
    "CAMPUS_UNITS",
    "CAMPUS_UNIT_HEADS",
    "CANDIDATE_WORDS",
    "CASE_NUMERALS",
    "DIVISION_BODIES",
    "DIVISION_TITLES",
    "DIVISION_WORDS",
    "ELECTED_OFFICES",
    "ELECTING_VERBS",
    "EVENT_FUNCTIONS",
    "EVENT_LEADER_OFFICES",
    "IMPLIED_BODY",
    "INHERITING_OFFICES",
    "LOWER_CASE_OFFICES",
    "MINISTER_BODY",
    "NON_CANDIDATE_GROUPS",
    "NOW_WORDS",
    "OFFICE_ALSO_WORDS",
    "OFFICE_CLAUSE_WORDS",
    "OFFICE_ORDINALS",
    "OFFICE_PAIR_JOINERS",
    "OFFICE_QUALIFIERS",
    "OFFICE_SOUGHT_WORDS",
    "ORDINAL_WORDS",
    "OTHERS_WORDS",
    "ROLE_TITLES",
    "SECTION_TITLES",
    "SHARED_OFFICES",
    "SOUGHT_OFFICES",
    "STATUS_LABEL",
    "STATUS_PREFIXES",
    "UNIT_TITLES",
]

# Offices: surface -> canonical title. A title may be followed by a body ("Ketua KPU ...").
ROLE_TITLES: dict[str, str] = {
    "anggota majelis": "Anggota Majelis", "ketua majelis sidang": "Ketua Majelis Sidang",
    "anggota majelis sidang": "Anggota Majelis Sidang",
    "ketua majelis pemeriksa": "Ketua Majelis Pemeriksa",  # a Bawaslu hearing's panel
    "anggota majelis pemeriksa": "Anggota Majelis Pemeriksa",
    "ketua": "Ketua", "wakil ketua": "Wakil Ketua", "anggota": "Anggota", "sekretaris": "Sekretaris",
    "wakil": "Wakil",  # "Wakil DPRD Bangli NAME": a deputy chair named by "Wakil" alone
    "bendahara": "Bendahara", "komisioner": "Komisioner", "ketua umum": "Ketua Umum",
    "sekretaris jenderal": "Sekretaris Jenderal", "sekjen": "Sekjen", "ketum": "Ketua Umum",
    "sekretaris jendral": "Sekretaris Jenderal", "sekjend": "Sekjen",  # as often spelt
    "ketua majelis": "Ketua Majelis", "ketua majelis hakim": "Ketua Majelis Hakim",
    "anggota majelis hakim": "Anggota Majelis Hakim", "ketua harian": "Ketua Harian",
    "koordinator sekretariat": "Koordinator Sekretariat", "kepala sekretariat": "Kepala Sekretariat",
    "sekretaris daerah": "Sekretaris Daerah", "sekda": "Sekda", "asisten": "Asisten",
    "bupati": "Bupati", "wakil bupati": "Wakil Bupati", "wabup": "Wakil Bupati",
    "wali kota": "Wali Kota", "walikota": "Wali Kota", "wakil wali kota": "Wakil Wali Kota",
    "wakil walikota": "Wakil Wali Kota", "wawali": "Wakil Wali Kota",
    "wawalkot": "Wakil Wali Kota", "walkot": "Wali Kota",
    "gubernur": "Gubernur", "wakil gubernur": "Wakil Gubernur", "wagub": "Wakil Gubernur",
    "camat": "Camat", "lurah": "Lurah", "kepala desa": "Kepala Desa", "kades": "Kepala Desa",
    "kapolres": "Kapolres", "kapolresta": "Kapolresta", "kapolrestabes": "Kapolrestabes",
    "kapolda": "Kapolda", "wakapolres": "Wakapolres", "wakapolda": "Wakapolda",
    "wakapolresta": "Wakapolresta", "kapolsek": "Kapolsek", "kapolri": "Kapolri",
    "dandim": "Dandim", "danrem": "Danrem", "danramil": "Danramil", "pangdam": "Pangdam",
    "komandan distrik militer": "Dandim", "komandan komando distrik militer": "Dandim",
    "kajari": "Kajari", "kajati": "Kajati", "kalapas": "Kalapas", "kabinda": "Kabinda",
    "kasat": "Kasat", "kanit": "Kanit", "dir": "Dir",
    "kabag": "Kabag", "kepala bagian": "Kepala Bagian", "kasubag": "Kasubag",
    "kasubbag": "Kasubbag", "kepala sub bagian": "Kepala Sub Bagian", "kasi": "Kasi", "kasie": "Kasie",
    "kasubsi": "Kasubsi", "kepala": "Kepala", "kadis": "Kadis", "kaban": "Kaban",
    "kakan": "Kakan",  # an office's head: "Kakan Kesbangpol Sarolangun"
    # a school's head and deputies, where voters are taught: "Wakasek Humas SMA Negeri 1 X, NAME"
    "kepala sekolah": "Kepala Sekolah", "kepsek": "Kepala Sekolah", "wakasek": "Wakasek",
    "wakil kepala sekolah": "Wakil Kepala Sekolah",
    # a village's police and army officers: "Bhabinkamtibmas Desa X, Aiptu NAME"
    "bhabinkamtibmas": "Bhabinkamtibmas", "babinkamtibmas": "Bhabinkamtibmas", "babinsa": "Babinsa",
    # a regency agency's head by its glued short form: "Kadishub", "Kadisdik", "Kadinkes"
    "kadishub": "Kadishub", "kadisdik": "Kadisdik", "kadinkes": "Kadinkes",
    "kadiskominfo": "Kadiskominfo", "kadisdukcapil": "Kadisdukcapil", "kadispora": "Kadispora",
    "kadinsos": "Kadinsos",
    "direktur": "Direktur", "rektor": "Rektor", "dekan": "Dekan", "wakil dekan": "Wakil Dekan",
    "dosen": "Dosen", "pengamat": "Pengamat", "pengasuh": "Pengasuh", "inspektur": "Inspektur",
    "dosen tetap": "Dosen Tetap", "advokat": "Advokat", "notaris": "Notaris",
    "pemerhati": "Pemerhati", "moderator": "Moderator", "panelis": "Panelis",
    "kepala biro": "Kepala Biro", "karo": "Karo", "ketua tim": "Ketua Tim", "guru besar": "Guru Besar", "jaksa": "Jaksa", "peneliti": "Peneliti", "menteri": "Menteri", "presiden": "Presiden",
    "wakil presiden": "Wakil Presiden",
    "kordiv": "Kordiv", "koordiv": "Kordiv", "koordinator divisi": "Koordinator Divisi",
    "wakil kordiv": "Wakil Kordiv", "wakil koordinator divisi": "Wakil Koordinator Divisi",
    "ketua divisi": "Ketua Divisi", "kadiv": "Kadiv", "kepala divisi": "Kepala Divisi",
    "anggota divisi": "Anggota Divisi", "staf ahli": "Staf Ahli", "anggotanya": "Anggota",
    "panglima": "Panglima", "karoops": "Karoops", "kabag ops": "Kabag Ops", "wadir": "Wadir",
    "kasat reskrim": "Kasat Reskrim", "kasat intelkam": "Kasat Intelkam", "dirintelkam": "Dirintelkam",
    "komandan": "Komandan", "sekdakab": "Sekda", "sekdaprov": "Sekda", "sekdakot": "Sekda",
    "akademisi": "Akademisi", "menteri dalam negeri": "Menteri Dalam Negeri",
    "mendagri": "Mendagri", "wakil rektor": "Wakil Rektor",
    "wamendagri": "Wamendagri", "wakil menteri dalam negeri": "Wakil Menteri Dalam Negeri",
    "wakil menteri": "Wakil Menteri", "wamen": "Wamen",
    "menteri koordinator": "Menteri Koordinator", "menko": "Menko",
    "menkopolhukam": "Menkopolhukam", "menpolhukam": "Menpolhukam",
    "wako": "Wali Kota", "wawako": "Wakil Wali Kota", "pasiter": "Pasiter", "kasdim": "Kasdim",
    "danlanal": "Danlanal", "danlanud": "Danlanud", "danyon": "Danyon",
    "wadanyon": "Wadanyon", "dirjen": "Dirjen", "direktur jenderal": "Direktur Jenderal",
    # the staff officers of a police or military command ("Irwasda Polda NTT Kombes Pol. A",
    # "Kasiops 161/WS Kolonel Inf B", "Asops Danlantamal VII", "Kadisops Lanud El Tari")
    "irwasda": "Irwasda", "kasiops": "Kasiops", "asops": "Asops", "kadisops": "Kadisops",
    "dirreskrimum": "Dirreskrimum", "dirreskrimsus": "Dirreskrimsus", "direskrimum": "Dirreskrimum",
    "direskrimsus": "Dirreskrimsus", "diresnarkoba": "Dirresnarkoba", "dirresnarkoba": "Dirresnarkoba",
    "dirlantas": "Dirlantas",
    "dirsamapta": "Dirsamapta", "kabidhumas": "Kabidhumas", "kabidpropam": "Kabidpropam",
    "kasatlantas": "Kasatlantas", "kasatsamapta": "Kasatsamapta", "dansatpom": "Dansatpom",
    "kabid": "Kabid", "koordinator": "Koordinator",
    # a body's coordinator for a region: "Korwil Bawaslu Provinsi Sulsel NAME"
    "korwil": "Korwil",
    "sekwil": "Sekwil",  # a party's regional secretary: "Sekwil DPW NasDem Sultra NAME"
    "kasat pol pp": "Kasat Pol PP", "kasatpol pp": "Kasatpol PP", "kasatpol": "Kasatpol PP",
    "pabung": "Pabung", "perwira penghubung": "Perwira Penghubung", "pasi intel": "Pasi Intel", "pasi ops": "Pasi Ops",
    "pasi teritorial": "Pasi Teritorial", "danlantamal": "Danlantamal",
    "dandenpom": "Dandenpom", "as ops": "Asops", "dan satpom": "Dansatpom",
    "kasum": "Kasum",  # "Kasum TNI Letjen NAME": the armed forces' chief of general staff
    "pangkogabwilhan": "Pangkogabwilhan",  # a joint defence region's commander
    "pangkoarmada": "Pangkoarmada",  # a fleet's commander
    # a police bureau's section head, a prosecutor's office's assistants
    "kabagbinops": "Kabagbinops", "kabagbinops roops": "Kabagbinops Roops", "asintel": "Asintel",
    "aspidum": "Aspidum",
    "aspidsus": "Aspidsus", "aspidmil": "Aspidmil",  # ... and its military crimes' assistant
    "panitera": "Panitera", "panitera muda": "Panitera Muda",  # a court's clerks
    "hakim pn": "Hakim",  # "Hakim PN Sidrap, NAME"; "Hakim" alone is as often a name's word
    "kapoksahli": "Kapoksahli", "wakajati": "Wakajati", "wakajari": "Wakajari",
    "kakesbangpol": "Kakesbangpol", "juru bicara": "Juru Bicara", "jurubicara": "Juru Bicara",
    "jubir": "Juru Bicara", "sekwan": "Sekwan", "sekretaris dewan": "Sekretaris Dewan",
    "waka polres": "Wakapolres", "waka polda": "Wakapolda", "waka polresta": "Wakapolresta",
    "sekkot": "Sekkot", "sekkab": "Sekkab",
    "waka polsek": "Wakapolsek", "wakapolsek": "Wakapolsek",
    # a ministry's deputies, named by their field ("Deputi Bidang Koordinasi Politik Dalam
    # Negeri Kemenko Polhukam", "Plt Deputi SDM Aparatur Kemenpan-RB")
    "deputi": "Deputi", "sekretaris deputi": "Sekretaris Deputi", "asisten deputi": "Asisten Deputi",
}  # fmt: skip

# Titles whose office implies a body in the named region: "Kapolres Kukar" -> Polres Kukar.
IMPLIED_BODY: dict[str, str] = {
    "bupati": "pemkab", "wakil bupati": "pemkab", "wali kota": "pemkot",
    "wakil wali kota": "pemkot", "gubernur": "pemprov", "wakil gubernur": "pemprov",
    "sekretaris daerah": "setda", "sekda": "setda", "kapolres": "polres", "wakapolres": "polres",
    "kapolresta": "polresta", "wakapolresta": "polresta", "kapolrestabes": "polrestabes",
    "kapolda": "polda", "wakapolda": "polda", "dandim": "kodim", "pangdam": "kodam",
    "komandan distrik militer": "kodim", "komandan komando distrik militer": "kodim",
    "danrem": "korem", "danramil": "koramil", "kajari": "kejari", "kajati": "kejati",
    "kalapas": "lapas", "kabinda": "binda", "kapolsek": "polsek", "panglima": "kodam",
    "sekdakab": "setda", "sekdaprov": "setda", "sekdakot": "setda",
    "wako": "pemkot", "wawako": "pemkot", "kasdim": "kodim", "kasat pol pp": "satpol pp",
    "kasatpol pp": "satpol pp", "kasatpol": "satpol pp", "wakajati": "kejati",
    "wakajari": "kejari", "kakesbangpol": "kesbangpol", "sekwan": "dprd",
    "sekretaris dewan": "dprd", "waka polres": "polres", "waka polda": "polda",
    "waka polresta": "polresta", "sekkot": "setda", "walikota": "pemkot",
    "wakil walikota": "pemkot", "danlanal": "lanal", "danlanud": "lanud",
    "danlantamal": "lantamal", "dandenpom": "denpom", "dansatpom": "satpom", "hakim pn": "pn",
    "dan satpom": "satpom", "sekkab": "setda", "waka polsek": "polsek", "wakapolsek": "polsek",
    # the regional heads' contractions: "Wagub Jabar NAME", "Wawalkot Bekasi NAME"
    "wabup": "pemkab", "wagub": "pemprov", "wawali": "pemkot", "wawalkot": "pemkot",
    "walkot": "pemkot",
}  # fmt: skip

# Titles that end only where a division name ends ("Kordiv Hukum dan Pengawasan").
DIVISION_TITLES = frozenset({
    "kordiv", "koordiv", "koordinator divisi", "ketua divisi", "kadiv", "kepala divisi",
    "anggota divisi", "divisi", "wakil kordiv", "wakil koordinator divisi",
})  # fmt: skip

DIVISION_WORDS = frozenset({
    "hukum", "pengawasan", "teknis", "penyelenggaraan", "sosialisasi", "pendidikan", "pemilih",
    "partisipasi", "masyarakat", "sdm", "sumber", "daya", "manusia", "litbang", "penelitian",
    "pengembangan", "perencanaan", "perencana", "data", "informasi", "keuangan", "umum", "logistik",
    "rumah", "teknisi",  # "Kordiv Teknisi": Teknis, misspelt as the common noun
    "tangga", "organisasi", "penanganan", "pelanggaran", "pencegahan", "hubungan", "antar",
    "antarlembaga", "lembaga", "humas", "parmas", "datin", "program", "penyelesaian", "sengketa",
    "proses", "pemilu", "pemilihan", "dan", "&", "kepegawaian", "administrasi", "hubal",
    "hukum,", "parhumas", "kehumasan", "partisipasi,", "penindakan", "pengendalian", "internal",
    "penyelenggara", "rendatin", "kampanye", "sosdiklih", "sosdiklihparmas", "hupmas", "hubmas",
    "parhubmas", "hp2h", "p2h", "p3s", "kurlog", "renlog", "redatin", "diklat", "pelatihan",
    # as some outlets spell them: "Bidang Tehnis Penyelenggaraan", "Parmas, SDM, dan Sosdikli"
    "tehnis", "tekhnis", "sosdikli",
})  # fmt: skip

# Division words that only one kind of election body uses: the Bawaslu's prevention and
# violation handling, the KPU's technical and voter-education divisions. A division office
# named without its body ("Kordiv Pencegahan, A") is in the one body of that kind the article
# names.
DIVISION_BODIES: dict[str, frozenset[str]] = {
    **dict.fromkeys(("pencegahan", "penanganan", "pelanggaran", "sengketa", "penindakan", "p3s",
                     "hp2h", "p2h"), frozenset({"bawaslu", "panwaslih"})),
    **dict.fromkeys(("teknis", "sosdiklih", "sosdiklihparmas", "perencanaan", "logistik",
                     "rendatin", "kurlog", "renlog", "sosialisasi"), frozenset({"kpu", "kip"})),
}

# Titles of a university or a research body: the office is named without the faculty.
ACADEMIC_TITLES = frozenset({
    "dosen", "rektor", "guru besar", "peneliti", "pengamat", "akademisi", "wakil rektor",
    "dosen tetap",
})  # fmt: skip

# Words that start a faculty or a field after an academic title: "Dosen Fakultas Hukum X".
ACADEMIC_UNITS = frozenset({
    "fakultas", "pascasarjana", "jurusan", "prodi", "program", "ilmu", "departemen", "fisip",
    "fkip", "bidang",
})  # fmt: skip

# Offices that head a unit of a campus when one follows ("Ketua Jurusan X", "Sekretaris Pusat
# Kajian Y"), and the words such units start with.
CAMPUS_UNIT_HEADS = frozenset({"ketua", "wakil ketua", "sekretaris"})
CAMPUS_UNITS = frozenset({
    "departemen", "jurusan", "prodi", "program", "pusat", "laboratorium", "magister",
})  # fmt: skip

# Titles that take a capitalised unit name ("Kepala Badan Kesbangpol", "Kasubag Hukum").
# The heads of a secretariat's sections, whose unit is named with common words ("Kabag
# Administrasi", "Kasubbag Program dan Data") and then, often without a comma, their name.
SECTION_TITLES = frozenset({
    "kabag", "kepala bagian", "kasubag", "kasubbag", "kepala sub bagian", "kepala subbagian",
    "kasi", "kasie", "kepala seksi",  # "Kasi Intelijen Joni Eko Waluyo": a prosecutor's section
})
UNIT_TITLES = frozenset({
    "pengasuh", "kepala biro", "karo", "ketua tim",
    "kepala", "kabag", "kepala bagian", "kasubag", "kasubbag", "kepala sub bagian", "kasi", "kasie",
    "kasubsi", "kadis", "kaban", "kakan", "asisten", "direktur", "dekan", "wakil dekan", "kasat",
    "staf ahli", "menteri koordinator", "menko", "kabid", "koordinator",
    "deputi", "sekretaris deputi", "asisten deputi",
    "wadir", "dir",  # a police directorate's head and deputy: "Dir Intelkam Polda Sulut"
    "kanit",  # a police unit's head: "Kanit Sabhara Polsek X"
    "wakasek", "wakil kepala sekolah",  # "Wakasek Humas SMA X", "Wakasek Kurikulum"
})  # fmt: skip

STATUS_PREFIXES: dict[str, str] = {
    "pj": "acting", "penjabat": "acting", "plt": "acting", "pelaksana tugas": "acting",
    "plh": "acting", "pelaksana harian": "acting", "mantan": "former", "eks": "former",
    "bekas": "former", "pejabat": "acting", "pjs": "acting", "pejabat sementara": "acting",
    "penjabat sementara": "acting",
}  # fmt: skip
# Offices "pejabat" (a common misspelling of "penjabat") makes acting: a region's head.
ACTING_HEAD_OFFICES = frozenset({
    "bupati", "gubernur", "wali kota", "walikota", "sekretaris daerah", "sekda",
})  # fmt: skip

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
    "pejabat": "Pj",
    "pjs": "Pjs",
    "pejabat sementara": "Pjs",
    "penjabat sementara": "Pjs",
}

# Ministers whose title names their ministry.
MINISTER_BODY: dict[str, str] = {
    "menteri dalam negeri": "kemendagri", "mendagri": "kemendagri",
    "wakil menteri dalam negeri": "kemendagri", "wamendagri": "kemendagri",
}  # fmt: skip

# Words between an office's title and its body that qualify the office: "Wakil Ketua I DPRD",
# "Ketua Sementara DPRD"; after the body, "DPRD Demisioner".
OFFICE_ORDINALS = frozenset({"i", "ii", "iii", "iv", "v"})
# The numbers of the parties to a case, up to the longest lists met: "Teradu VI", "Teradu XII".
CASE_NUMERALS = OFFICE_ORDINALS | frozenset(
    {"vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"})
# Numbers written as words after a party to a case: "teradu kedua", "teradu dua".
ORDINAL_WORDS = frozenset({
    "pertama", "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan",
    "kesembilan", "kesepuluh", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
    "delapan", "sembilan", "sepuluh",
})  # fmt: skip

OFFICE_QUALIFIERS = frozenset({"sementara", "demisioner", "definitif", "defenitif"})

# Offices a list of persons can share: "A, B dan C selaku anggota KPU X".
SHARED_OFFICES = frozenset({
    "anggota", "komisioner", "anggota divisi", "anggota majelis", "anggota majelis pemeriksa",
    "anggota majelis hakim", "anggota majelis sidang",
})
# Words of the office a candidate stands for ("calon wakil bupati", "caleg ... legislatif").
OFFICE_SOUGHT_WORDS = frozenset(
    {"bupati", "wakil", "wali", "kota", "gubernur", "walikota", "presiden", "legislatif"}
)
# "(nomor urut dua)": ballot numbers written out.
BALLOT_NUMBER_WORDS = {
    "satu": "1", "dua": "2", "tiga": "3", "empat": "4", "lima": "5", "enam": "6", "tujuh": "7",
    "delapan": "8", "sembilan": "9", "sepuluh": "10", "sebelas": "11",
}  # fmt: skip
# "Bupati terpilih", "Gubernur dan Wakil Gubernur terpilih": the winners stood as candidates.
ELECTED_OFFICES = ("bupati", "gubernur", "wali kota", "walikota", "presiden")
# Offices the press writes in lower case too ("anggota KPU X"): matched without a capital.
LOWER_CASE_OFFICES = frozenset({
    "anggota", "ketua", "anggotanya", "komisioner", "sekretaris", "wakil ketua", "dosen",
    "pengasuh", "direktur", "rektor", "dekan", "peneliti", "guru besar", "akademisi",
    "anggota majelis", "ketua majelis",  # "dengan anggota majelis A, B dan C" (DKPP, MK)
    "anggota majelis hakim", "ketua majelis hakim", "moderator", "panelis",
})  # fmt: skip
# A person's function at one event, held in no body ("tiga panelis yaitu A, B dan C",
# "Moderator A"): a role only of a person the article gives no office in a body.
EVENT_FUNCTIONS = frozenset({"moderator", "panelis"})
# Offices whose holder leads a meeting on behalf of the body: its chair, its commander.
EVENT_LEADER_OFFICES = frozenset({
    "ketua", "kapolres", "kapolresta", "kapolda", "dandim", "pangdam", "ketua majelis",
    "ketua majelis hakim",
    "ketua divisi", "kordiv", "koordinator divisi",
})  # fmt: skip
# Tokens between the offices of a pair sought ("calon Gubernur-calon Wakil Gubernur", "(gubernur)/wakil").
OFFICE_PAIR_JOINERS = frozenset({"dan", "/", "-", "–", "(", ")", "serta"})
# Offices in a list that take the body of the office before them ("Ketua KPU X A, anggota B").
INHERITING_OFFICES = frozenset(
    {
        "anggota",
        "anggotanya",
        "wakil ketua",
        "sekretaris",
        "bendahara",
        "komisioner",
        "kordiv",
        "koordiv",
        "koordinator divisi",
        "ketua divisi",
        "kadiv",
        "kepala divisi",
        "anggota divisi",
        "divisi",
        "koordinator sekretariat",
        "kepala sekretariat",
        # a party's officers: "Ketua Umum PDIP, A, dan Sekretaris Jenderal B"
        "sekretaris jenderal",
        "sekretaris jendral",
        "sekjen",
        "sekjend",
    }
)
# Words before a name or an office that make it a candidacy: titles of candidates ("calon",
# "cabup", "bakal"), pairs ("pasangan", "paslon", "paket") and the verbs that pair or back them.
# One list for the candidates rule, the roles rule (an office sought, not held) and the name
# reader (a name after it is a person): unifying the three changed no extraction result.
# The people around a contest who are not in it: a list they introduce names no candidate.
NON_CANDIDATE_GROUPS = frozenset({
    "panelis", "moderator", "narasumber", "juri", "saksi", "penguji", "pemandu", "host",
})
# A governor's office contracted with its province, as the regional press writes it ("Paslon
# Gubri dan Wagubri", "Cagubri Abdul Wahid", "menang jadi Gubsu"): the province's short form
# after gub-, with wa- (deputy), ca- (candidate) or cawa- before it. Words, never names.
PROVINCE_GOVERNOR_FORMS = frozenset({
    f"{lead}gub{province}" for lead in ("", "wa", "ca", "cawa")
    for province in ("ri", "su", "sumut", "sumbar", "sumsel", "kepri", "kalbar", "kalteng",
                     "kalsel", "kaltim", "sulsel", "sultra", "sulteng", "sulut", "sulbar", "jabar",
                     "jateng", "jatim", "babel", "malut", "ntb", "ntt")
})
# The offices a candidate seeks, contracted ("Cabup", "Cawagub", "Cawako"), in the spellings the
# press uses: words of the candidacy, never of a name.
SOUGHT_OFFICES = frozenset({
    "cabup", "cawabup", "cabub", "cawabub", "cagub", "cawagub", "cagup", "cawagup", "cawalkot",
    "cawawalkot", "cawali", "cawawali", "cawako", "cawawako", "capres", "cawapres",
    # ... still to be named candidates ("bakal calon"): "Bacawali - Bacawawali Kota X A - B"
    "bacabup", "bacawabup", "bacagub", "bacawagub", "bacawalkot", "bacawawalkot", "bacawali",
    "bacawawali",
})  # fmt: skip
CANDIDATE_WORDS = SOUGHT_OFFICES | frozenset({
    "calon", "bakal", "caleg", "kandidat", "petahana", "pasangan", "paslon", "paket",
    "berpasangan", "mengusung", "merekomendasikan", "balon", "bacalon", "bapaslon", "bakal-calon",
    "colon",  # "bakal colon Gubernur": calon mistyped
} | {w for w in PROVINCE_GOVERNOR_FORMS if w.startswith("ca")})  # fmt: skip
# "Anggota Bawaslu lainnya, yaitu A, B dan C": the other holders of an office, listed.
OTHERS_WORDS = frozenset({"lainnya", "lain", "lainya"})
# "Sekjen PDIP X sekaligus Ketua DPRD X, NAME": words joining two offices of one person.
OFFICE_ALSO_WORDS = frozenset({"sekaligus", "merangkap"})
# Words between a subject and the office it holds now: "A saat ini menjabat", "A yang kini".
NOW_WORDS = frozenset({"saat", "ini", "kini", "sekarang", "juga", "masih", "tengah"})
# Between "yang" and the office: "yang saat ini menjabat (sebagai)", "yang kini selaku".
OFFICE_CLAUSE_WORDS = NOW_WORDS | {"menjabat", "sebagai", "selaku", "merupakan"}
# Verbs that elect someone to an office not yet taken up: "menjadikan A sebagai Wali Kota",
# "menetapkan A sebagai Bupati terpilih".
ELECTING_VERBS = frozenset({"menjadikan", "mengantarkan", "menetapkan", "ditetapkan"})
