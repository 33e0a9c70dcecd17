"""Who a backing names that can be its candidate: not a party official ("Ketua DPD X, NAME"),
not whoever speaks of, signs or hands over the letter of support, not a street. Read by
`nominates`."""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract.chunks import NAME, PLACE, ROLE, Chunk
from electgraph.extract.doc import Doc, org_of_role
from electgraph.extract.pairs import resolve_person

__all__ = ["candidate_at", "party_official", "speaker"]


def party_official(chunks: list[Chunk], c: int) -> bool:
    """A name introduced or followed by an office in a party or a body ("Ketua DPD X, NAME")."""
    # "Sekretaris Partai Golkar Provinsi Gorontalo, NAME": the office's region between.
    regional = c >= 3 and chunks[c - 2].kind == PLACE
    for k, gap in ((c - 1, c - 1), (c - 2 - regional, c - 1), (c + 2, c + 1)):
        if (
            0 <= k < len(chunks)
            and chunks[k].kind == ROLE
            and (k == gap or chunks[gap].text == ",")
        ):
            org = org_of_role(chunks[k])
            if org is not None and org.attrs.get("category") in ("party", "election_body"):
                return True
    # "Ketua Umum (Ketum) Golkar yang baru, NAME": the office, words on it, then the name.
    k = c - 1
    while k >= 0 and c - k <= 5 and (chunks[k].low in _ON_THE_OFFICE or chunks[k].text == ","):
        k -= 1
    if k >= 0 and k < c - 1 and chunks[k].kind == ROLE:
        org = org_of_role(chunks[k])
        return org is not None and org.attrs.get("category") == "party"
    return False


# Words between a party office and its holder's name: "Ketua Umum Golkar yang baru, NAME".
_ON_THE_OFFICE = frozenset({"yang", "baru", "lama", "terpilih", "saat", "ini", "sekarang"})
# Who signs or hands over a party's letter of support is no candidate: "B1-KWK yang
# ditandatangani NAME", "Rekomendasi diserahkan Sekretaris DPP X, NAME", "diserahkan DPP X
# melalui NAME" (but "diserahkan kepada NAME": the word between stops the look back).
_SIGNED_BY = frozenset({"ditandatangani", "ditandatanganinya", "diteken", "ditandatangan",
                        "diserahkan", "melalui"})


def speaker(chunks: list[Chunk], c: int) -> bool:
    """A name after a speech verb, "menurut", "oleh" or "ditandatangani" (over its office), or
    before a speech verb and "bahwa": not the candidate."""
    if c + 2 < len(chunks) and chunks[c + 1].low in lx.SPEAK_VERBS and (
            chunks[c + 2].low in ("bahwa", ",")):
        return True  # "NAME menerangkan bahwa ... dukungan partai": who explains the backing
    for k in range(c - 1, max(-1, c - 9), -1):
        low = chunks[k].low
        if low in lx.SPEECH_VERBS or low in lx.SPEECH_VERBS_PASSIVE or low in ("menurut", "oleh"):
            return True
        if low in _SIGNED_BY:
            return True
        # "melalui Kabid X yang juga Koordinator Pilkada di Kalsel, NAME": the offices over the
        # name, with their words and region, as far as the hand-over word.
        if chunks[k].kind not in (ROLE, NAME, PLACE) and low not in _OVER_THE_NAME:
            return False
    return False


_OVER_THE_NAME = frozenset({",", "yang", "juga", "di", "selaku", "sekaligus"})


def candidate_at(doc: Doc, chunks: list[Chunk], c: int, aliases: dict[str, str]) -> str | None:
    """The person at c when it can be a candidate: not a party official, a speaker or a street."""
    person = resolve_person(doc, chunks[c], aliases)
    if person is None or party_official(chunks, c) or speaker(chunks, c):
        return None
    if c and chunks[c - 1].low in lx.NOMINATION_PLACE_WORDS:
        return None  # "Jalan Mayor Ruslan": a street
    if (
        0 < c < len(chunks) - 1
        and chunks[c - 1].text == "("
        and chunks[c + 1].text == ")"
        and (c < 2 or chunks[c - 2].kind != NAME)
    ):
        return None  # "Jenderal TNI (Purn) NAME": a word in brackets, not after a name
    return person
