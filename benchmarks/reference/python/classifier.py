"""Mini-batch SGD training of a float64 ReLU/softmax classifier, timed (W4, W5).

The model is nn.Linear layers with ReLU between them (torch's default initialisation draws weights
and biases uniformly in +-1/sqrt(fan_in)); the loss is cross-entropy, mean over the mini-batch, on
the logits (softmax folded in). Rows are reshuffled every epoch from the seed; the last partial
batch is kept.
"""
import time

import torch
from torch import nn


def build(widths, seed):
    torch.manual_seed(seed)
    layers = []
    for i in range(len(widths) - 1):
        layers.append(nn.Linear(widths[i], widths[i + 1]))
        if i < len(widths) - 2:
            layers.append(nn.ReLU())
    return nn.Sequential(*layers).double()


def train(model, x, y, learning_rate, batch, epochs, seed):
    """Trains in place; returns the seconds spent in the training loop."""
    loss_fn = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate)
    shuffle = torch.Generator().manual_seed(seed)
    rows = x.shape[0]
    start = time.perf_counter()
    for _ in range(epochs):
        order = torch.randperm(rows, generator=shuffle)
        for first in range(0, rows, batch):
            pick = order[first:first + batch]
            optimizer.zero_grad(set_to_none=True)
            loss_fn(model(x[pick]), y[pick]).backward()
            optimizer.step()
    return time.perf_counter() - start


def evaluate(model, x, y):
    """(accuracy, mean cross-entropy) over all rows."""
    with torch.no_grad():
        logits = model(x)
        accuracy = (logits.argmax(dim=1) == y).double().mean().item()
        loss = nn.functional.cross_entropy(logits, y).item()
    return accuracy, loss


def run(workload, widths, x, y, learning_rate, batch, epochs, seed, threads):
    """Builds, trains and evaluates; returns the result record."""
    model = build(widths, seed)
    seconds = train(model, x, y, learning_rate, batch, epochs, seed)
    accuracy, loss = evaluate(model, x, y)
    samples = epochs * x.shape[0]
    return {"workload": workload, "side": "pytorch", "batch": batch, "threads": threads,
            "samples": samples, "seconds": seconds, "samples_per_s": samples / seconds,
            "accuracy": accuracy, "loss": loss}
