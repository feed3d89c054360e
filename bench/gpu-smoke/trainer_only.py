"""The GPU smoke test without the control plane, for a GPU machine that has Python but no Node,
PostgreSQL or Redis: drives the torch trainer exactly as the worker does (a job file in, protocol
lines out, SIGTERM to stop) and writes the same figures as bench/gpu-smoke/run.ts.

    python3 bench/gpu-smoke/trainer_only.py <output.md>

Besides the straight FINETUNE it stops a second job with SIGTERM and resumes it from the
checkpoint as attempt 2, as the worker would after a hand-back, and compares the loss series.
"""

import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).parent))
from make_model import CORPUS, REPOSITORY, main as make_model  # noqa: E402

TRAINER = REPOSITORY / "workers/trainers/torch/main.py"
STEPS = int(os.environ.get("GPU_SMOKE_STEPS", 200))
HIDDEN = int(os.environ.get("GPU_SMOKE_HIDDEN", 1024))
LAYERS = int(os.environ.get("GPU_SMOKE_LAYERS", 12))
SEQ_LEN, BATCH, RANK = 512, 16, 16
PEAKS = json.loads((Path(__file__).parent / "peak-tflops.json").read_text())["peaks"]


def run_trainer(job: dict, work: Path, sigterm_after: int | None = None) -> list[dict]:
    job_file = work / f"job-{job['attempt']}.json"
    job_file.write_text(json.dumps(job))
    child = subprocess.Popen([sys.executable, str(TRAINER), "--job", str(job_file)], stdout=subprocess.PIPE, text=True)
    messages, metrics = [], 0
    for line in child.stdout:
        message = json.loads(line)
        messages.append(message)
        if message["type"] == "log":
            print(f"  trainer: {message['text']}", flush=True)
        if message["type"] == "metric":
            metrics += 1
            if metrics == sigterm_after:
                child.send_signal(signal.SIGTERM)
    if child.wait() != 0:
        raise RuntimeError(f"the trainer exited {child.returncode}")
    return messages


def of_type(messages: list[dict], kind: str) -> list[dict]:
    return [m for m in messages if m["type"] == kind]


def main(output: Path) -> None:
    gpu = torch.cuda.get_device_name()
    peak = float(os.environ.get("GPU_PEAK_TFLOPS") or next((p for pattern, p in PEAKS if re.search(pattern, gpu)), 0))
    if not peak:
        raise SystemExit(f'unknown peak TFLOP/s for "{gpu}": set GPU_PEAK_TFLOPS')
    work = Path(tempfile.mkdtemp(prefix="trainyard-gpu-smoke-"))
    params = make_model(work / "model", HIDDEN, LAYERS)[0]
    paragraphs = [p for p in CORPUS.read_text(encoding="utf-8").split("\n\n") if len(p) > 400][:500]
    dataset = work / "dataset.jsonl"
    dataset.write_text("\n".join(json.dumps({"prompt": p[:200], "completion": p[200:1600]}) for p in paragraphs))

    def job(job_id: str, steps: int, attempt: int = 1, resume: dict | None = None) -> dict:
        directory = work / job_id
        directory.mkdir(exist_ok=True)
        return {
            "jobId": job_id,
            "type": "FINETUNE",
            "attempt": attempt,
            "hyperparams": {"steps": steps, "lr": 2e-4, "seqLen": SEQ_LEN, "batchSize": BATCH,
                            "loraRank": RANK, "loraAlpha": 2 * RANK},  # fmt: skip
            "model": {"id": "gpu-smoke", "name": "gpu-smoke", "params": params,
                      "config": {"format": "huggingface/1", "path": str(work / "model")}},  # fmt: skip
            "datasetPath": str(dataset),
            "workDir": str(directory),
            "resumeFrom": resume,
        }

    print(f"straight FINETUNE, {STEPS} steps", flush=True)
    started = time.perf_counter()
    straight = run_trainer(job("00000000-0000-4000-8000-000000000001", STEPS), work)
    wall = time.perf_counter() - started
    points = of_type(straight, "metric")
    result = of_type(straight, "result")[0]["result"]
    steady = sorted(p["throughput"] for p in points if p["step"] > STEPS / 10)
    tokens_per_second = steady[len(steady) // 2]
    mfu = 6 * params * tokens_per_second / (peak * 1e12)

    print("FINETUNE stopped by SIGTERM after 30 steps, then resumed as attempt 2", flush=True)
    resumed_id, resume_steps = "00000000-0000-4000-8000-000000000002", 60
    first = run_trainer(job(resumed_id, resume_steps), work, sigterm_after=30)
    checkpoint = of_type(first, "checkpoint")[-1]
    second = run_trainer(job(resumed_id, resume_steps, 2, {"step": checkpoint["step"], "uri": checkpoint["uri"]}), work)
    reference = run_trainer(job(resumed_id, resume_steps, 1), work)
    reference_losses = {p["step"]: p["loss"] for p in of_type(reference, "metric")}
    resumed_losses = {p["step"]: p["loss"] for p in of_type(first, "metric")[: checkpoint["step"]]}
    resumed_losses.update({p["step"]: p["loss"] for p in of_type(second, "metric")})
    worst = max(abs(resumed_losses[s] - reference_losses[s]) for s in reference_losses)

    lines = [
        "# GPU smoke test",
        "",
        f"{date.today()}, {socket.gethostname()}, {gpu} (peak {peak:g} TFLOP/s dense bf16), torch {torch.__version__}, "
        "`python3 bench/gpu-smoke/trainer_only.py bench/GPU.md`: the torch trainer driven as the worker drives it "
        "(job file, protocol lines, SIGTERM), without the API and queue.",
        "",
        f"A randomly initialised Llama-style model of {params / 1e6:.1f} M parameters (hidden {HIDDEN}, {LAYERS} "
        f"layers), FINETUNE with peft LoRA rank {RANK}: {STEPS} steps of {BATCH} × up to {SEQ_LEN} tokens, bf16, "
        "gradient checkpointing.",
        "",
        "| Figure | Value |",
        "| --- | --- |",
        f"| Throughput (median step after warm-up, CUDA events) | {tokens_per_second:,.0f} tokens/s |",
        f"| Peak VRAM (torch.cuda.max_memory_allocated) | {max(p['vramGb'] for p in points):.2f} GB |",
        f"| MFU (6·N·tokens/s ÷ peak) | {mfu * 100:.1f}% |",
        f"| Loss, first → last step | {points[0]['loss']:.3f} → {points[-1]['loss']:.3f} |",
        f"| Held-out perplexity, before → after | {result['pplBaseline']:.1f} → {result['pplFinal']:.1f} |",
        f"| Trainer compute seconds (reported) / wall seconds of the process | {result['gpuSeconds']:.1f} / {wall:.1f} |",
        f"| SIGTERM at step 30 → checkpoint at step {checkpoint['step']} → attempt 2: largest loss difference "
        f"from an uninterrupted run of the same job, over {len(reference_losses)} steps | {worst:.2e} |",
        "",
    ]
    output.write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
