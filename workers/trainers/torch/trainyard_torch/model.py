"""The byte-level decoder-only transformer of workers/trainers/tfjs/model.ts, in PyTorch.

Same weight names, shapes and maths (pre-norm blocks, learned positions, biases on every
projection, ReLU MLP, output head tied to the byte embedding, `x @ W` orientation), so a weight
file written here loads in the built-in trainer and back. `mlpHidden` overrides the MLP width
per layer once a CONTRACT job has pruned neurons.
"""

import math
from dataclasses import dataclass, field

import torch
import torch.nn.functional as F

# The projections LoRA adapts: attention q, k, v, o and both MLP matrices, in every layer.
ADAPTED_MATRICES = ("attn.wq", "attn.wk", "attn.wv", "attn.wo", "mlp.w1", "mlp.w2")


def mlp_width(a: dict, layer: int) -> int:
    hidden = a.get("mlpHidden")
    return hidden[layer] if hidden else a["dModel"] * a["mlpRatio"]


def weight_shapes(a: dict) -> dict[str, tuple[int, ...]]:
    """Shapes of every weight, by name, in the order the file format stores them."""
    d = a["dModel"]
    shapes: dict[str, tuple[int, ...]] = {"wte": (a["vocabSize"], d), "wpe": (a["contextLength"], d)}
    for i in range(a["nLayers"]):
        h = mlp_width(a, i)
        shapes |= {
            f"h{i}.ln1.g": (d,), f"h{i}.ln1.b": (d,),
            f"h{i}.attn.wq": (d, d), f"h{i}.attn.bq": (d,),
            f"h{i}.attn.wk": (d, d), f"h{i}.attn.bk": (d,),
            f"h{i}.attn.wv": (d, d), f"h{i}.attn.bv": (d,),
            f"h{i}.attn.wo": (d, d), f"h{i}.attn.bo": (d,),
            f"h{i}.ln2.g": (d,), f"h{i}.ln2.b": (d,),
            f"h{i}.mlp.w1": (d, h), f"h{i}.mlp.b1": (h,),
            f"h{i}.mlp.w2": (h, d), f"h{i}.mlp.b2": (d,),
        }  # fmt: skip
    return shapes | {"lnf.g": (d,), "lnf.b": (d,)}


def init_weights(a: dict, seed: int) -> dict[str, torch.Tensor]:
    """GPT-2's initialisation: N(0, 0.02) for matrices, residual output projections scaled down
    by sqrt(2 * layers), zero biases, unit norm gains; seeded."""
    generator = torch.Generator().manual_seed(seed)
    weights = {}
    for name, shape in weight_shapes(a).items():
        if name.endswith(".g"):
            weights[name] = torch.ones(shape)
        elif len(shape) == 1:
            weights[name] = torch.zeros(shape)
        else:
            residual = name.endswith("attn.wo") or name.endswith("mlp.w2")
            std = 0.02 / math.sqrt(2 * a["nLayers"]) if residual else 0.02
            weights[name] = torch.randn(shape, generator=generator) * std
    return weights


@dataclass
class Lora:
    """W x + (alpha / rank) * B(A x) on each adapted matrix, B starting at zero (Hu et al., 2021)."""

    rank: int
    alpha: float
    adapters: dict[str, tuple[torch.Tensor, torch.Tensor]] = field(default_factory=dict)

    def parameters(self) -> list[torch.Tensor]:
        return [t for pair in self.adapters.values() for t in pair]

    def tensors(self) -> dict[str, torch.Tensor]:
        """As the adapter file names them."""
        return {f"{key}.lora_{part}": t for key, (a, b) in self.adapters.items() for part, t in (("a", a), ("b", b))}


@dataclass
class ByteTransformer:
    architecture: dict
    weights: dict[str, torch.Tensor]
    lora: Lora | None = None

    def params(self) -> int:
        return sum(w.numel() for w in self.weights.values())

    def to(self, device: torch.device) -> "ByteTransformer":
        self.weights = {k: w.to(device) for k, w in self.weights.items()}
        return self

    def attach_lora(self, rank: int, alpha: float, seed: int) -> Lora:
        """A small and random, B zero: the adapted model starts exactly equal to its base."""
        generator = torch.Generator().manual_seed(seed)
        device = self.weights["wte"].device
        lora = Lora(rank, alpha)
        for layer in range(self.architecture["nLayers"]):
            for matrix in ADAPTED_MATRICES:
                key = f"h{layer}.{matrix}"
                inputs, outputs = self.weights[key].shape
                a = torch.randn((inputs, rank), generator=generator) / math.sqrt(inputs)
                lora.adapters[key] = (a.to(device), torch.zeros((rank, outputs), device=device))
        self.lora = lora
        return lora

    def merge_lora(self) -> None:
        """Folds the adapters into the weights: W + (alpha / rank) A B. The model then has none."""
        if not self.lora:
            return
        scale = self.lora.alpha / self.lora.rank
        with torch.no_grad():
            for key, (a, b) in self.lora.adapters.items():
                self.weights[key] = self.weights[key] + scale * (a @ b)
        self.lora = None

    def forward(self, tokens: torch.Tensor) -> torch.Tensor:
        """Logits [batch, time, vocab] for token windows [batch, time]."""
        a, w = self.architecture, self.weights
        batch, time = tokens.shape
        d, heads = a["dModel"], a["nHeads"]
        head_dim = d // heads

        def linear(x, layer, matrix, bias):
            key = f"h{layer}.{matrix}"
            y = x @ w[key] + w[f"h{layer}.{bias}"]
            if self.lora and key in self.lora.adapters:
                lora_a, lora_b = self.lora.adapters[key]
                y = y + (x @ lora_a @ lora_b) * (self.lora.alpha / self.lora.rank)
            return y

        def split_heads(x):
            return x.view(batch, time, heads, head_dim).transpose(1, 2)

        x = w["wte"][tokens] + w["wpe"][:time]
        causal = torch.full((time, time), float("-inf"), device=tokens.device).triu(1)
        for i in range(a["nLayers"]):
            h = F.layer_norm(x, (d,), w[f"h{i}.ln1.g"], w[f"h{i}.ln1.b"], 1e-5)
            q, k, v = (split_heads(linear(h, i, f"attn.w{c}", f"attn.b{c}")) for c in "qkv")
            scores = (q @ k.transpose(-1, -2)) / math.sqrt(head_dim) + causal
            attended = (scores.softmax(-1) @ v).transpose(1, 2).reshape(batch, time, d)
            x = x + linear(attended, i, "attn.wo", "attn.bo")
            m = F.layer_norm(x, (d,), w[f"h{i}.ln2.g"], w[f"h{i}.ln2.b"], 1e-5)
            x = x + linear(F.relu(linear(m, i, "mlp.w1", "mlp.b1")), i, "mlp.w2", "mlp.b2")
        out = F.layer_norm(x, (d,), w["lnf.g"], w["lnf.b"], 1e-5)
        return out @ w["wte"].T

    def window_loss(self, windows: torch.Tensor, target_weights: torch.Tensor | None = None) -> torch.Tensor:
        """Mean next-byte cross-entropy (nats) of windows of `time + 1` tokens; with 0/1
        `target_weights` [batch, time], the mean over the targets weighted 1."""
        logits = self.forward(windows[:, :-1])
        losses = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), windows[:, 1:].reshape(-1), reduction="none")
        if target_weights is None:
            return losses.mean()
        weights = target_weights.reshape(-1)
        return (losses * weights).sum() / weights.sum().clamp(min=1)
