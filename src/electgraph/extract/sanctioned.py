"""Whom a sanction names: the officials after an active verb ("kepada ROLE, A dan B"), before a
passive one ("A dan B dijatuhi ..."), after "adalah" or "antara lain", in the next sentence
("Mereka adalah ...", a numbered list), and not the speakers, judges and complainants. Read by
`sanctions`."""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import NAME, ORG, ROLE, Chunk
from electgraph.extract.doc import Doc, org_of_role
from electgraph.extract.officelists import counted, party_number

__all__ = ["addressed", "after", "before", "besides", "counted_group", "excluded", "goes_on",
           "group_count", "manner_end", "named", "named_after", "named_later", "names_again",
           "names_them", "nominal", "numbered_first", "points_back_plural", "same_as_before",
           "second_sanction", "serta_first", "speaks"]


def excluded(chunks: list[Chunk], c: int) -> bool:
    """Speakers, judges and complainants are not the sanctioned."""
    for k in range(c - 1, max(-1, c - 4), -1):
        ch = chunks[k]
        if ch.low in lx.SPEECH_VERBS or ch.low in _NOT_SANCTIONED_CUES:
            return True
        if ch.kind == ROLE:
            org = org_of_role(ch)
            if "majelis" in ch.low or (org is not None and org.attrs.get("body") == "dkpp"):
                return True
        elif ch.kind != NAME and ch.text != "," and ch.low not in ("dan", "serta", "dari"):
            return False  # "Anggota Majelis A dan B": both judge
    return False


# "terkait penanganan aduan dari anggota DPR RI NAME": who complained, or speaks, is no party
# sanctioned
_NOT_SANCTIONED_CUES = frozenset({"menurut", "oleh", "pengadu", "pelapor", "aduan", "pengaduan",
                                  "laporan"})


def named(doc: Doc, chunks: list[Chunk], c: int) -> str | None:
    person = doc.person_of(chunks[c])
    return None if person is None or excluded(chunks, c) else person


def speaks(chunks: list[Chunk], c: int) -> bool:
    """'Ketua KPU X, Herman mengatakan, ...': who speaks of the members sanctioned is not the
    one "anggota PPS tersebut" points back to."""
    return c + 1 < len(chunks) and chunks[c + 1].low in lx.SPEAK_VERBS


def after(doc: Doc, chunks: list[Chunk], v: int, stop: int | None = None) -> list[str]:
    """The officials named after the verb at v ("kepada ROLE, A dan B", "kepada empat komisioner
    lainnya yaitu A, B dan C", "kepada A selaku Ketua merangkap anggota, B"), up to `stop`."""
    found: list[str] = []
    c = v + 1
    end = min(len(chunks), stop if stop is not None else len(chunks))
    reach = v + 18
    while c < end and (found or c < reach):
        ch = chunks[c]
        if not found and ch.low in lx.NUMBERED_PARTIES:
            reach += 2  # "terhadap teradu satu, teradu dua, ... dan teradu lima atas nama A, B"
        if ch.text in ('"', "“", "”") or (
                # "sanksi tegas kepada A": firm, no "tegas Ketua DKPP" said
                ch.low in lx.SPEECH_VERBS and chunks[c - 1].low != "sanksi"):
            break
        if not found and _relative_act(chunks, c):
            break  # "memecat seorang anggota PPK yang melakukan pertemuan dengan A": not A
        person = named(doc, chunks, c)
        if person is None and ch.kind == NAME and (
            _numbered(chunks, c)
            or (found and _joined_to_person(doc, chunks, c))
            or (not ch.attrs.get("common") and (
                (found and _listed(chunks, c)) or chunks[c - 1].low in ("yakni", "yaitu", ":")))
        ):
            # "Teradu II A, Teradu III B, ...": a name the list numbers is an official too
            doc.ensure_person(ch, certain=_numbered(chunks, c) or bool(found))
            person = named(doc, chunks, c)
        if person:
            found.append(person)
        elif found and ch.text == "(" and (close := next(
                (k for k in range(c + 1, min(end, c + 10)) if chunks[k].text == ")"), 0)):
            c = close  # "A (Ketua merangkap anggota KPU X), B, C": an office in brackets
        elif found and not (
            _list_word(chunks, c)
            or ch.low in lx.SANCTION_LIST_FILLERS
            or ch.kind == ROLE
            # "- A (Ketua) selaku Teradu I.", "- B ...": a list's items, each ending with a dot
            or (ch.text == "." and c + 1 < end and chunks[c + 1].text == ",")
        ):
            break
        c += 1
    return found


