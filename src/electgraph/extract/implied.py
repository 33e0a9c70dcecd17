"""Events a verb names though no noun does: 'KPU X melantik 30 anggota PPK' (an
inauguration: 'pelantikan PPK'), '45 anggota Panwascam dilantik oleh Ketua Bawaslu X', 'A-B
mendaftar ke KPU X' (a registration), 'KPU X menyosialisasikan tahapan Pilkada' (a
socialisation: 'sosialisasi tahapan Pilkada'). Read by `events`."""

from __future__ import annotations

from itertools import pairwise

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import ELECTION, EVENT, NAME, ORG, PLACE, ROLE, Chunk
from electgraph.extract.doc import SentView, org_of_role
from electgraph.extract.hosts import registration_office

__all__ = ["ahead", "implied", "recalled"]


def ahead(chunks: list[Chunk], c: int) -> bool:
    """'yang berhak mengikuti pengundian', 'akan menghadiri debat', 'radiogram untuk
    menghadiri prosesi pelantikan': an event still to come."""
    before = [x.low for x in chunks[max(0, c - 3) : c]]
    # "bakal calon Bupati mendaftar": a prospective candidate, no event to come
    prospective = {k for k, (a, b) in enumerate(pairwise([*before, chunks[c].low]))
                   if a == "bakal" and b in _PROSPECTIVE}
    return any(w in lx.EVENT_AHEAD_WORDS for k, w in enumerate(before)
               if k not in prospective) or any(
        (a == "untuk" and b in _TAKE_PART) or (a in _STAGES and b in _NEXT)
        for a, b in pairwise(before))


_TAKE_PART = frozenset({"menghadiri", "mengikuti", "hadir", "menyaksikan"})
_PROSPECTIVE = frozenset({"calon", "pasangan", "paslon", "caleg", "cabup", "cawabup", "cagub",
                          "cawagub", "cawalkot"})
# "agenda selanjutnya yakni pengundian nomor urut", "tahapan berikutnya adalah debat": the
# stage after the one reported
_STAGES = frozenset({"agenda", "tahapan", "tahap", "kegiatan", "acara"})
_NEXT = frozenset({"selanjutnya", "berikutnya"})


def recalled(chunks: list[Chunk], event: Chunk) -> bool:
    """'nomor urut kehadiran saat mendaftar ke KPU X': the implied event's verb after a word of
    time, which may look back to an event before the one the article reports."""
    c = next((k for k, ch in enumerate(chunks) if ch.start == event.start), 0)
    return c > 0 and chunks[c - 1].low in _WHEN_WORDS


_WHEN_WORDS = frozenset({"saat", "ketika", "sewaktu", "semasa", "waktu"})


def implied(sv: SentView) -> Chunk | None:
    """An event a verb names though the text may not: 'KPU X (telah) melantik 30 anggota PPK'
    (an inauguration, the body or its chair that inaugurates its subject); 'A-B mendaftar
    (diri) ke KPU X' (a registration at that body)."""
    chunks = sv.chunks
    for c, ch in enumerate(chunks):
        passive = ch.low in lx.INAUGURATION_PASSIVES
        if ch.low in lx.INAUGURATION_VERBS and not passive and _has_subject(chunks, c):
            return _implied_chunk(ch, "pelantikan", "verb", *_sworn_in(chunks, c + 1, 1))
        if ch.low == "mengambil" and (k := _oath_end(chunks, c + 1)) > c + 1 and _has_subject(
                chunks, c):  # "Ketua KPU X NAME mengambil sumpah dan janji 543 anggota PPS"
            whom, sworn = _sworn_in(chunks, k, 1)
            oath = " ".join(x.text for x in chunks[c + 1 : k])  # as written: "Sumpah dan janji"
            return _implied_chunk(ch, "pelantikan", "verb", whom, sworn, head=oath)
        if passive and _sworn_in_by(chunks, c):
            return _implied_chunk(ch, "pelantikan", "verb", *_sworn_in(chunks, c - 1, -1))
        if ch.low in lx.SOCIALISATION_VERBS and _has_subject(chunks, c) and not ahead(chunks, c):
            topic, last = _topic(chunks, c + 1)
            # named by its topic, it keeps that name against a bare "sosialisasi" later
            return _implied_chunk(ch, "sosialisasi", "topic" if topic else "verb", topic, last)
        if ch.low in lx.HANDOVER_VERBS and not ahead(chunks, c) and (
                document := _backing_document(chunks, c)):
            return _implied_chunk(ch, "penyerahan", "verb", document)
        if (
            ch.low in lx.REGISTRATION_VERBS
            and registration_office(chunks, c) is not None
            and not ahead(chunks, c)
            and not _describes_subject(chunks, c)
        ):
            return _implied_chunk(ch, "pendaftaran", "registration")
    return None


def _backing_document(chunks: list[Chunk], c: int) -> str:
    """The party's backing document a verb of handing over hands: "menyerahkan surat
    rekomendasi", "Dokumen B1-KWK ... diserahkan DPP PDIP"; "" when it hands something else."""
    # A bare "rekomendasi" is a party's only when a party is named with it: Bawaslu's
    # "rekomendasi" to the KPU, the KPU's for a health check, are no backing.
    party = any(ch.kind == ORG and ch.attrs.get("category") == "party" for ch in chunks)
    for k in [*range(c + 1, min(len(chunks), c + 5)), *range(c - 1, max(-1, c - 7), -1)]:
        if chunks[k].low in lx.BACKING_DOCUMENTS and (party or "kwk" in chunks[k].low):
            first = k
            while first > 0 and chunks[first - 1].end == chunks[first].start:
                first -= 1  # "B1-KWK" in three tokens
            name = "".join(ch.text for ch in chunks[first : k + 1])
            if first > 0 and chunks[first - 1].low in _DOCUMENT_KINDS:
                name = f"{chunks[first - 1].text} {name}"
            return name
    return ""


