"""FINETUNE, TRAIN and CONTRACT with the built-in trainer's semantics (workers/trainers/tfjs/jobs.ts)."""

from .base_models import corpus_split
from .data import WindowSampler, dataset_streams, evaluation_windows
from .evaluate import log_distributions, mean_kl, perplexity
from .model_store import load_model, write_output
from .report import emit, log
from .schedule import cosine_with_warmup
from .session import JobStats, Plan, Trained, run_training
from .surgery import grow_one_layer, prune_mlp_neurons

# CONTRACT's short recovery training on the corpus after pruning.
RECOVERY_STEPS = 30
RECOVERY_LR = 1e-3
RECOVERY_BATCH = 8
CORPUS_SEQ_LEN = 64
LORA_SEED = 7
# Sequences per step for jobs submitted before `batchSize` existed.
DEFAULT_BATCH = 8


def finish(job: dict, trained: Trained, ppl_final: float) -> None:
    model, stats = trained.model, trained.stats
    config = write_output(job, model)
    params = model.params()
    emit(
        {
            "type": "result",
            "result": {
                "pplBaseline": stats.ppl_baseline,
                "pplFinal": ppl_final,
                "lossFinal": trained.last_loss,
                "paramsBefore": stats.params_before,
                "paramsAfter": params,
                "functionPreservation": stats.function_preservation,
                "gpuSeconds": stats.compute_seconds,
                "tokensProcessed": stats.tokens,
            },
            "outputModel": {
                "name": job["hyperparams"].get("outputName") or f"{job['model']['name']}-{job['type'].lower()}",
                "params": params,
                "config": config,
            },
        }
    )
    log(f"done: perplexity {stats.ppl_baseline:.2f} -> {ppl_final:.2f}, {params} parameters")


def finetune(job: dict) -> None:
    """LoRA on a frozen copy of the model; the loss counts completion tokens only."""
    h = job["hyperparams"]
    steps, lr, seq_len = h["steps"], h["lr"], h["seqLen"]
    evaluation, make_sampler, records = dataset_streams(job, seq_len, loss_on_completions=True)
    log(
        f"FINETUNE {job['model']['name']}: LoRA rank {h['loraRank']}, alpha {h['loraAlpha']}, {steps} steps over {records} records"
    )

    def prepare():
        model = load_model(job["model"]["config"])
        stats = JobStats(perplexity(model, evaluation), model.params())
        model.attach_lora(h["loraRank"], h["loraAlpha"], LORA_SEED)
        return model, stats

    trained = run_training(
        job,
        prepare,
        make_sampler,
        Plan(
            "finetune",
            steps,
            h.get("batchSize", DEFAULT_BATCH),
            seq_len,
            lr,
            lambda i: cosine_with_warmup(lr, i, steps),
            lambda m: m.lora.parameters(),
        ),
    )
    if trained:
        finish(job, trained, perplexity(trained.model, evaluation))


def train(job: dict) -> None:
    """Grows the model by one block (function-preserving), then trains every weight in
    `cycles` warm-restarted cosine cycles per turn."""
    h = job["hyperparams"]
    seq_len, lr, per_cycle = h["seqLen"], h["lr"], h["stepsPerCycle"]
    evaluation, make_sampler, _ = dataset_streams(job, seq_len)

    def prepare():
        model = load_model(job["model"]["config"])
        params_before, ppl_baseline = model.params(), perplexity(model, evaluation)
        before = log_distributions(model, evaluation)
        grow_one_layer(model)
        preservation = mean_kl(before, log_distributions(model, evaluation))
        log(
            f"grew to {model.architecture['nLayers']} layers ({params_before} -> {model.params()} parameters); "
            f"divergence after growth {preservation:.2e} nats"
        )
        return model, JobStats(ppl_baseline, params_before, preservation)

    trained = run_training(
        job,
        prepare,
        make_sampler,
        Plan(
            "train",
            h["turns"] * h["cycles"] * per_cycle,
            h.get("batchSize", DEFAULT_BATCH),
            seq_len,
            lr,
            lambda i: cosine_with_warmup(lr, i % per_cycle, per_cycle),
            lambda m: list(m.weights.values()),
            cycle_of=lambda i: i // per_cycle + 1,
        ),
    )
    if trained:
        finish(job, trained, perplexity(trained.model, evaluation))


def contract(job: dict) -> None:
    """Prunes MLP neurons, then recovers briefly on the corpus; perplexity on its held-out part."""
    h = job["hyperparams"]
    ratio, layers = h["contractionRatio"], h["numLayersToContract"]
    train_tokens, held_out = corpus_split()
    evaluation = evaluation_windows(held_out, CORPUS_SEQ_LEN)

    def prepare():
        model = load_model(job["model"]["config"])
        params_before, ppl_baseline = model.params(), perplexity(model, evaluation)
        widths = prune_mlp_neurons(model, ratio, layers)
        log(
            f"pruned {round(ratio * 100)}% of MLP neurons in {min(layers, len(widths))} layer(s): widths "
            f"{', '.join(map(str, widths))}; {params_before} -> {model.params()} parameters; "
            f"perplexity {ppl_baseline:.2f} -> {perplexity(model, evaluation):.2f} before recovery"
        )
        return model, JobStats(ppl_baseline, params_before)

    def make_sampler(state=None):
        return WindowSampler(
            train_tokens, range(len(train_tokens)), CORPUS_SEQ_LEN, f"{job['jobId']}:corpus", state=state
        )

    trained = run_training(
        job,
        prepare,
        make_sampler,
        Plan(
            "recover",
            RECOVERY_STEPS,
            RECOVERY_BATCH,
            CORPUS_SEQ_LEN,
            RECOVERY_LR,
            lambda i: cosine_with_warmup(RECOVERY_LR, i, RECOVERY_STEPS),
            lambda m: list(m.weights.values()),
        ),
    )
    if trained:
        finish(job, trained, perplexity(trained.model, evaluation))


JOBS = {"FINETUNE": finetune, "TRAIN": train, "CONTRACT": contract}
