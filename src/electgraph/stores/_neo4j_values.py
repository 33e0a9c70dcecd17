"""Neo4j driver values as plain data: what `Neo4jStore.query` returns, ready for JSON.

    node         -> {"id": element id, "labels": [...], "properties": {...}}
    relationship -> {"id", "type", "start", "end" (element ids), "properties"}
    path         -> {"nodes": [node...], "relationships": [relationship...]}

Temporal values become ISO 8601 strings, lists and maps are converted element by element, and
anything else the driver gives (a point) becomes its string form.
"""

from __future__ import annotations

from typing import Any

__all__ = ["plain"]


def plain(value: Any) -> Any:
    """`value` from a driver record, made of dicts, lists, str, int, float, bool and None."""
    from neo4j.graph import Node, Path, Relationship

    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, Node):
        return _node(value)
    if isinstance(value, Relationship):
        return _relationship(value)
    if isinstance(value, Path):
        return {
            "nodes": [_node(n) for n in value.nodes],
            "relationships": [_relationship(r) for r in value.relationships],
        }
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    iso = getattr(value, "iso_format", None)
    if callable(iso):
        return str(iso())
    return str(value)


def _properties(entity: Any) -> dict[str, Any]:
    return {str(k): plain(v) for k, v in dict(entity).items()}


def _node(n: Any) -> dict[str, Any]:
    return {"id": n.element_id, "labels": sorted(n.labels), "properties": _properties(n)}


def _relationship(r: Any) -> dict[str, Any]:
    start, end = r.start_node, r.end_node
    return {
        "id": r.element_id,
        "type": r.type,
        "start": start.element_id if start is not None else None,
        "end": end.element_id if end is not None else None,
        "properties": _properties(r),
    }
