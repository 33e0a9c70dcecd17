"""Turn a sentence's tokens into chunks: bodies, roles, events, elections, places, name candidates.

One left-to-right pass; at each token the longest lexicon entry wins. Relation rules then read
chunk sequences instead of raw text, which keeps them short and free of backtracking. The
matchers live in `orgs` (bodies), `offices` (roles) and here (events, elections, places).
"""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract.chunkbase import (
    _BODY_TABLE,
    _ELECTION_TABLE,
    _EVENT_TABLE,
    _ROLE_TABLE,
    _YEAR,
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
from electgraph.extract.offices import OfficeMatcher

__all__ = ["ELECTION", "EVENT", "NAME", "ORG", "PLACE", "PUNCT", "ROLE", "WORD", "Chunk", "Chunker"]


_EVENT_TOPIC_MAX = 8
# Computed once: as an expression in the topic loop it built a set of some 200 words per word.
_NOT_NAME_NOR_EVENT = lx.NOT_NAME - lx.EVENT_WORDS

# Election kinds that name a regional head election, one per region in an article.
_LOCAL_ELECTIONS = frozenset({
    "Pilkada", "Pilbup", "Pilwalkot", "Pilgub", "Pemilihan Serentak",
    "Pemilihan Gubernur dan Wakil Gubernur", "Pemilihan Bupati dan Wakil Bupati",
    "Pemilihan Wali Kota dan Wakil Wali Kota", "Pemilihan Gubernur", "Pemilihan Bupati",
    "Pemilihan Wali Kota",
})  # fmt: skip


# Words after which a name is whom the event is for, not part of the event's name.
_BEFORE_RECIPIENT = frozenset({"kepada", "pasangan", "paslon", "bapaslon"})


def _topic_word(word: str) -> bool:
    """A lower-case word that can continue an event's topic: not a function word or a verb."""
    if word in lx.EVENT_STOP or not word.isalpha():
        return False
    return not looks_like_verb(word)




def looks_like_verb(word: str) -> bool:
    """Indonesian verb prefixes: me(N)-, ber-, ter-, di-...-kan/-i. Rough, with known nouns."""
    if len(word) <= 4 or word in lx.NOT_VERBS:
        return False
    if word.startswith(("meng", "meny", "mem", "men", "mel", "mer", "ber", "ter")):
        return True
    return word.startswith("di") and (word.endswith(("kan", "i", "nya")) or word in lx.DI_VERBS)




# Weak heads that name a ceremony when a demonstrative points at them ("penetapan tersebut
# dilakukan" is a decision, "penutupan tersebut dihadiri" a ceremony).
_CEREMONIES = frozenset({"penutupan", "pembukaan", "peresmian", "pelepasan"})
# Heads that wrap the event they name ("upacara apel", "upacara pelantikan").
_WRAPPERS = frozenset({"upacara"})

class Chunker(OfficeMatcher):
    """Chunks of one sentence."""

    def match_event(self, i: int) -> Chunk | None:
        hit = _EVENT_TABLE.match(self.words, i)
        if hit is None or (i and self.words[i - 1] in ("ruang", "gedung", "aula", "balai")):
            return None  # "ruang sidang utama" is a room, not a hearing
        n, surface = hit
        j = i + n
        if surface in _WRAPPERS and (inner := _EVENT_TABLE.match(self.words, j)) is not None:
            n2, surface = inner  # "Upacara Apel Siaga": the ceremony is the apel
            j, n = j + n2, n + n2
        end = j
        # An event's name runs on through its topic ("peluncuran maskot dan jingle Pilkada") up to
        # a function word, a verb, a body or punctuation. A name longer than the annotated one
        # still names the same event; one cut short loses its topic.
        while j < self.n and j - i < n + _EVENT_TOPIC_MAX:
            t = self.toks[j]
            wj = self.words[j]
            if self._office_of_body(j):
                break  # "Rapat Pleno Anggota KPU Banten A, B": an office and its holders
            if (t.is_cap and not self.toks[i].is_cap and self.words[j - 1] in ("dan", "serta")
                    and wj not in lx.COMMON_WORDS and wj not in lx.EVENT_WORDS):
                break  # "panelis debat dan Arief Marizki Purba": a name after the event
            if (t.is_cap and self.words[j - 1] in _BEFORE_RECIPIENT and wj not in lx.EVENT_WORDS
                    and self.match_role(j) is None and self.region_at(j) is None):
                break  # "penyerahan rekomendasi kepada pasangan Budi Santoso": whom to
            if (
                wj in lx.EVENT_WORDS
                or (
                    t.is_cap
                    and wj not in _NOT_NAME_NOR_EVENT
                    and not _BODY_TABLE.match(self.words, j)
                    and not _ELECTION_TABLE.match(self.words, j)
                    and wj not in lx.MONTHS
                    and wj not in lx.WEEKDAYS
                    and wj not in lx.HONORIFICS  # "... terpilih Papua Selatan Prof. NAME"
                )
                or (
                    t.is_word
                    and not t.is_cap
                    and _topic_word(wj)
                    # "penetapan hasil pemilihan gubernur ... Provinsi Maluku": the election
                    # named in lower case is a chunk of its own.
                    and not (wj == "pemilihan" and self.match_election(j))
                )
            ):
                j += 1
                if wj not in lx.EVENT_TRAILING_STOP:
                    end = j
            elif _YEAR.match(wj) and end == j:
                j += 1
                end = j
            else:
                break
        w = self.words
        followed_by_verb = end < self.n and (
            w[end] in lx.EVENT_CONTEXT
            # "kegiatan penutupan tersebut dihadiri ...": a demonstrative between
            or (surface in _CEREMONIES and w[end] in ("tersebut", "ini", "itu")
                and end + 1 < self.n and w[end + 1] in lx.EVENT_CONTEXT)
        )
        # "penyerahan Form B1-KWK", "Penyerahan surat rekomendasi": a party handing over its
        # backing, an event whatever the sentence says.
        documents = [k for k in range(i + 1, min(self.n, i + 6))
                     if self.words[k] in lx.BACKING_DOCUMENTS]
        backing = surface == "penyerahan" and bool(documents)
        if backing:  # named up to the document: "penyerahan Form B1-KWK"
            end = max(end, documents[-1] + 1)
        held = i > 0 and surface != "penetapan" and (
            w[i - 1] in lx.HOLDING_VERBS or (surface == "pertemuan" and w[i - 1] == "melakukan"))
        if surface in lx.HELD_EVENT_HEADS:
            if not held:
                return None
            end = self._partner(end)
        if surface in lx.WEAK_EVENT_HEADS and not backing and not held and (
            (end - i < 2 and not followed_by_verb)
            or not any(w in lx.EVENT_CONTEXT for w in self.words)
        ):
            return None  # "penetapan", "evaluasi": an event only when the sentence says so
        return self._span(
            EVENT, i, end, label=self._text(i, end),
            attrs={"kind": lx.EVENT_HEADS.get(surface) or lx.HELD_EVENT_HEADS[surface]}
        )

    def _partner(self, end: int) -> int:
        """'Koordinasi dengan Stakeholder': whom a coordination is with names it, up to a body,
        an election or a region, which stays a chunk of its own ("koordinasi dengan Polres X",
        "dengan Stakeholder Pilkada X")."""
        if end >= self.n or self.words[end] != "dengan":
            return end
        j = end + 1
        while (j < self.n and j < end + 4 and self.toks[j].is_cap
               and not _BODY_TABLE.match(self.words, j)
               and not _ELECTION_TABLE.match(self.words, j) and self.region_at(j) is None):
            j += 1
        return j if j > end + 1 else end

    def _office_of_body(self, j: int) -> bool:
        """An office of a named body starts at j ("Anggota KPU Banten")."""
        hit = _ROLE_TABLE.match(self.words, j)
        return hit is not None and j + hit[0] < self.n and (
            _BODY_TABLE.match(self.words, j + hit[0]) is not None)

    def _slashed_election(self, i: int) -> tuple[int, str] | None:
        """'Pemilihan Gubernur/Wakil Gubernur': the pair's offices written with a slash."""
        w = self.words
        if w[i] != "pemilihan" or i + 2 >= self.n or not w[i + 1].endswith("/wakil"):
            return None
        office = w[i + 1].split("/", 1)[0]
        surface = f"pemilihan {office} dan wakil {office}"
        if w[i + 2] != office or surface not in lx.ELECTION_HEADS:
            return None
        return 3, surface

    def match_election(self, i: int) -> Chunk | None:
        hit = _ELECTION_TABLE.match(self.words, i) or self._slashed_election(i)
        if hit is None:
            return None
        n, surface = hit
        w = self.words
        # "pemilihan gubernur dan wakil gubernur Provinsi Maluku": a long name in lower case is
        # an election's name when a region or a year follows it (checked below).
        lower_ok = self.toks[i].is_cap or w[i] in ("pilkada", "pemilu")
        if not lower_ok and " " not in surface:
            return None
        j = i + n
        # "Pemilihan Gubernur/Wakil Gubernur Aceh": the running mate's office after a slash.
        if j + 2 < self.n and w[j] == "/" and w[j + 1] == "wakil":
            k = j + 2
            while k < self.n and k < j + 4 and w[k] in ("gubernur", "bupati", "wali", "kota",
                                                          "walikota"):
                k += 1
            j = k if k > j + 2 else j
        # "Pemilihan Kepala Daerah (Pilkada) 2024": the acronym in brackets.
        if j + 2 < self.n and w[j] == "(" and w[j + 2] == ")" and w[j + 1] in lx.ELECTION_HEADS:
            j += 3
        serentak = False
        if j < self.n and w[j] == "serentak":
            serentak = True
            j += 1
        region = None
        hit_r = self.region_at(j)
        if hit_r:
            j, region = hit_r
        if j + 1 < self.n and w[j] == "tahun" and _YEAR.match(w[j + 1]):
            j += 1
        # "Pilkada 27 November 2024": the polling day before the year.
        if (
            j + 2 < self.n
            and w[j].isdigit()
            and len(w[j]) <= 2
            and w[j + 1] in lx.MONTHS
            and _YEAR.match(w[j + 2])
        ):
            j += 2
        year = None
        if j < self.n and _YEAR.match(w[j]):
            year = w[j]
            j += 1
        if not lower_ok and region is None and year is None:
            return None
        kind = lx.ELECTION_HEADS[surface]
        label = self._text(i, j)
        # One key per election the article can mean: the local election of a region, however
        # it is named ("Pilgub Jateng", "Pemilihan Gubernur dan Wakil Gubernur Jateng 2024"),
        # and the nationwide one of a year ("Pilkada 2024", "Pilkada Serentak 2024").
        family = "pilkada" if kind in _LOCAL_ELECTIONS else kind.lower()
        key_parts = [family, "", region.code if region else "", "" if region else year or ""]
        return self._span(
            ELECTION,
            i,
            j,
            label=label,
            key="election:" + ":".join(key_parts),
            attrs={
                "kind": kind,
                "year": year or "",
                "region_code": region.code if region else "",
                # "pemilu", "Pilkada" alone name no particular election.
                "generic": not (serentak or region or year),
            },
        )

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
                if _BODY_TABLE.match(w, j) and j > i + 1:
                    break
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
        label = (
            region.label
            if w[i] in ("kabupaten", "kab", "kota", "provinsi", "prov")
            else (self._text(i, j))
        )
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
        return out

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
