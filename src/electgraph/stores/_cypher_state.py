"""Cypher of the resolution state in Neo4j: one `(:ResolutionState {key, value})` node per
record (see `electgraph.resolve._state`), apart from the `Entity` graph the queries read; its
uniqueness constraint is made with the others (`_cypher.schema_queries`)."""

from __future__ import annotations

from electgraph.stores._cypher import STATE_LABEL

__all__ = ["COUNT", "DELETE", "READ", "UPSERT"]

READ = f"UNWIND $keys AS k MATCH (s:{STATE_LABEL} {{key: k}}) RETURN s.key AS key, s.value AS value"
UPSERT = f"UNWIND $rows AS row MERGE (s:{STATE_LABEL} {{key: row.key}}) SET s.value = row.value"
DELETE = f"UNWIND $keys AS k MATCH (s:{STATE_LABEL} {{key: k}}) DELETE s"
# Answered from the count store, like `_cypher.count_nodes_query`.
COUNT = f"MATCH (s:{STATE_LABEL}) RETURN count(s) AS n"
