"""W2 reference: batch inference over a CSV of dosages, one output per row, same order.

Usage: w2_batch.py INPUT.csv OUTPUT.csv. Reads with np.loadtxt, computes on a (rows, 1) float64
tensor, writes a header and repr() of every output (repr round-trips a double).
"""
import sys

import numpy as np
import torch

from common import threads_from_env
from relu_in_action import build

torch.set_num_threads(threads_from_env())
source, target = sys.argv[1], sys.argv[2]
x = torch.from_numpy(np.loadtxt(source, skiprows=1, dtype=np.float64).reshape(-1, 1))
with torch.no_grad():
    y = build()(x).reshape(-1)
with open(target, "w") as out:
    out.write("effectiveness\n")
    out.write("\n".join(map(repr, y.tolist())))
    out.write("\n")
