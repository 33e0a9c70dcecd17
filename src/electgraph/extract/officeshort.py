"""An office's short form, or its body's, in brackets between the office and its holder:
"Ketua Partai Demokrasi Indonesia Perjuangan (PDIP), NAME", "Kepala Kepolisian Daerah X
(Kapolda X) NAME", "Kepala Badan Kepegawaian Daerah (BKD) Halsel, NAME". Read by
`officelists.names_after`."""

from __future__ import annotations

from electgraph.extract.chunkbase import abbreviates
from electgraph.extract.chunks import NAME, ORG, PLACE, ROLE, WORD, Chunk

__all__ = ["past_short_form"]


def past_short_form(chunks: list[Chunk], c: int, k: int) -> int:
    """Where the holder's name may start after the office at c, past a short form in
    brackets at k (and the region of a body the tables do not know after it); k if none."""
    if not _body_short_form(chunks, c, k):
        return k
    k += 3
    if k + 1 < len(chunks) and chunks[k].kind == PLACE and (
            chunks[k + 1].text == "," or chunks[k + 1].kind == NAME) and (
            not isinstance(chunks[c].attrs.get("org"), Chunk)):
        # "Kepala Badan Kepegawaian Daerah (BKD) Halsel, NAME": a known body would have been
        # read with its region, so the region here is an unknown body's
        k += 1 + (chunks[k + 1].text == ",")
    return k


def _body_short_form(chunks: list[Chunk], c: int, k: int) -> bool:
    """"Ketua Partai Demokrasi Indonesia Perjuangan (PDIP), NAME": the short form of the
    office's body (or region) in brackets at k, before its holder."""
    org = chunks[c].attrs.get("org")
    if not (k + 3 < len(chunks) and chunks[k].text == "(" and chunks[k + 2].text == ")"):
        return False
    short = chunks[k + 1]
    # the body the office names in words: its own, or the office's words past its title
    body = org.low if isinstance(org, Chunk) else chunks[c].low.partition(" ")[2]
    if short.kind == WORD and short.text.isupper() and len(short.text) > 2:
        # "Kepala Badan Kepegawaian Daerah (BKD)": the body's acronym, which no table knows
        return abbreviates(short.low, body)
    if short.kind == ROLE:
        # "Kepala Kepolisian Daerah X (Kapolda X) NAME": the office itself, by its short form
        own = short.attrs.get("org")
        return not isinstance(own, Chunk) or not isinstance(org, Chunk) or own.key == org.key
    if short.kind == PLACE:
        # "Pj Bupati Parigi Moutong (Parimo), NAME": the short form of the office's region
        return abbreviates(short.low, chunks[c].low)
    if short.kind == ORG and not isinstance(org, Chunk):
        # "Kepala Badan Kepegawaian Daerah (BKD)": the office names its body in full
        return abbreviates(short.low, body)
    if short.kind != ORG or not isinstance(org, Chunk):
        return False
    # the body itself, or the party its branch belongs to ("DPP P (P)")
    return short.key == org.key or (org.attrs.get("party") or 0) == short.attrs.get("party")
