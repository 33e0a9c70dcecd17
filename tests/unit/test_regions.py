from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from electgraph.extract import regions
from electgraph.extract.regions import (
    Region,
    aliases,
    all_regions,
    by_code,
    lookup,
    province_of,
)


def _lokal_codes() -> dict[str, str]:
    """lokal's province and kabupaten/kota codes, read independently of the module under test."""
    import lokal

    path = Path(lokal.__file__).parent / "data" / "wilayah.json.gz"
    data: dict[str, str] = json.loads(gzip.decompress(path.read_bytes()))
    return {code: name for code, name in data.items() if code.count(".") <= 1}


def test_counts() -> None:
    assert [r.kind for r in all_regions()[:2]] == ["provinsi", "kabupaten"]
    kinds = Counter(r.kind for r in all_regions())
    assert kinds == {"provinsi": 38, "kabupaten": 416, "kota": 98}
    assert len(all_regions()) == 38 + 514
    assert {r.code for r in all_regions()} == set(_lokal_codes())


def test_round_trips() -> None:
    for region in all_regions():
        assert by_code(region.code) is region
        assert lookup(region.label) is region, region.label
        # No two regions of the same kind share a name, so name + kind is always enough.
        assert lookup(region.name, region.kind) is region, region
        assert region.name == region.name.strip() and "  " not in region.name


def test_by_code_accepts_undotted_and_rejects_unknown() -> None:
    assert by_code("1607") is by_code("16.07")
    with pytest.raises(KeyError):
        by_code("16.99")


def test_parent_province() -> None:
    banyuasin = by_code("16.07")
    assert province_of(banyuasin) is by_code("16")
    assert province_of(by_code("16")) is by_code("16")
    assert province_of(by_code("31.75")).label == "Provinsi DKI Jakarta"
    for region in all_regions():
        assert region.code.split(".")[0] == region.province_code
        assert province_of(region).kind == "provinsi"


def test_names_are_normalised() -> None:
    assert by_code("16.07") == Region("16.07", "Banyuasin", "kabupaten", "16")
    assert by_code("16.08").name == "Ogan Komering Ulu Timur"
    assert by_code("19").name == "Kepulauan Bangka Belitung"
    assert by_code("73.10").name == "Pangkajene dan Kepulauan"
    assert by_code("72.04").name == "Toli-Toli"
    # lokal abbreviates this one ("Kep.") and calls Jakarta's units "Kota/Kabupaten Administrasi".
    assert by_code("71.09").name == "Kepulauan Siau Tagulandang Biaro"
    assert by_code("31.75") == Region("31.75", "Jakarta Timur", "kota", "31")
    assert by_code("31.01") == Region("31.01", "Kepulauan Seribu", "kabupaten", "31")


def test_title_case_of_upper_case_sources() -> None:
    assert regions._title("PANGKAJENE DAN KEPULAUAN") == "Pangkajene dan Kepulauan"
    assert regions._title("TOLI-TOLI") == "Toli-Toli"
    assert regions._title("DKI JAKARTA") == "DKI Jakarta"
    assert regions._title("Ogan Komering Ulu Timur") == "Ogan Komering Ulu Timur"
    assert regions._region_from_lokal("72.04", "KAB. TOLI-TOLI").label == "Kabupaten Toli-Toli"
    assert regions._region_from_lokal("31.71", "KOTA ADM. JAKARTA PUSAT").name == "Jakarta Pusat"


def test_labels() -> None:
    assert by_code("16").label == "Provinsi Sumatera Selatan"
    assert by_code("16.07").label == "Kabupaten Banyuasin"
    assert by_code("16.71").label == "Kota Palembang"
    assert by_code("31").label == "Provinsi DKI Jakarta"
    assert by_code("34").label == "Provinsi Daerah Istimewa Yogyakarta"