def _relative_act(chunks: list[Chunk], c: int) -> bool:
    """'yang melakukan ...', 'yang bertemu ...': a clause on what the unnamed sanctioned did,
    whose names are others ('yang bernama A' names them)."""
    if chunks[c].low != "yang" or c + 1 >= len(chunks):
        return False
    verb = chunks[c + 1].low
    return verb.startswith(("me", "ber")) and verb not in _NAMING_VERBS


_NAMING_VERBS = frozenset({"bernama", "berinisial", "menjabat", "merupakan", "berasal"})


def _listed(chunks: list[Chunk], c: int) -> bool:
    """A name after a list word of the sanctioned ("dan", "Teradu III") in a list begun."""
    return (
        chunks[c].kind == NAME
        and (not chunks[c].attrs.get("common") or _numbered(chunks, c))
        and c > 0
        and _list_word(chunks, c - 1)
    )


def _joined_to_person(doc: Doc, chunks: list[Chunk], c: int) -> bool:
    """A name of common words ("Teguh Prihatin") joined to a person's in a list ("A, B dan
    Teguh Prihatin"): a person too; one word alone ("dan Sekretariat") may be anything."""
    return (
        chunks[c].kind == NAME
        and " " in chunks[c].text
        and c >= 2
        and chunks[c - 1].low in ("dan", "serta", ",")
        and doc.person_of(chunks[c - 2]) is not None
    )


def _numbered(chunks: list[Chunk], c: int) -> bool:
    """A name numbered as a party to the case ("Teradu V Teguh Prihatin", "teradu kelima
    Rusmilawati"): a person, whatever common words his name is made of."""
    return c >= 2 and party_number(chunks, c - 1)


def _list_word(chunks: list[Chunk], c: int) -> bool:
    """A word of the list of the sanctioned: a separator, "Teradu", its number ("Teradu III",
    "teradu 9", "teradu kedua")."""
    return chunks[c].low in lx.SANCTION_LIST_WORDS or party_number(chunks, c)


def before(doc: Doc, chunks: list[Chunk], v: int) -> list[str]:
    """The officials named before the verb at v ("ROLE, NAME, diberhentikan tetap")."""
    found: list[str] = []
    c = v
    while c > 0:
        c -= 1
        ch = chunks[c]
        if found and ch.text == ")" and (opening := _office_in_brackets(chunks, c)) is not None:
            c = opening  # "A (Ketua Bawaslu X), B, dan C dijatuhi": A's office, in the list
            continue
        if not found and (c + 1 == v or chunks[c + 1].text == ",") and (
                _joined_to_person(doc, chunks, c)):
            doc.ensure_person(ch, certain=True)  # "yakni A, B dan Teguh Prihatin, dijatuhi"
        if not found and counted(ch) and c + 1 < v and (
                chunks[c + 1].low == "orang" or chunks[c + 1].kind == ROLE
                or chunks[c + 1].low in lx.SANCTION_GROUP_NOUNS):
            break  # "..., empat orang PPS di X diberhentikan": a group counted is the subject
        person = named(doc, chunks, c)
        if person:
            found.append(person)
        elif found and ch.kind != ROLE and not (
                ch.low in lx.SANCTION_LIST_WORDS or ch.low in lx.SANCTION_LIST_FILLERS):
            break
    return found[::-1]


