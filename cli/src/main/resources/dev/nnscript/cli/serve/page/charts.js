// Hand-drawn SVG and canvas charts for nnrun serve. Every value drawn comes from the engine (the
// server's JSON); these functions only map values to pixels.
"use strict";

const Charts = (() => {
  const NS = "http://www.w3.org/2000/svg";
  const BLUE = "#1f77b4", ORANGE = "#ff7f0e", GREEN = "#2ca02c", INK = "#1e1e1e", RED = "#d62728";
  const SERIES = [BLUE, ORANGE, "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", RED];

  function el(name, attrs, parent) {
    const node = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (parent) parent.appendChild(node);
    return node;
  }

  function span(arrays) {
    let lo = Infinity, hi = -Infinity;
    for (const values of arrays) for (const v of values) {
      if (v !== null && Number.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
    }
    if (lo > hi) return [0, 1];
    if (lo === hi) return [lo - 0.5, hi + 0.5];
    const pad = (hi - lo) * 0.06;
    return [lo - pad, hi + pad];
  }

  function fmt(v) { return Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(1) : String(+v.toPrecision(3)); }

  function ticks(lo, hi, n) {
    const step = Math.pow(10, Math.floor(Math.log10((hi - lo) / n)));
    const nice = [1, 2, 5, 10].map(m => m * step).find(s => (hi - lo) / s <= n) || step * 10;
    const out = [];
    for (let t = Math.ceil(lo / nice) * nice; t <= hi; t += nice) out.push(Math.abs(t) < nice * 1e-9 ? 0 : t);
    return out;
  }

  // One panel: axes, grid and a y mapping; returns {x, y} pixel functions.
  function panel(svg, box, xr, yr, yLabel) {
    const x = v => box.left + (v - xr[0]) / (xr[1] - xr[0]) * box.width;
    const y = v => box.top + box.height - (v - yr[0]) / (yr[1] - yr[0]) * box.height;
    for (const t of ticks(yr[0], yr[1], 5)) {
      el("line", {x1: box.left, x2: box.left + box.width, y1: y(t), y2: y(t), stroke: "#e5e5e5"}, svg);
      el("text", {x: box.left - 6, y: y(t) + 4, "text-anchor": "end"}, svg).textContent = fmt(t);
    }
    if (yr[0] < 0 && yr[1] > 0) el("line", {x1: box.left, x2: box.left + box.width, y1: y(0), y2: y(0), stroke: "#999"}, svg);
    el("rect", {x: box.left, y: box.top, width: box.width, height: box.height, fill: "none", stroke: "#bbb"}, svg);
    const label = el("text", {x: 12, y: box.top + box.height / 2, transform: `rotate(-90 12 ${box.top + box.height / 2})`,
      "text-anchor": "middle"}, svg);
    label.textContent = yLabel;
    return {x, y};
  }

  function polyline(svg, xs, ys, map, attrs) {
    let d = "", pen = false;
    for (let i = 0; i < xs.length; i++) {
      const v = ys[i];
      if (v === null || !Number.isFinite(v)) { pen = false; continue; }
      d += (pen ? "L" : "M") + map.x(xs[i]).toFixed(2) + " " + map.y(v).toFixed(2);
      pen = true;
    }
    return el("path", Object.assign({d, fill: "none"}, attrs), svg);
  }

  function colourOf(curve, index) {
    if (curve.role === "sum") return GREEN;
    if (curve.role === "output") return INK;
    return index % 2 === 0 ? BLUE : ORANGE;
  }

  // One input: the outputs (and data) on top, the hidden nodes' scaled contributions and their sum below.
  function curves(container, legend, chart, inputName, marker, outputs) {
    container.textContent = "";
    legend.textContent = "";
    const parts = chart.curves.filter(c => c.role !== "output");
    const outs = chart.curves.filter(c => c.role === "output");
    const width = 760, height = parts.length ? 480 : 310;
    const svg = el("svg", {viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img",
      "aria-label": "the network's output over " + inputName}, container);
    const xr = [chart.xs[0], chart.xs[chart.xs.length - 1]];
    const top = {left: 64, top: 10, width: width - 80, height: parts.length ? 190 : 250};
    const outMap = panel(svg, top, xr, span(outs.map(c => c.ys).concat(chart.points.map(p => p.ys))), "output");
    outs.forEach((c, i) => {
      const colour = outs.length > 1 ? SERIES[i % SERIES.length] : INK;
      polyline(svg, chart.xs, c.ys, outMap, {stroke: colour, "stroke-width": 2.5, id: "curve-output-" + i});
      addLegend(legend, c.label, colour);
    });
    chart.points.forEach((p, i) => {
      const colour = chart.points.length > 1 ? SERIES[i % SERIES.length] : RED;
      p.xs.forEach((px, r) => {
        if (p.ys[r] === null) return;
        el("circle", {cx: outMap.x(px), cy: outMap.y(p.ys[r]), r: 3.5, fill: colour, "fill-opacity": 0.75, class: "data-point"}, svg);
      });
      addLegend(legend, p.label, colour);
    });
    let bottomMap = null;
    if (parts.length) {
      const bottom = {left: 64, top: 225, width: width - 80, height: 215};
      bottomMap = panel(svg, bottom, xr, span(parts.map(c => c.ys)), "scaled by weight");
      parts.forEach((c, i) => {
        const colour = colourOf(c, i);
        polyline(svg, chart.xs, c.ys, bottomMap, {stroke: colour, "stroke-width": c.role === "sum" ? 2.5 : 2,
          "stroke-dasharray": c.role === "sum" ? "6 3" : "", id: c.role === "sum" ? "curve-sum" : "curve-node-" + i});
        addLegend(legend, c.label, colour);
      });
    }
    const axisY = parts.length ? 440 : 260;
    for (const t of ticks(xr[0], xr[1], 8)) {
      el("text", {x: outMap.x(t), y: axisY + 16, "text-anchor": "middle"}, svg).textContent = fmt(t);
    }
    el("text", {x: 64 + (width - 80) / 2, y: axisY + 30, "text-anchor": "middle"}, svg).textContent = inputName;
    if (marker !== null && marker >= xr[0] && marker <= xr[1]) {
      el("line", {x1: outMap.x(marker), x2: outMap.x(marker), y1: 10, y2: axisY, stroke: ORANGE,
        "stroke-width": 1.5, "stroke-dasharray": "3 3", id: "marker"}, svg);
      outputs.forEach(o => {
        if (o !== null && Number.isFinite(o)) {
          el("circle", {cx: outMap.x(marker), cy: outMap.y(o), r: 5, fill: ORANGE, stroke: INK}, svg);
        }
      });
    }
  }

  function addLegend(legend, label, colour) {
    const item = document.createElement("span");
    item.style.setProperty("--c", colour);
    item.textContent = label;
    legend.appendChild(item);
  }

  function mix(a, b, u) {
    const pa = [1, 3, 5].map(i => parseInt(a.substr(i, 2), 16)), pb = [1, 3, 5].map(i => parseInt(b.substr(i, 2), 16));
    return `rgb(${pa.map((c, i) => Math.round(c + (pb[i] - c) * u)).join(",")})`;
  }

  // Two inputs: the output (white at 0, blue below, orange above) or the predicted class, with the data rows.
  function grid(container, legend, chart, names, marker) {
    container.textContent = "";
    legend.textContent = "";
    const nx = chart.xs.length, ny = chart.ys.length, size = 500;
    const wrap = document.createElement("div");
    wrap.style.position = "relative";
    wrap.style.width = "100%";
    wrap.style.maxWidth = (size + 80) + "px";
    container.appendChild(wrap);
    const svg = el("svg", {viewBox: `0 0 ${size + 80} ${size + 50}`, width: "100%", role: "img",
      "aria-label": chart.valueName + " over " + names[0] + " and " + names[1]}, wrap);
    const canvas = document.createElement("canvas");
    canvas.width = nx; canvas.height = ny;
    const ctx = canvas.getContext("2d");
    const image = ctx.createImageData(nx, ny);
    let limit = 0;
    if (!chart.classes.length) for (const v of chart.values) if (v !== null) limit = Math.max(limit, Math.abs(v));
    const colour = v => {
      if (v === null) return "rgb(211,211,211)";
      if (chart.classes.length) return mix("#ffffff", SERIES[v % SERIES.length], 0.55);
      const t = limit === 0 ? 0 : v / limit;
      return t < 0 ? mix("#ffffff", BLUE, -t) : mix("#ffffff", ORANGE, t);
    };
    for (let r = 0; r < ny; r++) for (let c = 0; c < nx; c++) {
      const rgb = colour(chart.values[r * nx + c]).match(/\d+/g).map(Number);
      const at = ((ny - 1 - r) * nx + c) * 4;
      image.data.set([rgb[0], rgb[1], rgb[2], 255], at);
    }
    ctx.putImageData(image, 0, 0);
    const box = {left: 60, top: 10, width: size, height: size};
    el("image", {href: canvas.toDataURL(), x: box.left, y: box.top, width: box.width, height: box.height,
      preserveAspectRatio: "none"}, svg);
    const xr = [chart.xs[0], chart.xs[nx - 1]], yr = [chart.ys[0], chart.ys[ny - 1]];
    const x = v => box.left + (v - xr[0]) / (xr[1] - xr[0]) * box.width;
    const y = v => box.top + box.height - (v - yr[0]) / (yr[1] - yr[0]) * box.height;
    el("rect", {x: box.left, y: box.top, width: box.width, height: box.height, fill: "none", stroke: "#999"}, svg);
    for (const t of ticks(xr[0], xr[1], 6)) el("text", {x: x(t), y: box.top + box.height + 14, "text-anchor": "middle"}, svg).textContent = fmt(t);
    for (const t of ticks(yr[0], yr[1], 6)) el("text", {x: box.left - 6, y: y(t) + 4, "text-anchor": "end"}, svg).textContent = fmt(t);
    el("text", {x: box.left + box.width / 2, y: box.top + box.height + 32, "text-anchor": "middle"}, svg).textContent = names[0];
    el("text", {x: 12, y: box.top + box.height / 2, transform: `rotate(-90 12 ${box.top + box.height / 2})`, "text-anchor": "middle"}, svg).textContent = names[1];
    for (let i = 0; i + 2 < chart.points.length; i += 3) {
      const v = chart.points[i + 2];
      const fill = chart.classes.length ? SERIES[v % SERIES.length] : colour(v);
      el("circle", {cx: x(chart.points[i]), cy: y(chart.points[i + 1]), r: 4.5, fill, stroke: INK, "stroke-width": 1, class: "data-point"}, svg);
    }
    if (marker) {
      el("path", {d: `M${x(marker[0]) - 8} ${y(marker[1])}h16M${x(marker[0])} ${y(marker[1]) - 8}v16`, stroke: INK,
        "stroke-width": 2.5, id: "marker"}, svg);
    }
    if (chart.classes.length) {
      chart.classes.forEach((name, i) => addLegend(legend, name, SERIES[i % SERIES.length]));
    } else {
      addLegend(legend, chart.valueName + " below 0", BLUE);
      addLegend(legend, chart.valueName + " above 0", ORANGE);
    }
  }

  // The loss of each step (sampled), on a log scale when every loss is positive and they span a decade.
  function loss(container, steps, losses) {
    container.textContent = "";
    if (!steps || !steps.length) return;
    const width = 520, height = 170;
    const svg = el("svg", {viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img", "aria-label": "loss by step"}, container);
    const finite = losses.filter(v => v !== null && Number.isFinite(v));
    const positive = finite.every(v => v > 0);
    const log = positive && finite.length > 1 && Math.max(...finite) / Math.min(...finite) > 10;
    const tv = v => log ? Math.log10(v) : v;
    const yr = span([finite.map(tv)]);
    const box = {left: 64, top: 8, width: width - 76, height: height - 36};
    const map = panel(svg, box, [0, Math.max(1, steps[steps.length - 1])], yr, log ? "loss (log10)" : "loss");
    polyline(svg, steps, losses.map(v => v === null ? null : tv(v)), map, {stroke: BLUE, "stroke-width": 2, id: "loss-line"});
    el("text", {x: box.left + box.width / 2, y: height - 6, "text-anchor": "middle"}, svg).textContent =
      "step (last: " + steps[steps.length - 1] + ")";
  }

  return {curves, grid, loss};
})();
