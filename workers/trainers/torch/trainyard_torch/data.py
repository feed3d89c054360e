"""Training windows and held-out windows over token streams (as workers/trainers/tfjs/data.ts)."""

import json
import random
from pathlib import Path

import torch

from .report import log
from .text_format import completion_mask, record_tokens

EVAL_WINDOWS = 32


def concatenate(documents: list[list[int]]) -> tuple[list[int], list[int]]:
    """Documents joined into one stream, with the offset where each begins."""
    stream: list[int] = []
    starts: list[int] = []
    for doc in documents:
        starts.append(len(stream))
        stream.extend(doc)
    return stream, starts


def record_end_starts(starts: list[int], stream_length: int, seq_len: int) -> list[int]:
    """Window starts that keep each record's end in its window, for a loss on completions: a
    record longer than a window starts it `seq_len + 1` tokens before its end, cutting the prompt
    from the left as generation does. From its own start, a window would hold none of a long
    prompt's completion, and a batch with no token to count has a loss of 0 / 0."""
    ends = starts[1:] + [stream_length]
    return [max(start, end - (seq_len + 1)) for start, end in zip(starts, ends)]


def evaluation_windows(stream: list[int], seq_len: int, max_windows: int = EVAL_WINDOWS) -> torch.Tensor:
    """Consecutive, non-overlapping windows of `seq_len + 1` tokens: a deterministic held-out set."""
    length = seq_len + 1
    windows = [stream[s : s + length] for s in range(0, len(stream) - length + 1, length)][:max_windows]
    if not windows:
        # Shorter than one window: repeat it, as the sampler's wrap-around does.
        windows = [[stream[i % len(stream)] for i in range(length)]]
    return torch.tensor(windows, dtype=torch.long)


class WindowSampler:
    """Windows of `seq_len + 1` tokens at random start positions (wrapping at the stream's end).

    For a dataset the starts are record starts, so every window begins with a prompt. With a
    loss mask (0/1 per stream token) a batch also weights each predicted token. The generator's
    state goes into checkpoints, so a resumed attempt draws the same batches.
    """

    def __init__(self, stream, starts, seq_len, seed: str, loss_mask=None, state=None):
        self.stream = torch.tensor(stream, dtype=torch.long)
        self.mask = torch.tensor(loss_mask, dtype=torch.float32) if loss_mask is not None else None
        self.starts = starts
        self.seq_len = seq_len
        self.rng = random.Random(seed)
        if state is not None:
            self.rng.setstate(state)

    def next(self, batch: int) -> tuple[torch.Tensor, torch.Tensor | None]:
        offsets = torch.arange(self.seq_len + 1)
        rows = torch.tensor([self.starts[self.rng.randrange(len(self.starts))] for _ in range(batch)])
        positions = (rows[:, None] + offsets[None, :]) % len(self.stream)
        weights = self.mask[positions[:, 1:]] if self.mask is not None else None
        return self.stream[positions], weights

    @property
    def state(self):
        return self.rng.getstate()


def read_dataset(path: str | None, job_type: str) -> list[dict]:
    if not path:
        raise ValueError(f"{job_type} jobs need a dataset")
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def split_held_out(records: list[dict]) -> tuple[list[dict], list[dict]]:
    """Held-out and training records: every tenth group (a spec example and its rewrites), or every
    tenth record where records have no group (workers/trainers/tfjs/jobs.ts `splitHeldOut`). With
    fewer than ten groups, none is spared: the held-out list is the training records, and the log
    says so."""
    keys = [r.get("group", i) for i, r in enumerate(records)]
    held_out = [r for r, key in zip(records, keys) if key % 10 == 9]
    train = [r for r, key in zip(records, keys) if key % 10 != 9]
    if held_out:
        return held_out, train
    unit = "example groups" if any("group" in r for r in records) else "records"
    log(f"only {len(set(keys))} {unit}: nothing is held out, so perplexity is measured on the training records")
    return train, train


def dataset_streams(job: dict, seq_len: int, loss_on_completions: bool = False):
    """Perplexity is measured on held-out records (`split_held_out`). Returns the held-out windows,
    a sampler factory (taking a saved RNG state) and the record count."""
    records = read_dataset(job.get("datasetPath"), job["type"])
    held_out, train = split_held_out(records)
    stream, starts = concatenate([record_tokens(r) for r in train])
    evaluation = evaluation_windows(concatenate([record_tokens(r) for r in held_out])[0], seq_len)
    mask = concatenate([completion_mask(r) for r in train])[0] if loss_on_completions else None
    if loss_on_completions:
        starts = record_end_starts(starts, len(stream), seq_len)

    def make_sampler(state=None):
        return WindowSampler(stream, starts, seq_len, f"{job['jobId']}:data", mask, state)

    return evaluation, make_sampler, len(records)
