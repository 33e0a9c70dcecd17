/* The offline page of `electgraph export --format html`: draws the inlined graph with the
   explorer's viewer.js (EG) and shows, in the side panel, a node's facts or a fact's evidence
   sentence with the stating words marked. Opens on #node=ID, #edge=FACT-ID or #q=NAME. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var esc = EG.esc, byId = {}, edgeById = {}, links = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; links[n.id] = []; });
  data.edges.forEach(function (e) {
    edgeById[e.id] = e; links[e.source].push(e); links[e.target].push(e);
  });
  var el = document.getElementById("graph"), info = document.getElementById("info"), cy;

  function label(id) { return esc((byId[id] || {label: id}).label); }
  function describe(e) {
    var what = e.kind.replace(/_/g, " ") + (e.role ? ": " + e.role : "") +
      (e.status && e.status !== "current" ? " (" + e.status + ")" : "");
    return "<b>" + label(e.source) + "</b> — " + esc(what) + " → <b>" + label(e.target) + "</b>";
  }
  function select(id) {
    cy.elements(":selected").unselect();
    var ele = cy.getElementById(id);
    if (ele.length) { ele.select(); cy.animate({center: {eles: ele}, zoom: Math.max(cy.zoom(), 1)}, {duration: 0}); }
  }
  function showEdge(e) {
    var text = e.evidence || "", at = +e.focus_at || 0, f = e.focus || "";
    var quote = f && text.substr(at, f.length) === f ? EG.marked(text, at, at + f.length) : esc(text);
    info.innerHTML = "<h2>" + describe(e) + "</h2><p class='muted'>" + esc(e.articles) +
      " article(s) · seen " + esc(e.first_seen || "undated") +
      (e.last_seen && e.last_seen !== e.first_seen ? " .. " + esc(e.last_seen) : "") + "</p>" +
      "<blockquote>" + quote + (e.anchors ? " <span class='muted anchors'>(named: " +
      esc(e.anchors.split(" | ").join("; ")) + ")</span>" : "") +
      (e.confidence ? " <span class='muted'>(confidence " +
      esc(e.confidence) + ")</span>" : "") + "</blockquote>" + (e.article ? "<p class='muted'>" +
      esc(e.published || "undated") + " · " + esc(e.title || e.article) + " (" + esc(e.article) + ")</p>" : "");
    select(e.id);
  }
  function showNode(n) {
    info.innerHTML = "<h2>" + esc(n.label) + "</h2><p class='muted'>" + EG.chip(n.kind) +
      (n.region ? " " + esc(n.region) : "") + " · " + links[n.id].length + " fact(s) · " + esc(n.id) +
      "</p>" + (n.aliases && n.aliases !== n.label ? "<p>Also: " + esc(n.aliases) + "</p>" : "") +
      "<ul>" + links[n.id].map(function (e) {
        return "<li data-edge='" + esc(e.id) + "'>" + describe(e) + "</li>";
      }).join("") + "</ul>";
    select(n.id);
  }
  info.addEventListener("click", function (ev) {
    var li = ev.target.closest("li[data-edge]");
    if (li) showEdge(edgeById[li.getAttribute("data-edge")]);
  });

  function fold(s) { return String(s || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  var box = document.getElementById("search"), list = document.getElementById("matches");
  box.addEventListener("input", function () {
    var q = fold(box.value).trim();
    if (q.length < 2) { list.innerHTML = ""; return; }
    var found = data.nodes.filter(function (n) { return fold(n.label).indexOf(q) >= 0 || fold(n.aliases).indexOf(q) >= 0; })
      .sort(function (a, b) { return links[b.id].length - links[a.id].length || a.label.localeCompare(b.label); });
    list.innerHTML = found.slice(0, 30).map(function (n) {
      return "<li data-node='" + esc(n.id) + "'>" + esc(n.label) + " <span class='muted'>" + esc(n.kind) +
        (n.region ? " · " + esc(n.region) : "") + "</span></li>";
    }).join("") || "<li class='muted'>no match</li>";
  });
  box.addEventListener("keydown", function (ev) {
    var first = list.querySelector("li[data-node]");
    if (ev.key === "Enter" && first) showNode(byId[first.getAttribute("data-node")]);
  });
  list.addEventListener("click", function (ev) {
    var li = ev.target.closest("li[data-node]");
    if (li) showNode(byId[li.getAttribute("data-node")]);
  });

  function redraw() {
    var t0 = performance.now();
    cy = EG.redraw(el, data);
    cy.on("tap", "node", function (ev) { showNode(byId[ev.target.id()]); });
    cy.on("tap", "edge", function (ev) { showEdge(edgeById[ev.target.id()]); });
    el.setAttribute("data-render-ms", Math.round(performance.now() - t0));
  }
  EG.controls(document.querySelector(".filters"), redraw);
  redraw();
  if (data.center && byId[data.center]) showNode(byId[data.center]);
  var hash = decodeURIComponent(location.hash.slice(1)), eq = hash.indexOf("=");
  var key = hash.slice(0, eq), value = hash.slice(eq + 1);
  if (key === "node" && byId[value]) showNode(byId[value]);
  else if (key === "edge" && edgeById[value]) showEdge(edgeById[value]);
  else if (key === "q") { box.value = value; box.dispatchEvent(new Event("input")); }
})();