@pytest.mark.parametrize(
    ("surface", "hint", "code"),
    [
        ("Banyuasin", None, "16.07"),
        ("Kabupaten Banyuasin", None, "16.07"),
        ("Kab. Banyuasin", None, "16.07"),
        ("kab banyuasin", None, "16.07"),
        ("Kab.Banyuasin,", None, "16.07"),
        ("Kota Palembang", None, "16.71"),
        ("Provinsi Sumatera Selatan", None, "16"),
        ("prov. sumsel", None, "16"),
        ("SUMSEL", None, "16"),
        ("Muba", None, "16.06"),
        ("Mura", None, "16.05"),
        ("Lubuklinggau", None, "16.73"),
        ("Kukar", None, "64.02"),
        ("Inhu", None, "14.02"),
        ("Lotim", None, "52.03"),
        ("Tangsel", None, "36.74"),
        ("Jakarta Timur", None, "31.75"),
        ("Kota Administrasi Jakarta Timur", None, "31.75"),
        ("Jaktim", None, "31.75"),
        ("Jakarta", None, "31"),
        ("Jogja", None, "34"),
        ("KBB", None, "32.17"),
        ("Kab. Bandung Barat", None, "32.17"),
        ("Sangihe", None, "71.03"),
        ("Tolitoli", None, "72.04"),
        ("toli toli", None, "72.04"),
        ("Baubau", None, "74.72"),
        ("Kota Baru", None, "63.02"),
        # A bare name shared by a kota and a kabupaten: the city, unless told otherwise.
        ("Bekasi", None, "32.75"),
        ("Bekasi", "kabupaten", "32.16"),
        ("Kabupaten Bekasi", None, "32.16"),
        ("Kab. Malang", None, "35.07"),
        ("Malang", "kota", "35.73"),
        ("Kota Sorong", None, "96.71"),
        ("Sorong", "kabupaten", "96.01"),
        ("Solok", "kabupaten", "13.02"),
        # A province name without a prefix is the province.
        ("Gorontalo", None, "75"),
        ("Gorontalo", "kota", "75.71"),
        ("Gorontalo", "kabupaten", "75.01"),
        ("Yogyakarta", None, "34"),
        ("Kota Yogyakarta", None, "34.71"),
        # An explicit prefix beats the hint; an unmatched hint falls back to the best candidate.
        ("Kota Bekasi", "kabupaten", "32.75"),
        ("Banyuasin", "kota", "16.07"),
    ],
)
def test_lookup(surface: str, hint: str | None, code: str) -> None:
    region = lookup(surface, hint)
    assert region is not None, surface
    assert region.code == code


def test_lookup_unknown() -> None:
    assert lookup("Atlantis") is None
    assert lookup("") is None
    # An explicit prefix that no region of that kind has is not silently re-read as another kind.
    assert lookup("Kabupaten Palembang") is None
    assert lookup("Provinsi Bekasi") is None
    with pytest.raises(ValueError):
        lookup("Bekasi", "kecamatan")


def test_ambiguous_bare_names_list_every_candidate_kota_first() -> None:
    table = aliases()
    for name in [
        "bekasi", "bogor", "malang", "kediri", "blitar", "madiun", "probolinggo", "pasuruan",
        "mojokerto", "magelang", "tegal", "pekalongan", "cirebon", "tasikmalaya", "sukabumi",
        "bandung", "serang", "tangerang", "jayapura", "sorong", "kupang", "solok", "semarang",
        "bima", "banjar",
    ]:  # fmt: skip
        kinds = [r.kind for r in table[name]]
        assert kinds == ["kota", "kabupaten"], name
    assert [r.code for r in table["gorontalo"]] == ["75", "75.71", "75.01"]


def test_alias_keys() -> None:
    table = aliases()
    for key in [
        "banyuasin", "sumatera selatan", "kabupaten banyuasin", "kab. banyuasin", "kab banyuasin",
        "kota palembang", "provinsi sumatera selatan", "prov. sumsel",
        "daerah khusus ibukota jakarta", "kab. kukar", "provinsi jakarta",
    ]:  # fmt: skip
        assert key in table, key
    assert all(key == key.lower() for key in table)
    assert [r.code for r in table["kota bekasi"]] == ["32.75"]
    assert [r.code for r in table["kabupaten bekasi"]] == ["32.16"]
    # aliases() hands out a copy, so a caller cannot corrupt the shared table.
    table.clear()
    assert aliases()["banyuasin"]


def test_every_tsv_alias_points_at_a_lokal_code() -> None:
    lokal_codes = _lokal_codes()
    rows = regions._read_alias_file(regions._ALIAS_FILE)
    assert len(rows) >= 120
    table = aliases()
    for alias, code in rows:
        assert code in lokal_codes, (alias, code)
        assert by_code(code) in table[regions._normalise(alias)], alias
        assert lookup(alias) is not None, alias


def test_import_is_lazy_and_light() -> None:
    code = (
        "import sys\n"
        "import electgraph.extract.regions as r\n"
        "assert r._gazetteer.cache_info().currsize == 0\n"
        "heavy = {'lokal', 'json', 'gzip', 'rapidfuzz', 'ahocorasick'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
        "r.all_regions()\n"
        "assert 'lokal' not in sys.modules\n"
    )
    src = str(Path(regions.__file__).parents[2])
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": src})


def test_fallback_to_lokal_public_api(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = all_regions()
    monkeypatch.setattr(regions, "_lokal_data_path", lambda: None)
    regions._gazetteer.cache_clear()
    try:
        assert all_regions() == expected
    finally:
        regions._gazetteer.cache_clear()
