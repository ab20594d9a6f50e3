"""W3 reference: StatQuest's backpropagation setup trained by full-batch gradient descent.

a1 = softplus(w1 x + b1); a2 = softplus(w2 x + b2); yhat = w3 a1 + w4 a2 + b3; loss SSR (sum);
p <- p - 0.1 dSSR/dp for every parameter, exactly 10,000 steps. Times the training loop only
(import and set-up excluded) and prints steps/s, the SSR after 1, 10 and 100 steps and the final
parameters and SSR.
"""
import time

import torch
import torch.nn.functional as F

from common import emit, threads_from_env

STEPS = 10_000
LEARNING_RATE = 0.1
NAMES = ["w1", "b1", "w2", "b2", "w3", "w4", "b3"]
INITIAL = [2.74, 0.0, -1.13, 0.0, 0.36, 0.63, 0.0]
SSR_AFTER = (1, 10, 100)

torch.set_num_threads(threads_from_env())
f64 = torch.float64
x = torch.tensor([0.0, 0.5, 1.0], dtype=f64)
y = torch.tensor([0.0, 1.0, 0.0], dtype=f64)
params = [torch.tensor(v, dtype=f64, requires_grad=True) for v in INITIAL]
w1, b1, w2, b2, w3, w4, b3 = params


def ssr():
    yhat = w3 * F.softplus(w1 * x + b1) + w4 * F.softplus(w2 * x + b2) + b3
    return ((yhat - y) ** 2).sum()


ssr_after = {}
start = time.perf_counter()
for step in range(1, STEPS + 1):
    loss = ssr()
    loss.backward()
    with torch.no_grad():
        for p in params:
            p -= LEARNING_RATE * p.grad
            p.grad = None
    if step in SSR_AFTER:
        with torch.no_grad():
            ssr_after[str(step)] = ssr().item()
elapsed = time.perf_counter() - start

with torch.no_grad():
    final_ssr = ssr().item()
emit({"workload": "W3", "side": "pytorch", "steps": STEPS, "seconds": elapsed,
      "steps_per_s": STEPS / elapsed, "ssr_after": ssr_after, "final_ssr": final_ssr,
      "params": {n: p.item() for n, p in zip(NAMES, params)}})
