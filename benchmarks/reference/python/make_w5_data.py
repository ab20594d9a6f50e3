"""Writes the W5 data as raw little-endian files both sides read: x.f64 (10000 x 784 float64,
row-major) and y.i32 (10000 labels), from rng = np.random.default_rng(5);
X = rng.standard_normal((10000, 784)); W = rng.standard_normal((784, 10)); y = argmax(X @ W, 1).
Usage: make_w5_data.py OUT_DIR
"""
import os
import sys

import numpy as np

out = sys.argv[1]
rng = np.random.default_rng(5)
x = rng.standard_normal((10000, 784))
w = rng.standard_normal((784, 10))
y = np.argmax(x @ w, axis=1)
x.astype("<f8").tofile(os.path.join(out, "x.f64"))
y.astype("<i4").tofile(os.path.join(out, "y.i32"))
