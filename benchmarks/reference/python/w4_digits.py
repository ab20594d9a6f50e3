"""W4 reference: 64 -> 32 ReLU -> 10 softmax on the digits (all 1797 rows, pixels / 16).

Usage: w4_digits.py BATCH [SEED]. Plain SGD, learning rate 0.1, 20 epochs. The data is
shared/data/digits.csv (see common.shared_dir).
"""
import os
import sys

import numpy as np
import torch

from classifier import run
from common import emit, fail, shared_dir, threads_from_env

batch = int(sys.argv[1])
seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
threads = threads_from_env()
torch.set_num_threads(threads)
path = os.path.join(shared_dir(), "data", "digits.csv")
if not os.path.exists(path):
    fail(f"digits data not found at {path}; set NNSCRIPT_SHARED_DIR to the shared/ folder")
table = np.loadtxt(path, delimiter=",", skiprows=1, dtype=np.float64)
x = torch.from_numpy(table[:, :64] / 16.0)
y = torch.from_numpy(table[:, 64].astype(np.int64))
emit(run("W4", [64, 32, 10], x, y, 0.1, batch, 20, seed, threads))
