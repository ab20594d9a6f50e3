"""Reads compare.sh's results folder, checks that both sides agree, prints the table of ratios.

Standard library only, so it runs (and says what is missing) even where torch cannot be installed.
Usage: summarize.py RESULTS_DIR. Also writes RESULTS_DIR/summary.md. Exits 1 when a check fails.
"""
import json
import math
import os
import statistics
import sys

W1_Y = 1.0100000000000016
# W3 after 10,000 steps, from WORKLOADS.md (PyTorch, plain Python and plain Java agree).
W3_PARAMS = {"w1": 3.261631319, "b1": -1.933311892, "w2": -3.346576528, "b2": 0.5432129449,
             "w3": -1.481505894, "w4": -2.245345144, "b3": 2.44819939}
W3_SSR_AFTER = {"1": 4.207068646, "10": 0.7100191075, "100": 0.6531760016}
W4_ACCURACY = (0.95, 1.0)
ACCURACY_GAP = 0.05
LN_10 = math.log(10.0)  # the cross-entropy of a uniform guess over 10 classes

# The references of W3-W5's training workloads: side -> its name in the table.
REFERENCES = {"pytorch": "PyTorch", "dl4j": "DL4J"}

# hyperfine command -> side, by a word in the command line
SIDES = {"Hello": "java-hello", "W2Stream": "java-stream", "nnrun": "nnscript",
         "w1_startup": "pytorch", "w2_batch": "pytorch"}


class Sample:
    """Repeated measurements of one figure: median and spread (min..max)."""

    def __init__(self, values):
        self.values = sorted(values)

    @property
    def median(self):
        return statistics.median(self.values)

    def text(self, unit, scale=1.0, digits=3):
        def fmt(v):
            return f"{v * scale:,.{digits}g}" if abs(v * scale) < 1000 else f"{v * scale:,.0f}"
        lo, hi = self.values[0], self.values[-1]
        return f"{fmt(self.median)} {unit} ({fmt(lo)}-{fmt(hi)}, n={len(self.values)})"


class Report:
    def __init__(self, results):
        self.results = results
        self.rows = []
        self.checks = []

    def check(self, ok, message):
        self.checks.append(("ok  " if ok else "FAIL") + " " + message)
        return ok

    def ratio(self, workload, measure, ours, theirs, ratio, target, met):
        ratio_text = "n/a" if ratio is None else f"{ratio:.3g}x"
        verdict = "n/a" if met is None else ("met" if met else "NOT met")
        self.rows.append((workload, measure, ours, theirs, ratio_text, target, verdict))

    def load_jsonl(self, name):
        path = os.path.join(self.results, name)
        if not os.path.exists(path):
            return []
        with open(path) as f:
            return [json.loads(line) for line in f if line.strip().startswith("{")]

    def load_hyperfine(self, name):
        """side -> Sample of wall seconds."""
        path = os.path.join(self.results, name)
        if not os.path.exists(path):
            return {}
        with open(path) as f:
            data = json.load(f)
        by_side = {}
        for result in data["results"]:
            side = next((s for word, s in SIDES.items() if word in result["command"]), None)
            if side and side not in by_side:
                by_side[side] = Sample(result["times"])
        return by_side


def group(records, *keys):
    out = {}
    for r in records:
        out.setdefault(tuple(r.get(k) for k in keys), []).append(r)
    return out


def last_number(path):
    if not os.path.exists(path):
        return None
    with open(path) as f:
        for token in reversed(f.read().replace(",", " ").replace("=", " ").split()):
            try:
                return float(token)
            except ValueError:
                continue
    return None


def w1(rep):
    times = rep.load_hyperfine("w1.json")
    if not times:
        return
    hello, nn, torch = times.get("java-hello"), times.get("nnscript"), times.get("pytorch")
    ms = lambda s: s.text("ms", 1000) if s else "not run"
    for side, path in (("nnrun", "w1-nnrun.out"), ("pytorch", "w1-pytorch.out")):
        full = os.path.join(rep.results, path)
        if os.path.exists(full):
            y = last_number(full)
            rep.check(y == W1_Y, f"W1 {side} prints y = {y!r} (expected {W1_Y!r})")
    rep.ratio("W1 start-up", "nnrun / Java hello world, wall", ms(nn), ms(hello),
              nn.median / hello.median if nn and hello else None, "< 3x",
              nn.median / hello.median < 3 if nn and hello else None)
    rep.ratio("W1 start-up", "PyTorch script / nnrun, wall", ms(nn), ms(torch),
              torch.median / nn.median if nn and torch else None, ">= 8x",
              torch.median / nn.median >= 8 if nn and torch else None)


