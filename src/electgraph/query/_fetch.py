"""Running the exploration queries on a store and reading their rows into result types.

`Backend` picks the query dialect from the store's capability flags (`_sparql` or `_cypher`,
whose functions return the same columns), turns id parameters into IRIs for the RDF store and
IRIs back into ids, and reads dates and numbers the same way whatever the backend returned.
Everything above this module is backend-blind.

A store that nothing writes to while it is read (the server's read-only store: `_memo.freeze`)
keeps what its queries answered, so that the same question is asked of it once: a page asks for
the same entities' descriptions many times, and a search scans the names of every entity.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from types import ModuleType
from typing import Any

from electgraph.errors import NotSupported
from electgraph.kinds import FACTS
from electgraph.model import EntityType, FactKind, read_anchors
from electgraph.query import _cypher, _sparql
from electgraph.query._memo import NameTable, frozen
from electgraph.query.model import (
    ArticleLink,
    ArticleRef,
    Citation,
    EntityInfo,
    EntityRef,
    Quote,
    Relation,
)
from electgraph.stores.base import IRI, GraphStore, QueryResult, Value
from electgraph.vocab import DEFAULT_BASE

__all__ = ["RELATION_KINDS", "Backend", "Row"]

Row = dict[str, Value]
RELATION_KINDS = _sparql.RELATION_KINDS
# Parameters that hold node, fact or article ids: IRIs in the RDF store.
_ID_PARAMS = frozenset({"id", "node", "subject", "object", "article", "source", "target"})
_UNDATED = date.max
_ID_KINDS = {
    "person": EntityType.PERSON.value,
    "org": EntityType.ORGANIZATION.value,
    "place": EntityType.PLACE.value,
    "event": EntityType.EVENT.value,
    "election": EntityType.ELECTION.value,
}
class Backend:
    """The exploration queries of one store, answered as result types."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.memo = frozen(store)
        self.dialect: ModuleType
        if store.supports_sparql:
            self.dialect = _sparql
            self.base = str(getattr(store, "base", DEFAULT_BASE))
        elif store.supports_cypher:
            self.dialect = _cypher
            self.base = ""
        else:
            raise NotSupported(
                store.name, "exploration queries", "use the oxigraph or neo4j backend"
            )

    # -- running --------------------------------------------------------------------------
    def rows(self, text: str, **params: Value) -> list[Row]:
        """The rows of a query (kept, when the store is frozen: callers only read them)."""
        if self.memo is None:
            return self._rows(text, params)
        key = (text, tuple(sorted((k, str(v), type(v).__name__) for k, v in params.items())))
        found: list[Row] | None = self.memo.get(key)
        if found is None:
            found = self._rows(text, params)
            self.memo.put(key, found)
        return found

    def _rows(self, text: str, params: Mapping[str, Value]) -> list[Row]:
        bound: dict[str, Value] = {}
        for name, value in params.items():
            if self.base and name in _ID_PARAMS and value is not None:
                value = IRI(self.base + str(value))
            bound[name] = value
        result: Any = self.store.query(text, bound)
        if isinstance(result, QueryResult):
            return result.dicts()
        return [dict(r) for r in result]  # a backend that answers with dicts

    def id(self, value: Value) -> str:
        text = str(value)
        if self.base and isinstance(value, IRI) and text.startswith(self.base):
            return text[len(self.base) :]
        return text

    # -- entities -------------------------------------------------------------------------
    def names(
        self, words: list[str], *, aliases: bool = True
    ) -> list[tuple[str, str, str, bool]]:
        """(id, kind, name, whether the name is the label) of entities whose label (or an
        alias) contains one of `words` (every entity when `words` is empty)."""
        if self.memo is not None:
            # One scan of every name, kept, rather than a scan per search: the same filter.
            table = self.memo.get(("names", aliases))
            if table is None:
                table = NameTable(self._names([], aliases))
                self.memo.put(("names", aliases), table)
            return table.having(words) if words else list(table.rows)
        return self._names(words, aliases)

    def _names(self, words: list[str], aliases: bool) -> list[tuple[str, str, str, bool]]:
        params = {f"t{i}": w for i, w in enumerate(words)}
        out = []
        for r in self._rows(self.dialect.names_query(len(words), aliases), params):
            eid = self.id(r["id"])
            kind = kind_of(eid)
            if kind:
                out.append((eid, kind, _str(r["name"]), bool(r["is_label"])))
        return out

    def entities(self, entity_id: str | None = None) -> list[EntityInfo]:
        """The description of one entity, or of every entity, sorted by id."""
        text = self.dialect.entity_query(anchored=entity_id is not None)
        rows = self.rows(text, id=entity_id) if entity_id else self.rows(text)
        acc: dict[str, dict[str, Any]] = {}
        for r in rows:
            eid = self.id(r["id"])
            kind = kind_of(eid)
            if kind is None:
                continue  # a role or a post: labelled, but not an entity
            e = acc.setdefault(eid, {"kind": kind, "label": _str(r["label"]),
                                     "aliases": set(), "regions": set(),
                                     "body": _opt(r["body"]), "level": _opt(r["level"])})
            if r.get("alias"):
                e["aliases"].add(_str(r["alias"]))
            if r.get("region"):
                e["regions"].add(_str(r["region"]))
        return [
            EntityInfo(eid, e["kind"], e["label"], _aliases(e["label"], e["aliases"]),
                       min(e["regions"], default=None), e["body"], e["level"])
            for eid, e in sorted(acc.items())
        ]

    # -- facts ----------------------------------------------------------------------------
    def relations(
        self,
        kinds: tuple[FactKind, ...] = RELATION_KINDS,
        anchor: str | None = None,
        value: str | None = None,
        *,
        sightings: bool = True,
        evidence: bool = True,
    ) -> list[Relation]:
        """Facts of `kinds` whose `anchor` end ("subject", "object", "node" for either) is
        `value`, or every such fact. With `sightings`, the articles that state each fact and
        their dates, and with `evidence` too the sentences (the costly part of the answer)."""
        params = {anchor: value} if anchor else {}
        rows = self.rows(self.dialect.relations_query(kinds, anchor), **params)
        cited: dict[str, list[Citation]] = {}
        if sightings and evidence:
            cited = self._group_citations(
                self.rows(self.dialect.sightings_query(kinds, anchor), **params))
        elif sightings:
            cited = self._group_seen(self.rows(self.dialect.seen_query(kinds, anchor), **params))
        return sorted((self._relation(r, cited, evidence) for r in rows), key=relation_key)

    def event_hosts(self, node: str) -> list[Relation]:
        """Who hosts the events that `node` attends or hosts (without sightings), `node`'s
        own hosting left out."""
        rows = self.rows(self.dialect.event_hosts_query(), node=node)
        out = [self._relation(r, {}) for r in rows]
        return sorted((r for r in out if r.subject.id != node), key=relation_key)

    def quotes(self, speaker: str | None = None) -> list[Quote]:
        anchor = "subject" if speaker else None
        params = {"subject": speaker} if speaker else {}
        rows = self.rows(self.dialect.quotes_query(anchor), **params)
        cited = self._group_citations(rows)
        quotes = {
            self.id(r["fact"]): Quote(
                self.id(r["fact"]),
                _ref(self.id(r["subject"]), r["subject_label"]),
                _str(r["quote_text"]),
                tuple(cited.get(self.id(r["fact"]), ())),
            )
            for r in rows
        }
        return sorted(quotes.values(), key=lambda q: (_first_date(q.evidence), q.id))

    def _relation(
        self, r: Row, cited: Mapping[str, list[Citation]], evidence: bool = True
    ) -> Relation:
        fact = self.id(r["fact"])
        ev = tuple(cited.get(fact, ()))
        dates = sorted(c.article.published for c in ev if c.article.published)
        return Relation(
            fact,
            _str(r["kind"]),
            _ref(self.id(r["subject"]), r["subject_label"]),
            _ref(self.id(r["object"]), r["object_label"]),
            _shown(_str(r["kind"]), r.get("role")),
            _opt(r.get("status")),
            tuple(dict.fromkeys(c.article.id for c in ev)),
            dates[0] if dates else None,
            dates[-1] if dates else None,
            ev if evidence else (),
            tuple(dict.fromkeys(c.article.url for c in ev if c.article.url)),
        )

    def _group_seen(self, rows: Iterable[Row]) -> dict[str, list[Citation]]:
        """Provenance rows as citations without text, so that `_relation` reads them alike."""
        out: dict[str, set[Citation]] = defaultdict(set)
        for r in rows:
            if r.get("article") is not None:
                article = ArticleRef(self.id(r["article"]), None, _date(r.get("published")),
                                     url=_opt(r.get("url")))
                out[self.id(r["fact"])].add(Citation(article, 0, 0, ""))
        return {f: sorted(c, key=citation_key) for f, c in out.items()}

    def _group_citations(self, rows: Iterable[Row]) -> dict[str, list[Citation]]:
        out: dict[str, set[Citation]] = defaultdict(set)
        for r in rows:
            if r.get("article") is None or r.get("text") is None:
                continue
            article = ArticleRef(self.id(r["article"]), _opt(r.get("title")),
                                 _date(r.get("published")), url=_opt(r.get("url")))
            out[self.id(r["fact"])].add(
                Citation(article, _int(r.get("start")), _int(r.get("end")), _str(r["text"]),
                         _offset(r.get("focus_start")), _offset(r.get("focus_end")),
                         _confidence(r.get("confidence")), read_anchors(r.get("anchors")))
            )
        return {f: sorted(c, key=citation_key) for f, c in out.items()}

    # -- articles -------------------------------------------------------------------------
    def mentions(self, entity_id: str) -> list[ArticleRef]:
        rows = self.rows(self.dialect.mentions_query(), id=entity_id)
        refs = {ArticleRef(self.id(r["article"]), _opt(r["title"]), _date(r["published"]),
                           url=_opt(r.get("url")))
                for r in rows}
        return sorted(refs, key=article_key)

    def articles(self, article_id: str | None = None) -> list[ArticleRef]:
        text = self.dialect.articles_query(anchored=article_id is not None)
        rows = self.rows(text, article=article_id) if article_id else self.rows(text)
        refs = {
            ArticleRef(self.id(r["article"]), _opt(r["title"]), _date(r["published"]),
                       bool(r["ingested"]), _opt(r.get("url")))
            for r in rows
            if r.get("title") is not None or r.get("ingested")
        }
        return sorted(refs, key=article_key)

    def links(self, article_id: str) -> list[tuple[str, str, str]]:
        """(direction, other article id, fact id) of the BACA JUGA links of an article."""
        out = []
        for anchor, direction, other in (("source", "cites", "target"),
                                         ("target", "cited_by", "source")):
            text = self.dialect.article_links_query(anchor)
            for r in self.rows(text, **{anchor: article_id}):
                out.append((direction, self.id(r[other]), self.id(r["fact"])))
        return sorted(set(out))

    def article_links(self, article_id: str) -> list[ArticleLink]:
        out = []
        for direction, other, fact in self.links(article_id):
            found = self.articles(other)
            ref = found[0] if found else ArticleRef(other, None, None, False)
            out.append(ArticleLink(direction, ref, fact))
        return out