def _office_in_brackets(chunks: list[Chunk], close: int) -> int | None:
    """The "(" of an office in brackets right after a name that closes at `close`."""
    opening = close - 2
    if opening >= 1 and chunks[opening].text == "(" and chunks[close - 1].kind == ROLE and (
            chunks[opening - 1].kind == NAME):
        return opening
    return None


def named_after(chunks: list[Chunk]) -> int | None:
    """Index of "adalah" in "(PPK) yang diberi sanksi adalah A dan B": the sanctioned are named
    after a relative clause with a passive verb."""
    for c in range(1, len(chunks) - 1):
        if chunks[c].low in lx.SANCTION_VERBS_PASSIVE and chunks[c - 1].low == "yang":
            return next((k for k in range(c + 1, min(c + 8, len(chunks))) if _opens_names(
                chunks, k)), None)
    return None


def _opens_names(chunks: list[Chunk], k: int) -> bool:
    """Whether the list of the sanctioned begins after k: "adalah", "yakni", "antara lain",
    "di antaranya"."""
    low = chunks[k].low
    return low in ("adalah", "ialah", "yakni", "yaitu", "diantaranya") or (
        k > 0 and (chunks[k - 1].low, low) in (("antara", "lain"), ("di", "antaranya")))


def addressed(chunks: list[Chunk], first: int) -> int | None:
    """Index of "kepada" in "SK Pemberhentian Tetap kepada A dan B": a decree issued to the
    persons after it, with no verb of sanctioning."""
    return next((k for k in range(first, min(len(chunks), first + _ADDRESS_REACH))
                 if chunks[k].low in _TO_WHOM), None)


_TO_WHOM = frozenset({"kepada", "terhadap"})
_ADDRESS_REACH = 5  # chunks from the sanction's first word to its "kepada"


def named_later(chunks: list[Chunk], v: int) -> int | None:
    """Index of the word after which a passive clause names its sanctioned: "atas nama",
    "bernama", "berinisial", "yakni"."""
    for k in range(v + 1, min(len(chunks), v + 8)):
        if chunks[k].low in ("bernama", "berinisial", "yakni", "yaitu") or (
                chunks[k].low == "nama" and chunks[k - 1].low == "atas"):
            return k
    return None


def nominal(doc: Doc, chunks: list[Chunk]) -> tuple[int, list[str]] | None:
    """(index of the noun, the persons) of a sanction named as a noun with its persons right
    after it: "yang mencakup pemberhentian A (ROLE), B dan C", "pemberhentian anggota Panwascam
    X berinisial B". An office right after it with no name ("pemberhentian Bupati dan Wakil
    Bupati X masa jabatan 2021-2025", at a term's end) is no sanction."""
    for c, ch in enumerate(chunks):
        head, *manner = ch.low.split()
        if head not in lx.SANCTION_NOUNS or not _MANNER.issuperset(manner):
            continue  # a decree's title may be read as a name: "Pemberhentian Tidak Dengan ..."
        k = c + 2 if c + 1 < len(chunks) and chunks[c + 1].low == "terhadap" else c + 1
        k = manner_end(chunks, k)  # "Pemberhentian Tidak Dengan Hormat A sebagai ..."
        if k < len(chunks) and chunks[k].kind == NAME and doc.person_of(chunks[k]):
            return c, after(doc, chunks, c)
        later = named_later(chunks, c)
        if later is not None and chunks[later].low in ("bernama", "berinisial"):
            return c, after(doc, chunks, later)
    return None


# How a removal is made, written between its noun and the person: "(dengan) tidak (dengan)
# hormat", "secara tetap".
_MANNER = frozenset({"tidak", "dengan", "hormat", "secara", "tetap", "sementara"})


def manner_end(chunks: list[Chunk], k: int) -> int:
    """After the words from k that say how a removal is made ("tidak dengan hormat")."""
    while k < len(chunks) and chunks[k].low in _MANNER:
        k += 1
    return k


