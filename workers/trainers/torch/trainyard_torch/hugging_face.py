"""FINETUNE of a Hugging Face causal language model with `peft` LoRA, for GPU workers.

The model row's config is `{ "format": "huggingface/1", "path": "/local/model/dir" }` (registered
with the `registerHuggingFaceModel` mutation): a directory on the worker's disk, loaded with
`local_files_only`, so nothing is downloaded at run time. On CUDA the weights are bf16 and
gradient checkpointing trades recomputation for activation memory; `vramGb` and tokens/s come
from CUDA's own counters and events. The output is the LoRA adapter (peft's files), applied to
the same base directory wherever the model is used next.

The job follows the protocol as the byte-level trainer does: completion-only loss, every tenth
record held out for perplexity, checkpoints holding the adapter, Adam's state and the sampler's
RNG, a SIGTERM that checkpoints and stops.
"""

import hashlib
import math
import random
import shutil
import tempfile
import time
from pathlib import Path

import torch

from .data import read_dataset, split_held_out
from .device import DEVICE, memory_gb
from .model_store import file_path
from .report import emit, log
from .schedule import cosine_with_warmup
from .session import JobStats, checkpoint_every, note_stop_at_the_end, save_atomically, stop_requested

HUGGING_FACE_FORMAT = "huggingface/1"
ADAPTER_FILES = ("adapter_config.json", "adapter_model.safetensors")
MAX_GRAD_NORM = 1.0
PAD_TO_MULTIPLE_OF = 64


def _libraries():
    try:
        import peft
        import transformers
    except ImportError as error:
        raise RuntimeError(
            "Hugging Face models need the transformers and peft packages on the worker "
            "(README: Running workers on GPU machines)"
        ) from error
    return transformers, peft


def _adapter_dir(config: dict) -> Path | None:
    """peft wants a directory with its file names; the worker hands back files by name."""
    files = config.get("files") or {}
    if not files:
        return None
    directory = Path(tempfile.mkdtemp(prefix="trainyard-adapter-"))
    for name in ADAPTER_FILES:
        shutil.copyfile(file_path(files[name]), directory / name)
    return directory


def load_hugging_face(config: dict):
    """The base model (and the adapter of an earlier FINETUNE, merged) with its tokenizer."""
    transformers, peft = _libraries()
    path = config["path"]
    dtype = torch.bfloat16 if DEVICE.type == "cuda" and torch.cuda.is_bf16_supported() else torch.float32
    tokenizer = transformers.AutoTokenizer.from_pretrained(path, local_files_only=True)
    model = transformers.AutoModelForCausalLM.from_pretrained(path, local_files_only=True, dtype=dtype)
    adapter = _adapter_dir(config)
    if adapter:
        model = peft.PeftModel.from_pretrained(model, adapter).merge_and_unload()
    return model.to(DEVICE), tokenizer


def _encode(tokenizer, record: dict, seq_len: int, completion_only: bool) -> tuple[list[int], list[int]]:
    prompt = tokenizer(f"{record['prompt']}\n")["input_ids"]
    completion = tokenizer(record["completion"], add_special_tokens=False)["input_ids"]
    if tokenizer.eos_token_id is not None:
        completion = completion + [tokenizer.eos_token_id]
    # Cut from the left, as data.py's record_end_starts does: from the right, a prompt longer
    # than seq_len left no completion token to learn from, and the loss was 0 / 0.
    ids = (prompt + completion)[-seq_len:]
    labels = ([-100] * len(prompt) if completion_only else prompt) + completion
    return ids, labels[-seq_len:]


