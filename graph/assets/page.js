/* nhskg map: overview with groups, focus on chains, paths, filters, search,
 * shareable state and exports for the vis-network view.
 *
 * Every string that came from a register (names, aliases, titles, evidence)
 * is put on screen with textContent or as a vis label (drawn on a canvas):
 * never as HTML.  The data arrives as JSON in a non-executing script block.
 *
 * Chains follow the flows of ONE agreement at a time, as `nhskg trace` and
 * nhskg.graph.algorithms do: data that reached a CSU under agreement A is
 * not assumed to leave it under agreement B.
 */
(function () {
  "use strict";

  var SVG_NS = "http://www.w3.org/2000/svg";
  var TOOLTIP_EVIDENCE = 2;
  var LISTED = 12;
  var DETAIL_SENTENCES = 20;
  var MAX_PATHS = 200;
  var MAX_PATH_HOPS = 8;
  // A focus or path reaching more organisations than this leaves the groups closed (and lights them).
  var REVEAL_LIMIT = 150;
  // A click opens a group this many members at a time (the rest stay behind its count), and
  // "expand neighbours" draws at most this many more: each step stays quick at any scale.
  var EXPAND_STEP = 40;
  var BLOCK_ROWS = 9, BLOCK_ROW_GAP = 115, BLOCK_COL_GAP = 260;
  var ORG_PREFIX = "https://w3id.org/nhskg/id/org/";
  var DIM_NODE = { background: "#eef0f3", border: "#d1d5db" };
  var DIM_FONT = "#b6bcc6";
  var DIM_EDGE = "#e5e7eb";
  // html_data.INFERRED_CODES: which end of a flow nhskg inferred
  var INFERRED = {
    1: function (e) { return "the sending end (" + labelOf(e.from) + ")"; },
    2: function (e) { return "the receiving end (" + labelOf(e.to) + ")"; },
    3: function () { return "an end of this flow"; }
  };

  var data = JSON.parse(document.getElementById("nhskg-data").textContent);
  var container = document.getElementById("network");
  var tooltip = document.getElementById("tooltip");
  var details = document.getElementById("details");

  // edges name their datasets by index into data.dataset_names (a smaller page)
  data.edges.forEach(function (e) {
    e.datasets = e.datasets.map(function (i) { return data.dataset_names[i]; });
    e.agreement_datasets = e.agreement_datasets.map(function (i) { return data.dataset_names[i]; });
  });
  var nodeInfo = new Map(data.nodes.map(function (n) { return [n.id, n]; }));
  var edgeInfo = new Map(data.edges.map(function (e) { return [e.id, e]; }));
  var groupInfo = new Map(data.groups.map(function (g) { return [g.id, g]; }));
  // The page carries each drawn item once: colours come from the kind, ends from the edge record.
  var kindColor = new Map(data.kinds.map(function (k) { return [k.kind, k.color]; }));
  data.vis.nodes.forEach(function (n) {
    if (n.color) return;
    var c = kindColor.get(nodeInfo.get(n.id).kind) || "#9ca3af";
    n.color = { background: c, border: "#1f2937", highlight: { background: c, border: "#111827" },
                hover: { background: c, border: "#111827" } };
  });
  data.vis.edges.forEach(function (e) {
    var info = edgeInfo.get(e.id);
    e.from = info.from; e.to = info.to; e.arrows = "to";
  });
  var memberIndex = new Map();
  data.groups.forEach(function (g) { g.members.forEach(function (m, i) { memberIndex.set(m, i); }); });
  var agreementIndex = new Map(data.agreement_list.map(function (a, i) { return [a.ref, i]; }));
  var datasetIndex = new Map(data.dataset_names.map(function (d, i) { return [d, i]; }));
  var incoming = new Map(), outgoing = new Map();
  var edgesOfNode = new Map();
  data.edges.forEach(function (e) {
    incoming.set(e.to, (incoming.get(e.to) || 0) + 1);
    outgoing.set(e.from, (outgoing.get(e.from) || 0) + 1);
    [e.from, e.to].forEach(function (n) {
      if (!edgesOfNode.has(n)) edgesOfNode.set(n, []);
      edgesOfNode.get(n).push(e);
    });
  });
  // agreement -> the drawn edges carrying at least one of its flows
  var edgesOfAgreement = new Map();
  data.edges.forEach(function (e) {
    e.flows.forEach(function (f) {
      var list = edgesOfAgreement.get(f[0]);
      if (!list) edgesOfAgreement.set(f[0], list = []);
      if (list[list.length - 1] !== e) list.push(e);
    });
  });
  var baseItem = new Map(data.vis.nodes.map(function (n) { return [n.id, n]; }));
  var baseEdge = new Map(data.vis.edges.map(function (e) { return [e.id, e]; }));

  var filters = {
    kinds: new Set(data.kinds.map(function (k) { return k.kind; })),
    states: new Set(data.states.map(function (s) { return s.state; })),
    origins: new Set(["text", "register"]),
    dataset: "",
    timeMode: "release",
    from: "",
    to: ""
  };
  var view = {
    focus: null,        // organisation whose chains are highlighted
    depth: 0,           // 0: whole chains; 1 or 2: steps out from the focus
    agreement: null,    // an agreement whose flows are highlighted (search by reference)
    path: null,         // [from, to] when chains between two organisations are shown
    expanded: new Map(),  // group id -> how many of its members are drawn (Infinity: all)
    revealed: new Set(),  // organisations drawn out of their (closed) group
    selected: null      // {kind: "node"|"edge", id}
  };

  // Filled by applyFilters().
  var passing = new Map();        // edge id -> agreement indices under which it passes the filters
  var nodesWithVisibleEdge = new Set();
  var highlight = null;           // {nodes: Set, edges: Set} or null
  var pathResult = null;
  var groupEdgeIds = [];

  // ---- small DOM helpers -------------------------------------------------

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function button(text, onClick) {
    var b = el("button", text);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }

  function svg(width, height) {
    var s = document.createElementNS(SVG_NS, "svg");
    s.setAttribute("width", width);
    s.setAttribute("height", height);
    s.setAttribute("viewBox", "0 0 " + width + " " + height);
    s.setAttribute("aria-hidden", "true");
    return s;
  }

  function svgChild(parent, tag, attrs) {
    var child = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs).forEach(function (k) { child.setAttribute(k, attrs[k]); });
    parent.appendChild(child);
    return child;
  }

  var SHAPE_POINTS = {
    diamond: "8,1 15,8 8,15 1,8",
    triangle: "8,1 15,14 1,14",
    triangleDown: "1,2 15,2 8,15",
    star: "8,0.5 10.2,5.6 15.5,6 11.4,9.5 12.7,15 8,12 3.3,15 4.6,9.5 0.5,6 5.8,5.6",
    hexagon: "4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8"
  };

  function shapeIcon(shape, color) {
    var s = svg(16, 16);
    var style = { fill: color, stroke: "#1f2937", "stroke-width": "1" };
    if (shape === "dot") svgChild(s, "circle", Object.assign({ cx: 8, cy: 8, r: 6.5 }, style));
    else if (shape === "square") svgChild(s, "rect", Object.assign({ x: 2, y: 2, width: 12, height: 12 }, style));
    else svgChild(s, "polygon", Object.assign({ points: SHAPE_POINTS[shape] || SHAPE_POINTS.diamond }, style));
    return s;
  }

  function lineIcon(color, dashed) {
    var s = svg(28, 10);
    var attrs = { x1: 1, y1: 5, x2: 27, y2: 5, stroke: color, "stroke-width": 3 };
    if (dashed) attrs["stroke-dasharray"] = "5,3";
    svgChild(s, "line", attrs);
    return s;
  }

  // A list of strings, at most `limit` shown, then "and N more" (total may exceed items).
  function boundedList(items, total, limit) {
    var list = el("ul");
    items.slice(0, limit).forEach(function (item) { list.appendChild(el("li", item)); });
    var more = Math.max(total, items.length) - Math.min(items.length, limit);
    if (more > 0) list.appendChild(el("li", "and " + more + " more", "more"));
    return list;
  }

  function addField(dl, term, value) {
    if (value === null || value === undefined) return;
    if (Array.isArray(value) && value.length === 0) return;
    dl.appendChild(el("dt", term));
    var dd = el("dd");
    if (value instanceof Node) dd.appendChild(value);
    else dd.textContent = String(value);
    dl.appendChild(dd);
  }

  function labelOf(id) {
    var info = nodeInfo.get(id);
    if (info) return info.label;
    var group = groupInfo.get(id);
    return group ? groupLabel(group) : id;
  }

  function shortId(id) {
    return id.indexOf(ORG_PREFIX) === 0 ? "org:" + id.slice(ORG_PREFIX.length) : id;
  }

  function longId(id) {
    return id.indexOf("org:") === 0 ? ORG_PREFIX + id.slice(4) : id;
  }

  // ---- filters ------------------------------------------------------------

  function agreementInTime(index) {
    if (!filters.from && !filters.to) return true;
    var a = data.agreement_list[index];
    var from = filters.from || "0000-00", to = filters.to || "9999-99";
    if (filters.timeMode === "release") {
      return a.months.some(function (m) { return m >= from && m <= to; });
    }
    var start = a.dsa[0], end = a.dsa[1];
    if (!start && !end) return false;
    return (!start || start.slice(0, 7) <= to) && (!end || end.slice(0, 7) >= from);
  }

  // The algorithms' dataset rule: a flow naming the dataset, or naming none under an agreement that releases it.
  function flowHasDataset(flow, wanted) {
    if (flow[1].length) return flow[1].indexOf(wanted) >= 0;
    var a = data.agreement_list[flow[0]];
    return !!a && a.datasets.indexOf(wanted) >= 0;
  }

  function edgeFilterActive() {
    return filters.dataset !== "" || filters.from !== "" || filters.to !== "" ||
      filters.states.size < data.states.length || filters.origins.size < 2;
  }

  // The agreements under which an edge passes every filter (empty: it is filtered out).
  function passingAgreements(info) {
    if (!filters.states.has(info.state) || !filters.origins.has(info.origin)) return [];
    if (!filters.kinds.has(nodeInfo.get(info.from).kind) || !filters.kinds.has(nodeInfo.get(info.to).kind)) return [];
    var wanted = filters.dataset ? datasetIndex.get(filters.dataset) : null;
    var found = [];
    info.flows.forEach(function (f) {
      if (found[found.length - 1] === f[0] || found.indexOf(f[0]) >= 0) return;
      if (wanted !== null && wanted !== undefined && !flowHasDataset(f, wanted)) return;
      if (!agreementInTime(f[0])) return;
      found.push(f[0]);
    });
    if (filters.dataset && (wanted === undefined)) {
      // a dataset only an agreement names (no flow does): fall back to the edge's lists
      if (info.datasets.indexOf(filters.dataset) < 0 && info.agreement_datasets.indexOf(filters.dataset) < 0) return [];
      return info.flows.map(function (f) { return f[0]; }).filter(agreementInTime);
    }
    return found;
  }

  function orgPasses(id) {
    var info = nodeInfo.get(id);
    if (!info || !filters.kinds.has(info.kind)) return false;
    return !edgeFilterActive() || nodesWithVisibleEdge.has(id);
  }

  // Drawn one by one: not grouped, or its group is open, or revealed by a click, focus or path.
  function drawnAlone(id) {
    return outOfGroup(id) || !!(highlight && highlight.reveal && highlight.nodes.has(id));
  }

  // Out of its group whatever the focus or path: not grouped, its group open, or expanded out of it.
  function outOfGroup(id) {
    var info = nodeInfo.get(id);
    if (!info.group || view.revealed.has(id)) return true;
    return view.expanded.has(info.group) && memberIndex.get(id) < view.expanded.get(info.group);
  }

  function hiddenMembers(group) {
    return group.members.filter(function (m) { return orgPasses(m) && !drawnAlone(m); });
  }

  function groupLabel(group, count) {
    var n = count === undefined ? hiddenMembers(group).length : count;
    return n + " " + group.noun + (group.note ? "\n" + group.note.replace("Commissioning Support Unit", "CSU") : "");
  }

  function nodeMatches(item) {
    if (groupInfo.has(item.id)) return groupCounts.get(item.id) > 0;
    return orgPasses(item.id) && drawnAlone(item.id);
  }

  function edgeMatches(item) {
    if (item.group) return groupEdgeSet.has(item.id);
    var info = edgeInfo.get(item.id);
    if (!info || !passing.has(info.id)) return false;
    return nodeMatches({ id: info.from }) && nodeMatches({ id: info.to });
  }

  var groupCounts = new Map();
  var groupEdgeSet = new Set();

  // ---- focus, agreement and path highlights -------------------------------

  // Every edge on a same-agreement chain into or out of `org` (at most `depth` steps when depth > 0).
  function chainsOf(org, depth) {
    var nodes = new Set([org]), edges = new Set(), under = new Map();
    var agreements = new Set();
    (edgesOfNode.get(org) || []).forEach(function (e) {
      (passing.get(e.id) || []).forEach(function (a) { agreements.add(a); });
    });
    agreements.forEach(function (a) {
      var list = (edgesOfAgreement.get(a) || []).filter(function (e) {
        return (passing.get(e.id) || []).indexOf(a) >= 0;
      });
      ["to", "from"].forEach(function (way) {
        var near = way === "to" ? "from" : "to";
        var reached = new Set([org]), frontier = [org], step = 0;
        while (frontier.length && (!depth || step < depth)) {
          var next = [];
          var here = new Set(frontier);
          list.forEach(function (e) {
            if (!here.has(e[near])) return;
            edges.add(e.id);
            addUnder(under, e.id, a);
            if (!reached.has(e[way])) { reached.add(e[way]); next.push(e[way]); }
          });
          frontier = next;
          step += 1;
        }
        reached.forEach(function (n) { nodes.add(n); });
      });
    });
    return { nodes: nodes, edges: edges, under: under };
  }

  // edge id -> the agreements under which the highlighted chains use it
  function addUnder(under, id, agreement) {
    var list = under.get(id);
    if (!list) under.set(id, list = []);
    if (list.indexOf(agreement) < 0) list.push(agreement);
  }

  function agreementHighlight(ref) {
    var a = agreementIndex.get(ref);
    var nodes = new Set(), edges = new Set(), under = new Map();
    (edgesOfAgreement.get(a) || []).forEach(function (e) {
      if ((passing.get(e.id) || []).indexOf(a) < 0) return;
      edges.add(e.id); nodes.add(e.from); nodes.add(e.to);
      addUnder(under, e.id, a);
    });
    return { nodes: nodes, edges: edges, under: under };
  }

  // Every simple chain between two organisations, either way, under one agreement at a time.
  function chainsBetween(a, b) {
    var found = [];
    if (a === b) return found;
    var agreementsA = new Set(), agreementsB = new Set();
    (edgesOfNode.get(a) || []).forEach(function (e) { (passing.get(e.id) || []).forEach(function (x) { agreementsA.add(x); }); });
    (edgesOfNode.get(b) || []).forEach(function (e) { (passing.get(e.id) || []).forEach(function (x) { agreementsB.add(x); }); });
    Array.from(agreementsA).filter(function (x) { return agreementsB.has(x); }).sort(function (x, y) { return x - y; })
      .forEach(function (agreement) {
        var out = new Map();
        (edgesOfAgreement.get(agreement) || []).forEach(function (e) {
          if ((passing.get(e.id) || []).indexOf(agreement) < 0) return;
          if (!out.has(e.from)) out.set(e.from, []);
          out.get(e.from).push(e);
        });
        [[a, b], [b, a]].forEach(function (ends) {
          var stack = [[ends[0], [ends[0]], []]];
          while (stack.length && found.length < MAX_PATHS) {
            var top = stack.pop(), at = top[0], nodes = top[1], hops = top[2];
            if (at === ends[1]) { found.push({ agreement: agreement, nodes: nodes, hops: hops }); continue; }
            if (hops.length >= MAX_PATH_HOPS) continue;
            var nexts = (out.get(at) || []).slice().reverse();
            nexts.forEach(function (e) {
              if (nodes.indexOf(e.to) >= 0) return;
              stack.push([e.to, nodes.concat([e.to]), hops.concat([e])]);
            });
          }
        });
      });
    found.sort(function (x, y) {
      return data.agreement_list[x.agreement].ref.localeCompare(data.agreement_list[y.agreement].ref) ||
        x.nodes.length - y.nodes.length || x.nodes.join(" ").localeCompare(y.nodes.join(" "));
    });
    return found;
  }

  function computeHighlight() {
    pathResult = null;
    if (view.path) {
      pathResult = chainsBetween(view.path[0], view.path[1]);
      var nodes = new Set(view.path), edges = new Set(), under = new Map();
      pathResult.forEach(function (p) {
        p.nodes.forEach(function (n) { nodes.add(n); });
        p.hops.forEach(function (e) { edges.add(e.id); addUnder(under, e.id, p.agreement); });
      });
      return { nodes: nodes, edges: edges, under: under };
    }
    if (view.focus && nodeInfo.has(view.focus)) return chainsOf(view.focus, view.depth);
    if (view.agreement && agreementIndex.has(view.agreement)) return agreementHighlight(view.agreement);
    return null;
  }

  // ---- the data sets vis draws ---------------------------------------------

  // The data sets store copies: restyling their items in place (restyleNode) leaves
  // baseItem and baseEdge as the page made them.
  var nodes = new vis.DataSet(data.vis.nodes.map(function (n) { return Object.assign({}, n); }));
  var edges = new vis.DataSet(data.vis.edges.map(function (e) { return Object.assign({}, e); }));
  var nodeView = new vis.DataView(nodes, { filter: nodeMatches });
  var edgeView = new vis.DataView(edges, { filter: edgeMatches });
  // What the network holds: what is drawn (nodeView, edgeView) and what it has made before,
  // kept hidden. Making a vis node or edge is the dear part of a step (at 4x the register
  // "Expand all" made ~2,000 nodes and 2,840 edges: 350-970 ms); flipping `hidden` on one
  // already made is not. Organisations and their edges are made ahead, hidden, in idle
  // time after the first view (prebuild); group edges come and go with the groups.
  var built = new Set(), builtEdges = new Set();
  var drawnNodes = new vis.DataView(nodes, { filter: function (item) { return built.has(item.id) || nodeMatches(item); } });
  var drawnEdges = new vis.DataView(edges, {
    filter: function (item) { return (!item.group && builtEdges.has(item.id)) || edgeMatches(item); }
  });
  var dimmed = new Set();
  var groupEdgeBase = new Map();  // group edge id -> its look undimmed (its stored item is restyled in place)
  var positionOf = new Map(data.vis.nodes.map(function (n) { return [n.id, { x: n.x, y: n.y }]; }));

  // Edges into or out of a closed group, one per (end, end, state, origin).
  function groupEdges() {
    var merged = new Map();
    data.edges.forEach(function (e) {
      if (!passing.has(e.id)) return;
      if (!orgPasses(e.from) || !orgPasses(e.to)) return;
      var from = drawnAlone(e.from) ? e.from : nodeInfo.get(e.from).group;
      var to = drawnAlone(e.to) ? e.to : nodeInfo.get(e.to).group;
      if ((from === e.from && to === e.to) || from === to) return;
      var key = from + "\u0000" + to + "\u0000" + e.state + "\u0000" + e.origin;
      var entry = merged.get(key);
      if (!entry) merged.set(key, entry = { from: from, to: to, state: e.state, origin: e.origin, edges: [] });
      entry.edges.push(e.id);
    });
    var items = [];
    Array.from(merged.keys()).sort().forEach(function (key) {
      var g = merged.get(key);
      var color = (data.states.find(function (s) { return s.state === g.state; }) || {}).color || "#9ca3af";
      var register = g.origin === "register";
      items.push({
        id: "g:" + key, group: true, from: g.from, to: g.to, members: g.edges, state: g.state, origin: g.origin,
        arrows: "to", dashes: register,
        width: Math.min(1.5 + 1.5 * Math.log2(g.edges.length), 10),
        color: { color: color, highlight: color, hover: color, opacity: register ? 0.45 : 0.85 },
        smooth: { enabled: true, type: "curvedCW", roundness: register ? 0.25 : 0.1 }
      });
    });
    return items;
  }

  // Positions: the Python layout places every column's units; an open group's members
  // are laid out in a block at its place and push what lies below (and right) out of the way.
  function layout() {
    var blocks = new Map(); // group id -> members drawn alone
    data.groups.forEach(function (g) {
      var alone = g.members.filter(function (m) { return orgPasses(m) && drawnAlone(m); });
      if (alone.length) blocks.set(g.id, alone);
    });
    var extraDown = new Map(), extraRight = [];
    var blockPlaces = new Map();
    blocks.forEach(function (members, gid) {
      var base = baseItem.get(gid);
      var items = members.slice();
      if (groupCounts.get(gid) > 0) items.push(gid);
      var cols = Math.ceil(items.length / BLOCK_ROWS), rows = Math.ceil(items.length / cols);
      blockPlaces.set(gid, { items: items, cols: cols, rows: rows, x: base.x, y: base.y });
      var column = extraDown.get(base.x) || [];
      column.push({ y: base.y, extra: Math.max(0, (rows - 1) * BLOCK_ROW_GAP) });
      extraDown.set(base.x, column);
      if (cols > 1) extraRight.push({ x: base.x, extra: (cols - 1) * BLOCK_COL_GAP });
    });
    function shifted(x, y) {
      var dy = 0, dx = 0;
      (extraDown.get(x) || []).forEach(function (b) { if (b.y < y) dy += b.extra; });
      extraRight.forEach(function (b) { if (b.x < x) dx += b.extra; });
      return { x: x + dx, y: y + dy };
    }
    var wanted = new Map();
    data.vis.nodes.forEach(function (n) {
      var info = nodeInfo.get(n.id);
      if (info && info.group) return;
      wanted.set(n.id, shifted(n.x, n.y));
    });
    blockPlaces.forEach(function (place) {
      var origin = shifted(place.x, place.y);
      place.items.forEach(function (id, i) {
        var col = Math.floor(i / place.rows), row = i % place.rows;
        wanted.set(id, { x: origin.x + col * BLOCK_COL_GAP, y: origin.y + row * BLOCK_ROW_GAP });
      });
    });
    positionOf = wanted;
  }

  // A view's ids, unordered. DataView.getIds() runs the view's filter over the whole data
  // set again; the view keeps the ids it holds (vis-data's _ids).
  function idsOf(view) {
    return view._ids && typeof view._ids.forEach === "function" ? view._ids : new Set(view.getIds());
  }

  // The network holds drawnNodes and drawnEdges; hide what the views leave out. Set on vis's
  // own objects, as placeDrawn does: a data set update would restyle every one of them.
  // vis then leaves hidden items out of its visible indices (so out of drawing, fitting,
  // hovering and clicking) once _dataChanged is replayed at the end of the step (quietly).
  function showOnlyViews() {
    var body = network.body, changed = false;
    [[drawnNodes, nodeView, body.nodes, built], [drawnEdges, edgeView, body.edges, builtEdges]].forEach(function (t) {
      var shown = idsOf(t[1]);
      idsOf(t[0]).forEach(function (id) {
        var item = t[2][id];
        if (!item) return;
        if (t[3] === built || edgeInfo.has(id)) t[3].add(id);  // once made, kept (group edges excepted)
        var hidden = !shown.has(id);
        if (item.options.hidden !== hidden) { item.options.hidden = hidden; changed = true; }
      });
    });
    if (changed) body.emitter.emit("_dataChanged");
  }

  // Make the organisations and edges not drawn yet, hidden, a chunk per idle period, so the
  // first view is not delayed and no step waits for it. Their data set events are held
  // and replayed with no redraw: nothing drawn changes.
  var PREBUILD_CHUNK = 150;
  function prebuild() {
    var pendingNodes = data.vis.nodes.map(function (n) { return n.id; }).filter(function (id) { return !built.has(id); });
    var pendingEdges = data.vis.edges.map(function (e) { return e.id; }).filter(function (id) { return !builtEdges.has(id); });
    var idle = window.requestIdleCallback || function (fn) { return setTimeout(function () { fn({ timeRemaining: function () { return 8; } }); }, 1); };
    function chunk(deadline) {
      do {
        var list = pendingNodes.length ? pendingNodes : pendingEdges, set = pendingNodes.length ? built : builtEdges;
        if (!list.length) { api.prebuiltAt = performance.now(); return; }
        var ids = list.splice(0, PREBUILD_CHUNK);
        ids.forEach(function (id) { set.add(id); });
        silently(function () {
          if (set === built) drawnNodes.refresh(); else drawnEdges.refresh();
          showOnlyViews();
        });
        // measure the labels now: vis does it at a node's first drawing (~150 ms for
        // Expand all at 4x the register)
        if (set === built) {
          var ctx = network.canvas.getContext(), body = network.body.nodes;
          ctx.save();
          ids.forEach(function (id) { if (body[id]) body[id].resize(ctx); });
          ctx.restore();
        }
      } while (deadline.timeRemaining() > 10);
      idle(chunk);
    }
    idle(chunk);
  }

  // Run fn with vis-network's data set events held, then update its indices, with no redraw.
  function silently(fn) {
    var emitter = network.body.emitter, emit = emitter.emit, held = false;
    var own = Object.prototype.hasOwnProperty.call(emitter, "emit");
    emitter.emit = function (name) {
      if (name === "_dataChanged" || name === "_dataUpdated") { held = true; return emitter; }
      if (HELD[name]) return emitter;
      return emit.apply(emitter, arguments);
    };
    try {
      fn();
    } finally {
      try {
        if (held) {
          emitter.emit = function (name) {
            if (name === "startSimulation" || name === "_requestRedraw") return emitter;
            return emit.apply(emitter, arguments);
          };
          emitter.emit("_dataChanged");
        }
      } finally {
        if (own) emitter.emit = emit; else delete emitter.emit;
      }
    }
  }

  // Placing drawn nodes directly is far cheaper than updating the data set (which restyles
  // them) or network.moveNode (which schedules a full redraw per node).
  function placeDrawn() {
    var body = network.body.nodes, moved = false;
    idsOf(nodeView).forEach(function (id) {
      var p = positionOf.get(id), node = body[id];
      if (p && node && (node.x !== p.x || node.y !== p.y)) { node.x = p.x; node.y = p.y; moved = true; }
    });
    if (moved) network.body.emitter.emit("_requestRedraw");
  }

  function nodeLook(id, dim) {
    var base = baseItem.get(id);
    if (!dim) return { color: base.color, font: base.font, opacity: 1 };
    return {
      color: { background: DIM_NODE.background, border: DIM_NODE.border,
               highlight: base.color.highlight, hover: base.color.hover },
      font: Object.assign({}, base.font || {}, { color: DIM_FONT }),
      opacity: 0.6
    };
  }

  function edgeLook(id, dim) {
    var base = baseEdge.get(id) || groupEdgeBase.get(id);
    if (!dim) return { color: base.color, width: base.width };
    return { color: { color: DIM_EDGE, highlight: base.color.highlight, hover: base.color.hover, opacity: 0.5 }, width: 1 };
  }

  // Dimming and undimming restyle in place, with no data set event: the data set's stored
  // item (what nodes.get returns, so readers see the look) and vis's own node or edge. A
  // DataSet.update made vis re-parse every option of each item and measure its label again:
  // at 4x the register ~2,000 nodes, 90-170 ms of "Expand all" under a focus, and as much
  // again in the redraw. Only colours, opacity and an edge's width change, which vis reads
  // afresh at each drawing; a label's colour is also kept in its measured lines.
  var labelColour = new Map();  // node id -> its label's colour before it was first dimmed
  var FONT_MODS = ["bold", "ital", "boldital", "mono"];
  function setLabelColour(node, colour) {
    var label = node.labelModule, font = label.fontOptions;
    node.options.font.color = colour;  // vis re-derives the label's fonts from here on a label change
    font.color = colour;
    FONT_MODS.forEach(function (mod) { if (font[mod]) font[mod].color = colour; });
    (label.lines || []).forEach(function (line) {
      (line.blocks || []).forEach(function (block) { block.color = colour; });
    });
  }

  function restyleNode(id, dim) {
    var look = nodeLook(id, dim), item = nodes.get(id);
    item.color = look.color;
    item.opacity = look.opacity;
    if (look.font) item.font = look.font; else delete item.font;
    var node = network.body.nodes[id];
    if (!node) return;  // made later from the stored item, with this look
    node.options.color.background = look.color.background;
    node.options.color.border = look.color.border;
    node.options.opacity = look.opacity;
    if (!labelColour.has(id)) labelColour.set(id, node.options.font.color);
    setLabelColour(node, dim ? DIM_FONT : labelColour.get(id));
  }

  function restyleEdge(id, dim) {
    var look = edgeLook(id, dim), item = edges.get(id);
    item.color = look.color;
    item.width = look.width;
    var edge = network.body.edges[id];
    if (!edge) return;
    edge.options.color.color = look.color.color;
    edge.options.color.opacity = look.color.opacity;
    edge.options.width = look.width;
    edge._setInteractionWidths();
  }

  function updateCounts() {
    var orgs = 0, shownEdges = 0;
    idsOf(nodeView).forEach(function (id) { if (nodeInfo.has(id)) orgs += 1; });
    idsOf(edgeView).forEach(function (id) { if (edgeInfo.has(id)) shownEdges += 1; });
    var inGroups = 0;
    groupCounts.forEach(function (n) { inGroups += n; });
    var text = "Showing " + orgs + " of " + data.nodes.length + " organisations" +
      (inGroups ? " (" + inGroups + " more in groups)" : "") + ", " +
      shownEdges + " of " + data.edges.length +
      " edges (" + data.flow_count + " flows)";
    document.getElementById("counts").textContent = text;
  }

  // vis-network redraws the whole canvas synchronously on every data set change while
  // physics is off (its startSimulation falls back to "_redraw"), and after each change it
  // re-walks every node and edge (_dataChanged: missing edges, visible indices, value
  // ranges).  One filter step made up to eight such changes: at 4x the register, seconds.
  // Inside `quietly` those events are held, and replayed once at the end, with one redraw
  // asked for the next frame.
  var HELD = { startSimulation: true, _dataChanged: true, _dataUpdated: true, _requestRedraw: true };
  function quietly(fn) {
    var emitter = network.body.emitter, emit = emitter.emit, held = {};
    var own = Object.prototype.hasOwnProperty.call(emitter, "emit");
    function restore() { if (own) emitter.emit = emit; else delete emitter.emit; }
    emitter.emit = function (name) {
      if (HELD[name]) { held[name] = true; return emitter; }
      return emit.apply(emitter, arguments);
    };
    try {
      return fn();
    } finally {
      emitter.emit = function (name) {
        if (name === "startSimulation" || name === "_requestRedraw") { held._requestRedraw = true; return emitter; }
        return emit.apply(emitter, arguments);
      };
      try {
        if (held._dataChanged) emitter.emit("_dataChanged");
        else if (held._dataUpdated) emitter.emit("_dataUpdated");
      } finally {
        restore();
      }
      if (held._requestRedraw || held.startSimulation || held._dataChanged || held._dataUpdated) {
        emitter.emit("_requestRedraw");
      }
    }
  }

  // network.unselectAll() redraws the canvas there and then; setSelection asks for a redraw
  // on the next frame, which the step's own redraw then serves.
  function unselect() {
    network.setSelection({ nodes: [], edges: [] });
  }

  function applyFilters(options) {
    return quietly(function () { return applyFiltersNow(options); });
  }

  function applyFiltersNow(options) {
    options = options || {};
    var clock = [performance.now()];
    passing = new Map();
    nodesWithVisibleEdge = new Set();
    data.edges.forEach(function (e) {
      var agreements = passingAgreements(e);
      if (agreements.length) {
        passing.set(e.id, agreements);
        nodesWithVisibleEdge.add(e.from);
        nodesWithVisibleEdge.add(e.to);
      }
    });
    clock.push(performance.now());
    highlight = computeHighlight();
    if (highlight) {
      highlight.reveal = highlight.nodes.size <= REVEAL_LIMIT;
      highlight.groups = new Set();
      highlight.nodes.forEach(function (id) { var info = nodeInfo.get(id); if (info && info.group) highlight.groups.add(info.group); });
    }
    clock.push(performance.now());
    groupCounts = new Map();
    data.groups.forEach(function (g) { groupCounts.set(g.id, hiddenMembers(g).length); });

    layout();
    var updates = [];
    clock.push(performance.now());
    data.groups.forEach(function (g) {
      var label = groupLabel(g, groupCounts.get(g.id));
      if (nodes.get(g.id).label !== label) updates.push({ id: g.id, label: label });
    });
    if (updates.length) nodes.update(updates);

    clock.push(performance.now());
    // nodes first: with the data set events held (see quietly), an edge made before its
    // ends exist would keep no end points instead of being remade when they arrive
    nodeView.refresh();
    drawnNodes.refresh();
    var fresh = groupEdges();
    groupEdgeSet = new Set(fresh.map(function (e) { return e.id; }));
    var stale = groupEdgeIds.filter(function (id) { return !groupEdgeSet.has(id); });
    if (stale.length) {
      edges.remove(stale);
      stale.forEach(function (id) { groupEdgeBase.delete(id); dimmed.delete("e" + id); });
    }
    var old = new Set(groupEdgeIds);
    var added = fresh.filter(function (e) { return !old.has(e.id); });
    added.forEach(function (e) { groupEdgeBase.set(e.id, { color: e.color, width: e.width }); });
    if (added.length) edges.add(added);
    groupEdgeIds = fresh.map(function (e) { return e.id; });

    clock.push(performance.now());
    edgeView.refresh();
    drawnEdges.refresh();
    showOnlyViews();
    placeDrawn();
    clock.push(performance.now());

    // dim what the focus or path does not reach
    var restyled = 0;
    idsOf(nodeView).forEach(function (id) {
      var dim = !!highlight && !highlight.nodes.has(id) && !(highlight.groups.has(id) && !highlight.reveal);
      if (dim !== dimmed.has("n" + id)) {
        restyleNode(id, dim);
        restyled += 1;
        if (dim) dimmed.add("n" + id); else dimmed.delete("n" + id);
      }
    });
    idsOf(edgeView).forEach(function (id) {
      var dim = !!highlight && !highlight.edges.has(id);
      if (dim && !highlight.reveal && !edgeInfo.has(id)) {
        dim = !edges.get(id).members.some(function (m) { return highlight.edges.has(m); });
      }
      if (dim !== dimmed.has("e" + id)) {
        restyleEdge(id, dim);
        restyled += 1;
        if (dim) dimmed.add("e" + id); else dimmed.delete("e" + id);
      }
    });
    clock.push(performance.now());
    if (restyled) network.body.emitter.emit("_requestRedraw");
    clock.push(performance.now());
    api.lastTimings = ["filters", "highlight", "layout", "labels", "group edges", "views", "dim", "restyle"].map(function (name, i) {
      return name + " " + (clock[i + 1] - clock[i]).toFixed(1);
    }).join(", ");

    updateCounts();
    if (view.selected && !isVisible(view.selected)) { view.selected = null; showDetails(null, null); }
    if (options.fit) fitView();
    if (api.ready) saveState();
    return { nodes: nodeView.length, edges: edgeView.length };
  }

  function isVisible(selected) {
    if (selected.kind === "path") return true;
    if (selected.kind === "node") return !!nodeView.get(selected.id);
    return !!edgeView.get(selected.id);
  }

  // Fit the view to the given organisations (default: the highlight, else everything drawn),
  // from our own positions: vis measures a node only once it has drawn it.
  function fitView() {
    var ids = highlight ? Array.from(highlight.nodes).filter(function (id) { return nodeMatches({ id: id }); }) : [];
    if (!ids.length) ids = Array.from(idsOf(nodeView));  // order does not matter here
    var xs = [], ys = [];
    ids.forEach(function (id) {
      var p = positionOf.get(id) || baseItem.get(id);
      if (p) { xs.push(p.x); ys.push(p.y); }
    });
    if (!xs.length) return;
    var left = Math.min.apply(null, xs) - 140, right = Math.max.apply(null, xs) + 140;
    var top = Math.min.apply(null, ys) - (highlight ? 60 : 120), bottom = Math.max.apply(null, ys) + 90;
    var box = container.getBoundingClientRect();
    var scale = Math.min(box.width / (right - left), box.height / (bottom - top), 1.3);
    network.moveTo({ position: { x: (left + right) / 2, y: (top + bottom) / 2 }, scale: scale, animation: false });
  }

  // ---- descriptions (used by the tooltip and the details panel) ----------

  function kindLabel(kind) {
    var k = data.kinds.find(function (x) { return x.kind === kind; });
    return k ? k.label : kind;
  }

  function describeNode(info, compact) {
    var box = el("div", null, "info");
    box.appendChild(el("h3", info.label));
    if (!compact) {
      var row = el("div", null, "row buttons");
      row.appendChild(button("Focus on its chains", function () { setFocus(info.id); }));
      row.appendChild(button("Expand neighbours", function () { expandNeighbours(info.id); }));
      row.appendChild(button("Chains from here", function () { setPathEnd(0, info.id); }));
      row.appendChild(button("Chains to here", function () { setPathEnd(1, info.id); }));
      box.appendChild(row);
      if (view.focus === info.id && highlight) {
        box.appendChild(el("p", "Its chains reach " + (highlight.nodes.size - 1) + " organisation" +
          (highlight.nodes.size === 2 ? "" : "s") + " over " + highlight.edges.size + " edge" +
          (highlight.edges.size === 1 ? "" : "s") + (view.depth ? " (" + view.depth + " step" + (view.depth === 1 ? "" : "s") + " out)" : "") +
          ", one agreement at a time.", "hint"));
      }
    }
    var dl = el("dl");
    addField(dl, "Kind", kindLabel(info.kind));
    addField(dl, "ODS code", info.ods_code);
    if (info.aliases.length) addField(dl, "Also known as", boundedList(info.aliases, info.aliases.length, compact ? 5 : LISTED * 4));
    addField(dl, "Edges", (incoming.get(info.id) || 0) + " in, " + (outgoing.get(info.id) || 0) + " out");
    if (info.agreement_total) {
      addField(dl, "Agreements (" + info.agreement_total + ")", boundedList(info.agreements, info.agreement_total, compact ? 6 : LISTED * 2));
    }
    box.appendChild(dl);
    return box;
  }

  function describeGroup(group) {
    var box = el("div", null, "info");
    box.appendChild(el("h3", groupLabel(group).replace("\n", " ")));
    var members = hiddenMembers(group).map(function (m) { return nodeInfo.get(m).label; });
    box.appendChild(boundedList(members, members.length, 8));
    box.appendChild(el("p", "Click to open the group.", "hint"));
    return box;
  }

  // Evidence of the flows of one edge (under the given agreements, or all), one item per sentence.
  function evidenceList(info, agreements, limit) {
    var seen = new Set(), items = [];
    info.flows.forEach(function (f) {
      if (agreements && agreements.indexOf(f[0]) < 0) return;
      var key = f[0] + ":" + f[2] + ":" + f[3];
      if (seen.has(key)) return;
      seen.add(key);
      items.push(f);
    });
    var box = el("div");
    items.slice(0, limit).forEach(function (f) {
      var text = f[2] >= 0 ? data.sentences[f[2]] :
        (info.origin === "register" ? "The register's structured fields list this release." : "(no sentence recorded)");
      var q = el("blockquote", text);
      var where = (data.agreement_list[f[0]] || { ref: "" }).ref + (f[3] >= 0 ? " \u00b7 " + data.locations[f[3]] : "");
      q.appendChild(el("div", where, "where"));
      var facts = [];
      if (f[4] >= 0) facts.push("rule: " + data.rules[f[4]]);
      if (f[5] > 0) facts.push(INFERRED[f[5]](info) + " was inferred, not named in the sentence");
      else if (f[5] === 0) facts.push(info.origin === "register" ? "both ends given by the register's fields" : "both ends named in the sentence");
      if (facts.length) q.appendChild(el("div", facts.join("; "), "facts"));
      box.appendChild(q);
    });
    if (items.length > limit) box.appendChild(el("p", "and " + (items.length - limit) + " more sentence" + (items.length - limit === 1 ? "" : "s"), "more"));
    return { box: box, count: items.length };
  }

  function describeEdge(info, compact) {
    var box = el("div", null, "info");
    box.appendChild(el("h3", labelOf(info.from) + " \u2192 " + labelOf(info.to)));
    var dl = el("dl");
    addField(dl, "Data state", el("span", info.state, "state-" + info.state));
    addField(dl, "Stated by", info.origin === "register"
      ? "the register's structured fields (release to the applicant)"
      : "the agreement's text");
    if (!compact) {
      var ev = evidenceList(info, shownUnder(info.id), DETAIL_SENTENCES);
      if (ev.count) addField(dl, "Evidence", ev.box);
    }
    addField(dl, "Mode", info.modes.join(", "));
    addField(dl, "Agreements (" + info.agreement_total + ")", boundedList(info.agreements, info.agreement_total, compact ? 6 : LISTED * 2));
    if (info.datasets.length) addField(dl, "Datasets", boundedList(info.datasets, info.datasets.length, compact ? 6 : LISTED * 4));
    if (info.agreement_datasets.length) {
      addField(dl, "Datasets of these agreements", boundedList(info.agreement_datasets, info.agreement_datasets.length, compact ? 4 : LISTED * 4));
    }
    if (compact) {
      var shown = info.evidence.slice(0, TOOLTIP_EVIDENCE);
      if (shown.length) {
        var quotes = el("div");
        shown.forEach(function (e) {
          var q = el("blockquote", data.sentences[e.sentence]);
          q.appendChild(el("div", e.agreement + (e.location >= 0 ? " \u00b7 " + data.locations[e.location] : ""), "where"));
          quotes.appendChild(q);
        });
        var more = info.evidence_total - shown.length;
        if (more > 0) quotes.appendChild(el("p", "and " + more + " more sentence" + (more === 1 ? "" : "s"), "more"));
        addField(dl, "Evidence", quotes);
      }
    }
    box.appendChild(dl);
    return box;
  }

  function describeGroupEdge(item) {
    var box = el("div", null, "info");
    box.appendChild(el("h3", labelOf(item.from).replace("\n", " ") + " \u2192 " + labelOf(item.to).replace("\n", " ")));
    box.appendChild(el("p", item.members.length + " edge" + (item.members.length === 1 ? "" : "s") + ", " + item.state +
      (item.origin === "register" ? ", register releases" : ", stated in the text") + ". Click to open the group."));
    return box;
  }

  function describePaths() {
    var box = el("div", null, "info");
    var a = view.path[0], b = view.path[1];
    box.appendChild(el("h3", "Chains between " + labelOf(a) + " and " + labelOf(b)));
    var found = pathResult || [];
    var agreements = new Set(found.map(function (p) { return p.agreement; }));
    box.appendChild(el("p", found.length + " chain" + (found.length === 1 ? "" : "s") + " under " + agreements.size +
      " agreement" + (agreements.size === 1 ? "" : "s") + (found.length >= MAX_PATHS ? " (first " + MAX_PATHS + ")" : "") +
      "; one agreement per chain.", "hint"));
    found.forEach(function (p) {
      var chain = el("div", null, "chain");
      chain.appendChild(el("h4", data.agreement_list[p.agreement].ref + ": " + p.nodes.map(labelOf).join(" \u2192 ")));
      p.hops.forEach(function (e) {
        var hop = el("div", null, "hop");
        hop.appendChild(el("div", labelOf(e.from) + " \u2192 " + labelOf(e.to) + "  [" + e.state +
          (e.origin === "register" ? ", register release" : "") + "]", "what"));
        hop.appendChild(evidenceList(e, [p.agreement], 3).box);
        chain.appendChild(hop);
      });
      box.appendChild(chain);
    });
    return box;
  }

  function showDetails(kind, id) {
    clear(details);
    var content = null;
    if (kind === "path" && view.path) content = describePaths();
    else if (kind === "node" && nodeInfo.has(id)) content = describeNode(nodeInfo.get(id), false);
    else if (kind === "node" && groupInfo.has(id)) content = describeGroup(groupInfo.get(id));
    else if (kind === "edge" && edgeInfo.has(id)) content = describeEdge(edgeInfo.get(id), false);
    else if (kind === "edge" && edges.get(id)) content = describeGroupEdge(edges.get(id));
    if (!content) {
      details.appendChild(el("p", "Hover over or click an organisation or an edge.", "hint"));
      if (kind) view.selected = null;
      return;
    }
    view.selected = { kind: kind, id: id };
    details.appendChild(content);
    document.getElementById("panel").scrollTop = 0;
  }

  // ---- tooltip -----------------------------------------------------------

  function showTooltip(content, pointer) {
    clear(tooltip);
    tooltip.appendChild(content);
    tooltip.hidden = false;
    var box = container.getBoundingClientRect();
    var x = box.left + pointer.x + 14;
    var y = box.top + pointer.y + 14;
    var width = tooltip.offsetWidth, height = tooltip.offsetHeight;
    if (x + width > window.innerWidth - 8) x = Math.max(8, box.left + pointer.x - width - 14);
    if (y + height > window.innerHeight - 8) y = Math.max(8, window.innerHeight - height - 8);
    tooltip.style.left = Math.max(8, x) + "px";
    tooltip.style.top = Math.max(8, y) + "px";
  }

  function hideTooltip() {
    tooltip.hidden = true;
    clear(tooltip);
  }

  // ---- legends and filter controls -----------------------------------------

  function checkboxItem(list, checked, icon, text, count, onChange) {
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = checked;
    box.addEventListener("change", function () { onChange(box.checked); applyFilters({ fit: true }); });
    label.appendChild(box);
    label.appendChild(icon);
    label.appendChild(el("span", text));
    if (count !== null) label.appendChild(el("span", count, "count"));
    li.appendChild(label);
    list.appendChild(li);
    return box;
  }

  // `key` names the filter set, which resetFilters() replaces: look it up on each change.
  function toggle(key, value) {
    return function (on) { if (on) filters[key].add(value); else filters[key].delete(value); };
  }

  var kindList = document.getElementById("legend-kinds");
  data.kinds.forEach(function (k) {
    var box = checkboxItem(kindList, true, shapeIcon(k.shape, k.color), k.label, k.count, toggle("kinds", k.kind));
    box.dataset.kind = k.kind;
  });
  var stateList = document.getElementById("legend-states");
  data.states.forEach(function (s) {
    var box = checkboxItem(stateList, true, lineIcon(s.color, false), s.state, s.count, toggle("states", s.state));
    box.dataset.state = s.state;
  });
  var originList = document.getElementById("legend-origins");
  [["text", "stated in the text", false], ["register", "register release", true]].forEach(function (o) {
    var box = checkboxItem(originList, true, lineIcon("#374151", o[2]), o[1], null, toggle("origins", o[0]));
    box.dataset.origin = o[0];
  });

  function option(select, value, text) {
    var o = el("option", text);
    o.value = value;
    select.appendChild(o);
  }

  var datasetSelect = document.getElementById("dataset-filter");
  data.datasets.forEach(function (name) {
    var aliases = data.dataset_aliases[name] || [];
    var short = aliases.filter(function (a) { return a.length <= 12; })[0];
    option(datasetSelect, name, short ? name + " (" + short + ")" : name);
  });
  datasetSelect.addEventListener("change", function () {
    filters.dataset = datasetSelect.value;
    applyFilters({ fit: true });
  });

  var timeMode = document.getElementById("time-mode");
  var timeFrom = document.getElementById("time-from");
  var timeTo = document.getElementById("time-to");
  function monthsFor(mode) {
    var months = new Set();
    data.agreement_list.forEach(function (a) {
      if (mode === "release") a.months.forEach(function (m) { months.add(m); });
      else [a.dsa[0], a.dsa[1]].forEach(function (d) { if (d) months.add(d.slice(0, 7)); });
    });
    return Array.from(months).sort();
  }
  function fillMonths() {
    var months = monthsFor(filters.timeMode);
    [[timeFrom, "from any month"], [timeTo, "to any month"]].forEach(function (pair) {
      clear(pair[0]);
      option(pair[0], "", pair[1]);
      months.forEach(function (m) { option(pair[0], m, m); });
    });
    timeFrom.value = months.indexOf(filters.from) >= 0 ? filters.from : "";
    timeTo.value = months.indexOf(filters.to) >= 0 ? filters.to : "";
    filters.from = timeFrom.value;
    filters.to = timeTo.value;
  }
  // Say what the register records: a filter that can only ever show nothing is disabled, and
  // a register with agreement periods but no release months filters by the periods.
  var timeHint = document.getElementById("time-hint");
  var withMonths = data.agreement_list.filter(function (a) { return a.months.length; }).length;
  var withPeriod = data.agreement_list.filter(function (a) { return a.dsa[0] || a.dsa[1]; }).length;
  var agreementCount = data.agreement_list.length;
  function timeSay(text) { timeHint.textContent = text; timeHint.hidden = false; }
  timeMode.querySelector('option[value="release"]').disabled = !withMonths;
  timeMode.querySelector('option[value="period"]').disabled = !withPeriod;
  if (!withMonths && !withPeriod) {
    [timeMode, timeFrom, timeTo].forEach(function (s) { s.disabled = true; });
    timeSay("None of the " + agreementCount + " agreements here has a release month or an agreement period " +
      "(this register's release rows carry no month), so there is nothing to filter by time.");
  } else if (!withMonths) {
    filters.timeMode = timeMode.value = "period";
    timeSay("This register's release rows carry no month: the filter uses the agreement period, which " +
      withPeriod + " of " + agreementCount + " agreements state.");
  } else if (withMonths < agreementCount || withPeriod < agreementCount) {
    timeSay(withMonths + " of " + agreementCount + " agreements have release months, " + withPeriod +
      " an agreement period; a time range hides the others.");
  }
  fillMonths();
  timeMode.addEventListener("change", function () { filters.timeMode = timeMode.value; fillMonths(); applyFilters({ fit: true }); });
  timeFrom.addEventListener("change", function () { filters.from = timeFrom.value; applyFilters({ fit: true }); });
  timeTo.addEventListener("change", function () { filters.to = timeTo.value; applyFilters({ fit: true }); });

  function syncControls() {
    document.querySelectorAll("#legend-kinds input").forEach(function (b) { b.checked = filters.kinds.has(b.dataset.kind); });
    document.querySelectorAll("#legend-states input").forEach(function (b) { b.checked = filters.states.has(b.dataset.state); });
    document.querySelectorAll("#legend-origins input").forEach(function (b) { b.checked = filters.origins.has(b.dataset.origin); });
    datasetSelect.value = filters.dataset;
    timeMode.value = filters.timeMode;
    fillMonths();
    depthSelect.value = String(view.depth);
  }

  function resetFilters() {
    filters.kinds = new Set(data.kinds.map(function (k) { return k.kind; }));
    filters.states = new Set(data.states.map(function (s) { return s.state; }));
    filters.origins = new Set(["text", "register"]);
    filters.dataset = "";
    filters.from = filters.to = "";
    syncControls();
    return applyFilters({ fit: true });
  }
  document.getElementById("reset-filters").addEventListener("click", resetFilters);

  // ---- focus, expand, path ----------------------------------------------------

  var depthSelect = document.getElementById("focus-depth");
  depthSelect.addEventListener("change", function () {
    view.depth = parseInt(depthSelect.value, 10) || 0;
    applyFilters({ fit: !!view.focus });
  });

  function setFocus(id, options) {
    view.focus = id && nodeInfo.has(id) ? id : null;
    view.path = null;
    view.agreement = null;
    var result = applyFilters({ fit: !(options && options.keepView) });
    if (view.focus) {
      if (nodeView.get(view.focus)) network.selectNodes([view.focus]);
      showDetails("node", view.focus);
    }
    return result;
  }

  function clearFocus() {
    view.focus = null;
    view.path = null;
    view.agreement = null;
    unselect();
    return applyFilters({ fit: true });
  }
  document.getElementById("clear-focus").addEventListener("click", clearFocus);

  // Open a group by EXPAND_STEP more members (all of them with `all`).
  function expandGroup(gid, all) {
    var group = groupInfo.get(gid);
    if (!group) return null;
    var shown = all ? Infinity : (view.expanded.get(gid) || 0) + EXPAND_STEP;
    view.expanded.set(gid, shown >= group.members.length ? Infinity : shown);
    return applyFilters({ fit: false });
  }

  // Draw the organisations an organisation exchanges data with (the busiest EXPAND_STEP not yet
  // out of their groups). Those a focus or path only lights count as hidden: a double-click is a
  // click (a focus, which lights its chains) and then this, and its neighbours stay out after the focus.
  function expandNeighbours(id) {
    var hidden = new Set();
    (edgesOfNode.get(id) || []).forEach(function (e) {
      if (!passing.has(e.id)) return;
      [e.from, e.to].forEach(function (n) { if (!outOfGroup(n) && orgPasses(n)) hidden.add(n); });
    });
    Array.from(hidden).sort(function (a, b) {
      return nodeInfo.get(b).agreement_total - nodeInfo.get(a).agreement_total || labelOf(a).localeCompare(labelOf(b));
    }).slice(0, EXPAND_STEP).forEach(function (n) { view.revealed.add(n); });
    return applyFilters({ fit: false });
  }

  document.getElementById("expand-all").addEventListener("click", function () {
    data.groups.forEach(function (g) { view.expanded.set(g.id, Infinity); });
    applyFilters({ fit: true });
  });
  document.getElementById("collapse-all").addEventListener("click", function () {
    view.expanded.clear();
    view.revealed.clear();
    view.focus = view.path = view.agreement = null;
    unselect();
    applyFilters({ fit: true });
  });

  var pathInputs = [document.getElementById("path-from"), document.getElementById("path-to")];

  function resolveOrg(text) {
    var matches = findOrganisations(text);
    return matches.length ? matches[0].id : null;
  }

  function setPathEnd(which, id) {
    pathInputs[which].value = labelOf(id);
    var other = resolveOrg(pathInputs[1 - which].value);
    if (other && other !== id) return showPath(which === 0 ? id : other, which === 0 ? other : id);
    return null;
  }

  function showPath(a, b) {
    if (!nodeInfo.has(a) || !nodeInfo.has(b)) return null;
    pathInputs[0].value = labelOf(a);
    pathInputs[1].value = labelOf(b);
    view.path = [a, b];
    view.focus = null;
    view.agreement = null;
    unselect();
    applyFilters({ fit: true });
    showDetails("path", null);
    return pathResult;
  }

  document.getElementById("path-go").addEventListener("click", function () {
    var a = resolveOrg(pathInputs[0].value), b = resolveOrg(pathInputs[1].value);
    if (!a || !b) {
      clear(details);
      details.appendChild(el("p", "Pick two organisations by name (" + (!a ? "\u201c" + pathInputs[0].value + "\u201d" : "\u201c" + pathInputs[1].value + "\u201d") + " matches none).", "hint"));
      return;
    }
    showPath(a, b);
  });
  document.getElementById("path-clear").addEventListener("click", function () {
    pathInputs.forEach(function (i) { i.value = ""; });
    view.path = null;
    applyFilters({ fit: true });
    showDetails(null, null);
  });

  // ---- the network -------------------------------------------------------

  var network = new vis.Network(container, { nodes: drawnNodes, edges: drawnEdges }, data.vis.options);

  // An arrowhead is 15 * its scale factor + 3 * the edge's width long (vis-network's
  // getArrowData); one under 2 px on screen cannot be seen, and placing one on a curved edge
  // costs a search for the border (114 ms of a 180 ms drawing of Expand all at 4x).
  network.renderer._drawArrows = function (ctx) {
    var body = network.body, scale = network.getScale();
    for (var i = 0; i < body.edgeIndices.length; i++) {
      var e = body.edges[body.edgeIndices[i]];
      if (!e.connected) continue;
      var to = e.options.arrows && e.options.arrows.to;
      var length = 15 * (to && to.scaleFactor || 1) + 3 * (e.options.width || 1);
      if (length * scale >= 2 || e.selected || e.hover) e.drawArrows(ctx);
    }
  };

  // Physics (if an option turns it on) only places the nodes; once they
  // settle it is switched off so a big register does not keep moving.
  network.on("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
  });

  // Column headings (our own fixed words, drawn on the canvas).
  network.on("beforeDrawing", function (ctx) {
    ctx.save();
    ctx.font = "600 24px system-ui, sans-serif";
    ctx.fillStyle = "#6b7280";
    ctx.textAlign = "center";
    data.vis.stage_titles.forEach(function (t) { ctx.fillText(t.title, t.x, t.y); });
    ctx.restore();
  });

  network.on("hoverNode", function (params) {
    var info = nodeInfo.get(params.node);
    if (info) showTooltip(describeNode(info, true), params.pointer.DOM);
    else if (groupInfo.has(params.node)) showTooltip(describeGroup(groupInfo.get(params.node)), params.pointer.DOM);
  });
  network.on("hoverEdge", function (params) {
    var info = edgeInfo.get(params.edge);
    if (info) showTooltip(describeEdge(info, true), params.pointer.DOM);
    else if (edges.get(params.edge)) showTooltip(describeGroupEdge(edges.get(params.edge)), params.pointer.DOM);
  });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (name) { network.on(name, hideTooltip); });
  container.addEventListener("mouseleave", hideTooltip);
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    hideTooltip();
    if (view.focus || view.path || view.agreement) clearFocus();
  });

  network.on("click", function (params) {
    hideTooltip();
    if (params.nodes.length) {
      var id = params.nodes[0];
      if (groupInfo.has(id)) { expandGroup(id); showDetails(null, null); return; }
      setFocus(id, { keepView: true });
    } else if (params.edges.length) {
      var item = edges.get(params.edges[0]);
      if (item && item.group) {
        [item.from, item.to].forEach(function (end) {
          if (groupInfo.has(end)) view.expanded.set(end, (view.expanded.get(end) || 0) + EXPAND_STEP);
        });
        applyFilters({ fit: false });
        return;
      }
      showDetails("edge", params.edges[0]);
      saveState();
    } else if (view.focus || view.agreement) {
      clearFocus();
    }
  });
  network.on("doubleClick", function (params) {
    if (params.nodes.length && nodeInfo.has(params.nodes[0])) expandNeighbours(params.nodes[0]);
  });

  // ---- search ------------------------------------------------------------

  function normalise(text) {
    return String(text).toLowerCase().replace(/&/g, " and ").replace(/[^\w\s-]/g, " ").replace(/\s+/g, " ").trim();
  }

  var searchIndex = data.nodes.map(function (n) {
    return { id: n.id, label: n.label, names: [n.label].concat(n.aliases).map(normalise) };
  });
  var datasetIndexForSearch = data.datasets.map(function (name) {
    return { name: name, names: [name].concat(data.dataset_aliases[name] || []).map(normalise) };
  });

  var names = new Set();
  data.nodes.forEach(function (n) { names.add(n.label); n.aliases.forEach(function (a) { names.add(a); }); });
  var datalist = document.getElementById("org-names");
  Array.from(names).sort().forEach(function (name) {
    var o = el("option");
    o.value = name;
    datalist.appendChild(o);
  });

  // Ranked matches: exact name or alias, then prefix, then substring, then all words.
  function rank(names, q, words) {
    var best = 4;
    names.forEach(function (name) {
      if (name === q) best = Math.min(best, 0);
      else if (name.indexOf(q) === 0) best = Math.min(best, 1);
      else if (name.indexOf(q) >= 0) best = Math.min(best, 2);
      else if (words.every(function (w) { return name.indexOf(w) >= 0; })) best = Math.min(best, 3);
    });
    return best;
  }

  function findOrganisations(query) {
    var q = normalise(query);
    if (!q) return [];
    var words = q.split(" ");
    var ranked = [];
    searchIndex.forEach(function (entry) {
      var r = rank(entry.names, q, words);
      if (r < 4) ranked.push({ id: entry.id, label: entry.label, rank: r });
    });
    ranked.sort(function (a, b) { return a.rank - b.rank || a.label.localeCompare(b.label); });
    return ranked;
  }

  function findDatasets(query) {
    var q = normalise(query);
    if (!q) return [];
    var words = q.split(" ");
    var ranked = [];
    datasetIndexForSearch.forEach(function (entry) {
      var r = rank(entry.names, q, words);
      if (r < 3) ranked.push({ name: entry.name, rank: r });
    });
    ranked.sort(function (a, b) { return a.rank - b.rank || a.name.localeCompare(b.name); });
    return ranked;
  }

  // "DARS-NIC-36767-G4H9Z-v0.6" and "nic-36767" both find NIC-36767-G4H9Z.
  function findAgreements(query) {
    var q = String(query).trim().toUpperCase().replace(/^DARS-/, "").replace(/-V\d+(\.\d+)*$/, "");
    if (!/^NIC-?\d/.test(q) && !/^\d{4,}/.test(q)) return [];
    if (q.indexOf("NIC") !== 0) q = "NIC-" + q;
    return data.agreement_list.map(function (a) { return a.ref; }).filter(function (ref) { return ref.indexOf(q) === 0; });
  }

  // Similar names for a misspelt query (Dice coefficient on letter pairs).
  function pairs(text) {
    var s = " " + text + " ", out = new Map();
    for (var i = 0; i < s.length - 1; i++) { var p = s.slice(i, i + 2); out.set(p, (out.get(p) || 0) + 1); }
    return out;
  }
  function similarity(a, b) {
    var pa = pairs(a), pb = pairs(b), common = 0, total = 0;
    pa.forEach(function (n, p) { total += n; if (pb.has(p)) common += Math.min(n, pb.get(p)); });
    pb.forEach(function (n) { total += n; });
    return total ? 2 * common / total : 0;
  }
  function didYouMean(query) {
    var q = normalise(query);
    if (!q) return [];
    var scored = [];
    searchIndex.forEach(function (entry) {
      var best = 0;
      entry.names.forEach(function (name) { best = Math.max(best, similarity(q, name)); });
      if (best >= 0.45) scored.push({ kind: "org", id: entry.id, text: entry.label, score: best });
    });
    datasetIndexForSearch.forEach(function (entry) {
      var best = 0;
      entry.names.forEach(function (name) { best = Math.max(best, similarity(q, name)); });
      if (best >= 0.45) scored.push({ kind: "dataset", id: entry.name, text: entry.name, score: best });
    });
    scored.sort(function (a, b) { return b.score - a.score || a.text.localeCompare(b.text); });
    return scored.slice(0, 5);
  }

  function focusNode(id) {
    if (!orgPasses(id)) resetFilters(); // a filtered-out match is shown again
    setFocus(id, { keepView: true });
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 0.9), animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    showDetails("node", id);
  }

  function useDataset(name) {
    filters.dataset = name;
    datasetSelect.value = name;
    return applyFilters({ fit: true });
  }

  function focusAgreement(ref) {
    view.agreement = ref;
    view.focus = null;
    view.path = null;
    unselect();
    applyFilters({ fit: true });
    clear(details);
    var box = el("div", null, "info");
    box.appendChild(el("h3", "Agreement " + ref));
    var h = highlight || { nodes: new Set(), edges: new Set() };
    box.appendChild(el("p", h.edges.size + " edges between " + h.nodes.size + " organisations under this agreement.", "hint"));
    details.appendChild(box);
    view.selected = { kind: "path", id: null };
  }

  var resultsSection = document.getElementById("search-results-section");
  var resultsList = document.getElementById("search-results");

  function resultButton(text, onClick) {
    var li = el("li");
    li.appendChild(button(text, onClick));
    resultsList.appendChild(li);
  }

  function search(query) {
    var agreements = findAgreements(query);
    var matches = findOrganisations(query);
    var datasets = findDatasets(query);
    clear(resultsList);
    resultsSection.hidden = false;
    agreements.slice(0, 10).forEach(function (ref) { resultButton("Agreement " + ref, function () { focusAgreement(ref); }); });
    datasets.slice(0, 5).forEach(function (d) { resultButton("Dataset: " + d.name, function () { useDataset(d.name); }); });
    if (!matches.length && !agreements.length && !datasets.length) {
      resultsList.appendChild(el("li", "No organisation matches \u201c" + query + "\u201d", "hint"));
      var guesses = didYouMean(query);
      if (guesses.length) {
        var li = el("li", "Did you mean: ", "suggest");
        guesses.forEach(function (g) {
          li.appendChild(button(g.text, function () {
            document.getElementById("search-input").value = g.text;
            if (g.kind === "org") search(g.text); else useDataset(g.id);
          }));
        });
        resultsList.appendChild(li);
      }
      return null;
    }
    matches.slice(0, 30).forEach(function (m) { resultButton(m.label, function () { focusNode(m.id); }); });
    if (matches.length > 30) resultsList.appendChild(el("li", "and " + (matches.length - 30) + " more", "more"));
    if (agreements.length && (!matches.length || matches[0].rank > 0)) { focusAgreement(agreements[0]); return agreements[0]; }
    if (datasets.length && datasets[0].rank === 0 && (!matches.length || matches[0].rank > 0)) { useDataset(datasets[0].name); return datasets[0].name; }
    if (!matches.length) return null;
    focusNode(matches[0].id);
    return matches[0].id;
  }

  document.getElementById("search").addEventListener("submit", function (event) {
    event.preventDefault();
    search(document.getElementById("search-input").value);
  });

  // ---- the view in the URL fragment -------------------------------------------

  function stateParams() {
    var p = [];
    function put(k, v) { p.push(k + "=" + encodeURIComponent(v)); }
    if (view.focus) put("focus", shortId(view.focus));
    if (view.depth) put("depth", view.depth);
    if (view.path) put("path", view.path.map(shortId).join(","));
    if (view.agreement) put("agreement", view.agreement);
    if (view.selected && view.selected.kind === "edge" && edgeInfo.has(view.selected.id)) put("edge", view.selected.id);
    if (view.selected && view.selected.kind === "node" && view.selected.id !== view.focus) put("node", shortId(view.selected.id));
    if (filters.kinds.size < data.kinds.length) put("kinds", Array.from(filters.kinds).sort().join(","));
    if (filters.states.size < data.states.length) put("states", Array.from(filters.states).sort().join(","));
    if (filters.origins.size < 2) put("origins", Array.from(filters.origins).sort().join(","));
    if (filters.dataset) put("dataset", filters.dataset);
    if (filters.from || filters.to) put("time", filters.timeMode + ":" + filters.from + ".." + filters.to);
    if (view.expanded.size) {
      put("open", Array.from(view.expanded.keys()).sort().map(function (g) {
        var n = view.expanded.get(g);
        return shortId(g) + (n === Infinity ? "" : "~" + n);
      }).join(","));
    }
    if (view.revealed.size) put("show", Array.from(view.revealed).map(shortId).sort().join(","));
    return p.join("&");
  }

  var lastHash = null;
  function saveState() {
    var hash = stateParams();
    lastHash = hash;
    try {
      history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
    } catch (err) {
      // an embedded page (srcdoc) may refuse: the state just is not shareable there
    }
  }

  function parseState(hash) {
    var out = {};
    String(hash || "").replace(/^#/, "").split("&").forEach(function (part) {
      if (!part) return;
      var i = part.indexOf("=");
      var key = i < 0 ? part : part.slice(0, i);
      var value = i < 0 ? "" : part.slice(i + 1);
      try { out[key] = decodeURIComponent(value); } catch (err) { out[key] = ""; }
    });
    return out;
  }

  function loadState(hash) {
    var s = parseState(hash);
    function list(v) { return v ? v.split(",").filter(Boolean) : []; }
    filters.kinds = s.kinds !== undefined ? new Set(list(s.kinds).filter(function (k) { return data.kinds.some(function (x) { return x.kind === k; }); }))
      : new Set(data.kinds.map(function (k) { return k.kind; }));
    filters.states = s.states !== undefined ? new Set(list(s.states)) : new Set(data.states.map(function (x) { return x.state; }));
    filters.origins = s.origins !== undefined ? new Set(list(s.origins)) : new Set(["text", "register"]);
    filters.dataset = s.dataset && data.datasets.indexOf(s.dataset) >= 0 ? s.dataset : "";
    filters.timeMode = withMonths || !withPeriod ? "release" : "period"; filters.from = filters.to = "";
    if (s.time) {
      var m = /^(release|period):([0-9-]*)\.\.([0-9-]*)$/.exec(s.time);
      if (m) { filters.timeMode = m[1]; filters.from = m[2]; filters.to = m[3]; }
    }
    view.depth = [0, 1, 2].indexOf(parseInt(s.depth, 10)) >= 0 ? parseInt(s.depth, 10) : 0;
    view.expanded = new Map();
    list(s.open).forEach(function (entry) {
      var m = /^(.*?)(?:~(\d+))?$/.exec(entry), g = longId(m[1]);
      if (groupInfo.has(g)) view.expanded.set(g, m[2] ? parseInt(m[2], 10) : Infinity);
    });
    view.revealed = new Set(list(s.show).map(longId).filter(function (n) { return nodeInfo.has(n); }));
    view.focus = s.focus && nodeInfo.has(longId(s.focus)) ? longId(s.focus) : null;
    view.agreement = s.agreement && agreementIndex.has(s.agreement) ? s.agreement : null;
    var ends = list(s.path).map(longId);
    view.path = ends.length === 2 && nodeInfo.has(ends[0]) && nodeInfo.has(ends[1]) ? ends : null;
    syncControls();
    applyFilters({ fit: true });
    if (view.path) {
      pathInputs[0].value = labelOf(view.path[0]);
      pathInputs[1].value = labelOf(view.path[1]);
      showDetails("path", null);
    } else if (view.focus) {
      network.selectNodes([view.focus]);
      showDetails("node", view.focus);
    }
    if (s.edge && edgeView.get(s.edge)) { network.selectEdges([s.edge]); showDetails("edge", s.edge); }
    if (s.node && nodeView.get(longId(s.node))) { network.selectNodes([longId(s.node)]); showDetails("node", longId(s.node)); }
  }

  window.addEventListener("hashchange", function () {
    if (location.hash.replace(/^#/, "") !== lastHash) loadState(location.hash);
  });

  function shareLink() {
    saveState();
    return location.href.split("#")[0] + (lastHash ? "#" + lastHash : "");
  }

  document.getElementById("copy-link").addEventListener("click", function () {
    var link = shareLink();
    var done = function () { document.getElementById("copy-link").textContent = "Link copied"; };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(link).then(done, function () {});
  });

  // ---- exports -----------------------------------------------------------------

  // The edges in view: every edge passing the filters (inside closed groups too), limited to the focus or path.
  function visibleEdges() {
    return data.edges.filter(function (e) {
      if (!passing.has(e.id) || !orgPasses(e.from) || !orgPasses(e.to)) return false;
      return !highlight || highlight.edges.has(e.id);
    });
  }

  // The agreements an edge is shown under: those of the highlighted chains, else every one passing the filters.
  function shownUnder(id) {
    return (highlight && highlight.under.get(id)) || passing.get(id) || [];
  }

  function edgeRow(e) {
    var agreements = shownUnder(e.id);
    var sentences = [], locations = [], rules = [], inferred = [];
    var seen = new Set();
    e.flows.forEach(function (f) {
      if (agreements.indexOf(f[0]) < 0) return;
      var key = f[2] + ":" + f[3];
      if (seen.has(key)) return;
      seen.add(key);
      if (f[2] >= 0) sentences.push(data.sentences[f[2]]);
      if (f[3] >= 0) locations.push(data.locations[f[3]]);
      if (f[4] >= 0 && rules.indexOf(data.rules[f[4]]) < 0) rules.push(data.rules[f[4]]);
      var end = { 1: "source", 2: "target", 3: "yes" }[f[5]];
      if (end && inferred.indexOf(end) < 0) inferred.push(end);
    });
    return {
      source: labelOf(e.from), target: labelOf(e.to), source_iri: e.from, target_iri: e.to,
      state: e.state, origin: e.origin,
      agreements: agreements.map(function (a) { return data.agreement_list[a].ref; }).sort().join(" | "),
      datasets: e.datasets.concat(e.agreement_datasets).join(" | "),
      evidence: sentences.join(" | "), locations: locations.join(" | "),
      rules: rules.join(" | "), inferred_end: inferred.sort().join(" ")
    };
  }

  var CSV_COLUMNS = ["source", "target", "source_iri", "target_iri", "state", "origin", "agreements", "datasets",
    "evidence", "locations", "rules", "inferred_end"];

  // A cell a spreadsheet will not read as a formula.
  function csvCell(value) {
    var text = String(value === undefined || value === null ? "" : value);
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function exportCSV() {
    var lines = [CSV_COLUMNS.join(",")];
    visibleEdges().forEach(function (e) {
      var row = edgeRow(e);
      lines.push(CSV_COLUMNS.map(function (c) { return csvCell(row[c]); }).join(","));
    });
    return lines.join("\r\n") + "\r\n";
  }

  function xml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" }[c];
    }).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
  }

  function exportGraphML() {
    var list = visibleEdges();
    var ids = new Set();
    list.forEach(function (e) { ids.add(e.from); ids.add(e.to); });
    nodeView.getIds().forEach(function (id) { if (nodeInfo.has(id) && (!highlight || highlight.nodes.has(id))) ids.add(id); });
    var out = ['<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      '<key id="label" for="node" attr.name="label" attr.type="string"/>',
      '<key id="kind" for="node" attr.name="kind" attr.type="string"/>'];
    CSV_COLUMNS.slice(4).forEach(function (c) { out.push('<key id="' + c + '" for="edge" attr.name="' + c + '" attr.type="string"/>'); });
    out.push('<graph id="nhskg" edgedefault="directed">');
    Array.from(ids).sort().forEach(function (id) {
      var info = nodeInfo.get(id);
      out.push('<node id="' + xml(id) + '"><data key="label">' + xml(info.label) + '</data><data key="kind">' + xml(info.kind) + "</data></node>");
    });
    list.forEach(function (e) {
      var row = edgeRow(e);
      out.push('<edge id="' + xml(e.id) + '" source="' + xml(e.from) + '" target="' + xml(e.to) + '">' +
        CSV_COLUMNS.slice(4).map(function (c) { return '<data key="' + c + '">' + xml(row[c]) + "</data>"; }).join("") + "</edge>");
    });
    out.push("</graph>", "</graphml>");
    return out.join("\n") + "\n";
  }

  function exportPNG() {
    var source = container.querySelector("canvas");
    var canvas = document.createElement("canvas");
    canvas.width = source.width;
    canvas.height = source.height;
    var ctx = canvas.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(source, 0, 0);
    return canvas.toDataURL("image/png");
  }

  function exportSVG() {
    var box = container.getBoundingClientRect();
    var w = Math.round(box.width), h = Math.round(box.height);
    var out = ['<svg xmlns="http://www.w3.org/2000/svg" width="' + w + '" height="' + h + '" viewBox="0 0 ' + w + " " + h + '">',
      '<rect width="100%" height="100%" fill="#ffffff"/>',
      '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">' +
      '<path d="M0,0 L10,5 L0,10 z" fill="#6b7280"/></marker></defs>'];
    var scale = network.getScale();
    var ids = nodeView.getIds();
    var where = network.getPositions(ids);
    edgeView.get().forEach(function (item) {
      var a = where[item.from], b = where[item.to];
      if (!a || !b) return;
      var p = network.canvasToDOM(a), q = network.canvasToDOM(b);
      var color = (dimmed.has("e" + item.id) ? DIM_EDGE : (item.color && item.color.color) || "#9ca3af");
      out.push('<line x1="' + p.x.toFixed(1) + '" y1="' + p.y.toFixed(1) + '" x2="' + q.x.toFixed(1) + '" y2="' + q.y.toFixed(1) +
        '" stroke="' + xml(color) + '" stroke-width="' + Math.max(1, (item.width || 1) * scale).toFixed(1) + '"' +
        (item.dashes ? ' stroke-dasharray="6,4"' : "") + ' marker-end="url(#arrow)" opacity="0.8"/>');
    });
    ids.forEach(function (id) {
      var p = network.canvasToDOM(where[id]);
      var item = nodes.get(id);
      var dim = dimmed.has("n" + id);
      var fill = dim ? DIM_NODE.background : (groupInfo.has(id) ? "#f8fafc" : item.color.background);
      var stroke = groupInfo.has(id) ? baseItem.get(id).color.border : "#1f2937";
      var r = Math.max(4, (item.size || 12) * scale * 0.8);
      if (groupInfo.has(id)) {
        out.push('<rect x="' + (p.x - 60 * scale).toFixed(1) + '" y="' + (p.y - 18 * scale).toFixed(1) + '" width="' + (120 * scale).toFixed(1) +
          '" height="' + (36 * scale).toFixed(1) + '" rx="4" fill="' + fill + '" stroke="' + xml(stroke) + '" stroke-dasharray="6,3"/>');
      } else {
        out.push('<circle cx="' + p.x.toFixed(1) + '" cy="' + p.y.toFixed(1) + '" r="' + r.toFixed(1) + '" fill="' + xml(fill) + '" stroke="' + xml(stroke) + '"/>');
      }
      var lines = String(labelOf(id)).split("\n");
      lines.forEach(function (line, i) {
        out.push('<text x="' + p.x.toFixed(1) + '" y="' + (p.y + r + 14 + i * 15).toFixed(1) + '" font-family="system-ui, sans-serif" font-size="' +
          Math.max(9, 16 * scale).toFixed(1) + '" text-anchor="middle" fill="' + (dim ? DIM_FONT : "#111827") + '">' + xml(line) + "</text>");
      });
    });
    out.push("</svg>");
    return out.join("\n") + "\n";
  }

  function download(name, type, text) {
    var link = document.createElement("a");
    link.download = name;
    link.href = text.indexOf("data:") === 0 ? text : URL.createObjectURL(new Blob([text], { type: type }));
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
  }

  document.getElementById("export-csv").addEventListener("click", function () { download("nhskg-edges.csv", "text/csv", exportCSV()); });
  document.getElementById("export-graphml").addEventListener("click", function () { download("nhskg-view.graphml", "application/xml", exportGraphML()); });
  document.getElementById("export-png").addEventListener("click", function () { download("nhskg-map.png", "image/png", exportPNG()); });
  document.getElementById("export-svg").addEventListener("click", function () { download("nhskg-map.svg", "image/svg+xml", exportSVG()); });

  // ---- start -------------------------------------------------------------

  var api = {
    network: network,
    nodes: nodes,
    edges: edges,
    nodeView: nodeView,
    edgeView: edgeView,
    search: search,
    findOrganisations: findOrganisations,
    findDatasets: findDatasets,
    findAgreements: findAgreements,
    didYouMean: didYouMean,
    applyFilters: applyFilters,
    resetFilters: resetFilters,
    showDetails: showDetails,
    setFocus: setFocus,
    clearFocus: clearFocus,
    expandGroup: expandGroup,
    expandNeighbours: expandNeighbours,
    showPath: showPath,
    highlighted: function () {
      return highlight ? { nodes: Array.from(highlight.nodes).sort(), edges: Array.from(highlight.edges).sort() } : null;
    },
    visibleEdges: function () { return visibleEdges().map(function (e) { return e.id; }); },
    edgeKey: function (id) { var e = edgeInfo.get(id); return e ? [e.from, e.to, e.state, e.origin] : null; },
    edgeAgreements: function (id) {
      return (passing.get(id) || []).map(function (a) { return data.agreement_list[a].ref; });
    },
    agreementRefs: function () { return data.agreement_list.map(function (a) { return a.ref; }); },
    agreementList: function () { return data.agreement_list; },
    rules: function () { return data.rules; },
    exportCSV: exportCSV,
    exportGraphML: exportGraphML,
    exportPNG: exportPNG,
    exportSVG: exportSVG,
    shareLink: shareLink,
    state: stateParams,
    filters: filters,
    view: view,
    ready: false,
    prebuiltAt: null  // when every organisation and edge is made, hidden (see prebuild)
  };
  window.nhskgMap = api;

  function settle() {
    fitView();
    api.firstDrawnAt = performance.now();  // read by benchmarks/map_speed.py
    api.ready = true;
    document.body.dataset.ready = "true";
    saveState();
    prebuild();
  }
  network.once("afterDrawing", settle);

  // Until the reader moves the view, keep it fitted when the map's box changes size
  // (the panels and header settle after the first drawing).
  var untouched = true;
  ["dragStart", "zoom", "click"].forEach(function (name) { network.on(name, function () { untouched = false; }); });
  network.on("resize", function () { if (untouched) fitView(); });

  if (location.hash.length > 1) {
    loadState(location.hash);
  } else {
    view.focus = data.focus && nodeInfo.has(data.focus) ? data.focus : null;
    applyFilters();
    if (view.focus) {
      network.selectNodes([view.focus]);
      showDetails("node", view.focus);
    }
  }
})();
