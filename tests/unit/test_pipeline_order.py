"""The extractor's order comes from what each component requires and assigns."""

from __future__ import annotations

import pytest

from electgraph.extract import COMPONENTS, PIPELINE
from electgraph.extract.pipeline import Component, PipelineError, order
from electgraph.kinds import FACTS


def _noop(doc: object, out: object) -> None:
    return None


def test_every_requirement_runs_before_its_reader() -> None:
    position = {c.name: i for i, c in enumerate(PIPELINE)}
    for c in PIPELINE:
        for need in c.requires:
            for provider in (p for p in PIPELINE if need in p.assigns and p is not c):
                assert position[provider.name] < position[c.name], (provider.name, c.name)


def test_every_fact_kind_has_a_rule() -> None:
    assigned = {a for c in COMPONENTS for a in c.assigns}
    assert {k.value for k in FACTS} <= assigned


def test_order_follows_requirements_not_declaration() -> None:
    late = Component("reader", _noop, requires=("x",))
    early = Component("writer", _noop, assigns=("x",))
    assert [c.name for c in order([late, early])] == ["writer", "reader"]


def test_a_missing_provider_and_a_cycle_are_errors() -> None:
    with pytest.raises(PipelineError, match="no component assigns"):
        order([Component("a", _noop, requires=("nothing",))])
    with pytest.raises(PipelineError, match="cycle"):
        order([Component("a", _noop, requires=("y",), assigns=("x",)),
               Component("b", _noop, requires=("x",), assigns=("y",))])
