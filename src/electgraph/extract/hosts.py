"""hosts: which body held an event, read in the sentences the events rule places at one.

A body hosts when it is the subject of a host verb ("KPU X menggelar rapat ..."), the agent of
a passive one ("... yang digelar oleh KPU X"), the owner named after the event ("rapat pleno
KPU X", "sidang DKPP"), the owner of the venue ("di Aula KPU X"), a co-organiser ("bekerja
sama dengan Y"), or when its chair leads or opens the event ("dipimpin Ketua KPU X", "Ketua
Bawaslu X membuka ..."). A headline's body with a host verb hosts the article's main event;
where nothing names the main event's host, `mainhost` reads it from the event's kind.
"""

from __future__ import annotations

import re

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import ELECTION, EVENT, NAME, ORG, PLACE, ROLE, WORD, Chunk
from electgraph.extract.collect import Collector
from electgraph.extract.doc import SentView, org_of_role
from electgraph.extract.hostverbs import WATCHING, host_verb_follows, watches
from electgraph.model import EntityType, FactKind


def title_hosts(title: SentView, event: str, out: Collector) -> set[str]:
    """'KPU Papua Gelar Sidang Pleno ...', 'Ketua KPU X Lantik 474 PPS': a body (or its chair)
    that holds the article's event in the headline hosts it."""
    found: set[str] = set()
    chunks = title.chunks
    for c, ch in enumerate(chunks):
        org = ch if ch.kind == ORG else None
        if ch.kind == ROLE and ch.attrs.get("head") in lx.EVENT_LEADER_OFFICES:
            org = org_of_role(ch)
        if org is None or org.attrs.get("generic") or org.attrs.get("implied"):
            continue
        if host_verb_follows(chunks, c, title=True):
            key = out.entity(EntityType.ORGANIZATION, org)
            out.fact(FactKind.HOSTS, key, event, title.sent.start, title.sent.end, "hosts.title")
            found.add(key)
    return found


def sentence_hosts(sv: SentView, event: str, events: list[str], out: Collector) -> set[str]:
    """Bodies that hosted an event, by the first rule that applies to each body mention."""
    chunks = sv.chunks
    found: set[str] = set()
    for c, ch in enumerate(chunks):
        org, hit = ch, None
        if ch.kind == ORG and not ch.attrs.get("generic") and not ch.attrs.get("implied"):
            hit = _host_rule(chunks, c, event, events)
        elif ch.kind == ROLE and (led := _led_by(chunks, c)) is not None:
            org, hit = led, (event, "hosts.leader")
        elif ch.kind == ROLE and events and (led := _chair_holds(chunks, c)) is not None:
            org, hit = led, (_event_after(chunks, c) or event, "hosts.leader")
        if hit is not None:
            target, rule = hit
            key = out.entity(EntityType.ORGANIZATION, org)
            out.fact(FactKind.HOSTS, key, target, sv.sent.start, sv.sent.end, rule)
            found.add(key)
    return found


_ASKED = frozenset({"agar", "supaya", "segera", "harus", "wajib", "perlu", "berdasarkan",
                    "sesuai", "mengacu", "merujuk", "edaran", "instruksi"})


