"""The machine's float64 matrix-multiply rate through numpy's BLAS (OpenBLAS here), for W5's yardstick.

Times C = A @ B for W5's largest product, (128 x 784) @ (784 x 256), many times over (after a warm-up)
and prints GFLOP/s = 2 x 128 x 784 x 256 per product / seconds. Threads come from compare.sh's
OPENBLAS_NUM_THREADS / BENCH_THREADS.

Usage: gemm_peak.py
"""
import time

import numpy as np

from common import emit, threads_from_env

M, K, N = 128, 784, 256
rng = np.random.default_rng(7)
a = rng.standard_normal((M, K))
b = rng.standard_normal((K, N))
c = np.empty((M, N))
for _ in range(50):
    np.matmul(a, b, out=c)
rates = []
for _ in range(7):
    reps = 400
    start = time.perf_counter()
    for _ in range(reps):
        np.matmul(a, b, out=c)
    rates.append(2.0 * M * K * N * reps / (time.perf_counter() - start) / 1e9)
rates.sort()
emit({"workload": "W5-gemm", "side": "openblas", "threads": threads_from_env(), "gflops": rates[len(rates) // 2]})
