"""W5 reference: 784 -> 256 ReLU -> 256 ReLU -> 10 softmax, SGD lr 0.01, batch 128, 3 epochs.

Usage: w5_wide.py DATA_DIR [SEED], DATA_DIR holding make_w5_data.py's x.f64 and y.i32.
"""
import os
import sys

import numpy as np
import torch

from classifier import run
from common import emit, threads_from_env

FLOPS_PER_SAMPLE = 1_612_800  # 2 x in x out per layer, x3 for forward and backward

data, seed = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1
threads = threads_from_env()
torch.set_num_threads(threads)
x = torch.from_numpy(np.fromfile(os.path.join(data, "x.f64"), dtype="<f8").reshape(-1, 784))
y = torch.from_numpy(np.fromfile(os.path.join(data, "y.i32"), dtype="<i4").astype(np.int64))
record = run("W5", [784, 256, 256, 10], x, y, 0.01, 128, 3, seed, threads)
record["gflops"] = record["samples_per_s"] * FLOPS_PER_SAMPLE / 1e9
emit(record)