def _batch(tokenizer, examples: list[tuple[list[int], list[int]]]):
    # A handful of padded widths instead of one per batch: cuDNN's attention builds a plan per
    # shape, and rebuilding it every step halved throughput (H100, 166M Llama: 17k -> 33k tokens/s).
    width = math.ceil(max(len(ids) for ids, _ in examples) / PAD_TO_MULTIPLE_OF) * PAD_TO_MULTIPLE_OF
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    ids = torch.tensor([i + [pad] * (width - len(i)) for i, _ in examples], device=DEVICE)
    labels = torch.tensor([l + [-100] * (width - len(l)) for _, l in examples], device=DEVICE)
    mask = torch.tensor([[1] * len(i) + [0] * (width - len(i)) for i, _ in examples], device=DEVICE)
    return ids, labels, mask


@torch.no_grad()
def _perplexity(model, tokenizer, examples) -> float:
    model.eval()
    losses = [model(*_batch(tokenizer, [e])[::2], labels=_batch(tokenizer, [e])[1]).loss.item() for e in examples]
    model.train()
    return math.exp(sum(losses) / len(losses))


def finetune_hugging_face(job: dict) -> None:
    transformers, peft = _libraries()
    h = job["hyperparams"]
    steps, lr, seq_len, batch = h["steps"], h["lr"], h["seqLen"], h.get("batchSize", 8)
    config = job["model"]["config"]
    records = read_dataset(job.get("datasetPath"), job["type"])
    held_out_records, train_records = split_held_out(records)
    started = time.perf_counter()

    model, tokenizer = load_hugging_face(config)
    train_examples = [_encode(tokenizer, r, seq_len, True) for r in train_records]
    held_out = [_encode(tokenizer, r, seq_len, False) for r in held_out_records]
    params = sum(p.numel() for p in model.parameters())
    if DEVICE.type == "cuda":
        model.gradient_checkpointing_enable()
        model.enable_input_require_grads()
    lora = peft.LoraConfig(
        r=h["loraRank"], lora_alpha=h["loraAlpha"], target_modules="all-linear", task_type="CAUSAL_LM"
    )

    resume = job.get("resumeFrom")
    saved = torch.load(file_path(resume["uri"]), map_location=DEVICE) if resume else None
    stats = JobStats(**saved["stats"]) if saved else JobStats(_perplexity(model, tokenizer, held_out), params)
    # peft draws LoRA's A matrices from torch's global generator: seed it, so every attempt of
    # the job starts from the same adapters (a resumed one then loads its checkpoint over them).
    torch.manual_seed(int(hashlib.sha256(job["jobId"].encode()).hexdigest()[:15], 16))
    model = peft.get_peft_model(model, lora)
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=lr, weight_decay=0.0)
    rng = random.Random(f"{job['jobId']}:data")
    first_step = 0
    if saved:
        peft.set_peft_model_state_dict(model, saved["adapter"])
        optimizer.load_state_dict(saved["optimizer"])
        rng.setstate(saved["sampler"])
        first_step = saved["step"]
        log(f"resumed from the checkpoint at step {first_step} (attempt {job['attempt']})")
    adapter_params = sum(p.numel() for p in trainable)
    log(
        f"FINETUNE {job['model']['name']} ({params} parameters) with peft LoRA: {adapter_params} trainable, {DEVICE.type}"
    )
    emit({"type": "phase", "phase": "finetune", "detail": {"steps": steps, "fromStep": first_step, "params": params}})

    tokens, last_loss = 0, float("nan")
    model.train()
    for step in range(first_step + 1, steps + 1):
        step_lr = cosine_with_warmup(lr, step - 1, steps)
        for group in optimizer.param_groups:
            group["lr"] = step_lr
        ids, labels, mask = _batch(
            tokenizer, [train_examples[rng.randrange(len(train_examples))] for _ in range(batch)]
        )
        timer = _StepTimer()
        loss = model(input_ids=ids, attention_mask=mask, labels=labels).loss
        loss.backward()
        grad_norm = torch.nn.utils.clip_grad_norm_(trainable, MAX_GRAD_NORM).item()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        seconds = timer.seconds()
        step_tokens = int(mask.sum())
        tokens += step_tokens
        last_loss = loss.item()
        if not math.isfinite(last_loss):
            raise ValueError(f"the loss is {last_loss} at finetune step {step}")
        emit({"type": "metric", "step": step, "phase": "finetune", "loss": last_loss, "lr": step_lr,
              "throughput": step_tokens / seconds, "gradNorm": grad_norm, "vramGb": memory_gb()})  # fmt: skip
        # After the last step it finishes instead (train_loop.py says why).
        stopping = stop_requested() and step < steps
        if stopping or (step % checkpoint_every() == 0 and step < steps):
            path = Path(job["workDir"]) / f"checkpoint-{step}.pt"
            so_far = JobStats(stats.ppl_baseline, stats.params_before, None, stats.tokens + tokens,
                              stats.compute_seconds + time.perf_counter() - started)  # fmt: skip
            state = {
                "step": step,
                "adapter": peft.get_peft_model_state_dict(model),
                "optimizer": optimizer.state_dict(),
                "sampler": rng.getstate(),
                "stats": so_far.__dict__,
            }
            save_atomically(state, path)
            emit({"type": "checkpoint", "step": step, "uri": path.as_uri()})
        if stopping:
            log("stopped on request after checkpointing")
            return
    note_stop_at_the_end()

    output = Path(job["workDir"]) / "output" / "adapter"
    model.save_pretrained(output, safe_serialization=True)
    ppl_final = _perplexity(model, tokenizer, held_out)
    emit(
        {
            "type": "result",
            "result": {
                "pplBaseline": stats.ppl_baseline,
                "pplFinal": ppl_final,
                "lossFinal": last_loss,
                "paramsBefore": params,
                "paramsAfter": params,
                "functionPreservation": None,
                "gpuSeconds": stats.compute_seconds + time.perf_counter() - started,
                "tokensProcessed": stats.tokens + tokens,
            },
            "outputModel": {
                "name": h.get("outputName") or f"{job['model']['name']}-finetune",
                "params": params,
                "config": {
                    "format": HUGGING_FACE_FORMAT,
                    "path": config["path"],
                    "lora": {"rank": h["loraRank"], "alpha": h["loraAlpha"]},
                    "files": {name: (output / name).as_uri() for name in ADAPTER_FILES},
                },
            },
        }
    )
    log(f"done: perplexity {stats.ppl_baseline:.2f} -> {ppl_final:.2f}")