def w2(rep):
    times = rep.load_hyperfine("w2.json")
    for c in rep.load_jsonl("w2-check.jsonl"):
        detail = "; ".join(c["problems"]) or f"max |err| {c['max_abs_err']:.3g}, {c['non_zero']} non-zero rows"
        rep.check(c["ok"], f"W2 {os.path.basename(c['file'])}: {detail}")
    if not times:
        return
    java, nn, torch = times.get("java-stream"), times.get("nnscript"), times.get("pytorch")
    s = lambda x: x.text("s") if x else "not run"
    rep.ratio("W2 1M rows", "nnrun / plain Java stream, wall", s(nn), s(java),
              nn.median / java.median if nn and java else None, "<= 1.3x",
              nn.median / java.median <= 1.3 if nn and java else None)
    rep.ratio("W2 1M rows", "PyTorch / nnrun, wall", s(nn), s(torch),
              torch.median / nn.median if nn and torch else None, ">= 2x",
              torch.median / nn.median >= 2 if nn and torch else None)
    xmx = [c for c in rep.load_jsonl("w2-check.jsonl") if "xmx64m" in c["file"]]
    rep.ratio("W2 1M rows", "nnrun with -Xmx64m", "ran, results checked" if xmx and xmx[0]["ok"]
              else "failed or not run", "", None, "works", bool(xmx and xmx[0]["ok"]) if xmx else None)


def check_w3(rep, side, records):
    for r in records[:1]:
        worst = max(abs(r["params"][k] - v) for k, v in W3_PARAMS.items())
        rep.check(worst <= 5e-9, f"W3 {side}: final parameters within {worst:.2g} of the published ones")
        rep.check(r["final_ssr"] < 1e-20, f"W3 {side}: final SSR {r['final_ssr']:.3g} < 1e-20")
        for step, v in r.get("ssr_after", {}).items():
            rep.check(abs(r["ssr_after"][step] - W3_SSR_AFTER[step]) <= 1e-9,
                      f"W3 {side}: SSR after {step} steps {r['ssr_after'][step]!r}")
    return Sample([r["steps_per_s"] for r in records]) if records else None


def w3(rep):
    by_side = {k[0]: v for k, v in group(rep.load_jsonl("w3.jsonl"), "side").items()}
    if not by_side:
        return
    samples = {side: check_w3(rep, side, records) for side, records in by_side.items()}
    nn, torch, loop = samples.get("nnscript"), samples.get("pytorch"), samples.get("java-loop")
    for side, name in REFERENCES.items():
        if nn and samples.get(side):
            a, b = by_side["nnscript"][0]["params"], by_side[side][0]["params"]
            worst = max(abs(a[k] - b[k]) for k in W3_PARAMS)
            rep.check(worst <= 1e-9, f"W3 nnscript vs {name}: final parameters differ by at most {worst:.2g}")
    t = lambda x: x.text("steps/s") if x else "not run"
    rep.ratio("W3 tiny training, cold", "nnscript / PyTorch steps/s", t(nn), t(torch),
              nn.median / torch.median if nn and torch else None, ">= 100x",
              nn.median / torch.median >= 100 if nn and torch else None)
    rep.ratio("W3 tiny training, cold", "hand-written Java loop / nnscript steps/s", t(nn), t(loop),
              loop.median / nn.median if nn and loop else None, "<= 2x",
              loop.median / nn.median <= 2 if nn and loop else None)
    dl4j = samples.get("dl4j")
    if dl4j:
        rep.ratio("W3 tiny training, cold", "nnscript / DL4J steps/s", t(nn), t(dl4j),
                  nn.median / dl4j.median if nn else None, "(secondary)", None)


