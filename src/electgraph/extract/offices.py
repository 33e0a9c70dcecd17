"""Offices: "Kordiv Hukum dan Pengawasan KPU Banyuasin", "Pj Bupati Jepara", "Kapolres Kukar",
"Kepala Badan Kesbangpol Inhu", with the status prefix (Pj, Plt, Plh, mantan) and the body the
office belongs to, written or implied by the title.
"""

from __future__ import annotations

from typing import Any

from electgraph.extract import lexicon as lx
from electgraph.extract import regions
from electgraph.extract.chunkbase import (
    _ROLE_TABLE,
    _STATUS_TABLE,
    ORG,
    ROLE,
    Chunk,
)
from electgraph.extract.officetitles import OfficeTitleMatcher, office_number


class OfficeMatcher(OfficeTitleMatcher):
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
            elif k + 3 < self.n and w[k] == "(" and w[k + 2] == "." and w[k + 3] == ")":
                k += 4  # "Penjabat Sementara (Pjs.)"
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
        if surface.endswith((" tim", " dewan")) and self.match_org(k + n - 1) is not None:
            # "Ketua | Tim Pemenangan A-B", "Sekretaris | Dewan Pimpinan Daerah (DPD) PDI-P X":
            # the title's last word starts the body's name
            n, surface = n - 1, surface.rsplit(" ", 1)[0]
        if surface == "wakil" and (k + n >= self.n or self.match_org(k + n) is None):
            return None  # "Wakil DPRD X" is a deputy chair; "Wakil Kepala Sekolah" another title
        if surface in lx.EVENT_FUNCTIONS and k > 0 and w[k - 1] == "tim":
            return None  # "Anggota Tim Panelis": the team, whose member is no panelist by title
        # Lower-case offices ("ketua panitia") are often generic; keep the usual ones only.
        if (
            not self.toks[k].is_cap
            and status is None
            and surface not in lx.LOWER_CASE_OFFICES
            and surface not in lx.IMPLIED_BODY
            # "sekaligus ketua divisi teknis": a division's office is one in any case
            and (surface not in lx.DIVISION_TITLES or surface == "divisi")
        ):
            return None
        head = surface
        j = k + n
        # "Wakil Ketua I DPRD", "Ketua Sementara DPRD": a qualifier of the office before its body.
        if (
            j + 1 < self.n
            and (
                office_number(self.toks[j])
                or (w[j] in lx.OFFICE_QUALIFIERS and self.toks[j].is_cap)
            )
            and (self.match_org(j + 1) is not None
                 # "Asisten 1 Bidang Pemerintahan dan Kesra Setda X": the field follows
                 or (office_number(self.toks[j]) and w[j + 1] == "bidang"))
        ):
            j += 1
        elif surface.startswith("wakil") and j + 1 < self.n and self._ordinal_before_name(j):
            j += 1  # "Wakil Ketua II Joko Susilo", "Wakil Ketua I Ir. Fadly Burhan"
        title_end = j
        # "Sekretaris Daerah (Sekda) Lombok Timur": the acronym in brackets repeats the title.
        if j + 2 < self.n and w[j] == "(" and w[j + 2] == ")" and self.toks[j + 1].text.isalpha():
            j += 3
        j, title_end = self._title_extent(surface, j, title_end)
        org = self.match_org(j) if j < self.n else None
        if org is None and j + 1 < self.n and w[j] == "pada" and j > title_end - 1 > k:
            # "Koordinator Divisi Pengawasan pada Bawaslu X, NAME": a unit's office, its body
            # after "pada"
            org = self.match_org(j + 1)
        org_chunk = None
        board_end = -1  # where a party board's field ends, kept out of the title
        if org is not None:
            org = self._trim_named_org(org)
        if org is not None:
            org_chunk = org
            j = org.j
            if j < self.n and (w[j] == "divisi" or (
                    # "Komisioner KPU X Bidang Sumber Daya Manusia (SDM), NAME"
                    w[j] == "bidang" and org.attrs.get("category") != "party"
                    and j + 1 < self.n and w[j + 1] in lx.DIVISION_WORDS)):
                j = self._division(j + 1)
                head = "anggota divisi" if surface == "anggota" else head
                if j < self.n and w[j] == "(" and (
                        close := self._division(j + 1)) < self.n and w[close] == ")":
                    j = close + 1  # "Divisi Perencanaan Data dan Informasi (Rendatin)"
            elif j < self.n and w[j] == "bidang" and org.attrs.get("category") == "party":
                # "Ketua DPP Nasdem Bidang OK, NAME": the field is read past, the office is the
                # board's chair as annotators name it ("Ketua" of "DPP Nasdem")
                board_end = j = self._field_name_end(j + 1)
        elif surface in lx.IMPLIED_BODY or surface in _STAFF_OFFICES:
            org_chunk, j, title_end = self._implied_body(surface, k, j, title_end)
        if org_chunk is None and (acro := self._acronym_body(j)) is not None:
            # "Ketua PGRI Garut Ahmad Fauzi": an unknown body's acronym, then its region.
            org_chunk = acro
            j = acro.j
        if org_chunk is None and j == title_end and w[j : j + 2] == ["republik", "indonesia"] and (
                self.toks[j].is_cap):
            title_end = j = j + 2  # "Presiden Republik Indonesia NAME", as "Presiden RI"
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
            if org_chunk.j < j and j != board_end and not (
                    j - org_chunk.j == 3 and w[org_chunk.j] == "("):
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

    def _field_name_end(self, j: int) -> int:
        """After the capitalised name of a party board's field from j ("Pemenangan Pemilu",
        "OK", "Organisasi dan Keanggotaan"); j - 1, before "Bidang", when none follows."""
        k = end = j
        while k < min(self.n, j + 6) and (self.toks[k].is_cap or (
                self.words[k] in ("dan", "&") and k > j)):
            k += 1
            if self.words[k - 1] not in ("dan", "&"):
                end = k
        return end if end > j else j - 1

    def _implied_body(
        self, surface: str, k: int, j: int, title_end: int
    ) -> tuple[Chunk | None, int, int]:
        """The body an office implies when none is written after it ("Dandim 0402/OKI",
        "Sekda Agam", "Kajari Sigli"), with the new j and title end; None when it implies
        none there."""
        org_chunk: Chunk | None = None
        if surface in lx.IMPLIED_BODY and (hit_unit := self.unit_at(j)) is not None:
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
            return org_chunk, unit_end, title_end
        if surface in _STAFF_OFFICES and (hit_unit := self.unit_at(j)) is not None:
            # "Kasiops 161/WS Kolonel Inf NAME": the command's code, no body the lexicon knows
            return None, hit_unit[0], hit_unit[0]
        if surface in lx.IMPLIED_BODY:
            body_short = lx.IMPLIED_BODY[surface]
            seated_by_name = body_short in lx.SEATED_BODIES and self.named_seat_end(j) > j
            hit_r = None if seated_by_name else self.region_at(
                j, _LEVEL_OF_BODY.get(body_short), lower=not self.toks[k].is_cap)
            if hit_r:
                j2, region = hit_r
                if body_short in lx.CITY_SUFFIXED and (city := self.city_after(j2, region)):
                    j2, region = city  # "Kapolres Bima Kota, AKBP ...": the city's force
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
        return org_chunk, j, title_end

    def _seated_org(self, short: str, j: int, seat: int) -> Chunk:
        """The unit an office implies, named after the town it sits in ("Kajari Sigli")."""
        body, town = lx.BODIES[short], self._text(j, seat)
        return self._implied_span(short, j, seat, f"{body.short} {town}",
                                  f"org:{short}::{town.lower()}")

    def _ranked_after_seat(self, j: int) -> bool:
        """A lone capitalised word at j, a comma, then a rank or honorific."""
        return (j + 2 < self.n and self.toks[j].is_cap and self.toks[j].text.isalpha()
                and self.words[j + 1] == "," and self.rank_at(j + 2))

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


# A regional secretariat, which analysts and the press name by the government it serves.
_GOVERNMENT_STAFF = frozenset({"setda"})
# The government of each level of region, from the body table (Pemkab: kabupaten, ...).
_GOVERNMENT_OF_LEVEL = {
    body.default_level: short
    for short, body in lx.BODIES.items()
    if body.category == "government" and body.default_level in ("kabupaten", "kota", "provinsi")
}
# The level of region an office's implied body governs: "Bupati Bima" is the regency's, not
# the city's of the same name.
_LEVEL_OF_BODY = {
    "pemprov": "provinsi", "polda": "provinsi", "kodam": "provinsi", "kejati": "provinsi",
    "binda": "provinsi", "pemkab": "kabupaten", "pemkot": "kota",
}


# Offices of a district's police or army post, named with the district: "Kapolsek Klojen".
_DISTRICT_OFFICES = frozenset({"kapolsek", "danramil", "kapolsekta"})
# Staff officers named with their command's code, the command no body the lexicon knows.
_STAFF_OFFICES = frozenset({"kasiops", "asops", "kadisops", "karoops", "pabung", "kasdim"})