def names_them(
    doc: Doc, index: int, chunks: list[Chunk], listing: bool = False
) -> tuple[int, bool] | None:
    """(index of the word after which a sentence names the group of the sentence before,
    whether it is an item of a numbered list): "Mereka adalah A, B dan C", "Yakni A dan B";
    "1. A, anggota PPK X", whose number may stand as a sentence of its own (-1: the item
    after it); after a sentence that named some of them (`listing`), "Selanjutnya C dan D"."""
    if listing and chunks and chunks[0].low in _LIST_GOES_ON:
        return 0, False
    if len(chunks) >= 2 and chunks[0].text.isdigit() and chunks[1].text == ".":
        return 1, True
    before = doc.sents[index - 1].chunks
    if len(before) == 2 and before[0].text.isdigit() and before[1].text == "." and chunks and (
            chunks[0].kind == NAME):
        return -1, True
    k = 1 if chunks and (chunks[0].low in ("mereka", "masing-masing", "keduanya") or (
        chunks[0].low == "di" and len(chunks) > 1 and chunks[1].low == "antaranya")) else 0
    if chunks and counted(chunks[0]):
        # "Kedua Panwascam itu yakni A dan B": the group counted and pointed back to
        k = next((t + 1 for t in range(1, min(len(chunks) - 1, 5))
                  if chunks[t].low in ("itu", "tersebut")), 0)
    return (k, False) if len(chunks) > k + 1 and _opens_names(chunks, k) else None


# Words that open a sentence going on with a list of names: "Selanjutnya C, D dan E."
_LIST_GOES_ON = frozenset({"selanjutnya", "kemudian", "lalu", "serta", "juga", "berikutnya"})


def goes_on(chunks: list[Chunk]) -> bool:
    """'; Teradu II B selaku ...' or a sentence 'Teradu dua, B, dan teradu tiga, C': a clause
    that continues a numbered list of the sanctioned."""
    if numbered_first(chunks):
        # the party's name right after its number, and nothing said of it but its post
        named = next((c for c, ch in enumerate(chunks) if ch.kind == NAME), len(chunks))
        return named <= 4 and not any(ch.low in lx.SANCTION_BLOCKERS for ch in chunks)
    if serta_first(chunks):
        return not any(ch.low in lx.SANCTION_BLOCKERS for ch in chunks)
    k = 2 if len(chunks) > 3 and chunks[1].low in ("dan", "serta") else 1  # "; dan Teradu III"
    return len(chunks) > k + 1 and (
        (chunks[0].text == ";" and (chunks[k].low in lx.NUMBERED_PARTIES
                                    or chunks[k].kind == NAME))
        # ", dan Teradu III C": the list's last party, after the comma a clause begins with
        or (chunks[0].text == "," and k == 2 and chunks[k].low in lx.NUMBERED_PARTIES))


def serta_first(chunks: list[Chunk]) -> bool:
    """A sentence opening on "Serta": the list of the sentence before goes on."""
    return bool(chunks) and chunks[0].low == "serta"


def numbered_first(chunks: list[Chunk]) -> bool:
    first = next((ch for ch in chunks if ch.text not in ('"', "“", "”")), None)
    return first is not None and first.low == "teradu"


def counted_group(chunks: list[Chunk]) -> bool:
    """'kepada lima orang Teradu dari KPU X': a group counted, whom the next sentence may
    name ('Mereka adalah: ...'), not the official named last."""
    return any(
        ch.low in lx.BALLOT_NUMBER_WORDS or ch.text.isdigit()  # the numbers written in words
        for c, ch in enumerate(chunks[:-1])
        if chunks[c + 1].low in lx.SANCTION_GROUP_NOUNS or (
            chunks[c + 1].low == "orang" and c + 2 < len(chunks)
            and chunks[c + 2].low in lx.SANCTION_GROUP_NOUNS))


def group_count(chunks: list[Chunk]) -> int:
    """The count of a group the clause names ("8 anggota PPS", "delapan anggota PPS"), 0 if
    none."""
    for c, ch in enumerate(chunks[:-1]):
        if (number := counted(ch)) and chunks[c + 1].low not in _NOT_COUNTED and (
                chunks[c + 1].kind == ROLE or chunks[c + 1].text.isalpha()):
            return number
    return 0


