"""One output convention for every command (sqlite-utils style).

`--format table|json|jsonl|csv` (`-f`; `--json` and `--csv` are shortcuts), `--out FILE` (`-o`;
`-` or nothing: stdout). `json` is one document, `jsonl` one JSON object per row, `csv` a header
row and one line per row, nested values flattened (`entity.label`) and lists joined with " | ".
A command passes its result and how it reads as rows; printing is here, computing is not.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

import typer

from electgraph.errors import QueryError
from electgraph.query.model import to_jsonable

__all__ = [
    "CSV_OPTION",
    "FORMAT_OPTION",
    "JSON_OPTION",
    "OUT_OPTION",
    "Format",
    "emit",
    "flatten",
    "pick",
]


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


FORMAT_OPTION: Any = typer.Option(
    None, "--format", "-f", case_sensitive=False,
    help="table (default), json (one document), jsonl (one object per line) or csv.")
JSON_OPTION: Any = typer.Option(False, "--json", help="Same as --format json.")
CSV_OPTION: Any = typer.Option(False, "--csv", help="Same as --format csv.")
OUT_OPTION: Any = typer.Option(
    "-", "--out", "-o", help="Write to this file instead of stdout ('-': stdout).")


def pick(format: Format | None, as_json: bool = False, as_csv: bool = False,
         default: Format = Format.table) -> Format:
    """The format the options ask for; two that disagree are an error."""
    asked = {f for f, on in ((Format.json, as_json), (Format.csv, as_csv)) if on}
    if format is not None:
        asked.add(Format(format))
    if len(asked) > 1:
        names = ", ".join(sorted(asked))
        raise QueryError(f"asked for several output formats ({names}); give one --format")
    return asked.pop() if asked else default


def flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    """A JSON-ready value as one flat row: nested keys joined with ".", lists of plain values
    joined with " | ", lists of objects as JSON."""
    out: dict[str, Any] = {}
    data = to_jsonable(value)
    if not isinstance(data, dict):
        return {prefix or "value": data}
    for k, v in data.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(flatten(v, key + "."))
        elif isinstance(v, list):
            plain = all(not isinstance(x, dict | list) for x in v)
            out[key] = " | ".join("" if x is None else str(x) for x in v) if plain else \
                json.dumps(v, ensure_ascii=False)
        else:
            out[key] = v
    return out


def _rows_of(value: Any) -> list[Any]:
    data = to_jsonable(value)
    return data if isinstance(data, list) else [data]


@contextlib.contextmanager
def _target(out: str | Path | None) -> Iterator[TextIO]:
    if out is None or str(out) == "-":
        yield sys.stdout
        return
    path = Path(out)
    if path.is_dir():
        raise QueryError(f"--out {path} is a directory; give a file name")
    with path.open("w", encoding="utf-8", newline="") as fh:
        yield fh


def write_csv(rows: Iterable[Any], fh: TextIO) -> int:
    """Rows as CSV with a header of every column seen (in the order first seen)."""
    flat = [flatten(r) for r in rows]
    columns = list(dict.fromkeys(k for r in flat for k in r))
    writer = csv.DictWriter(fh, fieldnames=columns or ["value"], extrasaction="ignore")
    writer.writeheader()
    for r in flat:
        writer.writerow({k: "" if v is None else v for k, v in r.items()})
    return len(flat)


def emit(
    value: Any, format: Format, out: str | Path | None = None, *,
    table: Callable[[], None] | None = None, rows: Callable[[], Iterable[Any]] | None = None,
) -> None:
    """Print `value` in `format` to `out`. `table` draws it (rich); `rows` gives it as rows
    for jsonl and csv (default: the value itself, one row per item of a list)."""
    with _target(out) as fh:
        if format is Format.json:
            fh.write(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2, default=str))
            fh.write("\n")
        elif format is Format.jsonl:
            for r in (rows() if rows else _rows_of(value)):
                fh.write(json.dumps(to_jsonable(r), ensure_ascii=False, default=str) + "\n")
        elif format is Format.csv:
            write_csv(rows() if rows else _rows_of(value), fh)
        elif table is not None:
            if fh is sys.stdout:
                table()
            else:
                buffer = io.StringIO()
                with contextlib.redirect_stdout(buffer):
                    table()
                fh.write(buffer.getvalue())
        else:
            typer.echo(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2), file=fh)
