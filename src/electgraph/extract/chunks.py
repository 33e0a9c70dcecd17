"""Turn a sentence's tokens into chunks: bodies, roles, events, elections, places, name candidates.

One left-to-right pass; at each token the longest lexicon entry wins. Relation rules then read
chunk sequences instead of raw text, which keeps them short and free of backtracking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from electgraph.extract import lexicon as lx
from electgraph.extract import regions
from electgraph.extract.tokens import Token

ORG, ROLE, EVENT, ELECTION, PLACE, NAME, WORD, PUNCT = (
    "ORG", "ROLE", "EVENT", "ELECTION", "PLACE", "NAME", "WORD", "PUNCT"
)  # fmt: skip


@dataclass(slots=True)
class Chunk:
    kind: str
    i: int  # first token index in the sentence
    j: int  # one past the last token
    start: int
    end: int
    text: str
    label: str = ""
    key: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)

    @property
    def low(self) -> str:
        return self.text.lower()


_BODY_TABLE = lx.PhraseTable(
    [(tuple(k.split()), k) for k in lx.BODIES]
    + [(tuple(k.split()), v) for k, v in lx.BODY_LONG.items()]
)
_PARTY_TABLE = lx.PhraseTable([(tuple(k.split()), k) for k in lx.PARTIES])
_ROLE_TABLE = lx.PhraseTable([(tuple(k.split()), k) for k in lx.ROLE_TITLES])
_STATUS_TABLE = lx.PhraseTable([(tuple(k.split()), k) for k in lx.STATUS_PREFIXES])
_EVENT_TABLE = lx.PhraseTable([(tuple(k.split()), k) for k in lx.EVENT_HEADS])
_ELECTION_TABLE = lx.PhraseTable([(tuple(k.split()), k) for k in lx.ELECTION_HEADS])
_LOWER_CASE_OFFICES = frozenset(
    {"anggota", "ketua", "anggotanya", "komisioner", "sekretaris", "wakil ketua"}
)
_YEAR = re.compile(r"^(19|20)\d\d$")
_UNIT_CODE = re.compile(r"^[0-9IVXL]+(?:[-/][0-9A-Za-z]+)*$")


class _RegionTable:
    """Region names as token phrases, built once from the gazetteer."""

    def __init__(self) -> None:
        entries = []
        for alias in regions.aliases():
            words = tuple(w for w in re.findall(r"[^\W_]+(?:['’\-/][^\W_]+)*|[^\w\s]", alias))
            if words:
                entries.append((words, alias))
        self.table = lx.PhraseTable(entries)
        self.aliases = regions.aliases()


_regions: _RegionTable | None = None


def _region_table() -> _RegionTable:
    global _regions
    if _regions is None:
        _regions = _RegionTable()
    return _regions


class Chunker:
    """Chunks of one sentence. `words` are the lower-cased tokens."""

    def __init__(self, tokens: tuple[Token, ...]) -> None:
        self.toks = tokens
        self.words = [t.low for t in tokens]
        self.n = len(tokens)

    # -- small helpers -------------------------------------------------------------------------
    def _span(self, kind: str, i: int, j: int, **kw: Any) -> Chunk:
        a, b = self.toks[i].start, self.toks[j - 1].end
        return Chunk(kind, i, j, a, b, self._text(i, j), **kw)

    def _text(self, i: int, j: int) -> str:
        # Rebuild the surface text from tokens, keeping single spaces.
        out = []
        for k in range(i, j):
            if k > i and self.toks[k].start > self.toks[k - 1].end:
                out.append(" ")
            out.append(self.toks[k].text)
        return "".join(out)

    def _skip_dot(self, i: int) -> int:
        return i + 1 if i < self.n and self.words[i] == "." else i

    def region_at(self, i: int, kind_hint: str | None = None) -> tuple[int, regions.Region] | None:
        """A region name starting at token i (with an optional level word before it)."""
        rt = _region_table()
        level = None
        k = i
        if k < self.n and self.words[k] in ("kabupaten", "kab", "kota", "provinsi", "prov"):
            level = lx.LEVEL_WORDS[self.words[k]]
            k = self._skip_dot(k + 1)
        if k >= self.n or not self.toks[k].is_cap:
            return None
        hit = rt.table.match(self.words, k)
        if hit is None:
            return None
        n, alias = hit
        # A lower-case continuation word means the name went on: "Aceh Besar" beats "Aceh".
        cands = rt.aliases[alias]
        hint = level or kind_hint
        pick = next((c for c in cands if hint and c.kind == hint), None) or cands[0]
        if level and pick.kind != level:
            return None
        return k + n, pick

    # -- matchers ------------------------------------------------------------------------------
    def match_org(self, i: int) -> Chunk | None:
        w = self.words
        unit = None
        k = i
        if w[k] in lx.PARTY_UNITS and self.toks[k].text.isupper():
            unit = self.toks[k].text
            k += 1
            if k < self.n and w[k] == "partai":
                k += 1
            party = _PARTY_TABLE.match(w, k) if k < self.n else None
            if party is None:
                return None
        if w[k] == "partai" and k + 1 < self.n:
            party = _PARTY_TABLE.match(w, k + 1) or _PARTY_TABLE.match(w, k)
            if party:
                k += 0 if _PARTY_TABLE.match(w, k) else 1
        else:
            party = _PARTY_TABLE.match(w, k)
        if party and (self.toks[k].is_cap or unit):
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
        body = _BODY_TABLE.match(w, i)
        if body and self.toks[i].is_cap:
            return self._body(i, *body)
        if w[i] in lx.ORG_HEADS and self.toks[i].is_cap:
            return self._named_org(i)
        return None

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
        unit = ""
        if (
            j < self.n
            and _UNIT_CODE.match(self.toks[j].text)
            and any(c.isdigit() or c in "IVX" for c in self.toks[j].text[:2])
        ):
            # "Kodim 0302/Inhu", "Kodam XII/Tanjungpura", "Koramil 1004-08/PLU"
            unit = self.toks[j].text
            j += 1
        region = None
        if level != "ri":
            hit = self.region_at(j, body.default_level if body.default_level != "ri" else None)
            if hit:
                j, region = hit
                level = level or region.kind
                if short in ("kodim", "kodam", "koramil") and unit:
                    pass
            elif level:
                level = None  # "KPU kabupaten/kota": a level word without a region is generic
            if unit and "/" in unit and region is None:
                tail = unit.split("/", 1)[1]
                r = regions.resolve(tail)
                region = r
        # "(Kukar)", "(KBB)": a short form in brackets after the region.
        if region and j + 2 < self.n and w[j] == "(" and w[j + 2] == ")":
            j += 3
        if region is None and level is None:
            level = body.default_level
        if level == "ri" or (region is None and body.default_level == "ri"):
            label = f"{body.short} RI" if short in ("kpu", "bawaslu", "dkpp") else body.short
            key = f"org:{short}:ri:"
        elif region is not None:
            lvl_word = {"provinsi": "Provinsi", "kabupaten": "Kabupaten", "kota": "Kota"}[
                region.kind
            ]
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
            ):
                label = f"{body.short}{' ' + unit if unit else ''} {region.name}"
            else:
                label = f"{body.short} {lvl_word} {region.name}"
            key = f"org:{short}:{region.kind}:{region.code}{':' + unit if unit else ''}"
        else:
            label = f"{body.short}{' ' + unit if unit else ''}"
            key = f"org:{short}::{unit}" if unit else f"org:{short}::"
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

    def _named_org(self, i: int) -> Chunk | None:
        """'Universitas Padjadjaran', 'Kejaksaan Negeri Kotabaru', 'BEM STKIP Paris Barantai'."""
        j = i + 1
        while (
            j < self.n
            and (self.toks[j].is_cap or self.toks[j].text.isdigit())
            and self.words[j] not in lx.NOT_NAME - {"negeri"}
            and not _ROLE_TABLE.match(self.words, j)
        ):
            j += 1
        if j == i + 1 and self.words[i] not in lx.ORG_STANDALONE:
            return None
        label = self._text(i, j)
        return self._span(
            ORG, i, j, label=label, key=f"org:name:{label.lower()}", attrs={"category": "other"}
        )

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
        if hit is None:
            if w[k] == "divisi" and status is None:
                hit = (1, "divisi")
            else:
                return None
        n, surface = hit
        # Lower-case offices ("ketua panitia") are often generic; keep the usual ones only.
        if (
            not self.toks[k].is_cap
            and status is None
            and surface not in _LOWER_CASE_OFFICES
            and surface not in lx.IMPLIED_BODY
        ):
            return None
        head = surface
        j = k + n
        title_end = j
        # "Sekretaris Daerah (Sekda) Lombok Timur": the acronym in brackets repeats the title.
        if j + 2 < self.n and w[j] == "(" and w[j + 2] == ")" and self.toks[j + 1].text.isalpha():
            j += 3
        # "Anggota KPU Kukar Divisi Teknis": the division may come after the body.
        if surface in lx.DIVISION_TITLES:
            j = self._division(j)
            title_end = j
        elif surface in lx.UNIT_TITLES:
            j = self._unit_name(j)
            title_end = j
        elif (
            surface in ("camat", "lurah", "kepala desa", "kades")
            and j < self.n
            and self.toks[j].is_cap
        ):
            j += 1  # "Camat Tamalate": the district is part of the office, not of the name
            title_end = j
        org = self.match_org(j) if j < self.n else None
        org_chunk = None
        if org is not None and not org.attrs.get("generic_party"):
            org_chunk = org
            j = org.j
            if j < self.n and w[j] == "divisi":
                j = self._division(j + 1)
                head = "anggota divisi" if surface == "anggota" else head
        elif (
            surface in lx.IMPLIED_BODY
            and j < self.n
            and _UNIT_CODE.match(self.toks[j].text)
            and any(ch.isdigit() or ch in "IVX" for ch in self.toks[j].text[:2])
        ):
            # "Dandim 0402/OKI", "Pangdam XII/Tanjungpura": the unit names the body.
            body_short = lx.IMPLIED_BODY[surface]
            unit = self.toks[j].text
            tail = unit.split("/", 1)[1] if "/" in unit else ""
            reg = regions.resolve(tail) if tail else None
            label = f"{lx.BODIES[body_short].short} {unit}"
            org_chunk = self._span(
                ORG,
                j,
                j + 1,
                label=label,
                key=":".join(
                    (
                        "org",
                        body_short,
                        reg.kind if reg else "",
                        reg.code if reg else "",
                        unit.lower(),
                    )
                ),
                attrs={
                    "category": lx.BODIES[body_short].category,
                    "body": body_short,
                    "level": reg.kind if reg else "",
                    "region_code": reg.code if reg else "",
                    "implied": True,
                },
            )
            j += 1
        elif surface in lx.IMPLIED_BODY:
            hit_r = self.region_at(
                j,
                "provinsi"
                if lx.IMPLIED_BODY[surface] in ("pemprov", "polda", "kodam", "kejati", "binda")
                else None,
            )
            if hit_r:
                j2, region = hit_r
                body_short = lx.IMPLIED_BODY[surface]
                org_chunk = self._implied_org(body_short, region, j, j2)
                j = j2
        title = self._text(k, title_end)
        if head == "anggota divisi" and org_chunk is not None:
            title = "Anggota " + self._text(org_chunk.j + 1, j) if False else title
        attrs: dict[str, Any] = {
            "head": surface,
            "title": title,
            "status": lx.STATUS_PREFIXES.get(status or "", "current"),
            "status_label": lx.STATUS_LABEL.get(status or "", ""),
        }
        if org_chunk is not None:
            attrs["org"] = org_chunk
            # "Anggota KPU Kukar Divisi Teknis Penyelenggaraan": the division is part of the title.
            if org_chunk.j < j:
                attrs["title"] = f"{title} {self._text(org_chunk.j, j)}"
        return self._span(ROLE, i, j, label=attrs["title"], attrs=attrs)

    def _implied_org(self, short: str, region: regions.Region, i: int, j: int) -> Chunk:
        body = lx.BODIES[short]
        if short in ("pemkab", "pemkot") and region.kind == "provinsi":
            short, body = "pemprov", lx.BODIES["pemprov"]
        if short == "pemkab" and region.kind == "kota":
            short, body = "pemkot", lx.BODIES["pemkot"]
        label = f"{body.short} {region.name}"
        return self._span(
            ORG,
            i,
            j,
            label=label,
            key=f"org:{short}:{region.kind}:{region.code}",
            attrs={
                "category": body.category,
                "body": short,
                "level": region.kind,
                "region_code": region.code,
                "implied": True,
            },
        )

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
            else:
                break
        return end

    def _unit_name(self, j: int) -> int:
        """End of a unit name after titles like Kepala/Kasubag: capitalised words up to a body."""
        k = j
        end = j
        while k < self.n:
            t = self.toks[k]
            if _BODY_TABLE.match(self.words, k) and k > j:
                break
            if self.region_at(k) is not None and k > j:
                break
            if (
                t.is_cap
                and self.words[k] not in ("ketua", "anggota")
                and self.words[k] not in lx.HONORIFICS
            ):
                k += 1
                end = k
            elif self.words[k] in ("dan", "&") and k + 1 < self.n and self.toks[k + 1].is_cap:
                k += 1
            else:
                break
        return end

    def match_event(self, i: int) -> Chunk | None:
        hit = _EVENT_TABLE.match(self.words, i)
        if hit is None:
            return None
        n, surface = hit
        j = i + n
        end = j
        while j < self.n:
            t = self.toks[j]
            wj = self.words[j]
            if wj in lx.EVENT_WORDS or (
                t.is_cap
                and wj not in lx.NOT_NAME - lx.EVENT_WORDS
                and not _BODY_TABLE.match(self.words, j)
                and wj not in lx.MONTHS
                and wj not in lx.WEEKDAYS
            ):
                j += 1
                if wj not in lx.EVENT_TRAILING_STOP:
                    end = j
            elif _YEAR.match(wj) and end == j:
                j += 1
                end = j
            else:
                break
        return self._span(
            EVENT, i, end, label=self._text(i, end), attrs={"kind": lx.EVENT_HEADS[surface]}
        )

    def match_election(self, i: int) -> Chunk | None:
        hit = _ELECTION_TABLE.match(self.words, i)
        if hit is None or not (self.toks[i].is_cap or self.words[i] in ("pilkada", "pemilu")):
            return None
        n, surface = hit
        j = i + n
        serentak = False
        if j < self.n and self.words[j] == "serentak":
            serentak = True
            j += 1
        region = None
        hit_r = self.region_at(j)
        if hit_r:
            j, region = hit_r
        if (
            j < self.n
            and self.words[j] == "tahun"
            and j + 1 < self.n
            and _YEAR.match(self.words[j + 1])
        ):
            j += 1
        year = None
        if j < self.n and _YEAR.match(self.words[j]):
            year = self.words[j]
            j += 1
        kind = lx.ELECTION_HEADS[surface]
        label = self._text(i, j)
        key_parts = [
            kind.lower(),
            "serentak" if serentak else "",
            region.code if region else "",
            year or "",
        ]
        return self._span(
            ELECTION,
            i,
            j,
            label=label,
            key="election:" + ":".join(key_parts),
            attrs={"kind": kind, "year": year or "", "region_code": region.code if region else ""},
        )

    def match_place(self, i: int) -> Chunk | None:
        w = self.words
        if w[i] in lx.VENUE_HEADS and self.toks[i].is_cap:
            j = i + 1
            while j < self.n and (
                self.toks[j].is_cap
                or self.toks[j].text.isdigit()
                or (w[j] == "&" and j + 1 < self.n and self.toks[j + 1].is_cap)
            ):
                if _BODY_TABLE.match(w, j) and j > i + 1:
                    break
                j += 1
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
        if w[i] == "kecamatan" and i + 1 < self.n and self.toks[i + 1].is_cap:
            j = i + 1
            while j < self.n and self.toks[j].is_cap and w[j] not in lx.NOT_NAME:
                j += 1
            if j > i + 1:
                label = self._text(i, j)
                return self._span(
                    PLACE,
                    i,
                    j,
                    label=label,
                    key=f"place:name:{label.lower()}",
                    attrs={"kind": "kecamatan"},
                )
        hit = self.region_at(i)
        if hit is None:
            return None
        j, region = hit
        label = (
            region.label
            if w[i] in ("kabupaten", "kab", "kota", "provinsi", "prov")
            else region.name
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
        while i < self.n:
            tok = self.toks[i]
            found = None
            if tok.is_word:
                for m in matchers:
                    found = m(i)
                    if found is not None and found.j > i:
                        break
                    found = None
            if found is None:
                kind = WORD if tok.is_word else PUNCT
                found = Chunk(kind, i, i + 1, tok.start, tok.end, tok.text)
            out.append(found)
            i = found.j
        return out