def _host_rule(
    chunks: list[Chunk], c: int, event: str, events: list[str]
) -> tuple[str, str] | None:
    """(event, rule name) when the body at c hosts an event in this sentence."""
    before = [x.low for x in chunks[max(0, c - 4) : c]]
    if set(before) & lx.BACKING_PASSIVES:
        return None  # "A-B diusul oleh partai Nasdem": a party backs a pair, it holds nothing
    if events and host_verb_follows(chunks, c):  # "KPU X menggelar rapat ..."
        if watches(chunks, c):
            return None
        return _event_after(chunks, c) or event, "hosts"
    if (sitting := _decides_in_sitting(chunks, c)) is not None:
        return sitting, "hosts"  # "KPU X resmi menetapkan ... dalam rapat pleno"
    if set(before) & _ASKED:
        # "meminta agar segera dilaksanakan oleh KPU X": a ruling to carry out, no event;
        # "dilaksanakan berdasarkan Surat Edaran Bawaslu RI": whose letter, not who held it
        pass
    elif (any(w in lx.HOSTED_BY for w in before) or (
        before[-1:] == ["dilakukan"] and _event_before(chunks, c)  # "... dilakukan KPU X"
    ) or (
        before[-1:] == ["oleh"]
        and "dipimpin" not in before
        # "disiarkan secara langsung oleh TVRI X": broadcast, not held
        and not set(before[-4:]) & (lx.BY_NOT_AT_EVENT | _ATTENDED)
    )) and not stage_by(chunks, c):
        return _event_before(chunks, c) or event, "hosts"  # "... yang digelar KPU X"
    if (
        c >= 2
        and chunks[c - 1].low in ("ke", "di")
        and any(
            chunks[k].low in lx.REGISTRATION_VERBS and registration_office(chunks, k) == c
            for k in range(max(0, c - 5), c - 1)
        )
    ):
        return event, "hosts.registration"  # "A-B mendaftar ke (di) KPU X"
    if (e := _owner_of(chunks, c)) is not None:
        return e, "hosts.genitive"
    if _at_own_office(before, chunks[:c]) or _at_headquarters(chunks, c):
        return event, "hosts.venue"  # "di Aula KPU X", "dari Aula Cenderawasih, Mapolda X"
    if events and set(before[-2:]) & lx.PANEL_WORDS:
        return event, "hosts.panel"  # "dibacakan majelis etik DKPP dalam sidang"
    if before[-2:] == ["sama", "dengan"] or (before[-1:] == ["dan"] and _co_host(chunks, c)):
        return event, "hosts.cohost"  # "... bekerja sama dengan Y"
    return None


def _owner_of(chunks: list[Chunk], c: int) -> str | None:
    """The event the body at c is named after as its owner: "rapat pleno KPU X", "sidang
    DKPP", "Rapat Badan Musyawarah (Bamus) DPRD X" (a short form between), "Kunjungan Kerja
    Komisi II DPR RI" (the council's commission). Not "pelantikan PPK X", which names who is
    sworn in."""
    k = c - 1
    if k >= 2 and chunks[k].text == ")" and chunks[k - 2].text == "(":
        if chunks[k - 1].kind == EVENT:
            return None  # "Rapat Koordinasi (Rakor) Forkopimda": the event's short form
        k -= 3
    elif k >= 1 and chunks[k - 1].low == "komisi" and _NUMERALS.match(chunks[k].low):
        k -= 2
    if k < 0 or chunks[k].kind != EVENT or not chunks[k].key:
        return None
    return None if chunks[k].attrs.get("kind") == "pelantikan" else chunks[k].key


_NUMERALS = re.compile(r"^(?:[ivx]+|\d+)$")


# Passives whose agent came to the event: "turut dihadiri oleh Bawaslu X" attends it.
_ATTENDED = frozenset({"dihadiri", "diikuti", "disaksikan", "didampingi", "dihadirkan"})


def _led_by(chunks: list[Chunk], c: int) -> Chunk | None:
    """The body of the office at c in 'Rapat dipimpin (langsung oleh) Ketua KPU X': the body
    whose chair or commander leads a meeting hosts it."""
    k = c - 1
    while k >= 0 and chunks[k].low in ("langsung", "oleh"):
        k -= 1
    if (
        k < 0
        or chunks[k].low not in lx.LED_BY_VERBS
        or chunks[c].attrs["head"] not in lx.EVENT_LEADER_OFFICES
        # "Kegiatan pengawasan ini dipimpin langsung oleh Ketua Bawaslu X": the watching, not
        # the event watched
        or any(x.low in WATCHING for x in chunks[max(0, k - 3) : k])
    ):
        return None
    org = org_of_role(chunks[c])
    return org if org is not None and not org.attrs.get("generic") else None


