/* The explorer: search (#/search?q=), an entity's page (#/entity/ID), its neighbourhood graph
   (#/graph/ID?depth=2), all from /api/... (see /api/openapi.json). */
(function () {
  "use strict";
  var main = document.getElementById("main");
  var esc = EG.esc, chip = EG.chip;
  function api(name, params) {
    var qs = new URLSearchParams();
    Object.keys(params || {}).forEach(function (k) {
      [].concat(params[k]).forEach(function (v) { if (v != null && v !== "") qs.append(k, v); });
    });
    return fetch("/api/" + name + "?" + qs).then(function (r) {
      return r.json().then(function (body) { if (!r.ok) throw body.error || body; return body; });
    });
  }
  function link(ref) { return '<a class="entity-link" href="#/entity/' + encodeURIComponent(ref.id) + '">' + esc(ref.label) + "</a>"; }
  function dates(r) { return r.first_seen ? esc(r.first_seen) + (r.last_seen && r.last_seen !== r.first_seen ? " – " + esc(r.last_seen) : "") : ""; }
  function fail(e) { main.innerHTML = '<p class="error">' + esc(e.message || e) + "</p>" + (e.candidates ? matchList(e.candidates) : ""); }

  function matchList(matches) {
    return '<div id="matches">' + matches.map(function (m) {
      var e = m.entity;
      var extra = [e.region, e.body && (e.body + " " + (e.level || "")).trim()].concat(e.context || []).filter(Boolean);
      return '<div class="match">' + chip(e.kind) + link(e) + " <small>" + esc(extra.join(" · ")) +
        (m.score != null ? " · score " + Math.round(m.score) : "") + "</small></div>";
    }).join("") + "</div>";
  }
  function search(q, kind) {
    document.getElementById("q").value = q;
    main.innerHTML = "<p>Searching…</p>";
    api("search", {q: q, kind: kind, limit: 20}).then(function (ms) {
      main.innerHTML = "<h2>" + ms.length + " matches for “" + esc(q) + "”</h2>" + (ms.length ? matchList(ms) : "<p>Nothing found.</p>");
    }, fail);
  }

  var sources = {};
  function sourceLinks(articleIds) {
    if (!articleIds.length) return Promise.resolve();
    return api("sources", {id: articleIds}).then(function (s) { Object.assign(sources, s); });
  }
  function source(id) {
    var s = sources[id] || {};
    return s.url ? '<a class="source" href="' + esc(s.url) + '" target="_blank" rel="noopener">' + esc(s.url) + "</a>" : '<span class="muted">' + esc(id) + "</span>";
  }
  function evidenceHtml(c) {
    var a = c.focus_start == null ? 0 : Math.max(0, c.focus_start - c.start);
    var b = c.focus_end == null ? 0 : Math.max(a, c.focus_end - c.start);
    var sentence = c.focus_start == null ? esc(c.text) : EG.marked(c.text, a, b);
    var named = (c.anchors || []).map(function (x) { return esc(x.text); }).join("; ");
    return '<div class="evidence"><div>' + sentence + (named ? ' <small class="muted anchors">(named: ' + named + ")</small>" : "") +
      '</div><small class="muted">' + esc(c.article.title || c.article.id) +
      (c.article.published ? " · " + esc(c.article.published) : "") + " · " + source(c.article.id) +
      (c.confidence != null ? " · confidence " + c.confidence.toFixed(2) : "") + "</small></div>";
  }

  var facts = {};
  function section(name, rels, me) {
    return "<h3>" + esc(name.replace(/_/g, " ")) + ' <small class="muted">(' + rels.length + ')</small></h3><table class="section" data-section="' + esc(name) +
      '"><tr><th>fact</th><th>with</th><th>role</th><th>seen</th><th>source</th><th></th></tr>' +
      rels.map(function (r) {
        facts[r.id] = r;
        var other = r.subject.id === me ? r.object : r.subject;
        var first = r.evidence.length ? r.evidence[0].article.id : r.articles[0];
        return '<tr class="fact" data-id="' + esc(r.id) + '"><td>' + esc(r.kind) + "</td><td>" + chip(other.kind) + link(other) + "</td><td>" + esc(r.role || "") +
          (r.status && r.status !== "current" ? " (" + esc(r.status) + ")" : "") + "</td><td>" + dates(r) + "</td><td>" + (first ? source(first) : "") +
          '</td><td><button class="link show-evidence" data-id="' + esc(r.id) + '">evidence (' + (r.evidence.length || r.articles.length) + ")</button></td></tr>" +
          '<tr class="evidence-row" id="ev-' + esc(r.id) + '" hidden><td colspan="6"></td></tr>';
      }).join("") + "</table>";
  }
  function tenure(rels) {
    var dated = rels.filter(function (r) { return r.first_seen; });
    var lo = Date.parse(dated.map(function (r) { return r.first_seen; }).sort()[0]);
    var hi = Date.parse(dated.map(function (r) { return r.last_seen || r.first_seen; }).sort().pop());
    var span = Math.max(hi - lo, 864e5 * 30);
    return '<h3>Tenure timeline</h3><table id="tenure">' + rels.map(function (r) {
      if (!r.first_seen) return "<tr><td>" + esc(r.role || r.kind) + " · " + link(r.object) + '</td><td style="width:50%" class="muted">no date stated</td><td></td></tr>';
      var a = (Date.parse(r.first_seen) - lo) / span * 100, b = (Date.parse(r.last_seen || r.first_seen) - lo) / span * 100;
      return "<tr><td>" + esc(r.role || r.kind) + " · " + link(r.object) + '</td><td style="width:50%"><div class="bar"><span style="left:' + a.toFixed(1) +
        "%;width:" + Math.max(b - a, 1).toFixed(1) + '%"></span></div></td><td>' + dates(r) + "</td></tr>";
    }).join("") + "</table>";
  }
  function entity(id) {
    main.innerHTML = "<p>Loading…</p>";
    api("explore", {q: id}).then(function (card) {
      var e = card.entity, ids = [];
      Object.keys(card.sections).forEach(function (k) { card.sections[k].forEach(function (r) { ids = ids.concat(r.articles); }); });
      card.articles.forEach(function (a) { ids.push(a.id); });
      return sourceLinks(ids.slice(0, 200)).then(function () { render(card); });
    }).catch(fail);
  }
  function render(card) {
    var e = card.entity, html = "<h2>" + chip(e.kind) + esc(e.label) + "</h2><p class='muted'>" +
      esc([e.region, e.body && (e.body + " " + (e.level || "")).trim()].concat(e.context).filter(Boolean).join(" · ")) +
      ' · <a id="graph-link" href="#/graph/' + encodeURIComponent(e.id) + '?depth=2">neighbourhood graph</a> · <button class="link" id="timeline-btn">timeline</button></p>';
    Object.keys(card.sections).forEach(function (k) { html += section(k, card.sections[k], e.id); });
    if (card.sections.roles) html += tenure(card.sections.roles);
    if (e.kind === "Person" || e.kind === "Organization") html += '<div id="conflicts"><h3>Conflicts</h3><p class="muted">Looking for conflicts…</p></div>';
    if (card.quotes.length) html += "<h3>Quotes</h3>" + card.quotes.map(function (q) { return "<blockquote>“" + esc(q.text) + "”</blockquote>"; }).join("");
    html += "<h3>Articles</h3><ul id='articles'>" + card.articles.map(function (a) {
      return "<li>" + esc(a.title || a.id) + (a.published ? " <small>" + esc(a.published) + "</small>" : "") + " · " + source(a.id) + "</li>"; }).join("") + "</ul><div id='timeline'></div>";
    main.innerHTML = html;
    if (document.getElementById("conflicts")) conflicts(e);
    document.getElementById("timeline-btn").onclick = function () {
      api("timeline", {entity: e.id}).then(function (ts) {
        document.getElementById("timeline").innerHTML = "<h3>Timeline</h3><ul>" + ts.map(function (t) {
          return "<li>" + esc(t.date || "undated") + " · " + esc(t.summary) + "</li>"; }).join("") + "</ul>";
      });
    };
  }
  /* Two holders of a one-holder seat at once, or one person in two such seats: each side's
     fact with its evidence, like the sections above. */
  function conflicts(e) {
    api("conflicts_of", {entity: e.id}).then(function (cs) {
      var ids = [];
      cs.forEach(function (c) { ids = ids.concat(c.a.articles, c.b.articles); });
      return sourceLinks(ids.slice(0, 200)).then(function () { return cs; });
    }).then(function (cs) {
      var el = document.getElementById("conflicts");
      if (!el) return;
      el.innerHTML = "<h3>Conflicts <small class='muted'>(" + cs.length + ")</small></h3>" + (cs.length ? '<table class="section" id="conflicts-table"><tr><th>conflict</th><th>at once</th><th>sides</th><th>score</th></tr>' +
        cs.map(function (c) {
          var sides = [c.a, c.b].map(function (r) {
            facts[r.id] = r;
            return link(r.subject) + " · " + esc(r.role || "") + " · " + link(r.object) + ' <button class="link show-evidence" data-id="' + esc(r.id) + '" data-row="cev-' + esc(r.id) + '">evidence (' + (r.evidence.length || r.articles.length) + ")</button>" +
              '<div class="evidence-row" id="cev-' + esc(r.id) + '" hidden><div></div></div>';
          });
          return '<tr class="conflict"><td>' + esc(c.reason) + "</td><td>" + esc(c.start) + (c.end !== c.start ? " – " + esc(c.end) : "") + "</td><td>" + sides.join("<br>") + "</td><td>" + esc(c.score) + "</td></tr>";
        }).join("") + "</table>" : '<p class="muted" id="no-conflicts">No conflicts found for this entity.</p>');
    }, function (err) {
      var el = document.getElementById("conflicts");
      if (el) el.innerHTML = '<p class="error">' + esc(err.message || err) + "</p>";
    });
  }

  main.addEventListener("click", function (ev) {
    var btn = ev.target.closest(".show-evidence"); if (!btn) return;
    var r = facts[btn.dataset.id], row = document.getElementById(btn.dataset.row || "ev-" + r.id);
    row.hidden = !row.hidden;
    row.firstChild.innerHTML = r.evidence.length ? r.evidence.map(evidenceHtml).join("") : "<em>articles: " + r.articles.map(source).join(", ") + "</em>";
  });

  function graph(id, depth) {
    main.innerHTML = "<p>Loading…</p>";
    api("neighbourhood", {entity: id, depth: depth}).then(function (sub) {
      var data = {center: sub.center.id, nodes: sub.nodes.map(function (n) { return {id: n.entity.id, label: n.entity.label, kind: n.entity.kind}; }),
        edges: sub.edges.map(function (e) { return {id: e.id, source: e.subject.id, target: e.object.id, kind: e.kind, role: e.role, first_seen: e.first_seen, last_seen: e.last_seen}; })};
      main.innerHTML = "<h2>Neighbourhood of " + link(sub.center) + " <small>(depth " + depth + ")</small></h2><div class='filters'></div><div id='graph'></div>";
      var el = document.getElementById("graph");
      function redraw() {
        EG.redraw(el, data).on("tap", "node", function (ev) { location.hash = "#/entity/" + encodeURIComponent(ev.target.id()); });
      }
      EG.controls(main.querySelector(".filters"), redraw);
      redraw();
    }, fail);
  }

  function route() {
    var h = location.hash.slice(1), m;
    var qs = new URLSearchParams(h.split("?")[1] || "");
    if ((m = h.match(/^\/entity\/([^?]+)/))) return entity(decodeURIComponent(m[1]));
    if ((m = h.match(/^\/graph\/([^?]+)/))) return graph(decodeURIComponent(m[1]), qs.get("depth") || 1);
    if (h.indexOf("/search") === 0) return search(qs.get("q") || "", qs.get("kind") || "");
  }
  document.getElementById("search-form").onsubmit = function (ev) {
    ev.preventDefault();
    location.hash = "#/search?" + new URLSearchParams({q: document.getElementById("q").value, kind: document.getElementById("kind").value});
  };
  window.addEventListener("hashchange", route);
  route();
})();
