"""The words an office's title runs on with: a division ("Kordiv Hukum dan Pengawasan"), a
field and faculty ("Dosen Fakultas Hukum"), a unit ("Kepala Bagian Umum"), a district ("Camat
Tamalate"), a deputy's seat number ("Wakil Ketua II") and a term ("periode 2018-2023"). Read by
`OfficeMatcher`, which adds the body the office belongs to.
"""

from __future__ import annotations

import re

from electgraph.extract import lexicon as lx
from electgraph.extract.chunkbase import _BODY_TABLE, _ROLE_TABLE
from electgraph.extract.namewords import name_word
from electgraph.extract.orgs import OrgMatcher
from electgraph.extract.tokenbase import Token

__all__ = ["OfficeTitleMatcher", "office_number"]

# The first words of offices: one after a comma starts another person's office.
_OFFICE_HEADS = frozenset(k.split()[0] for k in {*lx.ROLE_TITLES, *lx.DIVISION_TITLES})


# Offices of a council's organ, and the organs ("Komisi I", "Badan Anggaran", "Bapemperda").
_ORGAN_HEADS = frozenset({"ketua", "wakil ketua", "sekretaris", "anggota"})
_COUNCILS = frozenset({"dprd", "dpra", "dprk", "dpr"})
# The DPR's commissions run from I to XIII, a council's from A to E or I to V.
_ORGAN_NUMBERS = re.compile(r"^(?:[1-9]|1[0-3]|i{1,3}|iv|v|vi{0,3}|ix|xi{0,3}|[a-e])$")


