/* The graph drawing shared by the explorer and the offline HTML export (which inlines this file
   and the vendored Cytoscape.js into one page). EG.draw(el, data, opts) draws
   {nodes: [{id, label, kind}], edges: [{id, source, target, kind, role, first_seen, last_seen}],
   center}; opts.kinds (types shown), opts.from/opts.to (ISO dates an edge must overlap),
   opts.unlinked (also draw nodes with no fact: hidden by default, so a store's loose places do
   not fill the page). Small graphs get Cytoscape's cose layout; from SMALL nodes on, a
   grid-bucketed force layout (EG.layout, linear in nodes per step) places them and Cytoscape
   draws the positions, with labels only on the best-connected nodes until zoomed in.
   EG.controls(el, redraw) writes the filter bar both pages use; EG.options() reads it. */
(function () {
  "use strict";
  var COLOURS = {Person: "#d1495b", Organization: "#00798c", Event: "#edae49",
                 Election: "#6a4c93", Place: "#66a182"};
  var KINDS = Object.keys(COLOURS), SMALL = 200, LABELLED = 40;
  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }
  // `text` with the characters a..b (the words that state a fact) in <mark>.
  function marked(text, a, b) {
    if (a == null || b == null || b <= a) return esc(text);
    return esc(text.slice(0, a)) + "<mark>" + esc(text.slice(a, b)) + "</mark>" + esc(text.slice(b));
  }
  function chip(kind) {
    return '<span class="kind" style="background:' + (COLOURS[kind] || "#888") + '">' + esc(kind) + "</span>";
  }
  function visibleEdge(e, opts) {
    if (opts.from && (e.last_seen || e.first_seen || "9999") < opts.from) return false;
    if (opts.to && (e.first_seen || "0000") > opts.to) return false;
    return true;
  }

  // Force-directed placement that scales: springs along facts, repulsion only between nodes in
  // neighbouring grid cells, a weak pull to the centre; each node starts next to its
  // best-connected neighbour already placed (hubs on a spiral). Deterministic.
  function layout(ids, links) {
    var n = ids.length, k = 40, at = {}, deg = new Int32Array(n), nb = [];
    ids.forEach(function (id, i) { at[id] = i; nb.push([]); });
    var src = new Int32Array(links.length), dst = new Int32Array(links.length);
    links.forEach(function (l, j) {
      var a = at[l[0]], b = at[l[1]]; src[j] = a; dst[j] = b;
      deg[a]++; deg[b]++; nb[a].push(b); nb[b].push(a);
    });
    var x = new Float64Array(n), y = new Float64Array(n), placed = new Uint8Array(n);
    var order = ids.map(function (_, i) { return i; }).sort(function (a, b) { return deg[b] - deg[a] || a - b; });
    var seed = 7, hubs = 0, golden = Math.PI * (3 - Math.sqrt(5));
    function rnd() { seed = (seed * 16807) % 2147483647; return seed / 2147483647; }
    order.forEach(function (i) {
      var best = -1;
      nb[i].forEach(function (j) { if (placed[j] && (best < 0 || deg[j] > deg[best])) best = j; });
      if (best < 0) {
        var r = 4 * k * Math.sqrt(hubs + 0.5), t = hubs++ * golden;
        x[i] = r * Math.cos(t); y[i] = r * Math.sin(t);
      } else {
        var a = rnd() * 2 * Math.PI, d = k * (1 + Math.sqrt(deg[best]) * rnd() * 0.5);
        x[i] = x[best] + d * Math.cos(a); y[i] = y[best] + d * Math.sin(a);
      }
      placed[i] = 1;
    });
    var steps = n > 3000 ? 60 : n > 800 ? 120 : 250, temp = k * 2, cell = 2 * k;
    var dx = new Float64Array(n), dy = new Float64Array(n);
    for (var s = 0; s < steps; s++) {
      var grid = new Map();
      for (var i = 0; i < n; i++) {
        dx[i] = -x[i] * 0.01; dy[i] = -y[i] * 0.01;
        var key = Math.floor(x[i] / cell) * 65536 + Math.floor(y[i] / cell), b = grid.get(key);
        if (b) b.push(i); else grid.set(key, [i]);
      }
      for (i = 0; i < n; i++) {
        var gx = Math.floor(x[i] / cell), gy = Math.floor(y[i] / cell);
        for (var u = -1; u <= 1; u++) for (var v = -1; v <= 1; v++) {
          var bucket = grid.get((gx + u) * 65536 + gy + v);
          if (!bucket) continue;
          for (var m = 0; m < bucket.length; m++) {
            var o = bucket[m]; if (o === i) continue;
            var ex = x[i] - x[o], ey = y[i] - y[o], d2 = ex * ex + ey * ey + 0.01;
            dx[i] += ex * k * k / d2; dy[i] += ey * k * k / d2;
          }
        }
      }
      for (var j = 0; j < src.length; j++) {
        var p = src[j], q = dst[j], lx = x[q] - x[p], ly = y[q] - y[p];
        var dist = Math.sqrt(lx * lx + ly * ly) + 0.01, f = dist / k;
        dx[p] += lx * f; dy[p] += ly * f; dx[q] -= lx * f; dy[q] -= ly * f;
      }
      for (i = 0; i < n; i++) {
        var len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) + 0.01, step = Math.min(len, temp);
        x[i] += dx[i] / len * step; y[i] += dy[i] / len * step;
      }
      temp = Math.max(temp * 0.97, 2);
    }
    var out = {};
    ids.forEach(function (id, i) { out[id] = {x: x[i], y: y[i]}; });
    return out;
  }

  function draw(el, data, opts) {
    opts = opts || {};
    var kinds = opts.kinds || null, keep = {}, degree = {}, linked = {};
    data.nodes.forEach(function (n) { keep[n.id] = !kinds || kinds.indexOf(n.kind) >= 0; });
    var edges = data.edges.filter(function (e) {
      return keep[e.source] && keep[e.target] && visibleEdge(e, opts);
    });
    edges.forEach(function (e) {
      linked[e.source] = linked[e.target] = true;
      degree[e.source] = (degree[e.source] || 0) + 1; degree[e.target] = (degree[e.target] || 0) + 1;
    });
    if (data.center) linked[data.center] = true;
    var nodes = data.nodes.filter(function (n) { return keep[n.id] && (opts.unlinked || linked[n.id]); });
    var big = nodes.length > SMALL;
    var cut = nodes.map(function (n) { return degree[n.id] || 0; }).sort(function (a, b) { return b - a; })[LABELLED - 1] || 0;
    var at = big ? layout(nodes.map(function (n) { return n.id; }),
                          edges.map(function (e) { return [e.source, e.target]; })) : {};
    var elements = nodes.map(function (n) {
      var d = degree[n.id] || 0, major = !big || d >= Math.max(cut, 1) || n.id === data.center;
      return {group: "nodes", position: at[n.id], data: {id: n.id, label: n.label, kind: n.kind,
              tag: major ? n.label : "", size: 14 + 4 * Math.log2(1 + d),
              colour: COLOURS[n.kind] || "#888", center: n.id === data.center ? 1 : 0}};
    }).concat(edges.map(function (e) {
      return {group: "edges", data: {id: e.id, source: e.source, target: e.target,
              label: e.role || e.kind, kind: e.kind}};
    }));
    return cytoscape({
      container: el, elements: elements, wheelSensitivity: 0.3, minZoom: 0.02, maxZoom: 4,
      textureOnViewport: big, hideEdgesOnViewport: big, pixelRatio: 1, motionBlur: false,
      style: [
        {selector: "node", style: {"background-color": "data(colour)", label: "data(tag)",
          "font-size": 10, "text-valign": "bottom", "text-margin-y": 3, width: "data(size)",
          height: "data(size)", "min-zoomed-font-size": 7}},
        {selector: "node[center = 1]", style: {width: 30, height: 30, "font-weight": "bold"}},
        {selector: "edge", style: big
          ? {width: 1, "line-color": "#c3cad4", "curve-style": "haystack", "haystack-radius": 0}
          : {width: 1.5, "line-color": "#b8c0cc", "curve-style": "bezier", "target-arrow-shape": "triangle",
             "target-arrow-color": "#b8c0cc", "arrow-scale": 0.7, label: "data(label)", "font-size": 8,
             color: "#667", "text-rotation": "autorotate", "min-zoomed-font-size": 9}},
        {selector: "node:selected", style: {label: "data(label)", "border-width": 3, "border-color": "#222"}},
        {selector: "edge:selected", style: {"line-color": "#222", width: 3}}
      ],
      layout: big ? {name: "preset", fit: true, padding: 20}
                  : {name: "cose", animate: false, nodeRepulsion: 400000, padding: 40, idealEdgeLength: 120,
                     numIter: 1000, randomize: false, nodeDimensionsIncludeLabels: true}
    });
  }

  // The filter bar: a box per kind, a date range, unlinked nodes, and the drawn counts.
  function controls(el, redraw) {
    el.innerHTML = KINDS.map(function (k) {
      return "<label><input type='checkbox' class='kind-filter' value='" + k + "' checked> " + chip(k) + "</label>";
    }).join("") + "<label>from <input type='date' id='from'></label><label>to <input type='date' id='to'></label>" +
      "<label><input type='checkbox' id='unlinked'> unlinked nodes</label>" +
      "<span><b id='node-count'>0</b> nodes, <b id='edge-count'>0</b> facts" +
      " <small class='muted'>(<span id='hidden-count'>0</span> hidden)</small></span>";
    el.querySelectorAll("input").forEach(function (i) { i.onchange = redraw; });
  }
  function options() {
    return {kinds: [].slice.call(document.querySelectorAll(".kind-filter:checked")).map(function (c) { return c.value; }),
            unlinked: document.getElementById("unlinked").checked,
            from: document.getElementById("from").value, to: document.getElementById("to").value};
  }
  // Draw `data` into `el` with the bar's options; write the counts; mark the drawing done.
  function redraw(el, data) {
    if (window.cy) window.cy.destroy();
    var cy = window.cy = draw(el, data, options());
    document.getElementById("node-count").textContent = cy.nodes().length;
    document.getElementById("edge-count").textContent = cy.edges().length;
    document.getElementById("hidden-count").textContent = data.nodes.length - cy.nodes().length;
    el.setAttribute("data-rendered", "true");
    return cy;
  }
  window.EG = {draw: draw, layout: layout, controls: controls, options: options, redraw: redraw,
               esc: esc, marked: marked, chip: chip, COLOURS: COLOURS, KINDS: KINDS};
})();
