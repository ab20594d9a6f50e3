// nnrun serve's page: asks the engine (the JSON API) for every number it shows, and draws them.
"use strict";

const state = {id: null, meta: null, inputs: [], view: null, version: -1, busy: false, again: false, built: false};
const $ = id => document.getElementById(id);

function say(text, error) {
  const message = $("message");
  message.textContent = text || "";
  message.className = error ? "error" : "";
}

async function api(path, body) {
  const options = body === undefined ? {} : {method: "POST", headers: {"Content-Type": "application/json"},
    body: JSON.stringify(body)};
  const response = await fetch("/api/" + path, options);
  const json = await response.json().catch(() => ({error: "the server answered " + response.status}));
  if (!response.ok) {
    const problem = new Error(json.error || ("the server answered " + response.status));
    problem.status = response.status;
    throw problem;
  }
  return json;
}

const session = path => "sessions/" + state.id + "/" + path;

async function refresh() {
  if (state.busy) { state.again = true; return; }
  state.busy = true;
  try {
    do {
      state.again = false;
      const view = await api(session("view"), {inputs: state.inputs});
      state.view = view;
      state.version = view.version;
      render(view);
    } while (state.again);
  } catch (e) {
    say(e.message, true);
  } finally {
    state.busy = false;
  }
}

function render(view) {
  const net = view.network;
  if (!state.built) build(net);
  $("title").textContent = net.name ? net.name : net.outputs.join(", ") + " by " + net.inputs.join(", ");
  renderOutputs(net, view.evaluation);
  $("trace").textContent = view.evaluation.trace;
  renderChart(net, view);
  renderParameters(net);
  renderTraining(view.training);
}

function renderOutputs(net, evaluation) {
  const box = $("outputs");
  box.textContent = "";
  const softmax = net.layers[net.layers.length - 1].softmax;
  net.outputs.forEach((name, i) => {
    const row = document.createElement("div");
    row.className = "output";
    row.id = "output-" + i;
    const value = evaluation.outputs[i];
    // JSON has no infinities: the API sends null for every non-finite value, and the readable text
    // says which (NaN, Infinity or -Infinity).
    row.dataset.exact = value === null ? evaluation.outputTexts[i] : String(value);
    row.textContent = name + " = " + evaluation.outputTexts[i] + " ";
    const exact = document.createElement("span");
    exact.className = "exact";
    exact.textContent = "(" + row.dataset.exact + ")";
    row.appendChild(exact);
    if (softmax && value !== null) {
      const bar = document.createElement("span");
      bar.className = "bar";
      bar.style.width = Math.round(value * 120) + "px";
      bar.title = "P(" + name + ")";
      row.appendChild(bar);
    }
    box.appendChild(row);
  });
}

function renderChart(net, view) {
  const chart = view.chart;
  if (chart.kind === "curves") {
    Charts.curves($("chart"), $("legend"), chart, net.inputs[0], state.inputs[0], view.evaluation.outputs);
  } else if (chart.kind === "grid") {
    Charts.grid($("chart"), $("legend"), chart, net.inputs, state.inputs);
  } else {
    $("chart").textContent = "A chart is drawn for networks with one or two inputs; this one has " +
      net.inputs.length + ". The outputs and trace follow the sliders.";
    $("legend").textContent = "";
    $("export-svg").hidden = $("export-png").hidden = true;
  }
}

function row(labelText, id, value, range, onValue) {
  const row = document.createElement("div");
  row.className = "row";
  const label = document.createElement("label");
  label.htmlFor = id + "-value";
  label.textContent = labelText;
  const controls = document.createElement("div");
  controls.className = "controls";
  const slider = document.createElement("input");
  slider.type = "range";
  slider.id = id;
  slider.setAttribute("aria-label", labelText + " (slider)");
  slider.min = range[0];
  slider.max = range[1];
  // A thousandth of the range per arrow key, so the slider works from the keyboard too.
  slider.step = (range[1] - range[0]) / 1000;
  slider.value = value;
  const box = document.createElement("input");
  box.type = "text";
  box.inputMode = "decimal";
  box.id = id + "-value";
  box.value = String(value);
  box.spellcheck = false;
  slider.addEventListener("input", () => {
    const v = Number(slider.value);
    box.value = String(v);
    onValue(v);
  });
  const typed = () => {
    const v = Number(box.value.trim());
    if (box.value.trim() === "" || !Number.isFinite(v)) {
      say(labelText + ": '" + box.value + "' is not a finite number", true);
      return;
    }
    say("");
    if (v < Number(slider.min)) slider.min = v;
    if (v > Number(slider.max)) slider.max = v;
    slider.value = v;
    onValue(v);
  };
  box.addEventListener("change", typed);
  box.addEventListener("keydown", e => { if (e.key === "Enter") { e.preventDefault(); typed(); } });
  controls.append(slider, box);
  row.append(label, controls);
  return row;
}

function build(net) {
  state.built = true;
  const inputs = $("inputs");
  net.inputs.forEach((name, i) => {
    const range = state.meta.ranges[i];
    inputs.appendChild(row(name, "input-" + i, state.inputs[i], [range.from, range.to], v => {
      state.inputs[i] = v;
      refresh();
    }));
  });
  const params = $("parameters");
  net.layers.forEach((layer, l) => {
    const box = document.createElement("div");
    box.className = "layer";
    const heading = document.createElement("h3");
    heading.textContent = (layer.output ? "output layer" : "hidden layer " + (l + 1)) + " (" +
      (layer.softmax ? "softmax" : [...new Set(layer.activations)].join(", ")) + ")";
    box.appendChild(heading);
    for (let node = 0; node < layer.nodes; node++) {
      const nodeName = layer.output ? net.outputs[node] : "node " + (node + 1);
      for (let i = 0; i < layer.inputs; i++) {
        const from = l === 0 ? net.inputs[i] : "node " + (i + 1);
        const index = node * layer.inputs + i;
        box.appendChild(row(nodeName + ": weight from " + from, `param-w-${l}-${index}`, layer.weights[index],
          around(layer.weights[index]), v => edit(l, "weight", index, v)));
      }
      box.appendChild(row(nodeName + ": bias", `param-b-${l}-${node}`, layer.biases[node], around(layer.biases[node]),
        v => edit(l, "bias", node, v)));
    }
    params.appendChild(box);
  });
}

