"""Tables for spreadsheets and graph tools: `export --format csv --out DIR` writes

* `nodes.csv`: Id, Label and the entity's kind, region, body, level, aliases (Gephi's and
  Cytoscape's node table import read `Id`/`Label`);
* `edges.csv`: Source, Target, Type, Id, Label, the fact's kind, role (and its English label),
  status, dates, articles, source URLs, and `Interval` (`<[first, last]>`, Gephi's timeline);
* `officials.csv`: one row per person and role held: name, role, role_en, body, region, status,
  first/last seen, articles, source URLs, ids; the spreadsheet an analyst asks for.

`export --format json` writes the snapshot (every entity and fact, as `query.snapshot`) as one
JSON document. Both read the store through `electgraph.query`, so any backend exports alike.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from electgraph.errors import QueryError
from electgraph.export import ExportReport
from electgraph.query.model import Relation, Snapshot, to_jsonable
from electgraph.roles import label

if TYPE_CHECKING:
    from electgraph.stores.base import GraphStore

__all__ = ["edge_rows", "node_rows", "official_rows", "write_csv", "write_json"]


def _snapshot(store: GraphStore, options: dict[str, Any]) -> Snapshot:
    from electgraph.query.api import snapshot

    return snapshot(store, evidence=False, since=options.get("since"),
                    until=options.get("until"))


def _day(d: date | None) -> str:
    return d.isoformat() if d else ""


def node_rows(s: Snapshot) -> list[dict[str, Any]]:
    return [{"Id": n.id, "Label": n.label, "kind": n.kind, "region": n.region or "",
             "body": n.body or "", "level": n.level or "", "aliases": " | ".join(n.aliases)}
            for n in s.nodes]


def _interval(r: Relation) -> str:
    return f"<[{r.first_seen}, {r.last_seen}]>" if r.first_seen and r.last_seen else ""


def edge_rows(s: Snapshot) -> list[dict[str, Any]]:
    return [{"Source": r.subject.id, "Target": r.object.id, "Type": "Directed", "Id": r.id,
             "Label": r.role or r.kind, "kind": r.kind, "role": r.role or "",
             "role_en": label(r.role, "en") or "" if r.kind == "holds_role" else "",
             "status": r.status or "", "first_seen": _day(r.first_seen),
             "last_seen": _day(r.last_seen), "Interval": _interval(r),
             "articles": len(r.articles), "sources": " ".join(r.sources)}
            for r in s.edges]


def official_rows(s: Snapshot) -> list[dict[str, Any]]:
    regions = {n.id: n.region or "" for n in s.nodes}
    held = sorted((r for r in s.edges if r.kind == "holds_role"),
                  key=lambda r: (r.subject.label, r.object.label, r.role or "", r.id))
    return [{"name": r.subject.label, "role": r.role or "",
             "role_en": label(r.role, "en") or "", "body": r.object.label,
             "region": regions.get(r.object.id, ""), "status": r.status or "",
             "first_seen": _day(r.first_seen), "last_seen": _day(r.last_seen),
             "articles": len(r.articles), "sources": " ".join(r.sources),
             "person_id": r.subject.id, "body_id": r.object.id}
            for r in held]


def _write(path: Path, rows: Iterable[dict[str, Any]], header: list[str]) -> int:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)
    return path.stat().st_size


_HEADERS = {
    "nodes.csv": ["Id", "Label", "kind", "region", "body", "level", "aliases"],
    "edges.csv": ["Source", "Target", "Type", "Id", "Label", "kind", "role", "role_en",
                  "status", "first_seen", "last_seen", "Interval", "articles", "sources"],
    "officials.csv": ["name", "role", "role_en", "body", "region", "status", "first_seen",
                      "last_seen", "articles", "sources", "person_id", "body_id"],
}


def write_csv(store: GraphStore, out: Path, *, format: str = "csv",
              **options: Any) -> ExportReport:
    """nodes.csv, edges.csv and officials.csv in the directory `out` (made if missing)."""
    if out.exists() and not out.is_dir():
        raise QueryError(f"--format csv writes three files into a directory; {out} is a "
                         "file: give a directory, e.g. --out tables/")
    out.mkdir(parents=True, exist_ok=True)
    s = _snapshot(store, options)
    size = sum(_write(out / name, rows, _HEADERS[name]) for name, rows in (
        ("nodes.csv", node_rows(s)), ("edges.csv", edge_rows(s)),
        ("officials.csv", official_rows(s))))
    return ExportReport(format, str(out), size, len(s.nodes) + len(s.edges))


def write_json(store: GraphStore, out: Path, *, format: str = "json",
               **options: Any) -> ExportReport:
    """The snapshot as one JSON document: {"nodes": [...], "edges": [...]}."""
    s = _snapshot(store, options)
    out.write_text(json.dumps(to_jsonable(s), ensure_ascii=False, indent=1), encoding="utf-8")
    return ExportReport(format, str(out), out.stat().st_size, len(s.nodes) + len(s.edges))
