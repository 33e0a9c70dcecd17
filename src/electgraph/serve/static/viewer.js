/* The graph drawing shared by the explorer and the HTML export: Cytoscape.js (vendored from npm).
   EG.draw(el, data, opts) draws {nodes: [{id, label, kind, ...}], edges: [{id, source, target,
   kind, role, first_seen, last_seen}]}; opts.kinds (types shown), opts.from/opts.to (ISO dates
   an edge must overlap), opts.unlinked (show nodes with no fact; hidden by default). */
(function () {
  "use strict";
  var COLOURS = {Person: "#d1495b", Organization: "#00798c", Event: "#edae49",
                 Election: "#6a4c93", Place: "#66a182"};
  function visibleEdge(e, opts) {
    if (opts.from && (e.last_seen || e.first_seen || "9999") < opts.from) return false;
    if (opts.to && (e.first_seen || "0000") > opts.to) return false;
    return true;
  }
  function draw(el, data, opts) {
    opts = opts || {};
    var kinds = opts.kinds || null;
    var keep = {};
    data.nodes.forEach(function (n) { keep[n.id] = !kinds || kinds.indexOf(n.kind) >= 0; });
    var edges = data.edges.filter(function (e) {
      return keep[e.source] && keep[e.target] && visibleEdge(e, opts);
    });
    var linked = {};
    edges.forEach(function (e) { linked[e.source] = linked[e.target] = true; });
    if (data.center) linked[data.center] = true;
    var nodes = data.nodes.filter(function (n) { return keep[n.id] && (opts.unlinked || linked[n.id]); });
    var elements = nodes.map(function (n) {
      return {group: "nodes", data: {id: n.id, label: n.label, kind: n.kind,
              colour: COLOURS[n.kind] || "#888", center: n.id === data.center ? 1 : 0}};
    }).concat(edges.map(function (e) {
      return {group: "edges", data: {id: e.id, source: e.source, target: e.target,
              label: e.role || e.kind, kind: e.kind}};
    }));
    var big = nodes.length > 1500;
    var cy = cytoscape({
      container: el, elements: elements, wheelSensitivity: 0.3,
      textureOnViewport: big, hideEdgesOnViewport: big, pixelRatio: 1,
      style: [
        {selector: "node", style: {"background-color": "data(colour)", label: big ? "" : "data(label)",
          "font-size": 10, "text-valign": "bottom", "text-margin-y": 3, width: 18, height: 18,
          "min-zoomed-font-size": 8}},
        {selector: "node[center = 1]", style: {width: 30, height: 30, "font-weight": "bold"}},
        {selector: "edge", style: {width: 1.5, "line-color": "#b8c0cc", "curve-style": "bezier",
          "target-arrow-shape": "triangle", "target-arrow-color": "#b8c0cc", "arrow-scale": 0.7,
          label: big ? "" : "data(label)", "font-size": 8, color: "#667", "text-rotation": "autorotate",
          "min-zoomed-font-size": 9}},
        {selector: ":selected", style: {"border-width": 3, "border-color": "#222", "line-color": "#222"}}
      ],
      layout: big ? {name: "grid"} : {name: "cose", animate: false, nodeRepulsion: 400000, padding: 40,
                                        idealEdgeLength: 120, numIter: 1000, randomize: true, nodeDimensionsIncludeLabels: true}
    });
    return cy;
  }
  window.EG = {draw: draw, COLOURS: COLOURS};
})();
