"""SPARQL text for the embedded store, built by pure functions and tested as strings.

Values never reach query text through string formatting: user values go through pyoxigraph's
`substitutions` (see `OxigraphStore.query`). The one place where data becomes update text is
`replace_update`, and there every term is written by pyoxigraph's own N-Triples serialiser
(`str(term)`), which escapes quotes, backslashes and line breaks; IRIs cannot hold `>` because
pyoxigraph validates them when the term is made.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from pyoxigraph import DefaultGraph, Quad

from electgraph.errors import QueryError
from electgraph.kinds import ENTITIES, FACTS, FactSpec
from electgraph.stores.base import GraphStore, StoreStats
from electgraph.vocab import namespaces

__all__ = [
    "ARTICLE_COUNT",
    "FACTS_BY_KIND",
    "GC_UPDATES",
    "KIND_OF_TERM",
    "NODES_BY_TYPE",
    "checked_update",
    "explain_syntax_error",
    "gc_updates",
    "is_update",
    "reaches_out",
    "replace_update",
]

# How the collection is written matters as much as what it says. pyoxigraph plans a pattern from
# its constants and its written order, not from the variables a VALUES block binds, so a second
# VALUES block, a constant predicate inside FILTER NOT EXISTS, or a pattern joined before the
# filters made it scan every fact of the store for each subject looked at (one replace of 10
# articles: 37 s among 1,000 articles, quadratic in the store). Hence: constants are tested in a
# FILTER or a nested EXISTS after the bound variables; a NOT EXISTS starts from the side that is
# no hub (the person who attends, not the event); node candidates are chosen in a subquery
# before their statements are joined. `_SUBJECTS` marks where `gc_updates` binds the subjects.
_SUBJECTS = "#subjects"

# Facts that no article graph supports any more (their article changed or went away). A fact
# is found by any of its classes, not only eg:Fact: after a cut bulk insert, part of a fact's
# record may have landed without its eg:Fact, and its shortcut triple must go with it.
_FACT_CLASSES = ", ".join(sorted({"eg:Fact", "rdf:Statement", *(
    f"<{spec.rdf_class}>" for spec in FACTS.values() if spec.rdf_class)}))
_GC_FACTS = f"""
DELETE {{ ?f ?p ?o }} WHERE {{ {_SUBJECTS}
  ?f a ?fact_class . FILTER (?fact_class IN ({_FACT_CLASSES}))
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?f eg:evidence ?span }} }}
  ?f ?p ?o .
}}"""


def _gc_shortcut(spec: FactSpec) -> str:
    """Delete the shortcut triples of one kind whose fact is gone."""
    p = f"<{spec.shortcut}>"
    if spec.rdf_class is None:
        supported = (f"?f rdf:object ?o . "
                     f"FILTER EXISTS {{ ?f rdf:subject ?s ; rdf:predicate {p} }}")
    else:
        s, o = ("?o", "?s") if spec.reverse else ("?s", "?o")
        supported = f"?f <{spec.rdf_subject}> {s} . FILTER EXISTS {{ ?f <{spec.rdf_object}> {o} }}"
    return (f"DELETE {{ ?s {p} ?o }} WHERE {{ {_SUBJECTS}\n"
            f"  ?s {p} ?o . FILTER NOT EXISTS {{ {supported} }}\n}}")


_GC_HOLDS = f"""
DELETE {{ ?person org:holds ?post }} WHERE {{ {_SUBJECTS}
  ?person org:holds ?post .
  FILTER NOT EXISTS {{
    ?m org:member ?person .
    FILTER EXISTS {{ ?m eg:post ?post }} FILTER NOT EXISTS {{ ?m eg:status eg:former }}
  }}
}}"""

# Node descriptions nothing refers to: not mentioned or described in any article graph and not
# the object of any other subject in the default graph. A node kept alive only by a node that
# dies in the same pass (a province by its regency) goes in the next pass, hence three passes:
# the longest chain is membership -> post -> role, body -> regency -> province.
_GC_NODES = f"""
DELETE {{ ?n ?p ?o }} WHERE {{
  {{ SELECT DISTINCT ?n WHERE {{ {_SUBJECTS}
    ?n a ?type .
    FILTER NOT EXISTS {{ ?n a eg:Fact }}
    FILTER NOT EXISTS {{ GRAPH ?g1 {{ ?x1 ?p1 ?n }} }}
    FILTER NOT EXISTS {{ GRAPH ?g2 {{ ?n ?p2 ?y2 }} }}
    FILTER NOT EXISTS {{ ?x3 ?p3 ?n . FILTER (?x3 != ?n) }}
  }} }}
  ?n ?p ?o .
}}"""

# Each update with the variable that names the subject it may delete.
_GC_WITH_VAR: tuple[tuple[str, str], ...] = (
    (_GC_FACTS, "?f"),
    *((_gc_shortcut(spec), "?s") for spec in FACTS.values() if spec.shortcut),
    (_GC_HOLDS, "?person"),
    (_GC_NODES, "?n"),
    (_GC_NODES, "?n"),
    (_GC_NODES, "?n"),
)
GC_UPDATES: tuple[str, ...] = tuple(u for u, _ in _GC_WITH_VAR)


def gc_updates(touched: Sequence[str] | None = None) -> tuple[str, ...]:
    """The garbage collection, over the whole store (`touched` None) or only over the subjects
    in `touched` (IRIs serialised by pyoxigraph, see `_rdf_gc.touched`): a `VALUES` block binds
    the subject first, so the cost follows the replaced articles, not the store."""
    if touched is None:
        return GC_UPDATES  # the marker is a comment: the whole store is collected
    if not touched:
        return ()
    values = " ".join(touched)
    return tuple(u.replace(_SUBJECTS, f"VALUES {var} {{ {values} }}", 1)
                 for u, var in _GC_WITH_VAR)


ARTICLE_COUNT = """
SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?a eg:contentDigest ?d } }"""

NODES_BY_TYPE = f"""
SELECT ?type (COUNT(DISTINCT ?n) AS ?count) WHERE {{
  VALUES ?type {{ {" ".join(f"<{e.rdf_class}>" for e in ENTITIES.values())} }}
  ?n a ?type .
}} GROUP BY ?type"""

# A fact's kind is its class (n-ary facts) or its statement's predicate (binary facts).
KIND_OF_TERM = {spec.rdf_class or spec.shortcut or "": kind for kind, spec in FACTS.items()}
FACTS_BY_KIND = f"""
SELECT ?kind (COUNT(DISTINCT ?f) AS ?count) WHERE {{
  ?f a eg:Fact .
  OPTIONAL {{ ?f a ?class . VALUES ?class {{ {
    " ".join(f"<{s.rdf_class}>" for s in FACTS.values() if s.rdf_class)} }} }}
  OPTIONAL {{ ?f rdf:predicate ?predicate }}
  BIND (COALESCE(?class, ?predicate) AS ?kind)
}} GROUP BY ?kind"""


_TYPE_NAMES = {e.rdf_class: t.value for t, e in ENTITIES.items()}


def stats_of(store: GraphStore) -> StoreStats:
    """What an RDF store holds, counted by the same queries on every RDF backend."""
    articles = store.query(ARTICLE_COUNT).rows[0][0]
    types = {_TYPE_NAMES[str(t)]: _int(c) for t, c in store.query(NODES_BY_TYPE).rows}
    if "Event" in types:
        # Elections are schema:Event too; count them once, as elections.
        types["Event"] -= types.get("Election", 0)
    kinds: dict[str, int] = {}
    for kind, c in store.query(FACTS_BY_KIND).rows:
        if (name := KIND_OF_TERM.get(str(kind))) is not None:
            kinds[name.value] = _int(c)
    return StoreStats(store.name, store.location, store.count(), _int(articles),
                      dict(sorted(types.items())), dict(sorted(kinds.items())))


def _int(v: object) -> int:
    return v if isinstance(v, int) else 0


def prologue(text: str = "") -> str:
    """PREFIX lines for the predeclared prefixes that `text` does not declare itself, so that
    a text reads the same on a server that predeclares nothing."""
    declared = {m.lower() for m in _DECLARED.findall(text)}
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in namespaces().items()
                   if p not in declared)


def with_prefixes(text: str) -> str:
    """`text` with its prologue: what any SPARQL 1.1 server can parse."""
    return prologue(text) + text


_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE)


def _block(quads: Iterable[Quad]) -> str:
    default: list[str] = []
    named: dict[str, list[str]] = {}
    for q in quads:
        triple = f"{q.subject} {q.predicate} {q.object} ."
        if isinstance(q.graph_name, DefaultGraph):
            default.append(triple)
        else:
            named.setdefault(str(q.graph_name), []).append(triple)
    parts = ["\n".join(default)]
    parts += [f"GRAPH {g} {{\n{chr(10).join(t)}\n}}" for g, t in named.items()]
    return "\n".join(p for p in parts if p)


def replace_update(
    drop: Iterable[str], delete: Iterable[Quad], insert: Iterable[Quad], *, gc: bool,
    touched: Sequence[str] | None = None, before: Sequence[str] = (),
) -> str:
    """One update request (so one transaction): drop the graphs of replaced articles, delete
    node description values that changed, insert the new quads, then collect what no article
    supports any more (among `touched` when given). `drop` holds graph terms already
    serialised (`str(NamedNode)`); `before` are operations to run first. The text states its
    prefixes (some servers, like pyoxigraph, take a prologue only at the start)."""
    ops = [*before, *(f"DROP SILENT GRAPH {g}" for g in drop)]
    if deleted := _block(delete):
        ops.append(f"DELETE DATA {{\n{deleted}\n}}")
    if inserted := _block(insert):
        ops.append(f"INSERT DATA {{\n{inserted}\n}}")
    if gc:
        ops.extend(gc_updates(touched))
    return with_prefixes(" ;\n".join(ops)) if ops else ""


# Strings, IRIs and comments are removed before looking at keywords, so that a keyword inside a
# literal ("DELETE" in a quote) or an IRI does not make a query look like an update.
_STRIPPABLE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*",
)
_PROLOGUE = re.compile(r"^\s*(?:(?:PREFIX\s+[^\s:]*:\s*|BASE\s*)<>\s*)*", re.IGNORECASE)
_UPDATE_START = re.compile(
    r"(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE
)


def is_update(text: str) -> bool:
    """Whether `text` is a SPARQL update (INSERT, DELETE, LOAD, DROP...) rather than a query."""
    stripped = _STRIPPABLE.sub(lambda m: "<>" if m[0].startswith("<") else " ", text)
    prologue = _PROLOGUE.match(stripped)
    rest = stripped[prologue.end() :] if prologue else stripped
    return bool(_UPDATE_START.match(rest))


_AT = re.compile(r"error at (\d+):(\d+): (.*)", re.S)
_QUOTED = re.compile(r'"([^"]+)"')
_FORM = re.compile(r"^\s*(?:(?:PREFIX|BASE)\s[^\n]*\n\s*)*(\w+)", re.I)
_FORMS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})
_PREFIXED = re.compile(r"([A-Za-z][\w.-]*)?:[\w-]*$")


def explain_syntax_error(text: str, message: str, what: str = "query") -> str:
    """pyoxigraph's parse error as a reader can act on it: where, what is near, and what to do.

    The parser lists every character class it would have accepted (dozens of Unicode ranges);
    only the place and the keywords or punctuation it expected are kept, and an undeclared
    prefix is named with the prefixes that are declared."""
    m = _AT.match(message)
    if not m:
        return f"invalid SPARQL {what}: {message.splitlines()[0][:200]}"
    line_no, col, detail = int(m.group(1)), int(m.group(2)), m.group(3)
    lines = text.splitlines() or [""]
    line = lines[min(line_no, len(lines)) - 1]
    before = line[: max(col - 1, 0)]
    near = line[max(col - 21, 0): col + 20].strip()
    where = f"invalid SPARQL {what} at line {line_no}, column {col}"
    where += f" (near {near!r})" if near else " (at the end)"
    if "Prefix not found" in detail:
        found = _PREFIXED.search(before.rstrip()) or _PREFIXED.search(line[: col + 20])
        prefix = f"{found.group(1) or ''}:" if found else "this prefix"
        declared = ", ".join(f"{p}:" for p in sorted(namespaces()))
        return (f"{where}: the prefix {prefix} is not declared; add PREFIX {prefix} <...> "
                f"before SELECT, or use a predeclared one: {declared}")
    expected = [q for q in _QUOTED.findall(detail) if len(q) < 20][:8]
    form = _FORM.search(text)
    if what == "query" and (form is None or form.group(1).upper() not in _FORMS):
        return (f"{where}: a query starts with SELECT, ASK, CONSTRUCT or DESCRIBE "
                "(after any PREFIX lines)")
    if col > len(line) and line_no >= len(lines):
        return f"{where}: the {what} ends too early; close every {{ and ( it opens"
    if expected:
        return f"{where}: expected one of {', '.join(expected)}"
    first = detail.split("[")[0].strip().rstrip(",")
    return f"{where}: {first[:120]}"
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# The keywords, not a variable (?service), a prefixed name (x:load) or a word containing them.
_REACH_OUT = re.compile(r"(?<![?$:\w-])(?:SERVICE|LOAD)(?![\w:-])", re.IGNORECASE)


def reaches_out(text: str) -> bool:
    """Whether `text` asks the store to fetch from elsewhere: `SERVICE` (a federated query)
    or `LOAD` (an update that downloads). Keywords in strings, IRIs and comments do not count;
    `\\u` escapes are decoded first, as SPARQL decodes them before parsing."""
    text = _ESCAPE.sub(lambda m: chr(int(m[1] or m[2], 16)) if int(m[1] or m[2], 16) < 0x110000
                       else " ", text)
    stripped = _STRIPPABLE.sub(lambda m: "<>" if m[0].startswith("<") else " ", text)
    return bool(_REACH_OUT.search(stripped))


def checked_update(text: str, params: object, *, write: bool, allow_federation: bool) -> bool:
    """Whether `text` is an update that may run; refuses, with what to do, a query that reaches
    other servers without federation allowed, an update without `write`, parameters in an
    update. Every SPARQL backend runs this before its query or update."""
    if reaches_out(text) and not allow_federation:
        raise QueryError("SERVICE and LOAD fetch data from other servers, which is refused "
                         "unless federation is allowed: pass --allow-federation "
                         "(allow_federation=True) if you trust the query")
    if not is_update(text):
        return False
    if not write:
        raise QueryError("this is a SPARQL update and would change the store; "
                         "pass --write (write=True) to run it")
    if params:
        raise QueryError("parameters are not supported in updates; put the values "
                         "in a query or use the Python API")
    return True