# Words after a number that do not count a group: "2 tahun", "3 Juli", "1 persen".
_NOT_COUNTED = frozenset({"tahun", "bulan", "hari", "minggu", "persen", "kali", "jam"})


def names_again(chunks: list[Chunk], count: int) -> bool:
    """Whether the sentence names again a group of `count` ("Delapan anggota PPS itu ...",
    "8 orang tersebut ...")."""
    for c, ch in enumerate(chunks):
        if counted(ch) == count and any(
                n.low in lx.DEMONSTRATIVES for n in chunks[c + 1 : c + 5]):
            return True
    return False


def points_back_plural(chunks: list[Chunk]) -> int:
    """How many sentences back the clause points to a list of the sanctioned: one for
    'keempatnya', 'mereka'; two for the parties of a case counted ('kepada kelima teradu'),
    whose list a sentence on the hearing may stand between; 0 when it points to none."""
    if any(ch.low in lx.SANCTION_GROUP_COUNTS and c + 1 < len(chunks)
           and chunks[c + 1].low in lx.SANCTION_GROUP_NOUNS for c, ch in enumerate(chunks)):
        return 2
    return int(any(ch.low in lx.SANCTION_PLURAL_ANAPHORS for ch in chunks))


def besides(doc: Doc, chunks: list[Chunk]) -> list[str]:
    """The officials a sentence opens with after "Selain" ("Selain A, sanksi serupa dijatuhkan
    kepada B dan C", "Selain A dan B, ..."): the sanction given to the others is theirs too."""
    if len(chunks) < 3 or chunks[0].low != "selain":
        return []
    found: list[str] = []
    for c in range(1, len(chunks)):
        ch = chunks[c]
        if ch.text == ",":
            return found
        if ch.kind == NAME and (person := named(doc, chunks, c)):
            found.append(person)
        elif ch.low not in ("dan", "serta") and ch.kind != ROLE and ch.kind != ORG:
            return []  # "Selain itu, ...", "Selain memberhentikan A, ...": no one besides
    return []


def second_sanction(
    chunks: list[Chunk], hits: list[tuple[int, int, str]], v: int
) -> tuple[int, str, tuple[int, int]] | None:
    """(verb, label, span as written) of a second sanction whose active verb comes after the verb at
    v and before its own sanction: "..., serta menjatuhkan peringatan keras kepada ...", or
    that the verb at v gives too, its persons after its own "kepada": "menjatuhkan peringatan
    keras kepada A dan peringatan kepada B"."""
    for a, b, label in hits[1:]:
        if not label:
            continue
        at = next((c for c, ch in enumerate(chunks) if ch.end > a), len(chunks))
        verbs = [c for c in range(v + 1, at) if chunks[c].low in lx.SANCTION_VERBS_ACTIVE]
        if verbs:
            return verbs[-1], label, (a, b)
        to = next((c for c in range(at, len(chunks)) if chunks[c].start >= b), len(chunks))
        if to < len(chunks) and chunks[to].low in _TO_WHOM and any(
                ch.low in _TO_WHOM for ch in chunks[v + 1 : at]):
            # each sanction with its own "kepada" ("peringatan keras dan pemberhentian ...
            # kepada A" is one sanction of A's)
            return to, label, (a, b)
    return None


def same_as_before(chunks: list[Chunk], c: int) -> bool:
    """'Sanksi serupa diterima NAME', 'sanksi yang sama', 'Selain A, sanksi juga diberikan
    kepada B': a bare "sanksi" at c that is the sanction named before."""
    if chunks[c].low != "sanksi" or c + 1 >= len(chunks):
        return False
    if chunks[c + 1].low in lx.SANCTION_SAME:
        return True
    return c + 2 < len(chunks) and (chunks[c + 2].low in lx.SANCTION_SAME or (
        chunks[c + 1].low == "juga" and chunks[c + 2].low in lx.SANCTION_VERBS))
