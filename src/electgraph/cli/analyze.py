"""`electgraph analyze`: centrality of officials, components, communities and bridging people."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from electgraph.cli._common import OutputArgs, StoreArgs, output_options, store_options
from electgraph.cli._output import (
    emit,
)
from electgraph.cli.app import command

if TYPE_CHECKING:
    from electgraph.analyze import Analysis


@command("analyze")
@output_options
@store_options
def analyze_cli(
    top: int = typer.Option(10, "--top", "-n", min=1, help="Rows per ranking."),
    seed: int = typer.Option(42, "--seed", help="Seed of Louvain and sampled betweenness."),
    output: OutputArgs = OutputArgs(),
    graph: StoreArgs = StoreArgs(),
) -> None:
    """Network analytics of the graph (networkx): who is central, who bridges bodies."""
    from electgraph.analyze import analyze, to_networkx

    with graph.open() as s:
        g = to_networkx(s, evidence=False)
    report = analyze(g, top=top, seed=seed)
    emit(report.to_dict(), output.format, output.out,
         table=lambda: print_analysis(report), rows=lambda: analysis_rows(report))


def analysis_rows(a: Analysis) -> list[dict[str, object]]:
    """The rankings as rows: one per official and measure, then the bridging people."""
    rows: list[dict[str, object]] = [
        {"measure": measure, "id": r.id, "label": r.label, "value": r.value, "detail": r.detail}
        for measure, ranked in (("degree", a.degree), ("betweenness", a.betweenness))
        for r in ranked
    ]
    rows += [{"measure": "bridge", "id": b.id, "label": b.label, "value": b.betweenness,
              "detail": "; ".join(b.bodies)} for b in a.bridges]
    return rows


def print_analysis(a: Analysis) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    sampled = f" (estimated from {a.betweenness_sample} sources)" if a.betweenness_sample else ""
    console.print(
        f"[bold]{a.nodes}[/bold] entities, [bold]{a.edges}[/bold] facts, {a.officials} officials; "
        f"{a.components} connected components; {len(a.communities)} largest Louvain "
        f"communities shown (modularity {a.modularity}, seed {a.seed})"
    )
    for title, ranked in (("Degree centrality of officials", a.degree),
                          (f"Betweenness centrality of officials{sampled}", a.betweenness)):
        table = Table(title=title, title_justify="left")
        for col in ("official", "score", "roles"):
            table.add_column(col, overflow="fold")
        for r in ranked:
            table.add_row(r.label, f"{r.value:.4f}", r.detail)
        console.print(table)
    table = Table(title="People who bridge bodies", title_justify="left")
    for col in ("person", "bodies", "betweenness"):
        table.add_column(col, overflow="fold")
    for b in a.bridges:
        table.add_row(b.label, "; ".join(b.bodies), f"{b.betweenness:.4f}")
    console.print(table)
    table = Table(title="Largest connected components", title_justify="left")
    for col in ("size", "people", "bodies", "best connected"):
        table.add_column(col, overflow="fold")
    for c in a.largest_components:
        table.add_row(str(c.size), str(c.people), str(c.bodies), "; ".join(c.sample))
    console.print(table)
    table = Table(title="Louvain communities", title_justify="left")
    for col in ("size", "bodies", "best connected"):
        table.add_column(col, overflow="fold")
    for m in a.communities:
        table.add_row(str(m.size), "; ".join(m.bodies), "; ".join(m.members))
    console.print(table)
