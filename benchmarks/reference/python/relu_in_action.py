"""StatQuest's "ReLU in action" network as a float64 torch module (W1, W2).

h1 = relu(1.70 x - 0.85); h2 = relu(12.6 x + 0.0); y = relu(-40.8 h1 + 2.70 h2 - 16)
"""
import torch
from torch import nn

F64 = torch.float64  # without it torch.tensor rounds the weights to float32


def build():
    net = nn.Sequential(nn.Linear(1, 2), nn.ReLU(), nn.Linear(2, 1), nn.ReLU()).double()
    with torch.no_grad():
        net[0].weight.copy_(torch.tensor([[1.70], [12.6]], dtype=F64))
        net[0].bias.copy_(torch.tensor([-0.85, 0.0], dtype=F64))
        net[2].weight.copy_(torch.tensor([[-40.8, 2.70]], dtype=F64))
        net[2].bias.copy_(torch.tensor([-16.0], dtype=F64))
    return net