class OfficeTitleMatcher(OrgMatcher):
    def _title_extent(self, surface: str, j: int, title_end: int) -> tuple[int, int]:
        """How far the office `surface`, read up to j, goes on: a division, a field, a unit, a
        district or "RI" after it belong to its title. Returns the new j and title end."""
        w = self.words
        # "Anggota KPU Kukar Divisi Teknis": the division may come after the body.
        if surface in lx.DIVISION_TITLES:
            # "Kordiv. Penanganan Pelanggaran": the title's abbreviation may keep its dot.
            dot = self._skip_dot(j)
            after_dot = self._division(dot)
            j = after_dot if after_dot > dot else self._division(j)
            # the division's acronym in brackets ("(P3S)") is read, not kept in the title
            title_end = j - 3 if w[j - 1] == ")" and w[j - 3] == "(" else j
        elif surface == "komisioner" and j < self.n and w[j] in ("divisi", "bidang"):
            # "Komisioner Divisi SDM KPU Garut", "Komisioner Bidang Hukum dan Pengawasan": the
            # division is part of the office.
            j = self._division(j + 1)
            title_end = j
        elif surface in _ORGAN_HEADS and (organ := self._council_organ(j)) > j:
            # "Ketua Bapemperda DPRD X", "Wakil Ketua Komisi I DPRD Y": the council's organ is
            # part of the office, the council its body
            title_end = j = organ
        elif surface in lx.ACADEMIC_TITLES:
            # "Dosen Fakultas Ilmu Sosial dan Ilmu Politik Universitas Padjadjaran": the office
            # is "Dosen" of the university; the faculty in between is skipped.
            field = self._field_end(j)
            k2 = self._unit_name(field)
            if field < self.n and self.words[field] in lx.ORG_HEADS:
                j = field  # "pengamat politik Universitas Hasanuddin"
            elif k2 < self.n and self.words[k2] in lx.ORG_HEADS:
                j = k2
            elif k2 > field and k2 + 1 < self.n and self.words[k2] == "," and (
                    self.words[k2 + 1] in lx.ORG_HEADS):
                j = k2 + 1  # "Dosen Pascasarjana Ilmu Politik, Universitas Hasanuddin"
            elif field < self.n and self.words[field] in lx.ACADEMIC_UNITS:
                j = k2  # "(Dosen Fakultas Hukum Untad)": a faculty or a field, not a name
        elif surface in lx.CAMPUS_UNIT_HEADS and (campus := self._campus_unit(j)) is not None:
            # "Ketua Departemen Susastra FIB Universitas Diponegoro": the unit is part of the
            # office, the campus its body
            title_end, j = campus
        elif surface in lx.UNIT_TITLES and (j >= self.n or self.match_org(j) is None):
            j = self._unit_name(j, named_after=surface in _NAMED_AFTER_UNIT)
            title_end = j
        elif (
            surface in ("camat", "lurah", "kepala desa", "kades")
            and j < self.n
            and self.toks[j].is_cap
        ):
            # "Camat Tamalate", "Camat Aesesa Selatan": the district is part of the office
            # "Kades Sumber Agung Hartanto": a village's head, the village's whole name
            known = self._district_name_end(j, villages=surface != "camat")
            j = title_end = known if known > j else self._area_before_holder(j + 1)
        if j < self.n and self.toks[j].text == "RI" and self.match_org(j) is None:
            j = title_end = j + 1  # "Presiden RI NAME": the national office, no name's part
        return j, title_end

    def _campus_unit(self, j: int) -> tuple[int, int] | None:
        """(title end, body start) for a campus unit at j that a body follows, directly or
        after a comma ("Sekretaris Pusat Kajian Hukum, Universitas Muslim Indonesia"); None
        for a unit of no campus ("Ketua Program Keluarga Harapan Kabupaten X")."""
        if not (j < self.n and self.words[j] in lx.CAMPUS_UNITS and self.toks[j].is_cap
                and self.match_org(j) is None):
            return None
        end = self._unit_name(j)
        if end < self.n and self.words[end] in lx.ORG_HEADS:
            return end, end
        if end + 1 < self.n and self.words[end] == "," and self.words[end + 1] in lx.ORG_HEADS:
            return end, end + 1
        return None

    def _term_end(self, j: int) -> int:
        """After "periode 2018-2023" (or "periode 2018 - 2023") at j, the office's term: it
        stands between the office and its holder's name ("anggota KPU X periode 2018-2023,
        NAME"). j when there is none."""
        w = self.words
        if j + 1 >= self.n or w[j] != "periode" or not _TERM.fullmatch(w[j + 1]):
            return j
        end = j + 2
        if j + 3 < self.n and w[j + 2] in ("-", "–") and _TERM.fullmatch(w[j + 3]):
            end = j + 4
        # Only before the holder's name: "calon Bupati periode 2024-2029 secara ..." is a term
        # the sentence speaks of, not the office's.
        return end if end < self.n and (w[end] == "," or self.toks[end].is_cap) else j

    def _district_name_end(self, j: int, villages: bool = False) -> int:
        """After the longest district (or village) name at j, written capitalised; j when there
        is none."""
        end = self.known_area_end(j, j + 3, districts=True, villages=villages)
        if end is None:
            return j
        # "Aesesa Selatan": a district split off another keeps its point of the compass
        while end < self.n and self.words[end] in lx.COMPASS_WORDS and self.toks[end].is_cap:
            end += 1
        return end

    def _area_before_holder(self, j: int) -> int:
        """"Lurah Way Urang, Reza Fahlevi": a village the gazetteer lacks, of one more word,
        when a comma and a name (no office) follow it."""
        k = j + 1
        if not (k + 1 < self.n and self.toks[j].is_cap and self.words[k] == ","
                and self.toks[k + 1].is_cap and self.words[k + 1] not in _OFFICE_HEADS
                and self.words[j] not in _OFFICE_HEADS and self.match_org(j) is None
                and self.match_org(k + 1) is None):
            return j
        return k

    def _division(self, j: int) -> int:
        """End of a division name: known division words, commas and 'dan' between them."""
        end = j
        k = j
        while k < self.n:
            wk = self.words[k]
            if wk in lx.DIVISION_WORDS and not (wk in ("pemilu", "pemilihan") and k == j):
                k += 1
                if wk not in ("dan", "&"):
                    end = k
            elif wk == "," and k + 1 < self.n and (self.words[k + 1] in lx.DIVISION_WORDS):
                k += 1
            elif wk == "(" and end == k and k > j and (close := next(
                    (m for m in range(k + 2, min(self.n, k + 5)) if self.words[m] == ")"), 0)
            ) and close + 2 < self.n and self.words[close + 1] in ("dan", "&", ",") and (
                    self.words[close + 2] in lx.DIVISION_WORDS):
                k = end = close + 1  # "Partisipasi Masyarakat (Sosdiklih Parmas) dan SDM"
            else:
                break
        # "Kordiv SDM Sosdiklih dan Parmas KPU Beltim": capitalised words the lexicon does not
        # know, up to the body, still name the division.
        m = end
        while (
            m < self.n
            and m < end + 8
            and not _BODY_TABLE.match(self.words, m)
            and (
                (self.toks[m].is_cap and self.words[m] not in lx.HONORIFICS)
                or (self.words[m] in ("dan", "&", ",") and m > end)
            )
            # "Kadiv Hukum Kabupaten X Wardoyo SPd, Komisioner KPU Y": a degree ends a name and
            # a comma before an office starts the next person's; neither is in a division's.
            and self.words[m] not in lx.DEGREE_TOKENS
            and not (self.words[m] == "," and m + 1 < self.n
                     and self.words[m + 1] in _OFFICE_HEADS)
        ):
            m += 1  # "Ketua Divisi Sosdiklih, Parmas dan SDM KPU X"
        if m > end and m < self.n and _BODY_TABLE.match(self.words, m) and self.toks[m].is_cap:
            end = m
        if (end > j and end + 3 < self.n and self.words[end] == "(" and self.words[end + 2] == ")"
                and self.toks[end + 1].text.isupper()
                and _BODY_TABLE.match(self.words, end + 3)):
            end += 3  # "Kordiv Penanganan Pelanggaran (P3S) Bawaslu X": the division's acronym
        return end

    def _ordinal_before_name(self, j: int) -> bool:
        """A number after an office numbers it: "Wakil Ketua II Joko", "Wakil Ketua 1 Ichram",
        "Wakil ketua Dua Herliyanto", "Wakil Ketua I, Geradl", "Wakil Ketua I yakni Ivan".
        'I' right before a name may instead start a Balinese one ("Wakil Ketua I Made")."""
        t = self.toks[j]
        if not office_number(t):
            return False
        k = j + 1
        if k < self.n and self.words[k] in (",", "yakni", "yaitu"):
            k += 1
        if k >= self.n or not self.toks[k].is_cap:
            return False
        return t.low != "i" or k > j + 1 or self.words[k] not in lx.BALINESE_NAME_WORDS

    def _field_end(self, j: int) -> int:
        """After the lower-case field of an academic title ("dosen sosiologi Fisip Untad",
        "pengamat politik Unhas") when a faculty or a university follows it; j otherwise."""
        k = j
        while k < min(self.n, j + 3) and self.toks[k].text.islower() and self.toks[k].is_word:
            k += 1
        if k > j and k < self.n and (
                self.words[k] in lx.ORG_HEADS or self.words[k] in lx.ACADEMIC_UNITS):
            return k
        return j

    def _unit_name(self, j: int, named_after: bool = False) -> int:
        """End of a unit name after titles like Kepala/Kasubag: capitalised words up to a body.
        With `named_after` (a secretariat's section heads), a name may follow the unit's
        common words directly: "Kabag Pengawasan Pemilihan Umum NAME"."""
        k = j
        end = j
        after_dan = -1  # words past the "dan" of a list ("Ekonomi, Keuangan, dan Pembangunan")
        while k < self.n:
            t = self.toks[k]
            w = self.words[k]
            if k > j and (_BODY_TABLE.match(self.words, k) or w in lx.ORG_HEADS):
                break
            # "Kepala DP3A Abdul Syahid": an agency's acronym, then its head's name of two words
            # at least ("SDN Inpres Nabire" is a school in a town)
            acronym_before = end > j and len(self.toks[end - 1].text) > 2 and self.toks[
                end - 1].text.isupper() and not t.text.isupper() and self._two_name_words(k)
            if (after_dan > 0 or acronym_before or (
                    named_after and after_dan < 0 and end > j
                    and name_word(t.text, False) and not t.text.isupper())) and (
                    t.is_cap and (not _unit_word(w) or w in lx.BALINESE_NAME_WORDS)):
                break  # the unit's last words are followed by a name ("Kasi Intel Gede A")
            if self.region_at(k) is not None and k > j:
                break
            if k > j and (role := _ROLE_TABLE.match(self.words, k)) and w not in (
                "ketua",
                "anggota",
            ):
                # "Kasie Intel Kajari": an office closes the unit's name; a name may follow.
                end = k + role[0]
                break
            if k > j and w in lx.RANKS:
                break  # "Kasat Intel Iptu NAME": the holder's rank ends the unit's name
            if t.is_cap and w not in ("ketua", "anggota") and w not in lx.HONORIFICS:
                k += 1
                end = k
                if after_dan >= 0:
                    after_dan += 1
            elif w in ("dan", "&") and k + 1 < self.n and self.toks[k + 1].is_cap:
                k += 1
                after_dan = 0
            elif w == "bidang" and k + 1 < self.n and self.toks[k + 1].is_cap:
                k += 1  # "Staf Ahli bidang Politik dan Pemerintahan"
            elif w == "," and self._comma_in_unit(k):
                k += 1  # "Kasubag Perencanaan, Data dan Informasi"
            else:
                break
        return end

    def _two_name_words(self, k: int) -> bool:
        """Two capitalised words at k that no unit or region name is made of."""
        return k + 1 < self.n and all(
            self.toks[x].is_cap and not _unit_word(self.words[x]) and self.region_at(x) is None
            for x in (k, k + 1))

    def _comma_in_unit(self, k: int) -> bool:
        """A comma inside a unit name: capitalised words follow, then "dan" and one more."""
        m = k + 1
        if m + 1 < self.n and self.words[m] == "dan":
            # "Ekonomi, Keuangan, dan Pembangunan"; not "NAME, dan Kapolres": the next office
            return self.toks[m + 1].is_cap and not _ROLE_TABLE.match(self.words, m + 1)
        while m < self.n and self.toks[m].is_cap and self.words[m] not in lx.HONORIFICS:
            if _BODY_TABLE.match(self.words, m) or not _unit_word(self.words[m]):
                return False  # "Staf Ahli Bidang Pemerintahan, Ahmad Yani, dan ...": a name
            m += 1
        if m == k + 1:
            return False
        if m < self.n and self.words[m] == ",":
            return self._comma_in_unit(m)
        return m + 1 < self.n and self.words[m] == "dan" and self.toks[m + 1].is_cap

    def _council_organ(self, j: int) -> int:
        """The end of a council's organ named at j ("Komisi I", "Bapemperda", "Badan Anggaran",
        "Pansus II"), when the council follows it ("... DPRD X"); j when none."""
        w = self.words
        k = j
        if k + 1 < self.n and w[k] in ("komisi", "pansus") and _ORGAN_NUMBERS.match(w[k + 1]):
            k += 2
        else:
            k = j + next((len(o) for o in _ORGANS if w[j : j + len(o)] == list(o)), 0)
        if k == j or k >= self.n:
            return j
        org = self.match_org(k)
        return k if org is not None and org.attrs.get("body") in _COUNCILS else j


