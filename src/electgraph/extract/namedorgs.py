"""Organisations named after a head word: "Universitas Padjadjaran", "Kejaksaan Negeri
Kotabaru", "BEM STKIP Paris Barantai", "Aliansi Jurnalis Independen (AJI) Gorontalo",
"Kemenpan-RB", "Universitas Tujuh Belas Agustus Surabaya". `orgs.OrgMatcher` builds on it."""

from __future__ import annotations

from electgraph.extract import lexicon as lx
from electgraph.extract.chunkbase import (
    _BODY_TABLE,
    _ROLE_TABLE,
    ORG,
    Chunk,
    ChunkerBase,
    balinese_start,
)

# Computed once: the words that end an organisation's name ("Kejaksaan Negeri" keeps its
# "Negeri", "Forum Masyarakat Peduli X" its "Masyarakat").
_NOT_ORG_NAME = lx.NOT_NAME - {"negeri", "masyarakat", "warga", "nasional", "indonesia", "pemilu",
                               "pemilihan", "umum", "rakyat", "daerah", "peduli", "pimpinan",
                               "tokoh", "penyelenggara"}
_NUMBER_WORDS = frozenset(lx.BALLOT_NUMBER_WORDS) | {"belas", "puluh", "sebelas"}
# A campaign team's kind ("Tim Pemenangan", "Tim Kampanye Daerah", "Tim Koalisi Pemenanganan",
# as some spell it) and the pair it works for.
_TEAM_KIND_STEMS = ("pemenang", "kampanye", "koalisi", "sukses")
_TEAM_SCOPES = frozenset({"daerah", "nasional", "provinsi", "kabupaten", "kota", "partai",
                          "pengusung"})
_PAIR_WORDS = frozenset({"pasangan", "paslon", "paket", "calon", "bapaslon", "kandidat"})
_PAIR_NAME_WORDS = 3  # words of one member's name in a team's name
# Agencies named by their field of government, in common words ("Dinas Kependudukan dan
# Pencatatan Sipil", "Kementerian Dalam Negeri"): a name after the field is their head's.
_FIELD_NAMED = frozenset({"dinas", "kementerian"})


def _field_word(w: str) -> bool:
    """A word of a field of government, which a person's name is not made of."""
    return (w in lx.COMMON_WORDS or w in lx.GOVERNMENT_FIELDS) and w not in lx.ORG_HEADS


