"""Writes the W2 input: header `dosage`, then 1,000,000 rows '%.6f' % v for v drawn from
numpy.random.default_rng(20240601).random(1_000_000); 9,000,007 bytes. Usage: make_w2_input.py OUT.csv
"""
import os
import sys

import numpy as np

from common import fail

ROWS = 1_000_000
EXPECTED_BYTES = 9_000_007

target = sys.argv[1]
values = np.random.default_rng(20240601).random(ROWS)
with open(target, "w") as out:
    out.write("dosage\n")
    out.write("".join("%.6f\n" % v for v in values))
size = os.path.getsize(target)
if size != EXPECTED_BYTES:
    fail(f"{target}: {size} bytes, expected {EXPECTED_BYTES}")
