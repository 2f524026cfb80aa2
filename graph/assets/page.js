/* nhskg map: filters, search, tooltips and details for the vis-network view.
 *
 * Every string that came from a register (names, aliases, titles, evidence)
 * is put on screen with textContent or as a vis label (drawn on a canvas):
 * never as HTML.  The data arrives as JSON in a non-executing script block.
 */
(function () {
  "use strict";

  var SVG_NS = "http://www.w3.org/2000/svg";
  var TOOLTIP_EVIDENCE = 2;
  var LISTED = 12;

  var data = JSON.parse(document.getElementById("nhskg-data").textContent);
  var container = document.getElementById("network");
  var tooltip = document.getElementById("tooltip");
  var details = document.getElementById("details");

  var nodeInfo = new Map(data.nodes.map(function (n) { return [n.id, n]; }));
  var edgeInfo = new Map(data.edges.map(function (e) { return [e.id, e]; }));
  var incoming = new Map(), outgoing = new Map();
  data.edges.forEach(function (e) {
    incoming.set(e.to, (incoming.get(e.to) || 0) + 1);
    outgoing.set(e.from, (outgoing.get(e.from) || 0) + 1);
  });

  var filters = {
    kinds: new Set(data.kinds.map(function (k) { return k.kind; })),
    states: new Set(data.states.map(function (s) { return s.state; })),
    origins: new Set(["text", "register"]),
    dataset: ""
  };
  var nodesWithVisibleEdge = new Set();

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
    return info ? info.label : id;
  }

  // ---- descriptions (used by the tooltip and the details panel) ----------

  function describeNode(info, compact) {
    var box = el("div", null, "info");
    box.appendChild(el("h3", info.label));
    var dl = el("dl");
    var kind = data.kinds.find(function (k) { return k.kind === info.kind; });
    addField(dl, "Kind", kind ? kind.label : info.kind);
    addField(dl, "ODS code", info.ods_code);
    if (info.aliases.length) addField(dl, "Also known as", boundedList(info.aliases, info.aliases.length, compact ? 5 : LISTED * 4));
    addField(dl, "Edges", (incoming.get(info.id) || 0) + " in, " + (outgoing.get(info.id) || 0) + " out");
    if (info.agreement_total) {
      addField(dl, "Agreements (" + info.agreement_total + ")", boundedList(info.agreements, info.agreement_total, compact ? 6 : LISTED * 2));
    }
    box.appendChild(dl);
    return box;
  }

  function describeEdge(info, compact) {
    var box = el("div", null, "info");
    box.appendChild(el("h3", labelOf(info.from) + " \u2192 " + labelOf(info.to)));
    var dl = el("dl");
    addField(dl, "Data state", el("span", info.state, "state-" + info.state));
    addField(dl, "Stated by", info.origin === "register"
      ? "the register's structured fields (release to the applicant)"
      : "the agreement's text");
    addField(dl, "Mode", info.modes.join(", "));
    addField(dl, "Agreements (" + info.agreement_total + ")", boundedList(info.agreements, info.agreement_total, compact ? 6 : LISTED * 2));
    if (info.datasets.length) addField(dl, "Datasets", boundedList(info.datasets, info.datasets.length, compact ? 6 : LISTED * 4));
    if (info.agreement_datasets.length) {
      addField(dl, "Datasets of these agreements", boundedList(info.agreement_datasets, info.agreement_datasets.length, compact ? 4 : LISTED * 4));
    }
    var shown = info.evidence.slice(0, compact ? TOOLTIP_EVIDENCE : info.evidence.length);
    if (shown.length) {
      var quotes = el("div");
      shown.forEach(function (ev) {
        var q = el("blockquote", ev.text);
        q.appendChild(el("div", ev.agreement + " \u00b7 " + ev.location, "where"));
        quotes.appendChild(q);
      });
      var more = info.evidence_total - shown.length;
      if (more > 0) quotes.appendChild(el("p", "and " + more + " more sentence" + (more === 1 ? "" : "s"), "more"));
      addField(dl, "Evidence", quotes);
    }
    box.appendChild(dl);
    return box;
  }

  function showDetails(kind, id) {
    clear(details);
    var info = kind === "node" ? nodeInfo.get(id) : edgeInfo.get(id);
    if (!info) {
      details.appendChild(el("p", "Hover over or click an organisation or an edge.", "hint"));
      return;
    }
    details.appendChild(kind === "node" ? describeNode(info, false) : describeEdge(info, false));
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
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  }

  function hideTooltip() {
    tooltip.hidden = true;
    clear(tooltip);
  }

  // ---- filtering ---------------------------------------------------------

  function edgeFilterActive() {
    return filters.dataset !== "" ||
      filters.states.size < data.states.length ||
      filters.origins.size < 2;
  }

  function edgeMatches(item) {
    var info = edgeInfo.get(item.id);
    if (!info) return false;
    if (!filters.states.has(info.state) || !filters.origins.has(info.origin)) return false;
    if (filters.dataset && info.datasets.indexOf(filters.dataset) < 0 &&
        info.agreement_datasets.indexOf(filters.dataset) < 0) return false;
    return filters.kinds.has(nodeInfo.get(info.from).kind) && filters.kinds.has(nodeInfo.get(info.to).kind);
  }

  function nodeMatches(item) {
    var info = nodeInfo.get(item.id);
    if (!info || !filters.kinds.has(info.kind)) return false;
    return !edgeFilterActive() || nodesWithVisibleEdge.has(item.id);
  }

  var nodes = new vis.DataSet(data.vis.nodes);
  var edges = new vis.DataSet(data.vis.edges);
  var nodeView = new vis.DataView(nodes, { filter: nodeMatches });
  var edgeView = new vis.DataView(edges, { filter: edgeMatches });

  function updateCounts() {
    document.getElementById("counts").textContent =
      "Showing " + nodeView.length + " of " + nodes.length + " organisations, " +
      edgeView.length + " of " + edges.length + " edges (" + data.flow_count + " flows)";
  }

  function applyFilters() {
    nodesWithVisibleEdge = new Set();
    edges.forEach(function (item) {
      if (edgeMatches(item)) {
        var info = edgeInfo.get(item.id);
        nodesWithVisibleEdge.add(info.from);
        nodesWithVisibleEdge.add(info.to);
      }
    });
    edgeView.refresh();
    nodeView.refresh();
    updateCounts();
  }

  function checkboxItem(list, checked, icon, text, count, onChange) {
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = checked;
    box.addEventListener("change", function () { onChange(box.checked); applyFilters(); });
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

  var datasetSelect = document.getElementById("dataset-filter");
  data.datasets.forEach(function (name) {
    var option = el("option", name);
    option.value = name;
    datasetSelect.appendChild(option);
  });
  datasetSelect.addEventListener("change", function () {
    filters.dataset = datasetSelect.value;
    applyFilters();
  });

  function resetFilters() {
    filters.kinds = new Set(data.kinds.map(function (k) { return k.kind; }));
    filters.states = new Set(data.states.map(function (s) { return s.state; }));
    filters.origins = new Set(["text", "register"]);
    filters.dataset = "";
    datasetSelect.value = "";
    document.querySelectorAll("#sidebar input[type=checkbox]").forEach(function (box) { box.checked = true; });
    applyFilters();
  }
  document.getElementById("reset-filters").addEventListener("click", resetFilters);

  // ---- the network -------------------------------------------------------

  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.vis.options);

  // Physics (if an option turns it on) only places the nodes; once they
  // settle it is switched off so a big register does not keep moving.
  network.on("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
  });

  // Column headings (our own fixed words, drawn on the canvas).
  network.on("beforeDrawing", function (ctx) {
    ctx.save();
    ctx.font = "600 22px system-ui, sans-serif";
    ctx.fillStyle = "#6b7280";
    ctx.textAlign = "center";
    data.vis.stage_titles.forEach(function (t) { ctx.fillText(t.title, t.x, t.y); });
    ctx.restore();
  });

  network.on("hoverNode", function (params) {
    var info = nodeInfo.get(params.node);
    if (info) showTooltip(describeNode(info, true), params.pointer.DOM);
  });
  network.on("hoverEdge", function (params) {
    var info = edgeInfo.get(params.edge);
    if (info) showTooltip(describeEdge(info, true), params.pointer.DOM);
  });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (name) { network.on(name, hideTooltip); });
  container.addEventListener("mouseleave", hideTooltip);
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") hideTooltip(); });

  network.on("click", function (params) {
    if (params.nodes.length) showDetails("node", params.nodes[0]);
    else if (params.edges.length) showDetails("edge", params.edges[0]);
  });

  // ---- search ------------------------------------------------------------

  function normalise(text) {
    return String(text).toLowerCase().replace(/\s+/g, " ").trim();
  }

  var searchIndex = data.nodes.map(function (n) {
    return { id: n.id, label: n.label, names: [n.label].concat(n.aliases).map(normalise) };
  });

  var names = new Set();
  data.nodes.forEach(function (n) { names.add(n.label); n.aliases.forEach(function (a) { names.add(a); }); });
  var datalist = document.getElementById("org-names");
  Array.from(names).sort().forEach(function (name) {
    var option = el("option");
    option.value = name;
    datalist.appendChild(option);
  });

  // Ranked matches: exact name or alias, then prefix, then substring, then all words.
  function findOrganisations(query) {
    var q = normalise(query);
    if (!q) return [];
    var words = q.split(" ");
    var ranked = [];
    searchIndex.forEach(function (entry) {
      var rank = 4;
      entry.names.forEach(function (name) {
        if (name === q) rank = Math.min(rank, 0);
        else if (name.indexOf(q) === 0) rank = Math.min(rank, 1);
        else if (name.indexOf(q) >= 0) rank = Math.min(rank, 2);
        else if (words.every(function (w) { return name.indexOf(w) >= 0; })) rank = Math.min(rank, 3);
      });
      if (rank < 4) ranked.push({ id: entry.id, label: entry.label, rank: rank });
    });
    ranked.sort(function (a, b) { return a.rank - b.rank || a.label.localeCompare(b.label); });
    return ranked;
  }

  function focusNode(id) {
    if (!nodeView.get(id)) resetFilters(); // a filtered-out match is shown again
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 0.9), animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    showDetails("node", id);
  }

  var resultsSection = document.getElementById("search-results-section");
  var resultsList = document.getElementById("search-results");

  function search(query) {
    var matches = findOrganisations(query);
    clear(resultsList);
    resultsSection.hidden = false;
    if (!matches.length) {
      resultsList.appendChild(el("li", "No organisation matches \u201c" + query + "\u201d", "hint"));
      return null;
    }
    matches.slice(0, 30).forEach(function (m) {
      var li = el("li");
      var button = el("button", m.label);
      button.type = "button";
      button.addEventListener("click", function () { focusNode(m.id); });
      li.appendChild(button);
      resultsList.appendChild(li);
    });
    if (matches.length > 30) resultsList.appendChild(el("li", "and " + (matches.length - 30) + " more", "more"));
    focusNode(matches[0].id);
    return matches[0].id;
  }

  document.getElementById("search").addEventListener("submit", function (event) {
    event.preventDefault();
    search(document.getElementById("search-input").value);
  });

  // ---- start -------------------------------------------------------------

  var api = {
    network: network,
    nodes: nodes,
    edges: edges,
    nodeView: nodeView,
    edgeView: edgeView,
    search: search,
    findOrganisations: findOrganisations,
    applyFilters: applyFilters,
    resetFilters: resetFilters,
    showDetails: showDetails,
    ready: false
  };
  window.nhskgMap = api;

  network.once("afterDrawing", function () {
    // fit() measures the nodes, not their labels and column headings: leave a margin
    network.fit({ animation: false });
    network.moveTo({ scale: network.getScale() * 0.9, animation: false });
    if (data.focus && nodeView.get(data.focus)) {
      network.selectNodes([data.focus]);
      showDetails("node", data.focus);
    }
    api.ready = true;
    document.body.dataset.ready = "true";
  });
  applyFilters();
})();