def _ref(node_id: str, label: Value) -> EntityRef:
    return EntityRef(node_id, kind_of(node_id) or "", _str(label))


def kind_of(node_id: str) -> str | None:
    """The `EntityType` value of a node id, None for ids of other nodes (roles, posts...): ids
    start with the kind of their key (`electgraph.graph.node_id`), so this needs no query."""
    return _ID_KINDS.get(node_id.partition("-")[0])


def relation_key(r: Relation) -> tuple[str, ...]:
    return (r.kind, r.subject.label, r.object.label, r.role or "", r.status or "", r.id)


def citation_key(c: Citation) -> tuple[date, str, int, int, str]:
    return (c.article.published or _UNDATED, c.article.id, c.start, c.end, c.text)


def article_key(a: ArticleRef) -> tuple[date, str]:
    return (a.published or _UNDATED, a.id)


def _first_date(ev: tuple[Citation, ...]) -> date:
    return min((c.article.published or _UNDATED for c in ev), default=_UNDATED)


def _aliases(label: str, aliases: set[str]) -> tuple[str, ...]:
    return (label, *sorted(aliases - {label}))


def _str(v: Value) -> str:
    return "" if v is None else str(v)


def _shown(kind: str, v: Value) -> str | None:
    """The qualifier a relation shows; a concept's IRI (SPARQL) as the value it stands for."""
    spec = FACTS[FactKind(kind)]
    concept = spec.concepts.get(spec.shown or "")
    if concept is not None and v is not None:
        return concept.value_of(str(v)) or _opt(v)
    return _opt(v)


def _offset(v: Value) -> int | None:
    """An offset, or None where the store has none (absent, or -1 in older Neo4j stores)."""
    n = _int(v) if v is not None else -1
    return n if n >= 0 else None


def _confidence(v: Value) -> float | None:
    try:
        n = float(v) if isinstance(v, int | float | str) else -1.0
    except ValueError:
        return None
    return n if n >= 0 else None


def _opt(v: Value) -> str | None:
    return None if v is None or v == "" else str(v)


def _int(v: Value) -> int:
    return int(v) if isinstance(v, int | float | str) and str(v).lstrip("-").isdigit() else 0


def _date(v: Value) -> date | None:
    if isinstance(v, date):
        return v
    if isinstance(v, str) and v:
        try:
            return date.fromisoformat(v[:10])
        except ValueError:
            return None
    return None