def _chair_holds(chunks: list[Chunk], c: int) -> Chunk | None:
    """'Ketua KPU X melantik ...', 'Ketua Bawaslu X membuka rapat ...': the chair acts for
    the body, which hosts."""
    if chunks[c].attrs["head"] not in lx.EVENT_LEADER_OFFICES:
        return None
    org = org_of_role(chunks[c])
    if org is None or org.attrs.get("generic") or org.attrs.get("implied"):
        return None
    k = c + 1
    while k < len(chunks) and (chunks[k].kind == NAME or chunks[k].text == ","):
        k += 1
    # "Ketua Panwaslu X, NAME memimpin Apel Siaga": what the chair leads, as "dipimpin Ketua X";
    # not the oath a court's chair leads ("memimpin langsung pengucapan sumpah")
    leads = _LEADS if not any("sumpah" in x.low for x in chunks[k : k + 6]) else frozenset()
    acts = host_verb_follows(chunks, k - 1, also=leads) or _opens_when(chunks, k)
    return org if acts or _at_own_sitting(chunks, k, org) else None


_LEADS = frozenset({"memimpin"})


def _at_own_sitting(chunks: list[Chunk], k: int, org: Chunk) -> bool:
    """'Ketua KPU X, NAME, pada rapat pleno rekapitulasi ...': a commission's plenary, a
    council's paripurna is the body's own sitting, which its chair speaks at."""
    sittings = _OWN_SITTINGS.get(org.attrs.get("body", ""))
    return (
        sittings is not None
        and k + 1 < len(chunks)
        and chunks[k].low in ("pada", "dalam", "saat", "ketika")
        and chunks[k + 1].kind == EVENT
        and chunks[k + 1].label.lower().startswith(sittings)
        # "rapat pleno KPU Kabupaten Y": another body's sitting, which the genitive gives
        and not (k + 2 < len(chunks) and chunks[k + 2].kind == ORG)
    )


# Not Bawaslu's chair: Bawaslu watches the commission's plenaries, its chair speaks at them.
_OWN_SITTINGS = {"kpu": ("rapat pleno", "pleno"), "dprd": ("rapat paripurna", "paripurna")}


def _opens_when(chunks: list[Chunk], k: int) -> bool:
    """'Ketua KPU X, NAME, menangis saat (hendak) menutup rapat pleno': the chair opens or
    closes the event in a clause of the sentence about them."""
    for m in range(k, min(len(chunks) - 2, k + 8)):
        if chunks[m].kind in (NAME, ROLE, ORG):
            return False
        if chunks[m].low in ("saat", "ketika", "sewaktu"):
            verb = m + 1 + (chunks[m + 1].low in ("hendak", "akan"))
            return verb < len(chunks) - 1 and chunks[verb].low in _OPENS and (
                chunks[verb + 1].kind == EVENT)
    return False


_OPENS = frozenset({"membuka", "menutup", "memimpin"})


# What a council does in its sitting: "DKPP menjatuhkan sanksi ... dalam sidang putusan".
_RULING_VERBS = frozenset({"menjatuhkan", "memutuskan", "membacakan", "mengabulkan"})


def _decides_in_sitting(chunks: list[Chunk], c: int) -> str | None:
    """'KPU X resmi menetapkan pasangan terpilih ... dalam rapat pleno': a body that decides in
    a sitting holds the sitting."""
    if not host_verb_follows(chunks, c, title=True, also=_RULING_VERBS):
        return None
    for k in range(c + 2, len(chunks)):
        ch = chunks[k]
        if ch.kind == EVENT and chunks[k - 1].low in ("dalam", "melalui", "saat"):
            return ch.key if ch.attrs.get("kind") in lx.SITTING_EVENTS else None
    return None


def _at_own_office(before: list[str], preceding: list[Chunk]) -> bool:
    """'di Aula KPU X', 'di Kantor Bawaslu X': an event held in a body's own office is hosted
    by it; 'berlangsung di KPU X' says the same without the office word."""
    if len(before) >= 2 and before[-1] in lx.VENUE_WORDS and before[-2] == "di":
        return True
    if (  # "di ruang Vicon Polres X", "di Aula Tribrata Polres X": a room named by a word
        len(before) >= 3 and before[-2] in lx.VENUE_WORDS and before[-3] == "di"
        and preceding[-1].text[:1].isupper() and preceding[-1].kind != ORG
    ):
        return True
    if (  # "di Ruang Sidang DKPP": a named room of the body's
        len(before) >= 2 and before[-2] == "di" and preceding[-1].attrs.get("kind") == "venue"
        and before[-1].split()[0] in lx.VENUE_WORDS
    ):
        return True
    if (  # "di ruang sidang utama DKPP": a room named by lower-case words
        len(before) >= 4 and before[-4] == "di" and before[-3] in lx.VENUE_WORDS
        and all(x.kind == WORD and x.text.islower() for x in preceding[-2:])
    ):
        return True
    return (
        bool(before) and before[-1] == "di" and any(x.low in lx.LOCATION_VERBS for x in preceding)
    )