_DOCUMENT_KINDS = frozenset({"surat", "formulir", "form", "dokumen", "sk"})


def _oath_end(chunks: list[Chunk], k: int) -> int:
    """After the words of an oath from k ("sumpah dan janji", "sumpah/janji"); k if none."""
    if k >= len(chunks) or not chunks[k].low.startswith("sumpah"):
        return k
    while k < len(chunks) and (chunks[k].low in _OATH_WORDS or chunks[k].low == "sumpah/janji"):
        k += 1
    return k


_OATH_WORDS = frozenset({"sumpah", "janji", "dan", "/", "sumpahnya", "jabatan"})


def _sworn_in_by(chunks: list[Chunk], c: int) -> bool:
    """'45 anggota Panwascam resmi dilantik oleh Ketua Bawaslu X': sworn in by a body or its
    chair, an inauguration; 'A dilantik menjadi Ketua' alone names none."""
    k = c + 1
    while k < min(len(chunks), c + 6) and chunks[k].low in _SWEARING_WORDS:
        k += 1  # "dilantik dan diambil sumpah oleh KPU X"
    return k + 1 < len(chunks) and chunks[k].low == "oleh" and chunks[k + 1].kind in (ROLE, ORG)


_SWEARING_WORDS = frozenset({"dan", "serta", "diambil", "sumpah", "sumpahnya", "janji", "resmi",
                             "secara", "langsung"})


# "115 anggota PPK se Kabupaten Pidie dikukuhkan": the area the members serve is a filler too.
_SWORN_FILLERS = lx.INDUCTED_FILLERS | {"resmi", "orang", "telah", "untuk", ",", "se"}


def _sworn_in(chunks: list[Chunk], k: int, step: int) -> tuple[str, Chunk | None]:
    """The body whose members are sworn in, next to the verb past counts and fillers, and the
    chunk that names it: 'melantik 30 anggota PPK' and '45 orang Panwascam ... dilantik' name
    PPK and Panwascam."""
    for _ in range(8):
        if not 0 <= k < len(chunks):
            break
        ch = chunks[k]
        org = org_of_role(ch) if ch.kind == ROLE else ch  # "melantik 30 anggota PPK"
        if org is not None and org.kind == ORG and org.attrs.get("body") and (
                org.attrs.get("category") != "party"):
            inner = org.text[org.text.find("(") + 1 : org.text.find(")")] if (
                ")" in org.text) else ""
            # "Panitia Pengawas ... (Panwascam)", "Kecamatan( PPK)": as it is known
            return inner.strip() or org.text, ch
        # "45 orang Panwascam untuk Pilkada X tahun 2024, resmi dilantik"
        if not (ch.low in _SWORN_FILLERS or ch.text.isdigit() or ch.kind in (ELECTION, PLACE)):
            break
        k += step
    return "", None


_TOPIC_ENDS = frozenset({"bagi", "kepada", "di", "pada", "untuk", "dengan", "yang", "ke",
                         "serta", "dan", ",", ".", "(", ":"})


def _topic(chunks: list[Chunk], k: int) -> tuple[str, Chunk | None]:
    """What a verb socialises, up to a preposition: 'menyosialisasikan tahapan Pilkada Serentak
    2024 bagi pemilih pemula' names 'sosialisasi tahapan Pilkada Serentak 2024'."""
    end = k
    while end < min(len(chunks), k + 5) and chunks[end].low not in _TOPIC_ENDS:
        end += 1
    if end == k:
        return "", None
    return " ".join(ch.text for ch in chunks[k:end]), chunks[end - 1]


def _implied_chunk(ch: Chunk, kind: str, how: str, whom: str = "",
                   sworn: Chunk | None = None, head: str = "") -> Chunk:
    """An event no noun names; `whom` completes its name ("pelantikan PPK"), and the mention
    runs from the verb to the words that name them ("melantik 30 anggota PPK"); `head` names
    it instead of its kind."""
    label = f"{head or kind} {whom}" if whom else head or kind
    first, last = (ch, sworn) if sworn is None or sworn.start > ch.start else (sworn, ch)
    last = last or ch
    return Chunk(
        EVENT, first.i, last.j, first.start, last.end, ch.text, label=label,
        attrs={"kind": kind, "implied": how},
    )


def _describes_subject(chunks: list[Chunk], c: int) -> bool:
    """'berkas pasangan calon yang mendaftar di KPU X dinyatakan valid': the verb in a relative
    clause that tells which subject a passive verb after it speaks of, a registration past;
    so is 'total bakal calon yang mendaftar ke PKB menjadi tujuh orang', a count."""
    return c > 0 and chunks[c - 1].low == "yang" and any(
        (len(ch.low) > 5 and ch.low.startswith("di") and ch.low.endswith(("kan", "i"))
         and ch.low not in lx.NOT_VERBS) or ch.low in _COUNT_VERBS
        for ch in chunks[c + 1 :])


_COUNT_VERBS = frozenset({"menjadi", "mencapai", "berjumlah", "sebanyak"})


def _has_subject(chunks: list[Chunk], c: int) -> bool:
    for k in range(c - 1, max(-1, c - 6), -1):
        ch = chunks[k]
        if ch.kind in (ORG, ROLE):
            return not ch.attrs.get("generic")
        # "Ketua KPU X Nama melantik", "Bawaslu X, Papua Tengah melantik"
        if ch.kind not in (NAME, PLACE) and ch.low not in lx.HOST_SUBJECT_FILLERS:
            return False
    return False