function around(v) {
  const reach = Math.max(2, Math.abs(v) * 2);
  return [v - reach, v + reach];
}

// Edits go to the engine one at a time; while one is on its way, a parameter's newer values
// replace its older ones (a dragged slider sends only where it is now).
const pendingEdits = new Map();
let sending = false;
function edit(layer, kind, index, value) {
  pendingEdits.set(kind + "/" + layer + "/" + index, {layer, kind, index, value});
  if (!sending) sendEdits();
}

async function sendEdits() {
  sending = true;
  try {
    while (pendingEdits.size) {
      const [key, body] = pendingEdits.entries().next().value;
      pendingEdits.delete(key);
      await api(session("parameter"), body);
    }
    say("");
  } catch (e) {
    pendingEdits.clear();
    say(e.message, true);
  } finally {
    sending = false;
  }
  refresh();
}

function renderParameters(net) {
  net.layers.forEach((layer, l) => {
    layer.weights.forEach((w, i) => show(`param-w-${l}-${i}`, w));
    layer.biases.forEach((b, i) => show(`param-b-${l}-${i}`, b));
  });
}

function show(id, value) {
  const slider = $(id), box = $(id + "-value");
  if (!slider || value === null) return;
  if (document.activeElement !== box) box.value = String(value);
  if (document.activeElement !== slider) {
    if (value < Number(slider.min) || value > Number(slider.max)) {
      const range = around(value);
      slider.min = range[0];
      slider.max = range[1];
      slider.step = (range[1] - range[0]) / 1000;
    }
    slider.value = value;
  }
}

// Training snapshots reach the page from three places (a training request's answer, the change
// events and the views those make it fetch), in any order. Each carries the session's version and
// its step when it was read; the server reads them so that the later-made is never lower by
// (version, step), so an older snapshot landing late is not drawn over a newer one.
const shownTraining = {version: -1, step: -1};

function renderTraining(training) {
  const step = training.step || 0;
  if (training.version < shownTraining.version ||
      (training.version === shownTraining.version && step < shownTraining.step)) return;
  shownTraining.version = training.version;
  shownTraining.step = step;
  $("train-settings").textContent = training.available ? training.settings : "no training: " + training.unavailable;
  const active = training.state === "running" || training.state === "paused";
  $("train-state").textContent = training.state;
  $("train-step-count").textContent = training.step || 0;
  $("train-epoch").textContent = training.epoch || 0;
  $("train-loss").textContent = training.loss === undefined || training.loss === null ? "–" : String(training.loss);
  for (const name of ["start", "step"]) $("train-" + name).disabled = !training.available || training.state === "running";
  $("train-start").textContent = training.state === "paused" ? "Resume" : "Start";
  $("train-pause").disabled = training.state !== "running";
  $("train-stop").disabled = !active;
  $("train-reset").disabled = training.state === "idle";
  $("parameters").inert = active;
  $("revert").disabled = active;
  $("train-summary").textContent = training.summary || "";
  Charts.loss($("loss-chart"), training.lossSteps, training.losses);
}

async function train(action) {
  try {
    renderTraining(await api(session("training"), {action}));
    say("");
    refresh();
  } catch (e) {
    say(e.message, true);
  }
}

async function save(replace) {
  try {
    const saved = await api(session("save"), {replace});
    say("saved " + saved.saved);
  } catch (e) {
    if (e.status === 409 && !replace && / exists; /.test(e.message) && confirm(e.message + "?")) {
      return save(true);
    }
    say(e.message, true);
  }
}

// The server keeps a few event streams (8); when it refuses this page one (too many of its pages
// are open), the browser gives up on it for good, and the page would never hear of a training's
// progress or end. Then the page asks for its view every second instead, and says so.
function listen() {
  const events = new EventSource("/api/" + session("events"));
  events.addEventListener("change", e => {
    const change = JSON.parse(e.data);
    renderTraining(change.training);
    if (change.version !== state.version) refresh();
  });
  events.addEventListener("error", () => {
    if (events.readyState === EventSource.CLOSED && !state.polling) {
      state.polling = setInterval(refresh, 1000);
      say("no live updates from the server (too many of its pages are open); this page checks every second");
    }
  });
}

async function start() {
  try {
    state.meta = await api("sessions", {});
    state.id = state.meta.id;
    state.inputs = state.meta.start.slice();
    $("file").title = state.meta.file;
    $("file").textContent = state.meta.fileName + (state.meta.dataRows ? " · " + state.meta.dataRows + " data rows" : "");
    $("save-target").textContent = state.meta.saveTarget;
    $("download").href = "/api/" + session("script");
    $("export-svg").href = "/api/" + session("plot.svg");
    $("export-png").href = "/api/" + session("plot.png");
    for (const action of ["start", "pause", "step", "stop", "reset"]) {
      $("train-" + action).addEventListener("click", () => train(action));
    }
    $("save").addEventListener("click", () => save(false));
    $("revert").addEventListener("click", async () => {
      try { await api(session("revert"), {}); refresh(); } catch (e) { say(e.message, true); }
    });
    await refresh();
    listen();
  } catch (e) {
    say(e.message, true);
  }
}

start();
