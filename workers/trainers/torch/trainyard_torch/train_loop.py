"""Adam with global-norm gradient clipping, one metric per step (workers/trainers/tfjs/train-loop.ts)."""

import math
import time
from dataclasses import dataclass
from typing import Callable

import torch

from .data import WindowSampler
from .device import DEVICE, memory_gb
from .model import ByteTransformer
from .report import emit, log

MAX_GRAD_NORM = 1.0


@dataclass
class Segment:
    phase: str
    first_step: int  # steps done before this segment: the job's step counter continues
    steps: int
    batch: int
    seq_len: int
    lr_at: Callable[[int], float]  # learning rate for a step, 0-based within the job
    cycle_of: Callable[[int], int] | None = None
    quiet: bool = False  # log lines only: pretraining a base is not the job's own series


@dataclass
class Hooks:
    checkpoint_due: Callable[[int], bool]
    checkpoint: Callable[[int], None]
    stop_requested: Callable[[], bool]  # SIGTERM arrived: finish the step, checkpoint, stop


@dataclass
class Outcome:
    last_loss: float
    tokens: int
    stopped: bool


def train_segment(
    model: ByteTransformer,
    optimizer: torch.optim.Optimizer,
    trainable: list[torch.Tensor],
    sampler: WindowSampler,
    segment: Segment,
    hooks: Hooks,
) -> Outcome:
    last_loss, tokens, started = float("nan"), 0, time.perf_counter()
    for index in range(segment.steps):
        step = segment.first_step + index + 1
        lr = segment.lr_at(segment.first_step + index)
        for group in optimizer.param_groups:
            group["lr"] = lr
        windows, weights = sampler.next(segment.batch)
        step_started = time.perf_counter()
        optimizer.zero_grad(set_to_none=True)
        loss = model.window_loss(windows.to(DEVICE), weights.to(DEVICE) if weights is not None else None)
        loss.backward()
        grad_norm = torch.nn.utils.clip_grad_norm_(trainable, MAX_GRAD_NORM).item()
        optimizer.step()
        last_loss = loss.item()
        if not math.isfinite(last_loss):
            # The update is applied, so the weights are no good either: fail the job, naming the step.
            raise ValueError(f"the loss is {last_loss} at {segment.phase} step {step}")
        step_tokens = segment.batch * segment.seq_len
        tokens += step_tokens
        if not segment.quiet:
            metric = {
                "type": "metric",
                "step": step,
                "phase": segment.phase,
                "loss": last_loss,
                "lr": lr,
                "throughput": step_tokens / (time.perf_counter() - step_started),
                "gradNorm": grad_norm,
                "vramGb": memory_gb(),
            }
            if segment.cycle_of:
                metric["cycle"] = segment.cycle_of(segment.first_step + index)
            emit(metric)
        if step % (25 if segment.quiet else 10) == 0 or index in (0, segment.steps - 1):
            rate = tokens / (time.perf_counter() - started)
            log(f"{segment.phase} step {step} · loss {last_loss:.4f} · lr {lr:.2e} · {rate:.0f} tok/s")
        # After the last step it finishes instead: all that is left is the final evaluation, and
        # a checkpoint there would resume into an attempt with no step and no loss.
        stopping = hooks.stop_requested() and index < segment.steps - 1
        if stopping or hooks.checkpoint_due(step):
            hooks.checkpoint(step)
        if stopping:
            return Outcome(last_loss, tokens, True)
    return Outcome(last_loss, tokens, False)