def _unit_word(w: str) -> bool:
    """A word a unit's name is made of (a common noun), as against a person's name."""
    return w in lx.COMMON_WORDS or w in lx.DIVISION_WORDS


_TERM = re.compile(r"\d{4}(?:[-–/]\d{2,4})?")


def office_number(tok: Token) -> bool:
    """The number of a deputy's seat: a Roman numeral, a digit or a capitalised word."""
    if tok.low in lx.OFFICE_ORDINALS:
        return _numeral(tok)
    return tok.text in _SEAT_NUMBERS


_SEAT_NUMBERS = frozenset({"1", "2", "3", "4", "5", "Satu", "Dua", "Tiga", "Empat", "Lima"})


def _numeral(tok: Token) -> bool:
    """A Roman numeral as written: in capitals, or with the letter l for I ("Asisten ll")."""
    return tok.text.isupper() or tok.text in lx.ROMAN_LOOKALIKES


_ORGANS = tuple(tuple(o.split()) for o in (
    "badan pembentukan peraturan daerah", "badan anggaran", "badan musyawarah",
    "badan kehormatan dewan", "badan kehormatan", "bapemperda", "banggar", "bamus", "banmus",
    "panitia khusus", "pansus", "bk",
))


# Titles whose unit is a word or two of its field, then the holder's name with no comma: a
# secretariat's section heads ("Kabag Pengawasan Pemilihan Umum NAME") and an agency's head
# ("Kadis Infokom Arif Pallo").
_NAMED_AFTER_UNIT = lx.SECTION_TITLES | {"kadis", "kaban", "kakan"}
