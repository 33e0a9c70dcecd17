"""Bodies and organisations: "Komisi Pemilihan Umum (KPU) Kabupaten Banyuasin", "KPU Sumsel",
"DPD Partai Golkar Sumsel", "Kodim 0302/Inhu", "Universitas Padjadjaran" (an organisation
named after its head word is read in `namedorgs`).

A body's key is (body, level, region code), so every spelling of one body gets one key.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from electgraph.extract import lexicon as lx
from electgraph.extract import regions
from electgraph.extract.chunkbase import (
    _BODY_TABLE,
    _PARTY_TABLE,
    ORG,
    Chunk,
    abbreviates,
)
from electgraph.extract.localareas import AREA_LEVELS, LocalAreaMatcher

# A party's election-winning board, by its short forms.
_ELECTION_BOARDS = frozenset({"bappilu", "bapilu"})
# A party's boards written out: "Dewan Pimpinan Daerah" is its DPD.
_BOARDS = {"dewan pimpinan pusat": "DPP", "dewan pimpinan wilayah": "DPW",
           "dewan pimpinan daerah": "DPD", "dewan pimpinan cabang": "DPC"}
_VILLAGE_WORDS = frozenset({"desa", "kelurahan", "kel", "kel.", "tps"})
# Heads with their level fused in ("Setdaprov Riau"): written so, they need no level word.
_LEVEL_FUSED = frozenset({"setdaprov", "setdakab", "setdakot"})
# "Pengadilan Negeri X", "Pengadilan Agama X", "Pemerintah Daerah Kabupaten X": as written
_WRITTEN_AS_IS = frozenset({"panwascam", "pkd", "ptps", "pn", "pa", "pemda", "kesbangpol"})

# Acronyms that are also given names ("AJI" the journalists' union, "Seno Aji" a person): an
# organisation only when written in capitals.
_NAME_LIKE_ACRONYMS = frozenset({"aji", "imm", "man", "nu"})


class OrgMatcher(LocalAreaMatcher):
    def match_org(self, i: int) -> Chunk | None:
        w = self.words
        unit = None
        k = i
        if w[k] == "dewan" and (board := self._board_in_full(k)) is not None:
            unit, k = board  # "Dewan Pimpinan Daerah (DPD) PDI Perjuangan Sulut"
            if k < self.n and w[k] == "partai":
                k += 1
            if k >= self.n or _PARTY_TABLE.match(w, k) is None:
                return None
        elif w[k] in lx.PARTY_UNITS and self.toks[k].text.isupper():
            unit = self.toks[k].text
            k += 1
            if k + 2 < self.n and w[k] == "tingkat" and self.toks[k + 1].text in ("I", "II"):
                k += 1  # "DPD Tingkat I Partai Golkar": the level spelt out
            if k + 1 < self.n and self.toks[k].text in ("I", "II"):
                k += 1  # "DPD I Partai Golkar": the province's board ("DPD II": the regency's)
            if k < self.n and w[k] == "partai":
                k += 1
            party = _PARTY_TABLE.match(w, k) if k < self.n else None
            if party is None:
                return None
        if w[k] == "partai" and k + 1 < self.n:
            # "Partai Amanat Nasional" as one name; "partai Nasional Demokrat" from the next
            at_k = _PARTY_TABLE.match(w, k)
            party = at_k or _PARTY_TABLE.match(w, k + 1)
            if party:
                k += 0 if at_k else 1
        else:
            party = _PARTY_TABLE.match(w, k)
        # "partai Garuda", "partai Golkar": the party's own name capitalised, "partai" not
        named = self.toks[k].is_cap or (w[k] == "partai" and k + 1 < self.n
                                         and self.toks[k + 1].is_cap)
        if party and (named or unit):
            n, surface = party
            label, short = lx.PARTIES[surface]
            j = k + n
            if unit is None:
                return self._span(
                    ORG,
                    i,
                    j,
                    label=label,
                    key=f"org:party:{short}",
                    attrs={"category": "party", "party": short},
                )
            hit = self.region_at(j)
            region = None
            if hit:
                j, region = hit
            code = region.code if region else ""
            level = "ri" if unit == "DPP" else region.kind if region else ""
            place = f" {region.name}" if region else ""
            return self._span(
                ORG,
                i,
                j,
                label=f"{unit} {label}{place}",
                key=f"org:{unit.lower()}-{short}:{level}:{code}",
                attrs={
                    "category": "party",
                    "party": short,
                    "body": unit.lower(),
                    "level": level,
                    "region_code": code,
                },
            )
        if (w[i] in _ELECTION_BOARDS or w[i : i + 3] == ["badan", "pemenangan", "pemilu"]) and (
                election_board := self._election_board(i)) is not None:
            return election_board
        if w[i] in lx.CAMPAIGN_TEAM_WORDS and (
                team := self.campaign_team(i)) is not None:
            return team
        body = _BODY_TABLE.match(w, i)
        if body and w[i + body[0] - 1] == "daerah" and i + body[0] < self.n and w[
                i + body[0]] in ("istimewa", "khusus"):
            # "Komisi Pemilihan Umum Daerah Istimewa Yogyakarta": "Daerah" begins the province
            body = (body[0] - 1, body[1])
        if body and (self.toks[i].is_cap or self._spelt_out(i, *body)):
            return self._body(i, *body)
        if w[i] in lx.ORG_HEADS and self.toks[i].is_cap and (
            w[i] not in _NAME_LIKE_ACRONYMS or self.toks[i].text.isupper()
        ):
            return self._named_org(i)
        return None

    def _election_board(self, i: int) -> Chunk | None:
        """A party's election-winning board and its party: "Bappilu DPP Partai NasDem",
        "Badan Pemenangan Pemilu (Bappilu) PDIP Bangka Barat", "Bapilu Partai Golkar Sangihe"."""
        j = i + (1 if self.words[i] in _ELECTION_BOARDS else 3)
        head = self.toks[i].text if j == i + 1 else "Bappilu"
        if j + 2 < self.n and self.words[j] == "(" and self.words[j + 2] == ")":
            head = self.toks[j + 1].text
            j += 3
        party = self.match_org(j) if j < self.n else None
        if party is None or party.attrs.get("category") != "party":
            return None
        end = party.j
        if (hit := self.region_at(end)) is not None:
            end = hit[0]  # "Bapilu Partai Golkar Sangihe": the party's board of a region
        label = f"{head} {self._text(j, end)}"
        return self._span(ORG, i, end, label=label, key=f"org:name:{label.lower()}",
                          attrs={"category": "party_board"})

    def _board_in_full(self, k: int) -> tuple[str, int] | None:
        """A party board's name written out at k ("Dewan Pimpinan Cabang (DPC)"): its short
        form and where the party's name starts."""
        level = _BOARDS.get(" ".join(self.words[k : k + 3]))
        if level is None:
            return None
        j = k + 3
        if j + 2 < self.n and self.words[j] == "(" and self.words[j + 2] == ")":
            j += 3
        return level, j

    def _spelt_out(self, i: int, n: int, short: str) -> bool:
        """"melantik 60 orang panitia pemilihan kecamatan (PPK)": a body's long form written in
        lower case is the body when its own acronym follows in brackets."""
        w, j = self.words, i + n
        if n < 2 or j + 2 >= self.n or w[j] != "(" or not self.toks[j + 1].text[:1].isupper():
            return False
        acronym = _BODY_TABLE.match(w, j + 1)
        close = j + 1 + acronym[0] if acronym is not None else self.n
        # the bracket may stay open at a line's end: "... kecamatan (Panwaslu Kecamatan"
        return acronym is not None and acronym[1] == short and close < self.n and w[close] == ")"

    def _body(self, i: int, n: int, short: str) -> Chunk:
        w, body = self.words, lx.BODIES[short]
        j = i + n
        # "Komisi Pemilihan Umum (KPU)": skip the acronym in brackets.
        if j + 2 < self.n and w[j] == "(" and w[j + 2] == ")":
            j += 3
        level = None
        if j < self.n and w[j] in lx.LEVEL_WORDS and self.toks[j].is_cap:
            level = lx.LEVEL_WORDS[w[j]]
            if level in ("ri",):
                j += 1
        elif w[j : j + 2] == ["republik", "indonesia"] and self.toks[j].is_cap:
            level, j = "ri", j + 2  # "DKPP Republik Indonesia": the national body, in full
        unit = ""
        if (hit_unit := self.unit_at(j)) is not None:
            # "Kodim 0302/Inhu", "Kodam XII/Tanjungpura", "Koramil 1004-08/PLU"
            j, unit = hit_unit
        region = None
        region_from, written = j, ""
        if level != "ri" and short not in lx.NATIONAL_ONLY_BODIES and not (
            short in lx.DISTRICT_NAMED_BODIES and not unit and self._long_district_at(j)
        ) and not (short in lx.SEATED_BODIES and self.named_seat_end(j) > j):
            hit = self.region_at(j, body.default_level if body.default_level != "ri" else None)
            if hit:
                j, region = hit
                written = self.region_name_text(region_from, j)
                level = level or region.kind
                if short in lx.CITY_SUFFIXED and (city := self.city_after(j, region)):
                    # "Polres Bima Kota": the city's force, labelled as written
                    written = f"{written or region.name} {self.toks[j].text}"
                    j, region = city
                    level = "kota"
            elif level in ("provinsi", "kabupaten", "kota") and j + 1 < self.n and (
                    w[j + 1] == "," or (self.toks[j + 1].is_cap and w[j + 1] not in lx.NOT_NAME)):
                # "Anggota Bawaslu Propinsi NAME", "Ketua KPU Provinsi, NAME": the body at that
                # level of the article's region; the level word is not the start of a name
                j += 1
            elif level:
                level = None  # "KPU kabupaten/kota": a level word without a region is generic
            if unit and "/" in unit and region is None:
                tail = unit.split("/", 1)[1]
                r = regions.lookup(tail)
                region = r
        if region is None and short in lx.SEATED_BODIES and "/" not in unit and (
                seat := self.seat_end(j) if short != "lanud" else self._hero_named_end(j)) > j:
            # "Kejaksaan Negeri Sampit", "Polda Metro Jaya": named after a town or a command
            unit = f"{unit} {self._text(j, seat)}".strip()
            j = seat
        # "(Kukar)", "(KBB)": a short form in brackets after the region; "Bawaslu Konawe
        # (Abuldan)" names its chair instead.
        if region and j + 2 < self.n and w[j] == "(" and w[j + 2] == ")" and (
                self.toks[j + 1].text.isupper() or abbreviates(w[j + 1], region.name.lower())
                or regions.lookup(self.toks[j + 1].text) is not None):
            j += 3
        if region is None and not unit and short in lx.DISTRICT_NAMED_BODIES:
            area_end = self._local_area(j, villages=short not in lx.DISTRICT_BODIES)
            if area_end > j:
                # "PPK Ceper", "KPPS TPS 05 Desa Kujon": bodies of a district or a village.
                area = self._text(j, area_end)
                named = area.lower().split()
                while len(named) > 1 and named[0] in AREA_LEVELS:
                    named = named[1:]  # "PPK Kecamatan Ceper" is "PPK Ceper"
                if short == "panwaslu" and named[0] not in AREA_LEVELS and (
                        area.split()[0].lower() not in _VILLAGE_WORDS):
                    # "Panwaslu Tongauna Utara": the election watch of a district is its
                    # Panwascam, as "Panwaslu Kecamatan Tongauna Utara" is.
                    short, body = "panwascam", lx.BODIES["panwascam"]
                    area = " ".join(area.split()[-len(named):])  # no "Panwascam Kecamatan X"
                local: dict[str, Any] = {
                    "category": body.category,
                    "body": short,
                    "level": "local",
                    "region_code": "",
                    "area": area,
                }
                return self._span(
                    ORG,
                    i,
                    area_end,
                    label=f"{self._head_as_written(i, n, short)} {area}",
                    key=f"org:{short}:local:{' '.join(named)}",
                    attrs=local,
                )
        if region is None and level is None:
            level = body.default_level
        if level == "ri" or (region is None and body.default_level == "ri"):
            label = f"{body.short} RI" if short in ("kpu", "bawaslu", "dkpp") else body.short
            key = f"org:{short}:ri:"
        elif region is not None:
            lvl_word = {"provinsi": "Provinsi", "kabupaten": "Kabupaten", "kota": "Kota"}[
                region.kind
            ]
            # "Bawaslu Sidrap": the label keeps the short form the article wrote (the key
            # carries the region's code), as readers and annotators name the body.
            if written:
                region = dataclasses.replace(region, name=written)
            if short in ("pemkab", "pemkot", "pemprov", "dpra", "dprk"):
                label = f"{body.short} {region.name}"
            elif short in (
                "polres",
                "polresta",
                "polda",
                "kodim",
                "kodam",
                "koramil",
                "korem",
                "kejari",
                "kejati",
                "binda",
                "kejaksaan negeri",
                "kejaksaan tinggi",
                "pn",
                "pa",
                "lantamal",
                "lanal",
                "lanud",
                "koarmada",
                "denpom",
            ):
                # "Kodim 0302/Inhu" already names its region; "Pengadilan Negeri X" keeps the
                # head the article wrote
                head = self._head_as_written(i, n, short)
                label = (
                    f"{head} {unit}"
                    if "/" in unit
                    else f"{head}{' ' + unit if unit else ''} {region.name}"
                )
            elif self.words[i] in _LEVEL_FUSED:
                label = f"{self.toks[i].text} {region.name}"  # "Setdaprov Riau" as written
            else:
                label = f"{self._head_as_written(i, n, short)} {lvl_word} {region.name}"
            key = f"org:{short}:{region.kind}:{region.code}{':' + unit if unit else ''}"
        else:
            label = f"{self._head_as_written(i, n, short)}{' ' + unit if unit else ''}"
            # "Lapas Kelas IIB Sampit" is the "Lapas Sampit" its head's title names
            seat_name = re.sub(r"^kelas \w+ (?:[ab] )?", "", unit.lower())
            key = f"org:{short}::{seat_name}" if unit else f"org:{short}::"
        attrs: dict[str, Any] = {
            "category": body.category,
            "body": short,
            "level": level or "",
            "region_code": region.code if region else "",
        }
        generic = region is None and not unit and body.default_level != "ri" and level != "ri"
        if generic:
            attrs["generic"] = True
        return self._span(ORG, i, j, label=label, key=key, attrs=attrs)

    def _head_as_written(self, i: int, n: int, short: str) -> str:
        """A supervisors' body below the regency by the name the article writes ("Panwaslu
        Kecamatan X", "Pengawas TPS"), a court and a regional government too ("Pengadilan
        Negeri X", "Pemerintah Daerah X"): readers know these by no one short form; other
        bodies by theirs ("Komisi Pemilihan Umum" is "KPU")."""
        body = lx.BODIES[short]
        if short not in _WRITTEN_AS_IS or self.toks[i].text.isupper():
            return body.short
        return self._text(i, i + n)

    def _hero_named_end(self, j: int) -> int:
        """After an air base's name at j: the town or the hero it is named after ("Lanud El
        Tari", "Lanud Roesmin Nurjadin", "Lanud ATS"), up to its holder's rank."""
        end = self.seat_end(j)
        while end < min(self.n, j + 3) and self.toks[end].is_cap and not self.rank_at(end):
            end += 1
        return end

    def _implied_org(self, short: str, region: regions.Region, i: int, j: int) -> Chunk:
        body = lx.BODIES[short]
        if short in ("pemkab", "pemkot") and region.kind == "provinsi":
            short, body = "pemprov", lx.BODIES["pemprov"]
        if short == "pemkab" and region.kind == "kota":
            short, body = "pemkot", lx.BODIES["pemkot"]
        name = self.region_name_text(i, j) or region.name
        if j - 1 > i and self.words[j - 1] == "kota" and self.words[i] != "kota":
            name = f"{name} {self.toks[j - 1].text}"  # "Kapolres Bima Kota" as written
        label = f"{body.short} {name}"
        return self._implied_span(short, i, j, label, f"org:{short}:{region.kind}:{region.code}",
                                  region.kind, region.code)

    def _implied_span(self, short: str, i: int, j: int, label: str, key: str, level: str = "",
                      region_code: str = "") -> Chunk:
        """A body an office's title implies ("Kapolres Sidrap", "Dandim 0402/OKI", "Menteri
        Dalam Negeri"): an organisation of the article only through a holder of the office."""
        return self._span(ORG, i, j, label=label, key=key, attrs={
            "category": lx.BODIES[short].category, "body": short, "level": level,
            "region_code": region_code, "implied": True})
