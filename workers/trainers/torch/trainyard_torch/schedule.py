import math


def cosine_with_warmup(peak: float, step: int, cycle_steps: int) -> float:
    """Linear warmup over the first 10% (at most 100 steps), then cosine decay to 10% of the
    peak; TRAIN restarts it every cycle. The same curve as workers/trainers/tfjs/schedule.ts."""
    warmup = min(100, max(1, cycle_steps // 10))
    if step < warmup:
        return peak * (step + 1) / warmup
    progress = min(1.0, (step - warmup) / max(1, cycle_steps - warmup))
    return peak * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress)))
