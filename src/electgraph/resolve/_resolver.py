"""The resolver: one pass per rule of `electgraph.resolve` (persons, events, the rest, facts,
articles), filling node and fact accumulators keyed by resolved key."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from electgraph.graph import (
    Merge,
    RelatedTitle,
    ResolvedArticle,
    ResolvedFact,
    Sighting,
    node_id,
)
from electgraph.ids import fact_id, fold, text_digest, text_key, title_id
from electgraph.kinds import FACTS
from electgraph.model import Article, Entity, EntityType, Extraction, Fact, FactKind
from electgraph.resolve._accumulate import FactAcc, NodeAcc
from electgraph.resolve._context import (
    NATIONAL,
    TYPE_OF_PREFIX,
    all_keys,
    dateline_province,
    dateline_region,
    keys_of_type,
    org_attrs_from_key,
    person_homes,
    pick_home,
    region_by_code,
    related_facts,
    surfaces,
)
from electgraph.roles import spelling as role_spelling

# The capital's news covers the whole country: its dateline places nobody.
CAPITAL = "31"


def _free_home(dateline: str | None, homes: list[str]) -> str | None:
    """Where a role-less mention goes among the provinces its name is placed in (rule 2 of
    `electgraph.resolve`; `Resolver.place_mentions` also says why in the report)."""
    if dateline in homes:
        return dateline
    if len(homes) == 1:
        return homes[0] if dateline in (None, CAPITAL) else dateline
    return None


@dataclass
class _Mention:
    """One person key in one article, with what places it."""

    article: str
    key: str
    entity: Entity | None
    homes: set[str]
    dateline: str | None
    cluster: str | None = None


PersonMention = _Mention


@dataclass(frozen=True, slots=True)
class PriorName:
    """What earlier runs (and the staged part of this one) hold of one name, from the
    resolution state: placed mentions never move, so only how many each home has matters;
    role-less ones move together with the others of their dateline, so they are counted by
    (dateline or "", cluster they were given)."""

    homes: Mapping[str, int]
    free: Mapping[tuple[str, str], int]


class Resolver:
    def __init__(
        self,
        extractions: list[Extraction],
        prior: Mapping[str, PriorName] | None = None,
        prior_titles: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        self.extractions = extractions
        self.articles = {x.article.id: x.article for x in extractions}
        # A `BACA JUGA` title points to the article of the run (or of the store: `prior_titles`,
        # title key -> ids) with that title, when only one has it (ids no longer come from the
        # title alone).
        titled: dict[str, set[str]] = {k: set(v) for k, v in (prior_titles or {}).items()}
        for a in self.articles.values():
            titled.setdefault(text_key(a.title), set()).add(a.id)
        self.by_title = {k: next(iter(v)) for k, v in titled.items() if len(v) == 1}
        self.nodes: dict[str, NodeAcc] = {}
        self.local: dict[tuple[str, str], str] = {}  # (article id, extraction key) -> key
        self.merges: list[Merge] = []
        # What earlier runs knew (see `_state.py`), and what this run found for the state.
        self.prior = prior or {}
        self.placements: list[_Mention] = []  # every mention of this run, with its cluster
        self.affected: set[str] = set()  # earlier articles whose persons are placed anew
        # Groups of earlier role-less mentions (name, dateline, cluster) that go to another
        # cluster now: their articles are `affected` (the state knows which they are).
        self.moved: set[tuple[str, str, str]] = set()

    # -- nodes -----------------------------------------------------------------------------
    def node(self, key: str, type_: EntityType) -> NodeAcc:
        acc = self.nodes.get(key)
        if acc is None:
            acc = self.nodes[key] = NodeAcc(key, type_)
        return acc

    def add_entity(self, article: str, key: str, e: Entity | None) -> None:
        prefix = key.partition(":")[0]
        type_ = e.type if e else TYPE_OF_PREFIX.get(prefix, EntityType.ORGANIZATION)
        acc = self.node(key, type_)
        if e is None:
            acc.add(article, "", source=key)
            return
        attrs = list(e.attributes)
        if type_ is EntityType.ORGANIZATION:
            attrs += org_attrs_from_key(key, e.attrs)
        # A body only a title implies has no mention: the article holds it, unnamed
        acc.add(article, e.label, surfaces(e), attrs, key, mentioned=bool(e.mentions))
        # Places, bodies and elections hang off the gazetteer's regions: make those nodes too.
        attr_map = dict(attrs)
        code = attr_map.get("code") if type_ is EntityType.PLACE else attr_map.get("region_code")
        if code:
            self.add_region(article, code)

    def add_region(self, article: str, code: str) -> str | None:
        """The place node of a Kemendagri code, and of its province; None if the code is
        unknown to the gazetteer (the node is then not created: no label to give it)."""
        region = region_by_code(code)
        if region is None:
            return None
        key = f"place:{region.code}"
        attrs = [("code", region.code), ("kind", region.kind),
                 ("province_code", region.province_code)]
        acc = self.node(key, EntityType.PLACE)
        acc.official_label = region.label
        acc.add(article, "", (), attrs, mentioned=False)
        if region.code != region.province_code:
            self.add_region(article, region.province_code)
        return node_id(key)

    # -- persons ---------------------------------------------------------------------------
    def resolve_persons(self) -> None:
        by_name: dict[str, dict[str, _Mention]] = defaultdict(dict)
        for x in self.extractions:
            homes = person_homes(x)
            dateline = dateline_province(x.article)
            keys = [e.key for e in x.entities if e.type is EntityType.PERSON]
            keys += sorted(k for k in all_keys(x) if k.startswith("person:"))
            for key in keys:
                if x.article.id not in by_name[key]:
                    by_name[key][x.article.id] = _Mention(
                        x.article.id, key, x.entity(key), homes.get(key, set()), dateline)
        for name, mentions in sorted(by_name.items()):
            self.place_mentions(name, list(mentions.values()), self.prior.get(name))

    def place_mentions(
        self, name: str, mentions: list[_Mention], prior: PriorName | None = None
    ) -> None:
        placed = {m.article: pick_home(m.homes) for m in mentions}
        homes = sorted({h for h in placed.values() if h}
                       | {h for h, n in (prior.homes if prior else {}).items() if n > 0})
        earlier: Counter[str] = Counter()  # cluster -> mentions of earlier articles
        if prior is not None:
            for h, n in prior.homes.items():
                earlier[f"{name}@{h}"] += n
            for (dateline, was), n in sorted(prior.free.items()):
                home = _free_home(dateline or None, homes)
                cluster = f"{name}@{home}" if home else name
                if n > 0 and cluster != was:
                    self.moved.add((name, dateline, was))
                earlier[cluster] += n
        earlier = +earlier
        clusters: dict[str, list[_Mention]] = defaultdict(list)
        for m in mentions:
            home = placed[m.article]
            if home is None:
                if m.dateline in homes:
                    home = m.dateline
                elif len(homes) == 1 and m.dateline in (None, CAPITAL):
                    home = homes[0]  # national news (from Jakarta) reports on regional people
                elif len(homes) == 1:
                    # A namesake: the one placed person lives in another province than the
                    # one this article reports from, so it is kept apart, not merged blindly.
                    home = m.dateline
                    self.merges.append(Merge(
                        node_id(name), "Person", name, "person-namesake",
                        f"{name!r} in {m.article} holds no role and reports from province "
                        f"{m.dateline}, not {homes[0]} where the only {name!r} with a role is: "
                        "kept apart", (name,), (m.article,)))
                elif len(homes) > 1:
                    self.merges.append(Merge(
                        node_id(name), "Person", name, "person-ambiguous",
                        f"{name!r} in {m.article} holds no role and its dateline province "
                        f"({m.dateline or 'unknown'}) matches none of {', '.join(homes)}: "
                        "kept apart under the bare name", (name,), (m.article,)))
            if len(m.homes - {NATIONAL}) > 1:
                self.merges.append(Merge(
                    node_id(name), "Person", name, "person-several-regions",
                    f"{name!r} holds roles in provinces "
                    f"{', '.join(_place(h) for h in sorted(m.homes))} in one article; "
                    f"placed in {_place(home)}", (name,), (m.article,)))
            m.cluster = f"{name}@{home}" if home else name
            self.placements.append(m)
            clusters[m.cluster].append(m)
        regions = set(clusters) | set(earlier)
        for key, members in clusters.items():
            acc = self.node(key, EntityType.PERSON)
            home = key.partition("@")[2]
            for m in members:
                self.local[(m.article, m.key)] = key
                e = m.entity
                attrs = list(e.attributes) if e else []
                if home:
                    attrs.append(("home", home))
                acc.add(m.article, e.label if e else "", surfaces(e) if e else (), attrs, m.key)
                if e is None:
                    self.merges.append(Merge(
                        node_id(key), "Person", key, "implicit",
                        "a fact names this person but the extraction lists no entity for it; "
                        "created with the key as label", (m.key,), (m.article,)))
                if home and home != NATIONAL:
                    self.add_region(m.article, home)
            # The articles being resolved are listed; the others the state holds (earlier runs,
            # later batches staged) are only counted: listing them would read every mention of
            # the name, each batch.
            articles = sorted({m.article for m in members})
            others = earlier[key]
            also = f" (and {others} other article{'s' if others > 1 else ''}, not listed)"
            if len(regions) > 1:
                self.merges.append(Merge(
                    node_id(key), "Person", key, "person-split-by-region",
                    f"{name!r} is placed in {len(regions)} regions "
                    f"({', '.join(sorted(_place(k.partition('@')[2]) for k in regions))}); "
                    f"this one in {_place(home)}" + (also if others else ""),
                    (name,), tuple(articles), tuple(sorted(acc.labels))))
            elif len(articles) + others > 1:
                self.merges.append(Merge(
                    node_id(key), "Person", key, "person-same-name-compatible-region",
                    f"same name in {len(articles) + others} articles, no conflicting region"
                    + (f" (all in {_place(home)})" if home else "")
                    + (also if others else ""),
                    (name,), tuple(articles), tuple(sorted(acc.labels))))

    # -- events ----------------------------------------------------------------------------
    def resolve_events(self) -> None:
        groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for x in self.extractions:
            a = x.article
            hosts: dict[str, set[str]] = defaultdict(set)
            for f in x.by_kind(FactKind.HOSTS):
                if f.object:
                    hosts[f.object].add(node_id(self.global_key(a.id, f.subject)))
            for key in keys_of_type(x, "event:"):
                h = hosts.get(key)
                if h and a.published:
                    scoped = f"{key}|{a.published.isoformat()}|{'+'.join(sorted(h))}"
                else:
                    scoped = f"{key}|{a.id}"
                self.local[(a.id, key)] = scoped
                self.add_entity(a.id, scoped, x.entity(key))
                groups[key].append((scoped, a.id))
        for label, uses in sorted(groups.items()):
            articles = tuple(sorted({a for _, a in uses}))
            if len(articles) < 2:
                continue
            for scoped in sorted({s for s, _ in uses}):
                seen = tuple(sorted({a for s, a in uses if s == scoped}))
                merged = len(seen) > 1
                self.merges.append(Merge(
                    node_id(scoped), "Event", scoped,
                    "event-same-label-host-date" if merged else "event-kept-apart",
                    (f"{label!r} reported by {len(seen)} articles with the same hosts and date"
                     if merged else
                     f"{label!r} also appears in other articles with other hosts or dates"),
                    (label,), seen))

    # -- everything else -------------------------------------------------------------------
    def global_key(self, article: str, key: str) -> str:
        return self.local.get((article, key), key)

    def resolve_others(self) -> None:
        for x in self.extractions:
            a = x.article
            for key in sorted(all_keys(x)):
                if key.startswith(("person:", "event:")) or (a.id, key) in self.local:
                    continue
                self.local[(a.id, key)] = key
                e = x.entity(key)
                self.add_entity(a.id, key, e)
                if e is None:
                    self.merges.append(Merge(
                        node_id(key), key.partition(":")[0], key, "implicit",
                        "a fact names this key but the extraction lists no entity for it; "
                        "created with the key as label", (key,), (a.id,)))
            if a.publisher:
                key = f"org:name:{fold(a.publisher)}"
                self.node(key, EntityType.ORGANIZATION).add(
                    a.id, a.publisher, (), [("category", "media")], mentioned=False)
            if (prov := dateline_region(a)) is not None:
                self.add_region(a.id, prov)
        for key, acc in sorted(self.nodes.items()):
            if acc.type in (EntityType.PERSON, EntityType.EVENT):
                continue
            surfaces = sorted({s for v, _ in acc.seen.values() for s in v})
            # Nodes only implied (provinces of bodies, publishers) are no merge worth reporting.
            if len(acc.mentioned) > 1 or len(surfaces) > 1:
                rule = {"org": "org-same-key", "place": "place-same-code"}.get(
                    key.partition(":")[0], "same-key")
                self.merges.append(Merge(
                    node_id(key), acc.type.value, key, rule,
                    f"{len(surfaces)} surface forms in {len(acc.mentioned)} articles share "
                    "the key",
                    tuple(sorted(acc.sources)) or (key,), tuple(sorted(acc.mentioned)),
                    tuple(surfaces)))

    # -- facts -----------------------------------------------------------------------------
    def resolve_facts(self) -> list[ResolvedFact]:
        accs: dict[str, FactAcc] = {}
        for x in self.extractions:
            a = x.article
            for f in list(x.facts) + related_facts(x):
                subject, obj, ident, extra = self.fact_parts(a, f)
                fid = fact_id(f.kind.value, subject, obj or "",
                              *(fold(ident.get(q, "")) for q in FACTS[f.kind].identity))
                acc = accs.setdefault(fid, FactAcc(f.kind, subject, obj, dict(ident)))
                acc.keep_least(ident)
                acc.sight(Sighting(a.id, f.evidence, f.extractor, a.published,
                                   tuple(sorted(extra.items()))))
        return [acc.build(fid) for fid, acc in sorted(accs.items())]

    def related_id(self, title: str) -> str:
        return self.by_title.get(text_key(title)) or title_id(title)

    def fact_parts(
        self, a: Article, f: Fact
    ) -> tuple[str, str | None, dict[str, str], dict[str, str]]:
        quals = f.quals
        if f.kind is FactKind.RELATES_TO:
            title = quals.get("title") or f.object or ""
            return a.id, self.related_id(title), {}, {"title": title}
        subject = node_id(self.global_key(a.id, f.subject))
        obj = node_id(self.global_key(a.id, f.object)) if f.object else None
        spec = FACTS[f.kind]
        ident = {q: quals[q] for q in spec.identity if quals.get(q)}
        extra = {q: v for q, v in quals.items() if q not in ident}
        if f.kind is FactKind.HOLDS_ROLE:
            ident["role"] = role_spelling(ident.get("role", ""))
        for name, concept in spec.concepts.items():
            if concept.default and name not in ident:
                ident[name] = concept.default
        for name in spec.entity_qualifiers:
            if key := extra.get(name):
                extra[name] = node_id(self.global_key(a.id, key))
        return subject, obj, ident, extra

    # -- articles --------------------------------------------------------------------------
    def resolve_articles(self) -> list[ResolvedArticle]:
        out = []
        for x in self.extractions:
            a = x.article
            titles = [r.title.text for r in a.related]
            titles += [f.quals.get("title") or f.object or ""
                       for f in x.by_kind(FactKind.RELATES_TO)]
            related: dict[str, RelatedTitle] = {}
            for t in titles:
                if t and (rid := self.related_id(t)) not in related and rid != a.id:
                    related[rid] = RelatedTitle(t, rid, text_key(t) in self.by_title)
            code = dateline_region(a)
            place = node_id(f"place:{code}") if code and region_by_code(code) else None
            out.append(ResolvedArticle(
                id=a.id, title=a.title, text_digest=text_digest(a.text),
                published=a.published, url=a.url, publisher=a.publisher,
                publisher_id=node_id(f"org:name:{fold(a.publisher)}") if a.publisher else None,
                dateline=a.dateline,
                dateline_place_id=place,
                source_path=a.source_path, related=tuple(related.values())))
        return out


def _place(code: str | None) -> str:
    """A region code as a reader knows it: "Provinsi Jawa Barat (32)"; codes mean nothing to
    an analyst reading a report."""
    if not code:
        return "no region"
    region = region_by_code(code)
    return f"{region.label} ({code})" if region else code
