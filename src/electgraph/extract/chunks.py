"""Turn a sentence's tokens into chunks: bodies, roles, events, elections, places, name candidates.

One left-to-right pass; at each token the longest lexicon entry wins. Relation rules then read
chunk sequences instead of raw text, which keeps them short and free of backtracking. The
matchers live in `orgs` (bodies), `offices` (roles), `eventchunks` (events, elections) and here
(places).
"""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract.chunkbase import (
    _BODY_TABLE,
    _ROLE_TABLE,
    ELECTION,
    EVENT,
    NAME,
    ORG,
    PLACE,
    PUNCT,
    ROLE,
    WORD,
    Chunk,
    trigger_words,
)
from electgraph.extract.eventchunks import EventMatcher
from electgraph.ids import fold

__all__ = ["ELECTION", "EVENT", "NAME", "ORG", "PLACE", "PUNCT", "ROLE", "WORD", "Chunk", "Chunker"]


# Titles abbreviated in streets' names beside the honorifics and ranks: "Jl. Jend. Sudirman".
_STREET_TITLES = frozenset({"jend", "kol", "mr", "st"})


class Chunker(EventMatcher):
    """Chunks of one sentence."""

    def _venue_in_lower_case(self, i: int) -> bool:
        """'di aula Kaboudabii Soskat', 'di ruang Kenanga': a room named after its head word in
        lower case; not 'di kantor Bupati X', an office's premises."""
        return (
            i > 0 and self.words[i - 1] == "di" and i + 1 < self.n and self.toks[i + 1].is_cap
            and _ROLE_TABLE.match(self.words, i + 1) is None
        )

    def match_place(self, i: int) -> Chunk | None:
        w = self.words
        if w[i] in lx.VENUE_HEADS and (self.toks[i].is_cap or self._venue_in_lower_case(i)):
            if i + 1 < self.n and (_BODY_TABLE.match(w, i + 1) or w[i + 1] in lx.PARTY_UNITS):
                return None  # "Aula KPU Garut": the body's own office, read by the host rule
            j = i + 1
            while j < self.n and (
                self.toks[j].is_cap
                or self.toks[j].text.isdigit()
                or (w[j] == "&" and j + 1 < self.n and self.toks[j + 1].is_cap)
            ):
                if w[j] in lx.STREET_WORDS or (_BODY_TABLE.match(w, j) and j > i + 1):
                    break  # "Lapangan Merdeka Jalan Sudirman": the venue, then its street
                j += 1
            if j < self.n and all(x in lx.VENUE_HEADS for x in w[i:j]) and _BODY_TABLE.match(w, j):
                return None  # "halaman Kantor KPU Jateng": the body's office, as above
            if j > i + 1:
                label = self._text(i, j)
                return self._span(
                    PLACE,
                    i,
                    j,
                    label=label,
                    key=f"place:name:{label.lower()}",
                    attrs={"kind": "venue"},
                )
            return None
        if w[i] in lx.AREA_HEADS and self.toks[i].is_cap:
            return self._area(i)
        hit = self.region_at(i)
        if hit is None:
            return None
        j, region = hit
        # The label is the form the article wrote ("Jakarta", "Sumsel"): the key carries the
        # Kemendagri code and `region_label` the official name, for resolution and display.
        label = self._text(i, j)
        if w[i] in ("kabupaten", "kab", "kota", "provinsi", "prov") and (
                fold(label.split(None, 1)[-1]) == fold(region.name)):
            label = region.label  # "Kab. Lahat": the level word spelt out
        # "Kabupaten Oku Selatan" stays as written, the official name in `region_label`
        return self._span(
            PLACE,
            i,
            j,
            label=label,
            key=f"place:{region.code}",
            attrs={
                "code": region.code,
                "kind": region.kind,
                "province_code": region.province_code,
                "region_label": region.label,
            },
        )

    def _area(self, i: int) -> Chunk | None:
        """'Kecamatan Kota Timur', 'Desa Buluduri', 'Jalan Taman Bunga IV', 'Jl. Sudirman'."""
        w = self.words
        kind = lx.AREA_HEADS[w[i]]
        k = self._skip_dot(i + 1) if kind == "street" else i + 1
        j = k
        while j < self.n and (
            (
                self.toks[j].is_cap
                and (w[j] not in lx.NOT_NAME or w[j] in lx.PLACE_SUFFIXES)
                and not _BODY_TABLE.match(w, j)
            )
            or (kind == "street" and j > k and self.toks[j].text.isdigit())
            or (kind == "street" and self._street_title_dot(j))
        ):
            j += 1
        if j == k:
            return None
        if kind in ("desa", "kecamatan") and j - k > 1:
            # "Desa Jambudipa Riki Pradita": a name follows the village's
            j = self.known_area_end(k, j, villages=kind == "desa",
                                    districts=kind == "kecamatan") or j
        label = self._text(i, j)
        return self._span(
            PLACE, i, j, label=label, key=f"place:name:{label.lower()}", attrs={"kind": kind}
        )

    def _street_title_dot(self, j: int) -> bool:
        """'Jl. H. Agus Salim', 'Jalan T. Ben Mahmud', 'Jl. Jend. Sudirman': the full stop of a
        title in a street's name, which goes on after it."""
        return (
            self.words[j] == "." and j + 1 < self.n and self.toks[j + 1].is_cap
            and (self.words[j - 1] in lx.HONORIFICS or self.words[j - 1] in lx.RANKS
                 or self.words[j - 1] in _STREET_TITLES or len(self.words[j - 1]) == 1)
        )

    def chunks(self) -> list[Chunk]:
        out: list[Chunk] = []
        i = 0
        matchers = (
            self.match_election,
            self.match_role,
            self.match_org,
            self.match_event,
            self.match_place,
        )
        triggers = trigger_words()
        toks, words, n = self.toks, self.words, self.n
        while i < n:
            tok = toks[i]
            found = None
            is_word = tok.text[:1].isalnum()  # Token.is_word without a call: once per token
            if is_word and words[i] in triggers:
                for m in matchers:
                    found = m(i)
                    if found is not None and found.j > i:
                        break
                    found = None
            if found is None:
                kind = WORD if is_word else PUNCT
                found = Chunk(kind, i, i + 1, tok.start, tok.end, tok.text, low=tok.low)
            out.append(found)
            i = found.j
        self._listed_parties(out)
        self._branded_venues(out)
        self._named_after_national_office(out)
        return out

    def _named_after_national_office(self, out: list[Chunk]) -> None:
        """'Wakil Menteri Dalam Negeri Bima Arya Sugiarto', 'diwakili oleh Bima Arya Sugiarto
        selaku ...': a national office names no region, nor does an agent after "oleh", so a
        one-word place right after one, before a capitalised word, begins a person's name."""
        for k in range(1, len(out) - 1):
            ch, before, nxt = out[k], out[k - 1], out[k + 1]
            org = before.attrs.get("org") if before.kind == ROLE else None
            national = isinstance(org, Chunk) and org.attrs.get("level") == "ri"
            if (ch.kind == PLACE and ch.j == ch.i + 1 and (national or before.low == "oleh")
                    and nxt.kind == WORD and nxt.is_cap):
                out[k] = Chunk(WORD, ch.i, ch.j, ch.start, ch.end, self.toks[ch.i].text,
                               low=self.words[ch.i])

    def _branded_venues(self, out: list[Chunk]) -> None:
        """'di Aston Hotel Pelita Batam', 'di Ayola Hotel', 'di Golden Tulip Hotel Balikpapan':
        up to three capitalised words between "di" and a hotel's head word are its brand, part
        of the venue's name (the head starts the venue otherwise, and the brand was left over)."""
        c = 1
        while c < len(out):
            ch = out[c]
            if ch.is_cap and self.words[ch.i] in lx.BRANDED_VENUE_HEADS and (
                    ch.kind == WORD or ch.attrs.get("kind") == "venue"):
                k = c
                while k > 1 and c - k < 3 and out[k - 1].kind == WORD and out[k - 1].is_cap:
                    k -= 1
                if k < c and out[k - 1].low == "di":
                    label = self._text(out[k].i, ch.j)
                    out[k : c + 1] = [self._span(PLACE, out[k].i, ch.j, label=label,
                                                 key=f"place:name:{label.lower()}",
                                                 attrs={"kind": "venue"})]
                    c = k
            c += 1

    def _listed_parties(self, out: list[Chunk]) -> None:
        """ "diusung PKB, PDI P, Buruh dan Ummat": a party named by a common word ("Buruh",
        "Ummat") without "Partai" is one only in a list of parties, next to one across a
        comma or "dan". Walked both ways, so a run of such names ("Buruh dan Ummat") chains."""
        def party(c: int) -> bool:
            return 0 <= c < len(out) and out[c].kind == ORG and (
                out[c].attrs.get("category") == "party")

        def beside_party(c: int, step: int) -> bool:  # "Gelora, dan Garuda": over ", dan"
            s = c + step
            while 0 <= s < len(out) and out[s].low in lx.PARTY_LIST_SEPARATORS:
                s += step
            return s != c + step and party(s)

        order = list(range(len(out)))
        for c in order + order[::-1]:
            ch = out[c]
            found = lx.LISTED_PARTIES.get(ch.text.lower()) if ch.kind == WORD else None
            if found is None or not ch.is_cap:
                continue
            if not (beside_party(c, -1) or beside_party(c, 1)):
                continue
            label, short = found
            out[c] = self._span(ORG, ch.i, ch.j, label=label, key=f"org:party:{short}",
                                attrs={"category": "party", "party": short})
