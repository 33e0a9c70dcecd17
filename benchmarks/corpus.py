"""A generator of realistic election-news articles for benchmarks (deterministic by seed).

Sentences follow the patterns the press uses (appositive offices, lists of attendees, hosts,
quotes, candidate pairs, BACA JUGA lines) with names, bodies, regions and events drawn at random,
among background paragraphs that bring them to real articles' length (about 1,900 characters).
"""

from __future__ import annotations

import random
from collections.abc import Iterator

FIRST = [
    "Ahmad",
    "Budi",
    "Siti",
    "Dewi",
    "Rahmat",
    "Agus",
    "Nurul",
    "Hendra",
    "Yusuf",
    "Rina",
    "Andi",
    "Made",
    "Nyoman",
    "Lalu",
    "Teguh",
    "Fitri",
    "Bambang",
    "Eko",
    "Wahyu",
    "Irfan",
]
LAST = [
    "Saputra",
    "Hidayat",
    "Rahman",
    "Lestari",
    "Wijaya",
    "Pratama",
    "Nugroho",
    "Siregar",
    "Harahap",
    "Sulistyo",
    "Kurniawan",
    "Setiawan",
    "Gunawan",
    "Hasibuan",
    "Rumbewas",
]
REGIONS = [
    ("Kabupaten", "Banyuasin"),
    ("Kabupaten", "Jepara"),
    ("Kota", "Makassar"),
    ("Kabupaten", "Garut"),
    ("Kota", "Ternate"),
    ("Kabupaten", "Kutai Kartanegara"),
    ("Kota", "Palembang"),
    ("Kabupaten", "Sikka"),
    ("Kabupaten", "Bantul"),
    ("Kota", "Kendari"),
    ("Kabupaten", "Lombok Timur"),
    ("Kabupaten", "Pidie"),
]
EVENTS = [
    "rapat koordinasi pengawasan",
    "rapat pleno terbuka rekapitulasi hasil penghitungan suara",
    "debat publik pertama",
    "bimbingan teknis KPPS",
    "sosialisasi pendidikan pemilih",
    "apel siaga pengawasan",
    "deklarasi kampanye damai",
    "pengundian nomor urut",
]
ROLES = [
    "Ketua",
    "Anggota",
    "Sekretaris",
    "Kordiv Hukum dan Pengawasan",
    "Koordinator Divisi Teknis Penyelenggaraan",
]
VERBS = ["ujar", "kata", "tegas", "jelas", "tutur"]
# Background paragraphs of the kind that fill real reports around the facts (stages, numbers,
# appeals): they carry few facts but most of the characters, as in real articles.
BACKGROUND = [
    "Berdasarkan data KPU, jumlah daftar pemilih tetap (DPT) di {region} mencapai {n:,} "
    "pemilih yang tersebar di {tps} tempat pemungutan suara (TPS) pada {kec} kecamatan.",
    "Tahapan rekapitulasi dilakukan secara berjenjang mulai dari tingkat TPS, kecamatan, "
    "hingga kabupaten dan provinsi sesuai Peraturan KPU Nomor 18 Tahun 2024.",
    "Seluruh kotak suara dari {kec} kecamatan telah tiba di gudang logistik dalam keadaan "
    "tersegel dan dijaga oleh aparat keamanan selama 24 jam.",
    "Masyarakat diimbau untuk menjaga kondusivitas dan tidak mudah terprovokasi oleh informasi "
    "yang belum jelas kebenarannya, terutama di media sosial.",
    "Selain itu, pihaknya juga membuka posko pengaduan bagi masyarakat yang menemukan dugaan "
    "pelanggaran selama masa kampanye dan masa tenang.",
    "Partisipasi pemilih pada pemilihan sebelumnya tercatat sebesar {pct} persen, dan tahun ini "
    "ditargetkan meningkat melalui sosialisasi ke sekolah, kampus dan komunitas.",
    "Proses pleno berjalan lancar meski sempat diskors selama satu jam karena saksi salah satu "
    "pasangan calon meminta pencocokan ulang data formulir C.Hasil di dua kecamatan.",
    "Anggaran penyelenggaraan pilkada tahun ini bersumber dari naskah perjanjian hibah daerah "
    "(NPHD) yang telah ditandatangani bersama pemerintah daerah.",
]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def article(rng: random.Random, n: int) -> str:
    level, region = rng.choice(REGIONS)
    event = rng.choice(EVENTS)
    chair, member, guest, a, b, c, d = (_name(rng) for _ in range(7))
    role = rng.choice(ROLES)
    title = f"KPU {region} Gelar {event.title()} Nomor {n}"
    body = [
        f"{region.upper()}, WARTAPEMILU.ID - Komisi Pemilihan Umum (KPU) {level} {region} "
        f"menggelar {event} untuk Pilkada Serentak 2024, Kamis (10/10/2024).",
        f"Kegiatan tersebut dihadiri Ketua Bawaslu {level} {region}, {guest}; {role} KPU "
        f"{region}, {member}; serta perwakilan Kodim dan Polres {region}.",
        f"Pasangan calon nomor urut 1, {a}-{b}, dan paslon nomor urut 2, {c}-{d}, turut hadir.",
        f"BACA JUGA: KPU {region} Terima Logistik Pilkada Nomor {n - 1}",
        f'"Kami ingin seluruh tahapan berjalan jujur dan adil," {rng.choice(VERBS)} Ketua KPU '
        f"{level} {region}, {chair}.",
        f"Menurut {guest.split()[-1]}, pengawasan akan dilakukan di seluruh kecamatan.",
        '"Pengawas kami siap di setiap TPS," ujarnya.',
    ]
    if rng.random() < 0.5:  # vary the order of the attendance and candidate paragraphs
        body[1], body[2] = body[2], body[1]
    # Real reports average 1,900 characters (the 65 articles of data/real): pad with
    # background paragraphs to that length.
    for line in rng.sample(BACKGROUND, k=rng.randint(5, 8)):
        body.insert(rng.randint(3, len(body)), line.format(
            region=region, n=rng.randint(50_000, 900_000), tps=rng.randint(200, 2500),
            kec=rng.randint(8, 30), pct=rng.randint(60, 85)))
    return title + "\n" + "\n".join(body) + "\n"


def generate(count: int, seed: int = 7) -> Iterator[tuple[str, str]]:
    """(file name, text) pairs of `count` articles."""
    rng = random.Random(seed)
    for n in range(count):
        yield f"{n:05d}.txt", article(rng, n)
