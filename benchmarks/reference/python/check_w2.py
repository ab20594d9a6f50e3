"""Checks W2 outputs numerically, never textually.

Usage: check_w2.py INPUT.csv OUTPUT.csv... Each output must have one row per input row (a header
line is allowed; with several columns the last is the output), agree with the formula evaluated
here in float64 to |err| <= 1e-9 on every row, and have exactly 58,084 non-zero rows.
Prints one JSON line per output file; exits 1 when any check fails.
"""
import sys

import numpy as np

from common import emit

TOLERANCE = 1e-9
NON_ZERO_ROWS = 58_084


def relu(v):
    return np.maximum(v, 0.0)


def expected(x):
    h1 = relu(1.70 * x - 0.85)
    h2 = relu(12.6 * x + 0.0)
    return relu(-40.8 * h1 + 2.70 * h2 - 16.0)


def load_last_column(path):
    with open(path) as f:
        first = f.readline()
    try:
        float(first.strip().split(",")[-1])
        skip = 0
    except ValueError:
        skip = 1
    data = np.loadtxt(path, delimiter=",", skiprows=skip, dtype=np.float64, ndmin=2)
    return data[:, -1]


def check(x, path):
    y = load_last_column(path)
    problems = []
    if y.shape[0] != x.shape[0]:
        problems.append(f"{y.shape[0]} rows, expected {x.shape[0]}")
        return problems, float("nan"), int(np.count_nonzero(y))
    err = float(np.max(np.abs(y - expected(x))))
    non_zero = int(np.count_nonzero(y))
    if not err <= TOLERANCE:
        problems.append(f"max |err| {err} > {TOLERANCE}")
    if non_zero != NON_ZERO_ROWS:
        problems.append(f"{non_zero} non-zero rows, expected {NON_ZERO_ROWS}")
    return problems, err, non_zero


def main():
    x = np.loadtxt(sys.argv[1], skiprows=1, dtype=np.float64)
    ok = True
    for path in sys.argv[2:]:
        problems, err, non_zero = check(x, path)
        ok = ok and not problems
        emit({"file": path, "ok": not problems, "max_abs_err": err, "non_zero": non_zero,
              "problems": problems})
    sys.exit(0 if ok else 1)


main()
