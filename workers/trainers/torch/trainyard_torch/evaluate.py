"""Perplexity and the divergence that measures function preservation."""

import math

import torch

from .model import ByteTransformer


@torch.no_grad()
def perplexity(model: ByteTransformer, windows: torch.Tensor) -> float:
    """exp(mean next-byte cross-entropy) over held-out windows: perplexity per byte."""
    windows = windows.to(model.weights["wte"].device)
    losses = [model.window_loss(window[None]).item() for window in windows]
    return math.exp(sum(losses) / len(losses))


@torch.no_grad()
def log_distributions(model: ByteTransformer, windows: torch.Tensor) -> torch.Tensor:
    """Next-byte log-probabilities at every position of the windows' inputs."""
    return model.forward(windows[:, :-1].to(model.weights["wte"].device)).log_softmax(-1)


def mean_kl(before: torch.Tensor, after: torch.Tensor) -> float:
    """Mean KL(before || after) per position, in nats: 0 up to rounding when growth preserved
    the model's function."""
    kl = (before.exp() * (before - after)).sum(-1).clamp(min=0)
    return kl.mean().item()
