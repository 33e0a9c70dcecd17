"""Offices: "Kordiv Hukum dan Pengawasan KPU Banyuasin", "Pj Bupati Jepara", "Kapolres Kukar",
"Kepala Badan Kesbangpol Inhu", with the status prefix (Pj, Plt, Plh, mantan) and the body the
office belongs to, written or implied by the title.
"""

from __future__ import annotations

import re
from typing import Any

from electgraph.extract import lexicon as lx
from electgraph.extract import regions
from electgraph.extract.chunkbase import (
    _BODY_TABLE,
    _ROLE_TABLE,
    _STATUS_TABLE,
    ORG,
    ROLE,
    Chunk,
)
from electgraph.extract.namewords import name_word
from electgraph.extract.orgs import OrgMatcher
from electgraph.extract.tokens import Token

# The first words of offices: one after a comma starts another person's office.
_OFFICE_HEADS = frozenset(k.split()[0] for k in {*lx.ROLE_TITLES, *lx.DIVISION_TITLES})


class OfficeMatcher(OrgMatcher):
    def match_role(self, i: int) -> Chunk | None:
        w = self.words
        k = i
        status = None
        st = _STATUS_TABLE.match(w, k)
        if st:
            status = st[1]
            k += st[0]
            k = self._skip_dot(k)
            if k + 2 < self.n and w[k] == "(" and w[k + 2] == ")":  # "Penjabat (Pj)"
                k += 3
        if k >= self.n:
            return None
        hit = _ROLE_TABLE.match(w, k)
        if status in ("pejabat", "pejabat sementara") and (
            hit is None or hit[1] not in lx.ACTING_HEAD_OFFICES
        ):
            return None  # "pejabat bupati" is the acting regent; "pejabat Pemkab" any official
        if hit is None:
            if w[k] == "divisi" and status is None:
                hit = (1, "divisi")
            else:
                return None
        n, surface = hit
        if surface in lx.EVENT_FUNCTIONS and k > 0 and w[k - 1] == "tim":
            return None  # "Anggota Tim Panelis": the team, whose member is no panelist by title
        # Lower-case offices ("ketua panitia") are often generic; keep the usual ones only.
        if (
            not self.toks[k].is_cap
            and status is None
            and surface not in lx.LOWER_CASE_OFFICES
            and surface not in lx.IMPLIED_BODY
        ):
            return None
        head = surface
        j = k + n
        # "Wakil Ketua I DPRD", "Ketua Sementara DPRD": a qualifier of the office before its body.
        if (
            j + 1 < self.n
            and (
                _office_number(self.toks[j])
                or (w[j] in lx.OFFICE_QUALIFIERS and self.toks[j].is_cap)
            )
            and self.match_org(j + 1) is not None
        ):
            j += 1
        elif surface.startswith("wakil") and j + 1 < self.n and self._ordinal_before_name(j):
            j += 1  # "Wakil Ketua II Joko Susilo", "Wakil Ketua I Ir. Fadly Burhan"
        title_end = j
        # "Sekretaris Daerah (Sekda) Lombok Timur": the acronym in brackets repeats the title.
        if j + 2 < self.n and w[j] == "(" and w[j + 2] == ")" and self.toks[j + 1].text.isalpha():
            j += 3
        # "Anggota KPU Kukar Divisi Teknis": the division may come after the body.
        if surface in lx.DIVISION_TITLES:
            # "Kordiv. Penanganan Pelanggaran": the title's abbreviation may keep its dot.
            dot = self._skip_dot(j)
            after_dot = self._division(dot)
            j = after_dot if after_dot > dot else self._division(j)
            # the division's acronym in brackets ("(P3S)") is read, not kept in the title
            title_end = j - 3 if w[j - 1] == ")" and w[j - 3] == "(" else j
        elif surface == "komisioner" and j < self.n and w[j] == "divisi":
            # "Komisioner Divisi SDM KPU Garut": the division is part of the office.
            j = self._division(j + 1)
            title_end = j
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
        elif surface in lx.UNIT_TITLES and (j >= self.n or self.match_org(j) is None):
            j = self._unit_name(j, named_after=surface in lx.SECTION_TITLES)
            title_end = j
        elif (
            surface in ("camat", "lurah", "kepala desa", "kades")
            and j < self.n
            and self.toks[j].is_cap
        ):
            # "Camat Tamalate", "Camat Aesesa Selatan": the district is part of the office
            j = max(self._district_name_end(j), j + 1)
            title_end = j
        if j < self.n and self.toks[j].text == "RI" and self.match_org(j) is None:
            j = title_end = j + 1  # "Presiden RI NAME": the national office, no name's part
        org = self.match_org(j) if j < self.n else None
        org_chunk = None
        if org is not None:
            org = self._trim_named_org(org)
        if org is not None:
            org_chunk = org
            j = org.j
            if j < self.n and w[j] == "divisi":
                j = self._division(j + 1)
                head = "anggota divisi" if surface == "anggota" else head
        elif surface in lx.IMPLIED_BODY and (hit_unit := self.unit_at(j)) is not None:
            # "Dandim 0402/OKI", "Pangdam XII/Tanjungpura": the unit names the body.
            body_short = lx.IMPLIED_BODY[surface]
            unit_end, unit = hit_unit
            tail = unit.split("/", 1)[1] if "/" in unit else ""
            reg = regions.lookup(tail) if tail else None
            if not tail and (after := self.region_at(unit_end)) is not None:
                # "Dandim 0805 Ngawi": the unit's number, then its region.
                unit = f"{unit} {self._text(unit_end, after[0])}"
                unit_end, reg = after
            elif not tail and surface in _DISTRICT_OFFICES and (
                    area := self._district_name_end(unit_end)) > unit_end:
                # "Danramil 02 Curug": a district's post, its number, then the district.
                unit = f"{unit} {self._text(unit_end, area)}"
                unit_end = area
            elif not tail and (seat := self.seat_end(unit_end)) > unit_end:
                # "Dandim 1506 Namlea", "Pangdam II Sriwijaya": the number, then the town or
                # the command's name.
                unit = f"{unit} {self._text(unit_end, seat)}"
                unit_end = seat
            level, code = (reg.kind, reg.code) if reg else ("", "")
            org_chunk = self._implied_span(
                body_short, j, unit_end, f"{lx.BODIES[body_short].short} {unit}",
                f"org:{body_short}:{level}:{code}:{unit.lower()}", level, code)
            j = unit_end
        elif surface in _STAFF_OFFICES and (hit_unit := self.unit_at(j)) is not None:
            j = title_end = hit_unit[0]  # "Kasiops 161/WS Kolonel Inf NAME": the command's code
        elif surface in lx.IMPLIED_BODY:
            body_short = lx.IMPLIED_BODY[surface]
            seated_by_name = body_short in lx.SEATED_BODIES and self.named_seat_end(j) > j
            hit_r = None if seated_by_name else self.region_at(
                j, _LEVEL_OF_BODY.get(body_short), lower=not self.toks[k].is_cap)
            if hit_r:
                j2, region = hit_r
                if body_short in _GOVERNMENT_STAFF:
                    # "Sekda Agam": the regency's government, as the press and analysts name
                    # it; the secretariat is only the office under the Sekda.
                    body_short = _GOVERNMENT_OF_LEVEL.get(region.kind, body_short)
                org_chunk = self._implied_org(body_short, region, j, j2)
                j = j2
                if body_short in lx.SEATED_BODIES and self._ranked_after_seat(j):
                    # "Kapolres Solok Arosuka, AKBP Muari": the town the unit sits in, then
                    # its holder, whose rank shows the lone word is not his name.
                    org_chunk = self._implied_span(
                        body_short, org_chunk.i, j + 1, f"{org_chunk.label} {self.toks[j].text}",
                        org_chunk.key, region.kind, region.code)
                    j += 1
            elif body_short in lx.SEATED_BODIES and (seat := self.seat_end(j)) > j:
                org_chunk = self._seated_org(body_short, j, seat)  # "Kajari Sigli"
                j = seat
        if org_chunk is None and (acro := self._acronym_body(j)) is not None:
            # "Ketua PGRI Garut Ahmad Fauzi": an unknown body's acronym, then its region.
            org_chunk = acro
            j = acro.j
        if org_chunk is None and surface in lx.MINISTER_BODY:
            # "Menteri Dalam Negeri (RI)": the title, with its level word, names the ministry.
            short = lx.MINISTER_BODY[surface]
            org_chunk = self._implied_span(short, k, title_end, lx.BODIES[short].short,
                                           f"org:{short}:ri:", "ri")
        if org_chunk is None and surface in _DISTRICT_OFFICES and j == title_end:
            # "Kapolsek Klojen", "Camat Aesesa Selatan": a district's office, named with it
            title_end = j = self._district_name_end(j)
        title = self._text(k, title_end)
        if (
            surface in lx.UNIT_TITLES
            and org_chunk is not None
            and org_chunk.i == title_end == k + n
        ):
            # "Kepala Badan Kesbangpol Inhu": the office is named with its body, less the region.
            title = f"{title} {self._text(org_chunk.i, self._name_end(org_chunk))}"
        attrs: dict[str, Any] = {
            "head": surface,
            "title": title,
            "status": lx.STATUS_PREFIXES.get(status or "", "current"),
            "status_label": lx.STATUS_LABEL.get(status or "", ""),
        }
        if org_chunk is not None:
            attrs["org"] = org_chunk
            # "Anggota KPU Kukar Divisi Teknis Penyelenggaraan": the division is part of the title.
            # "Menteri Dalam Negeri (Mendagri)": the acronym only repeats the title.
            if org_chunk.j < j and not (j - org_chunk.j == 3 and w[org_chunk.j] == "("):
                attrs["title"] = f"{title} {self._text(org_chunk.j, j)}"
        if org_chunk is not None:
            # "Ketua PPK Medan Baru": the district's name goes on past the region's.
            while (
                org_chunk.attrs.get("body") in ("ppk", "pps", "panwascam", "pantarlih", "kpps")
                and j < self.n
                and w[j] in lx.PLACE_SUFFIXES
                and self.toks[j].is_cap
            ):
                j += 1
            # "Wakil Ketua DPRD Demisioner": a qualifier after the body.
            if j < self.n and w[j] in lx.OFFICE_QUALIFIERS and self.toks[j].is_cap:
                j += 1
        return self._span(ROLE, i, self._term_end(j), label=attrs["title"], attrs=attrs)

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

    def _seated_org(self, short: str, j: int, seat: int) -> Chunk:
        """The unit an office implies, named after the town it sits in ("Kajari Sigli")."""
        body, town = lx.BODIES[short], self._text(j, seat)
        return self._implied_span(short, j, seat, f"{body.short} {town}",
                                  f"org:{short}::{town.lower()}")

    def _ranked_after_seat(self, j: int) -> bool:
        """A lone capitalised word at j, a comma, then a rank or honorific."""
        return (j + 2 < self.n and self.toks[j].is_cap and self.toks[j].text.isalpha()
                and self.words[j + 1] == "," and self.rank_at(j + 2))

    def _district_name_end(self, j: int) -> int:
        """After the longest district name at j, written capitalised; j when there is none."""
        end = self.known_area_end(j, j + 3, districts=True)
        if end is None:
            return j
        # "Aesesa Selatan": a district split off another keeps its point of the compass
        while end < self.n and self.words[end] in lx.COMPASS_WORDS and self.toks[end].is_cap:
            end += 1
        return end

    def _acronym_body(self, j: int) -> Chunk | None:
        """An acronym in capitals followed by a region: a body the lexicon does not know."""
        if j + 1 >= self.n:
            return None
        text = self.toks[j].text
        if not (text.isalpha() and text.isupper() and 2 <= len(text) <= 6):
            return None
        if self.words[j] in lx.NOT_NAME or self.words[j] in lx.PARTIES:
            return None
        hit = self.region_at(j + 1)
        if hit is None:
            return None
        label = self._text(j, hit[0])
        key = f"org:name:{label.lower()}"
        return self._span(ORG, j, hit[0], label=label, key=key, attrs={"category": "other"})

    def _trim_named_org(self, org: Chunk) -> Chunk:
        """A body named up to its region or up to an honorific: "IAIN Parepare" in "akademisi
        IAIN Parepare Muhammad Saleh", "MUI Garut" before a name, "Universitas Andalas" before
        "Prof."."""
        if not org.key.startswith("org:name:"):
            return org
        for k in range(org.i + 1, org.j):
            if self.words[k] in lx.HONORIFICS and k > org.i + 1:
                end = k
                break
            hit = self.region_at(k)
            if hit is not None and hit[0] < org.j:
                end = hit[0]
                break
        else:
            return org
        label = self._text(org.i, end)
        return self._span(
            ORG, org.i, end, label=label, key=f"org:name:{label.lower()}", attrs=dict(org.attrs)
        )

    def _name_end(self, org: Chunk) -> int:
        """Where the region starts inside a body's name (or its end when it names none)."""
        for k in range(org.i + 1, org.j):
            if self.words[k] in ("(", "kabupaten", "kota", "provinsi", "kab", "prov") or (
                self.region_at(k) is not None
            ):
                return k
        return org.j

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
        if not _office_number(t):
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
            if (after_dan > 0 or (named_after and after_dan < 0 and end > j
                                  and name_word(t.text, False) and not t.text.isupper())) and (
                    t.is_cap and not _unit_word(w)):
                break  # the unit's last words are followed by a name
            if self.region_at(k) is not None and k > j:
                break
            if k > j and (role := _ROLE_TABLE.match(self.words, k)) and w not in (
                "ketua",
                "anggota",
            ):
                # "Kasie Intel Kajari": an office closes the unit's name; a name may follow.
                end = k + role[0]
                break
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

    def _comma_in_unit(self, k: int) -> bool:
        """A comma inside a unit name: capitalised words follow, then "dan" and one more."""
        m = k + 1
        if m + 1 < self.n and self.words[m] == "dan":
            return self.toks[m + 1].is_cap  # "Ekonomi, Keuangan, dan Pembangunan"
        while m < self.n and self.toks[m].is_cap and self.words[m] not in lx.HONORIFICS:
            if _BODY_TABLE.match(self.words, m) or not _unit_word(self.words[m]):
                return False  # "Staf Ahli Bidang Pemerintahan, Ahmad Yani, dan ...": a name
            m += 1
        if m == k + 1:
            return False
        if m < self.n and self.words[m] == ",":
            return self._comma_in_unit(m)
        return m + 1 < self.n and self.words[m] == "dan" and self.toks[m + 1].is_cap


