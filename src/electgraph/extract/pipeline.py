"""Extraction rules as components that declare what they need and what they add.

As spaCy's pipeline components declare `requires` and `assigns`, each rule here names what it
reads (entities, facts of a kind, what another rule left on the `Doc`) and what it adds. The
order they run in is derived from these declarations, not written by hand: a rule runs after
every rule that assigns something it requires, in declaration order otherwise. A requirement
that no rule assigns, or a cycle, is an error when the pipeline is built, not a silent gap.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from electgraph.errors import ElectgraphError
from electgraph.extract.collect import Collector
from electgraph.extract.doc import Doc

__all__ = ["Component", "PipelineError", "order"]

Rule = Callable[[Doc, Collector], None]


class PipelineError(ElectgraphError):
    """The components' declarations do not fit together (a missing provider, a cycle)."""


@dataclass(frozen=True, slots=True)
class Component:
    """One rule. `requires` and `assigns` name fact kinds ("holds_role"), entity types
    ("entities") or fields of the `Doc` that rules fill for others ("doc.holders")."""

    name: str
    rule: Rule
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


def order(components: Iterable[Component]) -> tuple[Component, ...]:
    """The components in an order where each runs after the providers of what it requires."""
    todo = list(components)
    providers: dict[str, list[str]] = {}
    for c in todo:
        for what in c.assigns:
            providers.setdefault(what, []).append(c.name)
    for c in todo:
        missing = [r for r in c.requires if r not in providers]
        if missing:
            raise PipelineError(
                f"component {c.name!r} requires {', '.join(missing)}, which no component "
                "assigns; add a component that assigns it or drop the requirement")
    done: list[Component] = []
    placed: set[str] = set()
    while todo:
        ready = next((c for c in todo if all(
            set(providers[r]) - {c.name} <= placed for r in c.requires)), None)
        if ready is None:
            names = ", ".join(c.name for c in todo)
            raise PipelineError(f"the components {names} require each other in a cycle")
        done.append(ready)
        placed.add(ready.name)
        todo.remove(ready)
    return tuple(done)
