"""Events and elections: heads, name words, host and attendance cues, absence."""

from __future__ import annotations

__all__ = [
    "ABSENCE_CUES",
    "AGENDA_WORDS",
    "ATTENDING_ORG_LIST_WORDS",
    "ATTEND_CUES",
    "BACKING_DOCUMENTS",
    "BODY_ATTENDING_OFFICES",
    "BODY_ATTEND_VERBS",
    "BY_NOT_AT_EVENT",
    "CANDIDATE_GROUP_WORDS",
    "CLAUSE_BREAKS",
    "CONTEST_ACTS",
    "CONTEST_EVENTS",
    "DRAW_WORDS",
    "ELECTION_HEADS",
    "EVENT_AHEAD_WORDS",
    "EVENT_CONTEXT",
    "EVENT_DOCUMENT_WORDS",
    "EVENT_GENERIC_HEADS",
    "EVENT_HEADS",
    "EVENT_LABEL_BREAKS",
    "EVENT_ORDINALS",
    "EVENT_OTHER_WORDS",
    "EVENT_STOP",
    "EVENT_TOPIC_CUES",
    "EVENT_TOPIC_GENERIC",
    "EVENT_TRAILING_STOP",
    "EVENT_WORDS",
    "FUTURE_CUES",
    "GENERIC_EVENT_WORDS",
    "HANDOVER_VERBS",
    "HELD_EVENT_HEADS",
    "HOLDING_VERBS",
    "HOSTED_BY",
    "HOST_SUBJECT_FILLERS",
    "HOST_VERBS",
    "INAUGURATION_PASSIVES",
    "INAUGURATION_VERBS",
    "INDUCTED_FILLERS",
    "INDUCTION_CUES",
    "LED_BY_VERBS",
    "LOCATION_VERBS",
    "NEGATIONS",
    "NEXT_IN_TURN",
    "PANEL_WORDS",
    "PAST_CUES",
    "PLAN_CUES",
    "PRESENCE_WORDS",
    "PURPOSE_WORDS",
    "QUOTED_EVENT_WORDS",
    "REGISTRATION_FILLERS",
    "REGISTRATION_VERBS",
    "REPORTED_EVENTS",
    "REPRESENTED_BREAKS",
    "SERVICE_CATEGORIES",
    "SIDE_CUES",
    "SITTING_EVENTS",
    "SOCIALISATION_VERBS",
    "SPEAKER_WORDS",
    "SPEAK_VERBS",
    "SPEECH_NOUNS",
    "TITLE_HOST_VERBS",
    "VENUE_WORDS",
    "WEAK_EVENT_HEADS",
    "WITHOUT_WORDS",
]

