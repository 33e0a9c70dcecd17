"""The event and election matchers of the chunker: "Rapat Pleno Terbuka Rekapitulasi ...",
"Koordinasi dengan Stakeholder", "Pilkada Sleman 2024", "Pemilihan Gubernur/Wakil Gubernur".

An event's name runs on through its topic; an election's key says which election the article
can mean, so that every way of naming one gets one key.
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
    Chunk,
)
from electgraph.extract.namewords import name_word
from electgraph.extract.offices import OfficeMatcher

__all__ = ["EventMatcher"]

# Venue heads whose room is named after the sitting held there ("ruang sidang").
_ROOMS = frozenset({"ruang", "gedung", "aula", "balai"})
_EVENT_TOPIC_MAX = 8
_VOTER_LIST_STATES = frozenset({"tetap", "sementara"})
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
    """A lower-case word that can continue an event's topic: not a function word or a verb.
    Two joined by a slash are one ("pengucapan sumpah/janji")."""
    if "/" in word:
        return all(part and _topic_word(part) for part in word.split("/"))
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
_ATTENDED = frozenset({"dihadiri", "diikuti"})
# Ranks and titles a holder's name may start with.
# Verbs that say an event took place, after "yang" ("Pertemuan yang berlangsung di ...").
_TAKING_PLACE = frozenset({"berlangsung", "digelar", "diselenggarakan", "diadakan",
                           "dilaksanakan", "dihadiri"})
_BEFORE_A_NAME = lx.RANKS | lx.RANK_SUFFIXES | lx.HONORIFICS

# Words before a division named after its work ("divisi Sosialisasi", "bidang Pelantikan").
_DIVISION_WORDS = frozenset({"divisi", "div", "kadiv", "kordiv", "koordiv", "bidang", "kabid"})
# Heads that wrap the event they name ("upacara apel", "upacara pelantikan").
_WRAPPERS = frozenset({"upacara"})
# Elections a declaration pledges peace for: "Deklarasi Pilkada Damai", "Pemilu Damai".
_PEACE_PLEDGED = frozenset({"pilkada", "pemilu", "pemilihan", "pilgub", "pilbup", "pilwalkot"})
_TITLE_WORDS = frozenset({"bertajuk", "bertema", "bernama", "bertitel"})
_QUOTED_MAX = 10  # tokens a quoted title may run to


class EventMatcher(OfficeMatcher):
    """Events and elections, on top of bodies and offices."""

    def _room_named(self, i: int) -> bool:
        """Whether the event word at i names a room: "ruang sidang utama", "ruang rapat
        Paripurna DPRD X" (the room of the council's sittings)."""
        w = self.words
        return i > 0 and (w[i - 1] in _ROOMS or (
            i > 1 and w[i - 1] in ("rapat", "sidang") and w[i - 2] in _ROOMS))

    def _whole_region(self, start: int, end: int) -> int:
        """The end of a name that the length limit cut inside a region's name: "debat publik
        pertama pasangan calon Bupati dan wakil Bupati Pasaman Barat" keeps "Barat"."""
        for k in range(start, end):
            # not from a level word: "Wakil Wali Kota" ends an office, no "Kota Banda Aceh"
            if (self.toks[k].is_cap and self.words[k] not in lx.LEVEL_WORDS
                    and (hit := self.region_at(k)) is not None and hit[0] > end):
                return hit[0]
        return end

    def match_event(self, i: int) -> Chunk | None:
        if self.words[i] in lx.QUOTED_EVENT_WORDS and (named := self._quoted_event(i)) is not None:
            return named
        hit = _EVENT_TABLE.match(self.words, i)
        if hit is None or self._room_named(i):
            return None  # "ruang sidang utama" is a room, not a hearing
        if i > 0 and self.words[i - 1] in _DIVISION_WORDS:
            return None  # "Warman sebagai divisi Sosialisasi": a commissioner's division
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
            if self._office_of_body(j) or self._office_of_holder(i, j):
                break  # "Rapat Pleno Anggota KPU Banten A, B": an office and its holders
            if (t.is_cap and not self.toks[i].is_cap and self.words[j - 1] in ("dan", "serta")
                    and wj not in lx.COMMON_WORDS and wj not in lx.EVENT_WORDS):
                break  # "panelis debat dan Arief Marizki Purba": a name after the event
            if (t.is_cap and self.words[j - 1] in _BEFORE_RECIPIENT and wj not in lx.EVENT_WORDS
                    and self.match_role(j) is None and self.region_at(j) is None):
                break  # "penyerahan rekomendasi kepada pasangan Budi Santoso": whom to
            if wj in _VOTER_LIST_STATES and self.words[j - 1] != "pemilih":
                break  # "daftar pemilih tetap" goes on; "debat tetap molor" says how it went
            if (period := self._sitting_period(j)) > j:
                j = end = period  # "Rapat Paripurna Ke-3 Masa Persidangan II Tahun Sidang 2025"
                break
            if (
                wj in lx.EVENT_WORDS
                or (surface not in lx.WEAK_EVENT_HEADS and self._titled_election(i, j))
                # "Deklarasi Pilkada Damai 2024": the declaration's own name, no election's
                or (j + 1 < self.n and self.words[j + 1] == "damai" and wj in _PEACE_PLEDGED)
                or (
                    t.is_cap
                    and wj not in _NOT_NAME_NOR_EVENT
                    and not _BODY_TABLE.match(self.words, j)
                    and not _ELECTION_TABLE.match(self.words, j)
                    and wj not in lx.MONTHS
                    and wj not in lx.WEEKDAYS
                    and wj not in lx.HONORIFICS  # "... terpilih Papua Selatan Prof. NAME"
                    # a headline's verb: "Debat Perdana Calon Bupati Buru Berlangsung Aman"
                    and wj not in lx.EVENT_CONTEXT
                )
                or (
                    t.is_word
                    and not t.is_cap
                    and _topic_word(wj)
                    # "penetapan hasil pemilihan gubernur ... Provinsi Maluku": the election
                    # named in lower case is a chunk of its own.
                    and not (wj == "pemilihan" and self.match_election(j))
                    # "pengawasan pemilu 2024": a dated election, as when capitalised
                    and not (wj in ("pemilu", "pilkada") and j + 1 < self.n
                             and _YEAR.match(self.words[j + 1]) and self.match_election(j))
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
        end = self._whole_region(i + n, end)
        w = self.words
        if w[end - 1] == "tahun" and end > i + n:
            # "... Bupati dan Wakil Bupati Minut tahun 2020": a name cut at its length bound
            # keeps its year; "tahun" alone ends no name
            end = end + 1 if end < self.n and _YEAR.match(w[end]) else end - 1
        followed_by_verb = end < self.n and (
            w[end] in lx.EVENT_CONTEXT
            # "kegiatan penutupan tersebut dihadiri ...": a demonstrative between
            or (w[end] in lx.DEMONSTRATIVES and end + 1 < self.n and (
                (surface in _CEREMONIES and w[end + 1] in lx.EVENT_CONTEXT)
                # "rekapitulasi ini dihadiri oleh PPK": whatever is attended took place
                or w[end + 1] in _ATTENDED))
            # "Pertemuan yang berlangsung di X itu", "penetapan yang digelar": said to take place
            # ... not "tahap kampanye yang berlangsung selama 58 hari", a period
            or (w[end] == "yang" and end + 1 < self.n and w[end + 1] in _TAKING_PLACE
                and surface != "kampanye")
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

    def _sitting_period(self, j: int) -> int:
        """After a council's sitting period at j ("Masa Persidangan II Tahun Sidang 2025", "Masa
        Sidang I Tahun 2024"), which is part of its plenary's name; j when none starts there."""
        w = self.words
        if not (j + 2 < self.n and w[j] == "masa" and w[j + 1] in ("persidangan", "sidang")
                and self.toks[j + 2].text.isupper() and set(w[j + 2]) <= set("ivx")):
            return j
        k = j + 3
        if k < self.n and w[k] == "tahun":
            k += 1 + (k + 1 < self.n and w[k + 1] == "sidang")
            return k + 1 if k < self.n and _YEAR.match(w[k]) else j + 3
        return k

    def _titled_election(self, i: int, j: int) -> bool:
        """'dalam Sosialisasi Pilkada 2024': a one-word head in capitals, then an election in
        capitals: the event's title names the election (a head alone says too little)."""
        return (j == i + 1 and self.toks[i].is_cap and self.toks[j].is_cap
                and _ELECTION_TABLE.match(self.words, j) is not None)

    def _quoted_event(self, i: int) -> Chunk | None:
        """'menggelar acara “Ngopi” ngobrolin Pilkada', 'kegiatan bertajuk “Pemilu Ceria”': an
        event the report names only by the title in quotes, which is its label."""
        w, k = self.words, i + 1
        if k < self.n and w[k] in _TITLE_WORDS:
            k += 1
        held = i > 0 and w[i - 1] in lx.HOLDING_VERBS
        if k + 2 >= self.n or w[k] not in ('"', "“") or not self.toks[k + 1].is_cap or not (
                held or k > i + 1):
            return None
        close = next((m for m in range(k + 2, min(self.n, k + _QUOTED_MAX))
                      if w[m] in ('"', "”")), None)
        if close is None:
            return None
        return self._span(EVENT, i, close + 1, label=self._text(k + 1, close),
                          attrs={"kind": "acara"})

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

    def _office_of_holder(self, i: int, j: int) -> bool:
        """An office at j, in the name of an event starting at i, whose holder's name follows it
        after a comma ("Hadir dalam Apel Wakil Bupati Pohuwato, Suharsi Igirisa"): the office
        and name are who came. Not an office sought ("Kampanye Calon Gubernur X, NAME") or
        elected ("pemilihan Gubernur dan Wakil Gubernur"), nor the second of a pair."""
        hit = _ROLE_TABLE.match(self.words, j)
        if hit is None or self.words[j - 1] in ("dan", "serta") or any(
                w in lx.CANDIDATE_WORDS or w in lx.ELECTION_HEADS or w == "pemilihan"
                for w in self.words[i:j]):
            return False
        role = self.match_role(j)
        k = role.j if role is not None else j + hit[0]
        return k + 1 < self.n and self.words[k] == "," and self._holder_name(k + 1)

    def _holder_name(self, k: int) -> bool:
        """A name's word at k that opens no place or body (", Senin (3/3)" opens no name), also
        after a rank or title (", AKBP NAME", ", Letkol Inf NAME", ", Dr. NAME")."""
        titled = k
        while titled < self.n and self.words[titled].rstrip(".") in _BEFORE_A_NAME:
            titled += 1
        if titled > k:
            return titled < self.n and name_word(self.toks[titled].text, True)
        return (name_word(self.toks[k].text, False) and self.region_at(k) is None
                and not _BODY_TABLE.match(self.words, k))

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
