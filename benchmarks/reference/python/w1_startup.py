"""W1 reference: import torch, build the "ReLU in action" network, one forward pass, print y.

Whole-process wall time is the measure, so this script does nothing else.
"""
import sys

import torch

from relu_in_action import F64, build

x = float(sys.argv[1]) if len(sys.argv) > 1 else 0.5
net = build()
with torch.no_grad():
    y = net(torch.tensor([[x]], dtype=F64))
print(repr(y.item()))