# Event heads and the modifier words that belong to an event's name.
EVENT_HEADS: dict[str, str] = {
    "rapat": "rapat", "rakor": "rapat koordinasi", "rakornas": "rapat koordinasi nasional",
    # a meeting held by video ("mengikuti kegiatan Vicon Arahan ... bersama Kapolri"); not
    # "video conference", as often the means ("menggunakan video conference zoom")
    "vicon": "rapat",
    "rakorda": "rapat koordinasi daerah", "rakornis": "rapat koordinasi teknis",
    "rapat koordinasi": "rapat koordinasi", "rapat pleno": "rapat pleno", "pleno": "rapat pleno",
    "rapat paripurna": "rapat paripurna", "paripurna": "rapat paripurna",
    "debat": "debat", "debat publik": "debat", "debat terbuka": "debat",
    "bimbingan teknis": "bimbingan teknis", "bimtek": "bimbingan teknis",
    "sosialisasi": "sosialisasi", "pelantikan": "pelantikan", "pengambilan sumpah": "pelantikan",
    "apel": "apel", "apel siaga": "apel", "deklarasi": "deklarasi", "pengundian": "pengundian",
    "uji publik": "uji publik", "sidang": "sidang", "konsolidasi": "konsolidasi",
    "kemah demokrasi": "sosialisasi",  # a camp that teaches first-time voters
    "kampanye akbar": "kampanye", "kampanye dialogis": "kampanye",
    "rapat kerja": "rapat kerja", "raker": "rapat kerja", "rakerda": "rapat kerja daerah",
    "focus group discussion": "diskusi", "fgd": "diskusi", "diskusi": "diskusi",
    "dialog publik": "diskusi", "dialog interaktif": "diskusi", "talkshow": "diskusi",
    "dialog dan diskusi": "diskusi", "dialog diskusi": "diskusi",
    "technical meeting": "rapat teknis", "rapat teknis": "rapat teknis",
    "pelatihan": "bimbingan teknis",
    "pembekalan": "bimbingan teknis", "kunjungan kerja": "kunjungan kerja",
    "training of trainer": "bimbingan teknis", "training of trainers": "bimbingan teknis",
    "ekspose": "ekspose", "expose": "ekspose", "coffe morning": "silaturahmi",
    "kunker": "kunjungan kerja",
    "seminar": "seminar", "lokakarya": "lokakarya", "workshop": "lokakarya",
    "kirab": "kirab", "pawai": "pawai", "doa bersama": "doa bersama", "istighosah": "doa bersama",
    "konser": "konser", "konser musik": "konser",
    # walks and rides a body holds to get voters out ("KPU X Gelar Jalan Santai")
    "jalan santai": "jalan sehat", "jalan sehat": "jalan sehat", "gerak jalan": "jalan sehat",
    "sepeda santai": "jalan sehat", "senam bersama": "jalan sehat", "fun run": "jalan sehat",
    "rapat evaluasi": "rapat",
    "launching": "peluncuran", "peluncuran": "peluncuran",
    "gladi": "gladi", "gladi bersih": "gladi", "penyerahan": "penyerahan",
    "pemeriksaan": "pemeriksaan", "penandatanganan": "penandatanganan", "evaluasi": "evaluasi",
    "rekapitulasi": "rekapitulasi", "penetapan": "penetapan", "kampanye": "kampanye",
    "pembukaan": "pembukaan", "penutupan": "penutupan", "pemaparan": "pemaparan",
    "peresmian": "peresmian", "simulasi": "simulasi", "pelepasan": "pelepasan", "upacara": "upacara",
    "pengucapan sumpah": "pelantikan", "pengukuhan": "pelantikan",
    "silaturahmi": "silaturahmi", "audiensi": "audiensi",
    "konferensi pers": "konferensi pers", "jumpa pers": "konferensi pers",
    "temu pers": "konferensi pers", "coffee morning": "silaturahmi",
    "press conference": "konferensi pers", "konferensi media": "konferensi pers",
    "distribusi logistik": "distribusi logistik", "pendistribusian logistik": "distribusi logistik",
    "penyuluhan": "penyuluhan",
    # a meeting of a body with others ("menggelar pertemuan dengan Bawaslu X"); weak, since
    # "pertemuan" is as often a topic ("fokus utama pertemuan adalah ...")
    "pertemuan": "pertemuan", "pertemuan koordinasi": "rapat koordinasi",
    # A registration only with whom it registers: "pendaftaran" alone is as often a period
    # ("masa pendaftaran") or a file as an event.
    "pendaftaran pasangan calon": "pendaftaran", "pendaftaran paslon": "pendaftaran",
    "pendaftaran bakal pasangan calon": "pendaftaran", "pendaftaran bapaslon": "pendaftaran",
    "pendaftaran bakal calon": "pendaftaran", "pendaftaran pasangan bakal calon": "pendaftaran",
    "pendaftaran calon": "pendaftaran", "pendaftaran cakada": "pendaftaran",
    "prosesi pendaftaran": "pendaftaran",  # a ceremony is an event, whatever it registers
    # The handover of an office to its newly sworn-in holder; clearing away campaign props
    # ("menggelar penertiban alat peraga kampanye"), weak: as often a duty as an outing.
    "serah terima jabatan": "serah terima jabatan", "sertijab": "serah terima jabatan",
    "penertiban": "penertiban",
    # Fixing the ballot numbers is the draw, whatever the verb.
    "penetapan nomor urut": "pengundian",
    "penetapan dan pengundian nomor urut": "pengundian",
}  # fmt: skip

