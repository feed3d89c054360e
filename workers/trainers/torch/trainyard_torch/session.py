"""The training part of a job: fresh or from a checkpoint, checkpointing every
TRAINYARD_CHECKPOINT_EVERY steps (default 50) and on SIGTERM (workers/trainers/tfjs/session.ts)."""

import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import torch

from .data import WindowSampler
from .device import DEVICE
from .model import ByteTransformer, Lora
from .model_store import file_path
from .report import emit, log
from .train_loop import Hooks, Segment, train_segment


@dataclass
class JobStats:
    """Measured before training and carried across attempts; tokens and compute seconds
    accumulate over every attempt."""

    ppl_baseline: float
    params_before: int
    function_preservation: float | None = None
    tokens: int = 0
    compute_seconds: float = 0.0


@dataclass
class Plan:
    phase: str
    total_steps: int
    batch: int
    seq_len: int
    lr: float
    lr_at: Callable[[int], float]
    trainable: Callable[[ByteTransformer], list[torch.Tensor]]
    cycle_of: Callable[[int], int] | None = None


@dataclass
class Trained:
    model: ByteTransformer
    stats: JobStats
    last_loss: float


_stop = {"requested": False}
signal.signal(signal.SIGTERM, lambda *_: _stop.__setitem__("requested", True))


def stop_requested() -> bool:
    """True once SIGTERM arrived: finish the step, checkpoint, stop."""
    return _stop["requested"]


def note_stop_at_the_end() -> None:
    """A SIGTERM during the last step finishes the job instead (train_loop.py says why); the log
    says so, as the built-in trainer's does (workers/trainers/tfjs/session.ts)."""
    if stop_requested():
        log("asked to stop during the last step: finishing the job instead")


def checkpoint_every() -> int:
    return int(os.environ.get("TRAINYARD_CHECKPOINT_EVERY", "50"))


def save_atomically(state: dict, path: Path) -> None:
    """torch.save to a partial file, then rename: a resumed attempt never reads half a checkpoint."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.partial")
    torch.save(state, partial)
    os.replace(partial, path)


def save_checkpoint(path: Path, model, optimizer, sampler, step, stats) -> None:
    """The whole training state: weights (the architecture may have grown or shrunk), adapters,
    Adam's moments and step counts, and the sampler's RNG state."""
    lora = model.lora and {"rank": model.lora.rank, "alpha": model.lora.alpha, "adapters": model.lora.adapters}
    save_atomically(
        {
            "step": step,
            "architecture": model.architecture,
            "weights": model.weights,
            "lora": lora,
            "optimizer": optimizer.state_dict(),
            "sampler": sampler.state,
            "stats": stats.__dict__,
        },
        path,
    )


def run_training(
    job: dict,
    prepare: Callable[[], tuple[ByteTransformer, JobStats]],
    make_sampler: Callable[..., WindowSampler],
    plan: Plan,
) -> Trained | None:
    """Returns the trained model, or None when stopped early (after checkpointing)."""
    started = time.perf_counter()
    first_step = 0
    resume = job.get("resumeFrom")
    if resume:
        saved = torch.load(file_path(resume["uri"]), map_location=DEVICE)
        lora = saved["lora"] and Lora(saved["lora"]["rank"], saved["lora"]["alpha"], saved["lora"]["adapters"])
        model = ByteTransformer(saved["architecture"], saved["weights"], lora)
        stats = JobStats(**saved["stats"])
        sampler = make_sampler(saved["sampler"])
        first_step = saved["step"]
        log(f"resumed from the checkpoint at step {first_step} (attempt {job['attempt']})")
    else:
        model, stats = prepare()
        sampler = make_sampler()
    trainable = plan.trainable(model)
    for tensor in trainable:
        tensor.requires_grad_(True)
    optimizer = torch.optim.Adam(trainable, lr=plan.lr)
    if resume:
        optimizer.load_state_dict(saved["optimizer"])
    emit(
        {
            "type": "phase",
            "phase": plan.phase,
            "detail": {"steps": plan.total_steps, "fromStep": first_step, "params": model.params()},
        }
    )

    def attempt_stats(tokens: int) -> JobStats:
        return JobStats(
            stats.ppl_baseline,
            stats.params_before,
            stats.function_preservation,
            stats.tokens + tokens,
            stats.compute_seconds + time.perf_counter() - started,
        )

    def checkpoint(step: int) -> None:
        path = Path(job["workDir"]) / f"checkpoint-{step}.pt"
        tokens = (step - first_step) * plan.batch * plan.seq_len
        save_checkpoint(path, model, optimizer, sampler, step, attempt_stats(tokens))
        emit({"type": "checkpoint", "step": step, "uri": path.as_uri()})

    segment = Segment(
        plan.phase, first_step, plan.total_steps - first_step, plan.batch, plan.seq_len, plan.lr_at, plan.cycle_of
    )
    hooks = Hooks(
        checkpoint_due=lambda step: step % checkpoint_every() == 0 and step < plan.total_steps,
        checkpoint=checkpoint,
        stop_requested=stop_requested,
    )
    outcome = train_segment(model, optimizer, trainable, sampler, segment, hooks)
    if outcome.stopped:
        log("stopped on request after checkpointing")
        return None
    note_stop_at_the_end()
    for tensor in trainable:
        tensor.requires_grad_(False)
    return Trained(model, attempt_stats(outcome.tokens), outcome.last_loss)