def _at_headquarters(chunks: list[Chunk], c: int) -> bool:
    """'Kegiatan ini digelar secara virtual dari Aula Cenderawasih, Mapolda Papua': a venue,
    then the headquarters ("Mapolda", "Makodim") it stands in, where the event was held."""
    return (chunks[c].low.startswith(_HEADQUARTERS) and c >= 3 and chunks[c - 1].text == ","
            and chunks[c - 2].kind == PLACE and chunks[c - 3].low in ("di", "dari")
            and any(x.low in lx.LOCATION_VERBS for x in chunks[:c]))


_HEADQUARTERS = ("mapol", "mako", "markas")


def _co_host(chunks: list[Chunk], c: int) -> bool:
    k = c - 2
    return (
        k >= 0 and chunks[k].kind == ORG and any(x.low == "sama" for x in chunks[max(0, k - 3) : k])
    )


def _event_after(chunks: list[Chunk], c: int) -> str | None:
    for ch in chunks[c + 1 : c + 8]:
        if ch.kind == EVENT:
            return ch.key
    return None


# Words that frame an event as the setting of another: "Debat publik, sebagai bagian dari
# rangkaian kampanye terbuka, diselenggarakan KPU X" hosts the debate, not the campaign.
_FRAMES = frozenset({"rangkaian", "rangka", "bagian", "tahapan", "tahap", "masa"})


def stage_by(chunks: list[Chunk], c: int) -> bool:
    """'tahapan Pilkada telah dibuka oleh KPU RI sejak 26 Januari', 'jadwal tahapan yang
    ditetapkan oleh KPU RI': a stage of the election, which the body opened or set, and no
    event between it and the body."""
    for k in range(c - 1, max(-1, c - _STAGE_REACH), -1):
        if chunks[k].kind == EVENT:
            return False
        if chunks[k].low in _STAGES:
            return True
    return False


_STAGES = frozenset({"tahapan", "tahap", "jadwal"})
_STAGE_REACH = 10


def _event_before(chunks: list[Chunk], c: int) -> str | None:
    """The nearest event before c that is not named as the setting of another."""
    nearest = None
    for k in range(c - 1, -1, -1):
        if chunks[k].kind != EVENT:
            continue
        if k == 0 or chunks[k - 1].low not in _FRAMES:
            return chunks[k].key
        nearest = nearest or chunks[k].key
    return nearest


def registration_office(chunks: list[Chunk], c: int) -> int | None:
    """The body a registration verb at c goes to: 'mendaftar ke KPU X', 'mendaftarkan diri ke
    Komisi Pemilihan Umum (KPU) X', 'resmi mendaftar di KPU X'."""
    as_what = False  # "mendaftarkan diri sebagai peserta Pilkada X di Kantor KPU X"
    for k in range(c + 1, min(len(chunks) - 1, c + 9)):
        if chunks[k].low in ("ke", "di"):
            at = k + 1 + (chunks[k + 1].low in lx.VENUE_HEADS and k + 2 < len(chunks))
            org = chunks[at]
            ok = org.kind == ORG and not org.attrs.get("generic")
            return at if ok else None
        as_what = as_what or chunks[k].low == "sebagai"
        if chunks[k].low not in lx.REGISTRATION_FILLERS and not (
                as_what and (chunks[k].kind in (ELECTION, ROLE) or chunks[k].low in _AS_WHAT)):
            return None
    return None


# What a pair registers as: "sebagai peserta Pilkada X", "sebagai bakal pasangan calon".
_AS_WHAT = frozenset({"peserta", "bakal", "pasangan", "calon", "paslon", "bapaslon", "dan"})


__all__ = ["registration_office", "sentence_hosts", "stage_by", "title_hosts"]