class _StepTimer:
    """Wall time of a step; on CUDA, measured by CUDA events around the queued work."""

    def __init__(self):
        self.started = time.perf_counter()
        if DEVICE.type == "cuda":
            self.start_event = torch.cuda.Event(enable_timing=True)
            self.start_event.record()

    def seconds(self) -> float:
        if DEVICE.type != "cuda":
            return time.perf_counter() - self.started
        end = torch.cuda.Event(enable_timing=True)
        end.record()
        end.synchronize()
        return self.start_event.elapsed_time(end) / 1000


@torch.no_grad()
def generate_hugging_face(model, tokenizer, prompt: str, max_tokens: int, temperature: float, seed: int) -> dict:
    started = time.perf_counter()
    inputs = tokenizer(f"{prompt}\n", return_tensors="pt").to(DEVICE)
    torch.manual_seed(seed)
    output = model.generate(
        **inputs,
        max_new_tokens=max_tokens,
        do_sample=temperature > 0,
        temperature=temperature if temperature > 0 else None,
        pad_token_id=tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id,
    )
    completion = output[0, inputs["input_ids"].shape[1] :]
    if tokenizer.eos_token_id is not None and len(completion) and completion[-1] == tokenizer.eos_token_id:
        completion = completion[:-1]
    return {
        "text": tokenizer.decode(completion, skip_special_tokens=True),
        "latencyMs": round((time.perf_counter() - started) * 1000),
        "promptTokens": inputs["input_ids"].shape[1],
        "completionTokens": len(completion),
    }
