"""TRAIN's growth and CONTRACT's pruning, as in workers/trainers/tfjs/grow.ts and prune.ts."""

import math

import torch

from .model import ByteTransformer, mlp_width


def grow_one_layer(model: ByteTransformer) -> None:
    """One more block on top: a copy of the last block whose output projections (attention `wo`,
    MLP `w2`) and their biases start at zero. Each block adds its output to the residual stream,
    so the new one adds exactly zero and the grown model computes the same function; copying
    the last block (Net2Net-style) starts its attention and MLP somewhere useful."""
    a = model.architecture
    last, added = a["nLayers"] - 1, a["nLayers"]
    for name, weight in list(model.weights.items()):
        if not name.startswith(f"h{last}."):
            continue
        suffix = name[len(f"h{last}.") :]
        zeroed = suffix in ("attn.wo", "attn.bo", "mlp.w2", "mlp.b2")
        model.weights[f"h{added}.{suffix}"] = torch.zeros_like(weight) if zeroed else weight.clone()
    model.architecture = a | {"nLayers": a["nLayers"] + 1}
    if a.get("mlpHidden"):
        model.architecture["mlpHidden"] = [*a["mlpHidden"], a["mlpHidden"][last]]


def prune_mlp_neurons(model: ByteTransformer, ratio: float, layers: int) -> list[int]:
    """In each of the last `layers` blocks, keeps the (1 - ratio) MLP neurons with the largest
    ||w1[:, j]|| * ||w2[j, :]|| (a neuron that reads or writes little changes the residual
    stream little). The tensors really shrink, so the parameter count drops."""
    a = model.architecture
    widths = [mlp_width(a, i) for i in range(a["nLayers"])]
    for layer in range(max(0, a["nLayers"] - layers), a["nLayers"]):
        w1, b1, w2 = (model.weights[f"h{layer}.mlp.{n}"] for n in ("w1", "b1", "w2"))
        scores = w1.norm(dim=0) * w2.norm(dim=1)
        # Half rounds up, as JavaScript's Math.round does in the built-in trainer.
        keep = max(1, math.floor(widths[layer] * (1 - ratio) + 0.5))
        # Stable: ties keep the lower index, as the built-in trainer does.
        kept = torch.sort(torch.argsort(-scores, stable=True)[:keep]).values
        model.weights[f"h{layer}.mlp.w1"] = w1[:, kept].clone()
        model.weights[f"h{layer}.mlp.b1"] = b1[kept].clone()
        model.weights[f"h{layer}.mlp.w2"] = w2[kept, :].clone()
        widths[layer] = keep
    model.architecture = a | {"mlpHidden": widths}
    return widths
