"""Rich tables for the exploration commands: printing only, the data comes from `query`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from electgraph.query.model import Card, Citation, Match, Path, Relation

# Terminal control characters from article text (ESC sequences that recolour or clear the
# terminal, move the cursor): every string rich renders (cells, panels, lines) loses them.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class _PlainConsole(Console):
    def render_str(self, text: str, **kwargs: Any) -> Any:
        return super().render_str(_CONTROL.sub("", text), **kwargs)


_console = _PlainConsole()
_SNIPPET = 140


def _when(first: date | None, last: date | None) -> str:
    if first is None:
        return "undated"
    if last is None or last == first:
        return first.isoformat()
    return f"{first.isoformat()} .. {last.isoformat()}"


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…"


def _snippet(ev: tuple[Citation, ...]) -> str:
    """The first sentence that states the fact, its stating words in bold, its confidence."""
    if not ev:
        return ""
    before, focus, after = ev[0].parts()
    before = "…" + before[-40:] if len(before) > 40 else before
    after = after[:40] + "…" if len(after) > 40 else after
    sure = f" [dim]({ev[0].confidence:.2f})[/dim]" if ev[0].confidence is not None else ""
    return f"{escape(before)}[bold]{escape(_short(focus))}[/bold]{escape(after)}{sure}"


def _table(title: str, columns: Iterable[str], rows: list[list[str]]) -> None:
    if not rows:
        return
    table = Table(title=title, title_justify="left", show_lines=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*row)
    _console.print(table)


# Card sections with a table of their own above; any other section (a kind added later) is
# drawn by the generic table.
_SHOWN = frozenset(
    {"roles", "members", "hosted", "attended", "hosts", "attendees", "candidacies", "candidates"})


def card(c: Card) -> None:
    e = c.entity
    head = [f"[bold]{e.label}[/bold]  [dim]{e.kind} · {e.id}[/dim]"]
    if e.region:
        head.append(f"region: {e.region}")
    if e.body:
        head.append(f"body: {e.body} {e.level or ''}".rstrip())
    if len(e.aliases) > 1:
        head.append("also: " + "; ".join(a for a in e.aliases if a != e.label))
    if c.score < 100:
        head.append(f"[yellow]matched {c.query!r} with score {c.score:.0f}[/yellow]")
    _console.print(Panel("\n".join(head), expand=False))
    _table("Roles held", ("role", "body", "status", "seen", "articles", "evidence"),
           [[r.role or "", r.object.label, r.status or "", _when(r.first_seen, r.last_seen),
             str(len(r.articles)), _snippet(r.evidence)] for r in c.section("roles")])
    _table("Members", ("person", "role", "status", "seen", "articles"),
           [[r.subject.label, r.role or "", r.status or "", _when(r.first_seen, r.last_seen),
             str(len(r.articles))] for r in c.section("members")])
    hosts: dict[str, list[str]] = {}
    for h in c.hosts:
        hosts.setdefault(h.object.id, []).append(h.subject.label)
    _table("Events hosted", ("event", "seen", "evidence"),
           [[r.object.label, _when(r.first_seen, r.last_seen), _snippet(r.evidence)]
            for r in c.section("hosted")])
    _table("Events attended", ("event", "host", "seen", "evidence"),
           [[r.object.label, ", ".join(hosts.get(r.object.id, [])),
             _when(r.first_seen, r.last_seen), _snippet(r.evidence)]
            for r in c.section("attended")])
    if c.section("attendees") or (c.hosts and not c.section("attended")
                                  and not c.section("hosted")):
        _table("Hosts", ("host", "event"), [[h.subject.label, h.object.label] for h in c.hosts])
    _table("Attendees", ("who", "kind", "evidence"),
           [[r.subject.label, r.subject.kind, _snippet(r.evidence)]
            for r in c.section("attendees")])
    _table("Candidacies", ("election", "as", "seen"),
           [[r.object.label, r.role or "", _when(r.first_seen, r.last_seen)]
            for r in c.section("candidacies")])
    _table("Candidates", ("person", "as", "seen"),
           [[r.subject.label, r.role or "", _when(r.first_seen, r.last_seen)]
            for r in c.section("candidates")])
    for name, rels in c.sections.items():
        if name not in _SHOWN:
            _table(name.replace("_", " ").capitalize(), ("who", "what", "seen", "evidence"),
                   [[r.other(c.entity.id).label, r.role or "", _when(r.first_seen, r.last_seen),
                     _snippet(r.evidence)] for r in rels])
    _table("Quotes", ("date", "quote", "article"),
           [[_when(q.evidence[0].article.published if q.evidence else None, None),
             _short(q.text),
             q.evidence[0].article.id if q.evidence else ""] for q in c.quotes])
    _table("Articles", ("date", "title", "id"),
           [[_when(a.published, None), a.title or "", a.id] for a in c.articles])
    _table("Nearest neighbours", ("name", "kind", "hops", "facts"),
           [[n.entity.label, n.entity.kind, str(n.distance), str(n.facts)]
            for n in c.neighbours])


def matches(found: Iterable[Match]) -> None:
    _table("Candidates", ("name", "kind", "region", "context", "score", "id"),
           [[m.entity.label, m.entity.kind, m.entity.region or "", "; ".join(m.entity.context),
             f"{m.score:.0f}", m.entity.id] for m in found])


def _step(r: Relation, forward: bool) -> str:
    what = r.kind.replace("_", " ")
    if r.role:
        what += f": {r.role}"
    return f" —{what}→ " if forward else f" ←{what}— "


def paths(found: list[Path], max_len: int) -> None:
    if not found:
        _console.print(f"no path of at most {max_len} facts")
        return
    for i, p in enumerate(found, 1):
        line = p.nodes[0].label
        for node, prev, rel in zip(p.nodes[1:], p.nodes[:-1], p.edges, strict=True):
            line += _step(rel, rel.subject.id == prev.id) + node.label
        _console.print(f"[bold]{i}.[/bold] {line}  [dim]({p.length} facts)[/dim]")
        for rel in p.edges:
            if rel.evidence:
                c = rel.evidence[0]
                _console.print(f"   [dim]{c.article.id} ({_when(c.article.published, None)}):"
                               f"[/dim] {_snippet(rel.evidence)}")


def roles(held: list[Relation]) -> None:
    if not held:
        _console.print("no roles found")
        return
    _table(f"{len(held)} roles", ("body", "role", "person", "status", "seen", "articles"),
           [[r.object.label, r.role or "", r.subject.label, r.status or "",
             _when(r.first_seen, r.last_seen), str(len(r.articles))] for r in held])


def stats(s: Mapping[str, Any]) -> None:
    _console.print(f"[bold]{s['backend']}[/bold] at {s['location']}: {s['articles']} articles, "
                   f"{s['statements']} statements")
    _table("Nodes", ("type", "count"),
           [[k, str(v)] for k, v in s["nodes_by_type"].items()])
    _table("Facts", ("kind", "count"),
           [[k, str(v)] for k, v in s["facts_by_kind"].items()])