def classifier_rows(rep, workload, records, key, targets, check_accuracy):
    """Rows nnscript / each reference, per value of key (batch or threads). targets maps
    (reference side, value) to the least ratio that meets the target; a pair without one is a
    secondary row. The PyTorch row always shows; a DL4J row shows when DL4J ran."""
    groups = group(records, key, "side")
    for value in sorted({k[0] for k in groups}, reverse=True):
        nn_runs = groups.get((value, "nnscript"), [])
        for side in ("nnscript", *REFERENCES):
            runs = groups.get((value, side), [])
            if runs:
                accuracy = statistics.median(r["accuracy"] for r in runs)
                check_accuracy(side, value, runs, accuracy)
        nn = Sample([r["samples_per_s"] for r in nn_runs]) if nn_runs else None
        engine = {r.get("engine_threads") for r in nn_runs} - {None, value}
        note = f" (nnscript on {engine.pop()} thread)" if engine else ""
        for side, name in REFERENCES.items():
            ref_runs = groups.get((value, side), [])
            if side != "pytorch" and not ref_runs:
                continue
            if nn_runs and ref_runs:
                gap = abs(statistics.median(r["accuracy"] for r in nn_runs)
                          - statistics.median(r["accuracy"] for r in ref_runs))
                rep.check(gap <= ACCURACY_GAP,
                          f"{workload} {key} {value}: accuracy gap nnscript vs {name} {gap:.3f} <= {ACCURACY_GAP}")
            ref = Sample([r["samples_per_s"] for r in ref_runs]) if ref_runs else None
            target = targets.get((side, value))
            ratio = nn.median / ref.median if nn and ref else None
            rep.ratio(workload, f"nnscript / {name} samples/s, {key} {value}{note}",
                      nn.text("samples/s") if nn else "not run", ref.text("samples/s") if ref else "not run",
                      ratio, target[0] if target else "(secondary)",
                      target[1](ratio) if ratio is not None and target else None)


def at_least(least):
    """A target ratio of at least `least`: (its text, its test)."""
    return f">= {least}x", lambda ratio: ratio >= least


def ahead():
    """nnscript faster than the reference."""
    return "> 1x", lambda ratio: ratio > 1


def w4(rep):
    def accuracy_in_range(side, batch, runs, accuracy):
        lo, hi = W4_ACCURACY
        rep.check(lo <= accuracy <= hi, f"W4 {side} batch {batch}: training accuracy {accuracy:.4f} in [{lo}, {hi}]")
    targets = {("pytorch", 32): at_least(3), ("pytorch", 1): at_least(20), ("dl4j", 32): ahead()}
    classifier_rows(rep, "W4 digits", rep.load_jsonl("w4.jsonl"), "batch", targets, accuracy_in_range)


def w5(rep):
    def learned(side, threads, runs, accuracy):
        loss = statistics.median(r["loss"] for r in runs)
        rep.check(loss < LN_10 and accuracy > 0.1,
                  f"W5 {side} {threads} thread(s): loss {loss:.4f} < ln 10, accuracy {accuracy:.4f} > 0.1")
    records = rep.load_jsonl("w5.jsonl")
    targets = {("pytorch", 1): at_least(0.8), ("pytorch", 2): at_least(0.8), ("dl4j", 1): ahead(), ("dl4j", 2): ahead()}
    classifier_rows(rep, "W5 wide", records, "threads", targets, learned)
    for (threads, side), runs in sorted(group(records, "threads", "side").items()):
        g = Sample([r["samples_per_s"] * 1_612_800 / 1e9 for r in runs])
        rep.checks.append(f"info W5 {side} {threads} thread(s): {g.text('GFLOP/s')}")
    gemm = group(rep.load_jsonl("w5-gemm.jsonl"), "threads")
    nn = group(records, "threads", "side")
    for (threads,), runs in sorted(gemm.items()):
        peak = Sample([r["gflops"] for r in runs])
        ours = nn.get((threads, "nnscript"))
        if not ours:
            continue
        rate = Sample([r["samples_per_s"] * 1_612_800 / 1e9 for r in ours])
        rep.ratio("W5 wide", f"nnscript GFLOP/s / OpenBLAS GEMM, {threads} thread(s)", rate.text("GFLOP/s"),
                  peak.text("GFLOP/s"), rate.median / peak.median, ">= 0.4x", rate.median / peak.median >= 0.4)


def main():
    results = sys.argv[1]
    rep = Report(results)
    for step in (w1, w2, w3, w4, w5):
        step(rep)
    lines = ["| workload | measure | nnscript | reference | ratio | target | verdict |",
             "|---|---|---|---|---|---|---|"]
    lines += ["| " + " | ".join(row) + " |" for row in rep.rows]
    lines += ["", "Checks:"] + ["- " + c for c in rep.checks]
    for name, title in (("unavailable.txt", "Not run"), ("failures.txt", "Failures")):
        path = os.path.join(results, name)
        if os.path.exists(path):
            with open(path) as f:
                lines += ["", title + ":"] + ["- " + l.strip() for l in f if l.strip()]
    text = "\n".join(lines)
    print(text)
    with open(os.path.join(results, "summary.md"), "w") as f:
        f.write(text + "\n")
    failed = any(c.startswith("FAIL") for c in rep.checks) or os.path.exists(os.path.join(results, "failures.txt"))
    sys.exit(1 if failed else 0)


main()
