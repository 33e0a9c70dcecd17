"""Results in another language: role labels from the role concept scheme (`electgraph.roles`)."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from electgraph.errors import QueryError
from electgraph.model import FactKind
from electgraph.query.model import Relation, Tenure
from electgraph.roles import LANGS, label

__all__ = ["in_language"]

T = TypeVar("T")
# The kinds whose shown qualifier is a role (a sanction or a quote is not translated).
_ROLE_KINDS = frozenset({FactKind.HOLDS_ROLE.value, FactKind.CANDIDATES.value})


def in_language(value: T, lang: str | None = "id") -> T:
    """`value` (a result, or lists, tuples and dicts of them) with every role label given as
    the preferred label in `lang`: "id" (Indonesian, the scheme's form: "Kordiv X" becomes
    "Koordinator Divisi X") or "en"; None leaves the labels as the articles wrote them."""
    if lang is None:
        return value
    if lang not in LANGS:
        raise QueryError(f"no labels in {lang!r}; choose one of: {', '.join(LANGS)}")
    out: T = _walk(value, lang)
    return out


def _walk(value: Any, lang: str) -> Any:
    if isinstance(value, Relation) and value.kind in _ROLE_KINDS and value.role:
        return dataclasses.replace(value, role=label(value.role, lang))
    if isinstance(value, Tenure):
        return dataclasses.replace(value, role=label(value.role, lang) or value.role)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _walk(getattr(value, f.name), lang)
                   for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        return tuple(_walk(v, lang) for v in value)
    if isinstance(value, list):
        return [_walk(v, lang) for v in value]
    if isinstance(value, dict):
        return {k: _walk(v, lang) for k, v in value.items()}
    return value