# Heads that name an event only in a sentence about one ("penetapan" is often just a decision).
WEAK_EVENT_HEADS = frozenset({
    "penyerahan", "pemeriksaan", "penandatanganan", "evaluasi", "rekapitulasi", "penetapan",
    "kampanye", "pembukaan", "penutupan", "pemaparan", "peresmian", "pelepasan", "penyuluhan",
    "pertemuan", "penertiban",
})  # fmt: skip

# Heads that name an event only right after a holding verb ("KPU X menyelenggarakan
# Koordinasi dengan Stakeholder"): "koordinasi" is far more often what bodies keep up ("terus
# melakukan koordinasi") or part of a name ("Forum Koordinasi Pimpinan Daerah") than a
# meeting. Kept out of EVENT_HEADS, whose words the event rules read as heads everywhere.
# A re-run of the vote at some polling stations ("KPU X menggelar PSU") is as often what a
# ruling orders ("berakibat pemungutan suara ulang") as the vote a body holds.
HELD_EVENT_HEADS: dict[str, str] = {
    "koordinasi": "rapat koordinasi",
    "pemungutan suara ulang": "pemungutan suara ulang", "psu": "pemungutan suara ulang",
}
# Words before an event's title in quotes ("menggelar acara “Ngopi”", "kegiatan bertajuk
# “Pemilu Ceria”"): the title is the event's name.
QUOTED_EVENT_WORDS = frozenset({"acara", "kegiatan", "program"})

# Verbs by which someone holds or joins an event: a weak head right after one is an event
# though the sentence has no other cue ("menggelar evaluasi tahapan ...", "menghadiri
# pertemuan dengan A"). Not a decision: "menggelar penetapan" is rare, "melakukan penetapan"
# common, and both are the decision, so "penetapan" stays out, as does "melakukan" but for
# a meeting ("melakukan pertemuan dengan A"; "melakukan rekapitulasi" is a process).
HOLDING_VERBS = frozenset({
    "menggelar", "gelar", "mengadakan", "adakan", "menghadiri", "hadiri", "mengikuti", "ikuti",
    "menyelenggarakan", "selenggarakan",
})  # fmt: skip

# Words of the document by which a party backs a pair, after "penyerahan" ("penyerahan Form
# B1-KWK", "penyerahan surat rekomendasi"): the handover is an event.
BACKING_DOCUMENTS = frozenset({"kwk", "b1-kwk", "b1kwk", "rekomendasi", "rekom"})
# Verbs by which it changes hands; with one of those documents the act is the handover event,
# though no noun names it ("DPP PDIP menyerahkan B1-KWK kepada A-B").
# ("memberikan rekomendasi" is the decision to back, not the act of handing).
HANDOVER_VERBS = frozenset({"menyerahkan", "diserahkan", "menerima", "diterima", "serahkan",
                            "terima"})

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
    "guna", "demi", "selama", "menjelang", "jelang", "setelah", "sebelum", "usai", "seusai", "lalu",
    "mendatang", "tadi", "kemarin", "besok", "nanti", "nantinya", "pun", "tak", "tidak", "belum", "masih",
    "hanya", "saja", "lebih", "sangat", "para", "seluruh", "sebanyak", "sekitar", "antara", "atas",
    "kepada", "terhadap", "tentang", "melalui", "sesuai", "mulai", "jika", "saat", "ketika", "bahwa",
    "adalah", "merupakan", "ialah", "yakni", "yaitu", "sekaligus", "sementara", "namun", "tetapi",
    "bukan", "bukanlah",  # "apel siaga bukanlah kegiatan seremonial belaka"
    "bisa", "dapat", "harus", "perlu", "ingin", "mau", "baru", "pertama", "kedua", "malam", "pagi",
    "siang", "sore", "wib", "wita", "wit", "the", "terkait", "turut", "kemudian", "langsung", "segera", "lagi",
    "tetap", "pula", "terus", "sempat", "akhirnya", "dua", "tiga", "empat", "lima", "enam",
    "tujuh", "delapan", "sembilan", "sepuluh", "puluhan", "ratusan", "ribuan", "berjalan",
    "perdana", "ketiga", "terakhir", "selesai", "rampung", "tuntas", "ditutup", "pihak",
    "nya",
    # what is said of an event, not part of its name: "dialog publik penting, karena ..."
    "penting", "berlangsung", "digelar", "dilaksanakan", "diselenggarakan", "sukses",
    "berhasil", "lancar", "meriah",
    "keduanya", "ketiganya", "mereka",  # "SK penetapan keduanya": whose, not which event
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
    # no names, but words of an event's name ("rapat bersama Pimpinan KPU", "Bimtek
    # Penyelenggara", "Silaturahmi Tokoh Masyarakat", "Debat Visi Misi")
    "pimpinan", "penyelenggara", "tokoh", "visi", "misi",
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
        # "daftar pemilih tetap/sementara" inside a name; "Debat tetap di daerah" ends it
        "tetap",
        "sementara",
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