class NamedOrgMatcher(ChunkerBase):
    def _number_in_name(self, j: int) -> bool:
        """ "Universitas Tujuh Belas Agustus": a number written out and capitalised, inside a
        name that goes on after it."""
        k = j
        while k < self.n and self.toks[k].is_cap and self.words[k] in _NUMBER_WORDS:
            k += 1
        return k > j and k < self.n and self.toks[k].is_cap

    def _glued_suffix(self, j: int) -> bool:
        """A hyphen and a short acronym glued to the word before j ("Kemenpan-RB")."""
        return (j + 1 < self.n and self.toks[j].text == "-" and self.toks[j - 1].end
                == self.toks[j].start and self.toks[j].end == self.toks[j + 1].start
                and self.toks[j + 1].text.isupper() and len(self.toks[j + 1].text) <= 3)

    def _named_org(self, i: int) -> Chunk | None:
        """'Universitas Padjadjaran', 'Kejaksaan Negeri Kotabaru', 'BEM STKIP Paris Barantai'."""
        if self._acronym_as_given_name(i):
            return None
        j = i + 1
        standalone = self.words[i] in lx.ORG_STANDALONE
        if self.words[i] == "kemenko" and j < self.n and self.words[j] in lx.KEMENKO_FIELDS:
            j += 1
        if self.words[i] in lx.MINISTRY_ACRONYMS and self._glued_suffix(j):
            j += 2  # "Kemenpan-RB": the second part of the ministry's name, after a hyphen
        while j < self.n:
            if j > i and self.toks[j].is_cap and (hit := self.region_at(j)) is not None:
                j = hit[0]  # "PWI Lampung Timur": the region whole, its compass word too
                continue
            if standalone and self.toks[j].is_cap and self.words[j] not in lx.COMMON_WORDS:
                break  # "Kepala Diskominfo Wendi": the head's name, not the agency's
            if j > i + 1 and balinese_start(self.toks, j):
                break  # "Ketua STAHN Mpu Kuturan I Gede Suwindia": the head's name follows
            if j > i + 1 and self.words[i] in _FIELD_NAMED and self.words[j - 1] not in (
                    "dan", "&") and self._name_starts(j):
                break  # "Kepala Dinas Sosial Abdul Wahab": the agency's field, then its head
            if (
                (self.toks[j].is_cap or self.toks[j].text.isdigit())
                and (self.words[j] not in _NOT_ORG_NAME or self._number_in_name(j))
                and not _ROLE_TABLE.match(self.words, j)
            ) or (  # "Dinas Kependudukan dan Pencatatan Sipil"
                self.words[j] in ("dan", "&")
                and j > i + 1
                and j + 1 < self.n
                and self.toks[j + 1].is_cap
                and self.words[j + 1] not in lx.NOT_NAME
                # "Universitas Tadulako dan Yusuf Mardani": a name after "dan" is the next item,
                # and so is another body ("TVRI Kalteng dan RRI Palangka Raya")
                and (self.words[j + 1] in lx.COMMON_WORDS
                     or self.words[j + 1] in lx.GOVERNMENT_FIELDS
                     or self.toks[j + 1].text.isupper())
                and self.words[j + 1] not in lx.ORG_HEADS
            ):
                j += 1
            elif self.words[j] == "," and self.words[i] in _FIELD_NAMED and self._field_list(j):
                j += 1  # "Dinas Komunikasi, Informatika dan Statistik": the fields listed
            else:
                break
        if j == i + 1 and self.words[i] not in lx.ORG_STANDALONE:
            return None
        label = self._text(i, j)
        # "Aliansi Jurnalis Independen (AJI) Gorontalo": the acronym is the name people use.
        if (
            j + 2 < self.n
            and self.words[j] == "("
            and self.words[j + 2] == ")"
            and (self.toks[j + 1].text.isupper() or self.toks[j + 1].text[:1].isupper())
        ):
            acronym = self.toks[j + 1].text
            heads_only = all(self.words[x] in lx.ORG_HEADS for x in range(i, j))
            j += 3
            label = acronym
            if heads_only and (named := self._name_after_heads(j)) > j:
                # "Pondok Pesantren (Ponpes) Ibnu Syam": the brackets shorten the kind of body,
                # whose name follows them
                label = f"{acronym} {self._text(j, named)}"
                j = named
            elif (hit := self.region_at(j)) is not None:
                label = f"{acronym} {self._text(j, hit[0])}"
                j = hit[0]
            elif (seat := self.known_area_end(j, j + 3, districts=True)) is not None:
                # "Pengadilan Negeri (PN) Sungailiat": a court named after its seat's district
                label = f"{acronym} {self._text(j, seat)}"
                j = seat
        return self._span(
            ORG, i, j, label=label, key=f"org:name:{label.lower()}", attrs={"category": "other"}
        )

    def _field_list(self, k: int) -> bool:
        """A comma at k inside an agency's list of fields ("Dinas Pemuda, Olahraga dan
        Pariwisata", "Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan"): words of
        fields follow, and the list closes with "dan" and one more. Not "Dinas Sosial, Ahmad
        Yani, dan ...", where a name follows."""
        m = k + 1 + (k + 1 < self.n and self.words[k + 1] == "dan")
        start = m
        while m < self.n and self.toks[m].is_cap and _field_word(self.words[m]):
            m += 1
        if m == start:
            return False
        if start > k + 1:  # ", dan Keamanan": the list's last item
            return True
        if m < self.n and self.words[m] == ",":
            return self._field_list(m)
        return m + 1 < self.n and self.words[m] in ("dan", "&") and self.toks[m + 1].is_cap and (
            _field_word(self.words[m + 1]))

    def campaign_team(self, i: int) -> Chunk | None:
        """'Tim Pemenangan Bobby - Surya', 'Tim Kampanye Daerah (TKD) Prabowo-Gibran Sumbar',
        'Tim Koalisi Pemenangan nomor urut 1', 'Tim Pemenangan Paket Maksi-Ronald': a pair's
        campaign team, named by the pair or its ballot number. A team named by neither ("tim
        pemenangan", any pair's) is no body of its own."""
        w, j = self.words, i + 1
        if w[i] == "tim":
            while j < min(self.n, i + 4) and (
                    w[j].startswith(_TEAM_KIND_STEMS) or (j > i + 1 and w[j] in _TEAM_SCOPES)):
                j += 1
            if j == i + 1:
                return None
        elif w[i] not in lx.CAMPAIGN_TEAM_WORDS:
            return None
        if j + 2 < self.n and w[j] == "(" and w[j + 2] == ")" and self.toks[j + 1].text.isupper():
            j += 3  # "(TKD)"
        if j < self.n and w[j] in _PAIR_WORDS:
            j += 1
        pair_end = self._pair_named(j)
        end = pair_end or self._ballot_numbered(j) or self._pair_acronym(j)
        if end is None:
            return None
        attrs: dict[str, object] = {"category": "campaign"}
        if pair_end is not None:
            # the members' names, for rules that read whom the team works for (not a str: no
            # attribute of the body's node)
            dash = next(k for k in range(j, pair_end) if self.words[k] in lx.DASHES)
            attrs["pair"] = (tuple(self.words[j:dash]), tuple(self.words[dash + 1 : pair_end]))
        if (hit := self.region_at(end)) is not None:
            end = hit[0]  # "TKD Prabowo-Gibran Sumbar": the team of a region
        label = self._text(i, end)
        return self._span(ORG, i, end, label=label, key=f"org:name:{label.lower()}", attrs=attrs)

    def _pair_named(self, j: int) -> int | None:
        """The end of a pair's name at j ("Bobby - Surya", "Mangatas Silalahi – Ade Purba"). A
        pair named by one word each ends after the second's one word: "Tim Pemenangan Bobby -
        Surya Hinca Panjaitan" names its head after it."""
        first = self._capitalised_run(j, _PAIR_NAME_WORDS)
        if first == j or first + 1 >= self.n or self.words[first] not in lx.DASHES:
            return None
        words = first - j
        second = self._capitalised_run(first + 1, words if words == 1 else words + 1)
        return second if second > first + 1 else None

    def _capitalised_run(self, j: int, most: int) -> int:
        k = j
        while (k < min(self.n, j + most) and self.toks[k].is_cap
               and self.toks[k].text.isalpha() and self.region_at(k) is None):
            k += 1
        return k

    def _pair_acronym(self, j: int) -> int | None:
        """The end of a pair's acronym at j ("Tim Kampanye SKDT"): capitals no party or body
        uses."""
        t = self.toks[j] if j < self.n else None
        if t is None or not (t.text.isupper() and t.text.isalpha() and len(t.text) >= 3):
            return None
        if _BODY_TABLE.match(self.words, j) or self.words[j] in lx.ORG_HEADS or (
                self.words[j] in lx.PARTIES):
            return None
        return j + 1

    def _name_starts(self, j: int) -> bool:
        """Whether the capitalised words at j hold a word no field of government is named by
        (not a common or derived word, nor an acronym): a person's name."""
        k = j
        while k < self.n and self.toks[k].is_cap and self.toks[k].text.isalpha() and (
                not self.toks[k].text.isupper() and self.region_at(k) is None):
            w = self.words[k]
            if not (w in lx.COMMON_WORDS or w in lx.GOVERNMENT_FIELDS or w in lx.NOT_NAME
                    or lx.DERIVED_FORM.match(w)):
                return True
            k += 1
        return False

    def _ballot_numbered(self, j: int) -> int | None:
        """The end of 'nomor urut 1', 'no urut 02', 'nomor 3' at j."""
        w, k = self.words, j
        if k < self.n and w[k] in ("nomor", "no"):
            k = self._skip_dot(k + 1)
            if k < self.n and w[k] == "urut":
                k += 1
        return k + 1 if k > j and k < self.n and w[k].isdigit() else None

    def _name_after_heads(self, j: int) -> int:
        """After up to four capitalised words at j that name a body, not its region or an
        office; j when there are none."""
        k = j
        while (k < min(self.n, j + 4) and self.toks[k].is_cap and self.toks[k].text.isalpha()
               and self.words[k] not in _NOT_ORG_NAME and self.region_at(k) is None
               and not _ROLE_TABLE.match(self.words, k)):
            k += 1
        return k

    def _given_name_before(self, i: int) -> bool:
        """A given name right before the acronym at i, which no campus word or office is, after
        a list's joint or another name word ("dan Gregorius Upi", "Paulus Gregorius Upi"; not
        "di Rusunawa Untan", "Fakultas Pertanian Unismuh")."""
        before, low = self.toks[i - 1], self.words[i - 1]
        if i < 2 or not (self.words[i - 2] in (",", "dan", "serta", "&") or (
                self.toks[i - 2].is_cap and self.words[i - 2] not in lx.COMMON_WORDS
                and self.words[i - 2] not in _CAMPUS_WORDS
                and self.words[i - 2] not in lx.ROLE_TITLES)):
            return False
        return (before.is_cap and before.text.isalpha() and not before.text.isupper()
                and low not in lx.COMMON_WORDS and low not in lx.ORG_HEADS
                and low not in lx.ROLE_TITLES and low not in _CAMPUS_WORDS
                and low not in lx.UNIVERSITY_ACRONYMS and self.region_at(i - 1) is None
                and (i + 1 >= self.n or not self.toks[i + 1].is_cap))

    def _acronym_as_given_name(self, i: int) -> bool:
        """'..., Upi Hastati, ...', 'dan Umi Kalsum': a university's acronym written in Title
        Case, as an item of a list and before a name word, is a person's given name."""
        w = self.words
        if w[i] not in lx.UNIVERSITY_ACRONYMS or self.toks[i].text.isupper():
            return False
        if i and w[i - 1] in lx.SPEECH_VERBS:
            return True  # "ujar Umi.": a university says nothing; the speaker is a person
        if i and self._given_name_before(i):
            return True  # "Pasangan Paulus Soliwoa dan Gregorius Upi": a last name
        if i + 1 >= self.n:
            return False
        # "Teradu III Upi Hastati", "anggota KPU Sulsel Upi Hastati": after a party's number or
        # an office's region, where a holder's name comes
        numbered = w[i - 1] in lx.CASE_NUMERALS and self.toks[i - 1].text.isupper()
        after_region = any((hit := self.region_at(k)) is not None and hit[0] == i
                           for k in (i - 1, i - 2) if k >= 0)
        # "Kombes Pol Umi Fadilah", "Hj. Umi Kalsum": a rank or a title comes before a name
        titled = w[i - 1] in lx.RANKS or w[i - 1] in lx.RANK_SUFFIXES or w[i - 1] in lx.HONORIFICS
        if i and w[i - 1] not in (",", "dan", "serta", "juga", "atau", "yakni", "yaitu", ":") and (
                not numbered and not after_region and not titled):
            return False
        after = self.toks[i + 1]
        return (
            after.is_cap
            and not after.text.isupper()
            and w[i + 1] not in lx.COMMON_WORDS
            and w[i + 1] not in lx.HONORIFICS
            and w[i + 1] not in lx.ORG_HEADS
            and self.region_at(i + 1) is None
        )


# Words before a university's acronym that say it is one: "Fisip Untad", "Alumni Unram".
_CAMPUS_WORDS = lx.ACADEMIC_UNITS | lx.CAMPUS_UNITS | {
    "fisipol", "feb", "fh", "alumni", "mahasiswa", "kampus", "universitas", "rektorat"}
