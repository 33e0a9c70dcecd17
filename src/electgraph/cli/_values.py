"""Property-graph values (plain data from `stores/_neo4j_values.py`) in a table or CSV cell."""

from __future__ import annotations

import json
from typing import Any

__all__ = ["csv_cell", "table_cell"]


def _name(props: dict[str, Any]) -> str:
    for key in ("label", "title", "name", "id"):
        if isinstance(props.get(key), str):
            return json.dumps(props[key], ensure_ascii=False)
    return ""


def table_cell(value: dict[str, Any] | list[Any]) -> str:
    """A node as `(:Entity:Person "Agus Fauzie")`, a relationship as `[:HOLDS_ROLE]`, a path
    as `(...)-[:TYPE]->(...)`; other lists and maps as JSON."""
    if isinstance(value, dict) and "labels" in value and "properties" in value:
        name = _name(value["properties"])
        return f"({':' + ':'.join(value['labels']) if value['labels'] else ''}" + (
            f" {name})" if name else ")")
    if isinstance(value, dict) and "type" in value and "start" in value:
        return f"[:{value['type']}]"
    if isinstance(value, dict) and set(value) == {"nodes", "relationships"}:
        nodes, rels = value["nodes"], value["relationships"]
        by_id = {n["id"]: n for n in nodes}
        out = table_cell(nodes[0]) if nodes else ""
        at = nodes[0]["id"] if nodes else None
        for r in rels:
            forward = r["start"] == at
            nxt = r["end"] if forward else r["start"]
            arrow = f"-{table_cell(r)}->" if forward else f"<-{table_cell(r)}-"
            out += arrow + table_cell(by_id.get(nxt, {"labels": [], "properties": {}}))
            at = nxt
        return out
    return csv_cell(value)


def csv_cell(value: dict[str, Any] | list[Any]) -> str:
    """Lists and maps (nodes, relationships, paths) as JSON text."""
    return json.dumps(value, ensure_ascii=False, default=str)