# Words before an event's name that make it a document or a result, not an event held:
# "surat penetapan pemenang", "salinan keputusan penetapan", "jadwal debat".
EVENT_DOCUMENT_WORDS = frozenset({
    "surat", "salinan", "keputusan", "sk", "jadwal", "undangan", "draf", "formulir", "dokumen",
    "lampiran", "berkas", "naskah",
    "membacakan",  # "membacakan Deklarasi ... pada Rapat Koordinasi": its text, read out
})  # fmt: skip

# Words before a process's name that make it what a body watches over, needs, or an example in
# a list, not an event held: "memantau distribusi logistik", "perlu sosialisasi yang ekstra",
# "tantangan seperti distribusi logistik".
EVENT_TOPIC_CUES = frozenset({
    "memantau", "memastikan", "dipastikan", "mengawasi", "mengawal", "mengantisipasi", "seperti", "bertujuan",
    "perlu", "diperlukan", "memerlukan", "butuh", "membutuhkan", "pentingnya", "terlepas",
    "persiapan", "mempersiapkan",
    # what a meeting discusses: "Pembahasan berfokus pada distribusi logistik", "menyoroti
    # distribusi logistik" ("terkait" is one too, but after no event: see `topic_of`)
    "membahas", "dibahas", "pembahasan", "berfokus", "fokus", "menyoroti",
    "membantu", "termasuk", "khususnya", "mengenai", "tentang",
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

# Verbs by which a body inaugurates: the inauguration is the event it hosts.
# "Mengukuhkan" (confirm in office) is how Aceh's KIP and others write it.
INAUGURATION_VERBS = frozenset({"melantik", "lantik", "dilantik", "mengukuhkan", "kukuhkan",
                                "dikukuhkan"})
# The passive forms: '45 anggota PPK dilantik (dikukuhkan) oleh Ketua KPU X'.
INAUGURATION_PASSIVES = frozenset({"dilantik", "dikukuhkan"})
# Words before the ad hoc body sworn in at an inauguration ("pelantikan 243 anggota PPS").
INDUCTION_CUES = frozenset({"pelantikan", "melantik", "dilantiknya", "lantik", "janji",
                            "pengukuhan", "mengukuhkan", "dikukuhkan"})
INDUCTED_FILLERS = frozenset({"anggota", "para", "sebanyak", "ratusan", "puluhan", "orang"})

# Verbs by which a pair registers at a body ("mendaftar ke KPU X"): a registration it hosts.
REGISTRATION_VERBS = frozenset({"mendaftar", "mendaftarkan", "daftar", "didaftarkan"})
# Words between a registration verb and "ke" ("mendaftarkan diri secara resmi ke KPU X").
REGISTRATION_FILLERS = frozenset({"diri", "resmi", "secara", "langsung", "sebagai", "bersama"})

# Words before an event's name that make it the topic of the event named before it ("rapat
# paripurna dengan agenda penetapan ...").
AGENDA_WORDS = frozenset({"agenda", "agendanya", "beragendakan", "membahas", "bertajuk"})
# Words right before an event's name that make it the purpose of the one before ("rapat pleno
# terbuka untuk pengundian nomor urut", "rapat pleno terbuka terkait pengundian").
PURPOSE_WORDS = frozenset({"untuk", "guna", "terkait"})

# Passive verbs whose agent, named by office after them, leads the event on behalf of the
# body ("Pelantikan dilakukan langsung Ketua KPU X").
LED_BY_VERBS = frozenset({"dipimpin", "dilakukan", "dilantik", "dibuka"})

# Verbs of a headline by which a body holds the article's event ("DPRD X Tetapkan ...").
TITLE_HOST_VERBS = frozenset({"tetapkan", "menetapkan", "sahkan", "mengesahkan"})
# Sittings in which a body decides ("menetapkan ... dalam rapat pleno"): the body holds them.
SITTING_EVENTS = frozenset({"rapat pleno", "rapat paripurna", "sidang", "rapat"})

# Words that end an event's name the chunker ran on past a clause ("hasil pengundian maka
# kedua pasangan ...").
EVENT_LABEL_BREAKS = frozenset({
    "maka", "sehingga", "kalau", "bila", "apabila", "jika", "karena", "namun", "tapi",
    "bekerja",  # "sosialisasi bekerja sama dengan X"
    # what is said of the event, not its name: "pelantikan beberapa waktu lalu", "debat hampir
    # sama", "sosialisasi sendiri", "sosialisasi salah satunya", "pelantikan tanggal 5 Mei"
    "beberapa", "hampir", "sendiri", "salah", "tanggal",
    # who speaks of it, and plans for it: "rapat pleno kita skor", "rapat paripurna kami
    # buat", "Debat rencananya digelar", "apel bapak Kapolda"
    "kami", "kita", "rencananya", "bapak", "ibu",
})  # fmt: skip

# Topic words too common in event names to tell two events apart by ("pasangan calon
# gubernur"); two names sharing two other topic words ("nomor urut") name one event.
EVENT_TOPIC_GENERIC = frozenset({
    "dan", "calon", "pasangan", "gubernur", "wakil", "bupati", "wali", "walikota", "kota",
    "kabupaten", "provinsi", "tingkat", "tahun", "terbuka", "publik", "bagi", "kepada", "hasil",
    "suara", "pemilihan", "pilkada", "serentak", "2024", "daerah",
})  # fmt: skip

# Words just before an event that put it ahead of the text ("berhak mengikuti pengundian").
# "Menjelang pemungutan suara, KPU menggelar bimtek": "menjelang" dates the sentence's event by a
# later one, so only the event it governs is ahead, not the sentence.
EVENT_AHEAD_WORDS = frozenset({
    "berhak", "akan", "bakal", "hendak", "segera", "nantinya", "jelang", "menjelang",
    "siap", "berencana", "ingin",  # "kini siap mendaftar di KPU X"
    "sepakat", "bersepakat", "berkomitmen",  # "sepakat melaksanakan kampanye yang damai"
    # "Usulkan Permohonan Pelantikan Bupati Terpilih": an event asked for, not yet held
    "permohonan", "usulkan", "mengusulkan", "usulan", "menunggu", "menantikan",
})  # fmt: skip

# Verbs after which "oleh X" names who backed, made, reported, broadcast or refused something,
# not who held or attended an event ("diusung oleh PDI Perjuangan", "ditolak oleh PPK X").
BY_NOT_AT_EVENT = frozenset({
    "diusung", "didukung", "dibuat", "dilaporkan", "disiarkan", "diadukan", "diajukan",
    "diterbitkan", "dikeluarkan", "diusulkan", "ditayangkan", "diliput", "dirilis", "disiapkan",
    "dibiayai", "dikirim", "ditulis", "ditolak", "dibantah", "dikritik", "digugat",
    "dipertanyakan", "disorot", "dikecam", "digodok", "dibahas", "disusun", "dirancang",
    # who responded to or caused something ("ketidakhadiran A ... ditanggapi oleh Bawaslu X")
    "ditanggapi", "direspons", "direspon", "dikomentari", "disesalkan", "disayangkan",
    "diapresiasi", "disoroti", "dikeluhkan", "disebabkan", "diantisipasi", "didiskualifikasi",
    "dilayangkan", "diberikan",
})  # fmt: skip

# Words after which the persons named in the sentence were not there: "tidak tampak hadir",
# "tidak hadir", "berhalangan hadir", "absen".
# Absence: "berhalangan", "tidak hadir", "belum tampak"; a clause about it ends at a break.
ABSENCE_CUES = frozenset({"berhalangan", "absen", "ketidakhadiran"})

NEGATIONS = frozenset({"tidak", "tak", "belum", "batal", "enggan"})

PRESENCE_WORDS = frozenset({"hadir", "menghadiri", "mengikuti", "datang", "tampak", "terlihat"})

CLAUSE_BREAKS = frozenset({
    "namun", "tetapi", "tapi", "sedangkan", "sementara", "diwakili", ";", "mewakili",
    "menggantikan",
})  # fmt: skip
# Words that go on to the next in a sequence of arrivals or acts ("setelah itu, C dan D").
NEXT_IN_TURN = frozenset({"setelah", "kemudian", "lalu", "selanjutnya", "disusul", "menyusul"})

# Where the item a "diwakili" follows begins, going back: "Sekda X, Kapolres Y diwakili Z".
REPRESENTED_BREAKS = frozenset({
    ",", ";", "dan", "serta", "oleh", "hadir", "dihadiri", "antara", "lain", "yakni", "yaitu",
    "tampak", "turut", "juga", ":",
})  # fmt: skip
# A speech that someone else may read out: "sambutan tertulisnya dibacakan oleh Y".
SPEECH_NOUNS = frozenset({"sambutan", "sambutannya", "amanat", "amanatnya", "pidato", "arahan"})
# "hadir tanpa didampingi X": X was not there.
WITHOUT_WORDS = frozenset({"tanpa", "kecuali"})  # "dihadiri para paslon, kecuali A dan B"
# Words by which a sentence says who took part in an event ("hadir", "dihadiri", "membuka").
ATTEND_CUES = frozenset({
    "hadir", "menghadiri", "dihadiri", "mengikuti", "diikuti", "disaksikan", "menyaksikan",
    "dipimpin", "memimpin", "tampak", "datang", "tiba", "didampingi", "sambutannya",
    "sambutan", "hadiri", "diisi", "tampil", "narasumber", "menghadirkan", "dihadirkan",
    "pembina", "membuka",
    "pemateri", "pembicara",
    "dibuka", "membacakan", "dibacakan", "menandatangani", "beradu", "sela", "seusai",
    "mendampingi",
    "arahannya", "memaparkan", "melantik", "dilantik", "mengambil", "menyerahkan", "diserahkan",
    "menerima", "memantau", "mengawasi", "dipandu", "memandu", "peserta", "diwakili", "hadirnya",
    "kehadiran",
    "penandatanganan",
    "dipantau", "diawasi", "dimoderatori", "materi", "dipaparkan", "paparan",
    # a debate's panel and hosts ("diuji oleh enam panelis yakni ...", "di moderatori oleh")
    "panelis", "moderator", "moderatori", "diuji", "penguji",
})  # fmt: skip
# Kinds of body whose officers, unnamed, stand for the body at an event: the government's,
# the police's and the army's ("Kabag Ops Polres X"); not a party's or a campus's, whose
# unnamed chair or scholar comes in their own name.
SERVICE_CATEGORIES = frozenset({"government", "police", "military"})
# Verbs by which a body that is their subject takes part in an event ("Polres X menghadiri
# rakor", "Bawaslu X hadir dalam ..."); not "menerima" or "membuka", which hosts do.
BODY_ATTEND_VERBS = frozenset({"menghadiri", "hadiri", "mengikuti", "ikuti", "hadir"})
# Who speaks at an event: "narasumber dari Universitas X" names where the speaker comes from,
# not a body that came.
SPEAKER_WORDS = frozenset({"narasumber", "pemateri", "pembicara", "panelis", "moderator"})
# Offices named without their holder by which the body attends ("dihadiri Ketua Bawaslu X",
# "ketua dan komisioner Bawaslu X").
BODY_ATTENDING_OFFICES = frozenset({"ketua", "anggota", "perwakilan", "jajaran", "komisioner",
                                    "kepala"})  # "Kepala Rutan X": an agency's unnamed head
# Words before a body in a list of who attended ("perwakilan dari X, Y dan Z").
ATTENDING_ORG_LIST_WORDS = frozenset({
    "perwakilan", "jajaran", "unsur", "dari", "pihak", ",", ";", "dan", "serta", "oleh",
    "dihadiri", "diikuti", "hadir", "yakni", "yaitu", "seperti", "kehadiran", "termasuk",
    "organisasi",  # "perwakilan organisasi NU, PSHT, ..."
    "utusan",  # "dihadiri Bupati X, utusan Polres X, Dandim ..."
})  # fmt: skip
# Active verbs by which a person speaks at or runs an event, so took part in it.
SPEAK_VERBS = frozenset({
    "menyampaikan", "mengatakan", "menjelaskan", "menegaskan", "membacakan", "memaparkan",
    "mengingatkan", "meminta", "menyebut", "menyebutkan", "menuturkan", "mengungkapkan", "menambahkan", "membuka",
    "memimpin", "menutup", "memastikan", "mencatat", "menekankan", "mengimbau", "mengajak",
    "menyatakan", "menilai", "berharap", "mengapresiasi", "menerangkan", "berpesan",
    "menyoroti",
})  # fmt: skip
# Events whose report names the candidates because they took part: debates, declarations,
# ballot-number draws, registrations.
CONTEST_EVENTS = frozenset({"debat", "deklarasi", "pengundian", "pendaftaran"})
# Words for the candidates as a group, and what they do at a draw or a declaration: a report
# that says "para paslon mencabut nomor urut" places every candidate there.
CANDIDATE_GROUP_WORDS = frozenset({"paslon", "pasangan", "kandidat", "calon", "keempatnya",
                                   "ketiganya", "keduanya", "bapaslon"})
CONTEST_ACTS = frozenset({
    "mencabut", "mengambil", "mengundi", "memilih", "membacakan", "menandatangani", "mendaftar",
    "mendaftarkan", "berikrar", "mengucapkan", "menyampaikan", "memaparkan", "ditandatangani",
    "dibacakan", "dicabut", "diambil", "diundi", "sepakat", "menyepakati", "bersepakat",
})  # fmt: skip
# Words of a ballot-number draw in a plenary's headline or lead.
DRAW_WORDS = frozenset({"undian", "pengundian", "mengundi", "diundi"})
# Events spread over days that a body reports on afterwards (registrations): whoever speaks
# in the report speaks of them, not necessarily at them.
REPORTED_EVENTS = frozenset({"pendaftaran"})
# Active verbs by which a body holds an event ("KPU X menggelar ...", "KPU X melakukan
# pengundian", "KPU X melantik 30 anggota PPK").
HOST_VERBS = frozenset({
    "menggelar", "mengadakan", "menyelenggarakan", "melaksanakan", "menggagas", "menginisiasi",
    "memfasilitasi", "membuka", "melangsungkan", "menghelat", "gelar", "melakukan", "melantik",
    "lantik", "undi", "mengundi", "adakan", "menutup", "mengukuhkan", "kukuhkan", "memulai",
    "mensosialisasikan", "menyosialisasikan", "mesosialisasikan", "sosialisasikan",
    "mengundang",  # "Bawaslu X mengundang stakeholder untuk melakukan penandatanganan ..."
})  # fmt: skip
# Verbs by which a body holds a socialisation no noun may name: "KPU X menyosialisasikan
# Pilkada bagi pemilih pemula" (an implied event, as "melantik" implies an inauguration).
SOCIALISATION_VERBS = frozenset({
    "mensosialisasikan", "menyosialisasikan", "mesosialisasikan", "sosialisasikan",
})
# Passive verbs after which "oleh X" names the event's host ("digelar oleh KPU X").
HOSTED_BY = frozenset({
    "digelar", "diselenggarakan", "diadakan", "dilaksanakan", "diinisiasi", "dihelat",
    "diprakarsai", "difasilitasi", "dibuka",
})  # fmt: skip
# A body's panel ("majelis etik DKPP"): the body whose panel sits holds the hearing it sits at.
PANEL_WORDS = frozenset({"majelis", "panel"})
# Words of a body's own premises: an event "di Aula KPU X" is hosted by that body.
VENUE_WORDS = frozenset({"kantor", "aula", "gedung", "ruang", "halaman", "sekretariat", "markas"})
# Words that put an event ahead of the text ("akan", "dijadwalkan").
FUTURE_CUES = frozenset({
    "akan", "dijadwalkan", "mendatang", "rencananya", "besok", "direncanakan", "nanti",
})  # fmt: skip
# Of those, the words of a plan: "Rencananya, debat itu digelar pada 16 November".
PLAN_CUES = frozenset({"rencananya", "dijadwalkan", "direncanakan"})
# Event words that name no particular event by themselves ("rapat", "acara").
GENERIC_EVENT_WORDS = frozenset({
    "rapat", "pleno", "debat", "apel", "acara", "kegiatan", "sidang",
    "diskusi",  # "dalam sesi diskusi", "dikemas dalam bentuk diskusi": a part of the meeting
})
# Words that put an event before the text despite a future cue ("telah", "lalu").
PAST_CUES = frozenset({"lalu", "telah", "sudah"})
# Words that make an event another one than the article's (an earlier or a later one).
SIDE_CUES = frozenset({
    "lalu", "sebelumnya", "mendatang", "dijadwalkan", "berikutnya", "selanjutnya", "akan",
    "nanti", "kemarin", "terakhir",
})  # fmt: skip
# Words between a body and its verb that keep it the subject: "KPU X, Maluku Utara, resmi
# menggelar", "Bawaslu X bekerja sama dengan Y menggelar", "KPU X mulai melakukan".
HOST_SUBJECT_FILLERS = frozenset({
    ",", "(", ")", "resmi", "kembali", "juga", "telah", "akan", "pun", "sudah", "secara",
    "langsung", "bersama", "turut", "bekerja", "sama", "dengan", "mulai", "kini", "hari", "ini",
    "akhirnya", "sukses", "berhasil", "tengah", "sedang", "baru", "saja",
    "selesai",  # "KPU X selesai melaksanakan rekapitulasi": what it finished, it held
    "giat", "rutin", "terus", "gencar", "aktif",  # "KPU X giat melaksanakan sosialisasi"
    # a plan is the body's too: "KPU X merencanakan bakal menggelar rapat pleno"
    "bakal", "berencana", "merencanakan", "rencananya", "dijadwalkan", "segera",
    "melalui",  # "Pemkab X melalui Kesbangpol menggelar rakor": the body, by its agency
})  # fmt: skip
# Verbs after which "di X" is where an event took place ("berlangsung di KPU X").
LOCATION_VERBS = frozenset({
    "berlangsung", "digelar", "diselenggarakan", "dilaksanakan", "bertempat", "diadakan",
    "dilangsungkan",
})  # fmt: skip