# The level of region an office's implied body governs: "Bupati Bima" is the regency's, not
# the city's of the same name.
_GOVERNMENT_STAFF = frozenset({"setda"})
# The government of each level of region, from the body table (Pemkab: kabupaten, ...).
_GOVERNMENT_OF_LEVEL = {
    body.default_level: short
    for short, body in lx.BODIES.items()
    if body.category == "government" and body.default_level in ("kabupaten", "kota", "provinsi")
}

_LEVEL_OF_BODY = {
    "pemprov": "provinsi", "polda": "provinsi", "kodam": "provinsi", "kejati": "provinsi",
    "binda": "provinsi", "pemkab": "kabupaten", "pemkot": "kota",
}


def _unit_word(w: str) -> bool:
    """A word a unit's name is made of (a common noun), as against a person's name."""
    return w in lx.COMMON_WORDS or w in lx.DIVISION_WORDS


_TERM = re.compile(r"\d{4}(?:[-–/]\d{2,4})?")


def _office_number(tok: Token) -> bool:
    """The number of a deputy's seat: a Roman numeral, a digit or a capitalised word."""
    if tok.low in lx.OFFICE_ORDINALS:
        return _numeral(tok)
    return tok.text in _SEAT_NUMBERS


_SEAT_NUMBERS = frozenset({"1", "2", "3", "4", "5", "Satu", "Dua", "Tiga", "Empat", "Lima"})


def _numeral(tok: Token) -> bool:
    """A Roman numeral as written: in capitals, or with the letter l for I ("Asisten ll")."""
    return tok.text.isupper() or tok.text in lx.ROMAN_LOOKALIKES


# Offices of a district's police or army post, named with the district: "Kapolsek Klojen".
_DISTRICT_OFFICES = frozenset({"kapolsek", "danramil", "kapolsekta"})
# Staff officers named with their command's code, the command no body the lexicon knows.
_STAFF_OFFICES = frozenset({"kasiops", "asops", "kadisops", "karoops", "pabung", "kasdim"})
