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

from electgraph.query.model import (
    Card,
    Citation,
    Conflict,
    Match,
    Path,
    Relation,
    Tenure,
    TimelineEntry,
)

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
    """The first sentence that states the fact, its stating words in bold, where the article
    names in full what they name in part ("named: Bawaslu Tapin"), its confidence."""
    if not ev:
        return ""
    before, focus, after = ev[0].parts()
    before = "…" + before[-40:] if len(before) > 40 else before
    after = after[:40] + "…" if len(after) > 40 else after
    named = "; ".join(_short(a.text) for a in ev[0].anchors)
    named = f" [dim](named: {escape(named)})[/dim]" if named else ""
    sure = f" [dim]({ev[0].confidence:.2f})[/dim]" if ev[0].confidence is not None else ""
    return f"{escape(before)}[bold]{escape(_short(focus))}[/bold]{escape(after)}{named}{sure}"


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
    _table("Roles held", ("role", "body", "status", "seen", "evidence", "sources"),
           [[r.role or "", r.object.label, r.status or "", _when(r.first_seen, r.last_seen),
             _snippet(r.evidence), _sources(r)] for r in c.section("roles")])
    _table("Members", ("person", "role", "status", "seen", "articles", "sources"),
           [[r.subject.label, r.role or "", r.status or "", _when(r.first_seen, r.last_seen),
             str(len(r.articles)), _sources(r, 1)] for r in c.section("members")])
    hosts: dict[str, list[str]] = {}
    for h in c.hosts:
        hosts.setdefault(h.object.id, []).append(h.subject.label)
    _table("Events hosted", ("event", "seen", "evidence"),
           [[r.object.label, _when(r.first_seen, r.last_seen), _snippet(r.evidence)]
            for r in c.section("hosted")])
    _table("Events attended", ("event", "host", "seen", "evidence", "sources"),
           [[r.object.label, ", ".join(hosts.get(r.object.id, [])),
             _when(r.first_seen, r.last_seen), _snippet(r.evidence), _sources(r)]
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
    _table("Quotes", ("date", "quote", "source"),
           [[_when(q.evidence[0].article.published if q.evidence else None, None),
             _short(q.text),
             (q.evidence[0].article.url or q.evidence[0].article.id) if q.evidence else ""]
            for q in c.quotes])
    _table("Articles", ("date", "title", "source"),
           [[_when(a.published, None), a.title or "", a.url or a.id] for a in c.articles])
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
                _console.print(f"   [dim]{c.article.url or c.article.id} "
                               f"({_when(c.article.published, None)}):[/dim] "
                               f"{_snippet(rel.evidence)}")


def _sources(r: Relation, most: int = 2) -> str:
    shown = list(r.sources[:most]) or list(r.articles[:most])
    more = len(r.sources or r.articles) - len(shown)
    return "\n".join(shown) + (f"\n(+{more})" if more > 0 else "")


def roles(held: list[Relation]) -> None:
    if not held:
        _console.print("no roles found")
        return
    _table(f"{len(held)} roles",
           ("body", "role", "person", "status", "seen", "articles", "sources"),
           [[r.object.label, r.role or "", r.subject.label, r.status or "",
             _when(r.first_seen, r.last_seen), str(len(r.articles)), _sources(r)]
            for r in held])


def rel_rows(rels: Iterable[Relation], section: str | None = None) -> list[dict[str, Any]]:
    """Facts as flat rows (csv, jsonl): the ends, the role, dates, sources, first sentence."""
    return [
        {**({"section": section} if section is not None else {}),
         "kind": r.kind, "subject": r.subject.label, "role": r.role or "",
         "object": r.object.label, "status": r.status or "",
         "first_seen": r.first_seen, "last_seen": r.last_seen, "articles": len(r.articles),
         "sources": " ".join(r.sources), "evidence": r.evidence[0].text if r.evidence else "",
         "subject_id": r.subject.id, "object_id": r.object.id, "fact": r.id}
        for r in rels
    ]


def card_rows(c: Card) -> list[dict[str, Any]]:
    rows = [row for name, rels in c.sections.items() for row in rel_rows(rels, name)]
    return rows or [{"section": "entity", "subject": c.entity.label, "kind": c.entity.kind,
                     "subject_id": c.entity.id}]


def path_rows(found: list[Path]) -> list[dict[str, Any]]:
    return [{"path": i, "step": j, **row}
            for i, p in enumerate(found, 1)
            for j, row in enumerate(rel_rows(p.edges), 1)]


def stats_rows(s: Mapping[str, Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = [{"what": "articles", "name": "", "count": s["articles"]},
                                  {"what": "statements", "name": s.get("unit", ""),
                                   "count": s["statements"]}]
    rows += [{"what": "nodes", "name": k, "count": v} for k, v in s["nodes_by_type"].items()]
    rows += [{"what": "facts", "name": k, "count": v} for k, v in s["facts_by_kind"].items()]
    return rows


def tenures(ts: list[Tenure]) -> None:
    if not ts:
        _console.print("no holders found")
        return
    _table(f"{len(ts)} tenures", ("body", "role", "person", "seen", "until", "next holder",
                                  f"on {ts[0].at.isoformat()}"),
           [[t.org.label, t.role, t.person.label, _when(t.first_seen, t.last_seen),
             t.until.isoformat() if t.until else "", t.next_holder.label if t.next_holder
             else "", t.status] for t in ts])


def timeline(entries: list[TimelineEntry]) -> None:
    if not entries:
        _console.print("nothing dated found")
        return
    _table(f"{len(entries)} statements", ("date", "what", "source", "evidence"),
           [[_when(e.date, None), e.summary, e.citation.article.url or e.citation.article.id,
             _short(e.citation.text)] for e in entries])


def stats(s: Mapping[str, Any]) -> None:
    _console.print(f"[bold]{s['backend']}[/bold] at {s['location']}: {s['articles']} articles, "
                   f"{s['statements']} {s.get('unit') or 'statements'}")
    _table("Nodes", ("type", "count"),
           [[k, str(v)] for k, v in s["nodes_by_type"].items()])
    _table("Facts", ("kind", "count"),
           [[k, str(v)] for k, v in s["facts_by_kind"].items()])


def _side(r: Relation) -> str:
    c = r.evidence[0] if r.evidence else None
    where = (c.article.url or c.article.id) if c else ", ".join(r.sources or r.articles)
    said = f'"{_short(c.text)}" ' if c else ""
    return (f"{r.subject.label}, {r.role or ''} of {r.object.label} "
            f"({_when(r.first_seen, r.last_seen)}, {len(r.articles)} articles)\n{said}{where}")


def conflicts(found: list[Conflict]) -> None:
    if not found:
        _console.print("no conflicts found")
        return
    _table(f"{len(found)} conflicts", ("score", "kind", "both seen", "one side", "other side"),
           [[f"{c.score:g}", c.kind.replace("_", " "), _when(c.start, c.end), _side(c.a),
             _side(c.b)] for c in found])


def conflict_rows(found: list[Conflict]) -> list[dict[str, Any]]:
    """One row per conflict, both sides side by side (a_*, b_*)."""
    rows = []
    for c in found:
        row: dict[str, Any] = {"kind": c.kind, "score": c.score, "reason": c.reason,
                               "start": c.start, "end": c.end}
        for side, r in (("a", c.a), ("b", c.b)):
            row |= {f"{side}_person": r.subject.label, f"{side}_role": r.role or "",
                    f"{side}_body": r.object.label, f"{side}_first_seen": r.first_seen,
                    f"{side}_last_seen": r.last_seen,
                    f"{side}_evidence": " | ".join(e.text for e in r.evidence),
                    f"{side}_sources": " ".join(r.sources), f"{side}_fact": r.id}
        rows.append(row)
    return rows
