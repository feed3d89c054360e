"""`--serve-generation` (PROTOCOL.md, "Generation"): one JSON request per line on stdin, one
answer per line on stdout, in order, until stdin closes. Loaded models stay cached."""

import json
import random
import sys
import time
from collections import OrderedDict

import torch

from .hugging_face import HUGGING_FACE_FORMAT, generate_hugging_face, load_hugging_face
from .model import ByteTransformer
from .model_store import load_model
from .report import emit
from .text_format import END, decode, encode, prompt_text

MAX_CACHED_MODELS = 4


@torch.no_grad()
def generate(model: ByteTransformer, prompt: str, max_tokens: int, temperature: float, rng: random.Random) -> dict:
    """Continues `prompt` (formatted as in training) byte by byte until END or `max_tokens`."""
    started = time.perf_counter()
    context = model.architecture["contextLength"]
    tokens = encode(prompt_text(prompt))
    prompt_tokens = len(tokens)
    completion: list[int] = []
    device = model.weights["wte"].device
    while len(completion) < max_tokens:
        window = torch.tensor([tokens[-context:]], device=device)
        logits = model.forward(window)[0, -1]
        if temperature <= 0:
            token = int(logits.argmax())
        else:
            probabilities = (logits / temperature).softmax(-1).cpu().tolist()
            token = rng.choices(range(len(probabilities)), weights=probabilities)[0]
        if token == END:
            break
        completion.append(token)
        tokens.append(token)
    return {
        "text": decode(completion),
        "latencyMs": round((time.perf_counter() - started) * 1000),
        "promptTokens": prompt_tokens,
        "completionTokens": len(completion),
    }


def load_generator(config: dict):
    """A function (prompt, max_tokens, temperature, seed) -> answer for the model of `config`."""
    if config.get("format") == HUGGING_FACE_FORMAT:
        model, tokenizer = load_hugging_face(config)
        model.eval()
        return lambda prompt, max_tokens, temperature, seed: generate_hugging_face(
            model, tokenizer, prompt, max_tokens, temperature, random.Random(seed).getrandbits(63)
        )
    model = load_model(config)
    return lambda prompt, max_tokens, temperature, seed: generate(
        model, prompt, max_tokens, temperature, random.Random(seed)
    )


def invalid_reason(request) -> str | None:
    if not isinstance(request, dict):
        return "a request is a JSON object"
    checks = {
        "id": isinstance(request.get("id"), str),
        "model": isinstance(request.get("model"), dict)
        and isinstance(request["model"].get("key"), str)
        and isinstance(request["model"].get("config"), dict),
        "prompt": isinstance(request.get("prompt"), str),
        "maxTokens": type(request.get("maxTokens")) is int and request["maxTokens"] >= 1,
        "temperature": type(request.get("temperature")) in (int, float) and request["temperature"] >= 0,
        "seed": request.get("seed") is None or isinstance(request["seed"], str),
    }
    wrong = [name for name, ok in checks.items() if not ok]
    return f"invalid request fields: {', '.join(wrong)}" if wrong else None


def serve_generation() -> None:
    generators: OrderedDict[str, object] = OrderedDict()
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            request = json.loads(line)
        except json.JSONDecodeError as error:
            emit({"id": None, "error": f"not JSON: {error}"})
            continue
        reason = invalid_reason(request)
        if reason:
            request_id = request.get("id") if isinstance(request, dict) else None
            emit({"id": request_id if isinstance(request_id, str) else None, "error": reason})
            continue
        try:
            key = request["model"]["key"]
            if key not in generators:
                generators[key] = load_generator(request["model"]["config"])
            generators.move_to_end(key)
            while len(generators) > MAX_CACHED_MODELS:
                generators.popitem(last=False)
            seed = request.get("seed") or f"{time.time_ns()}:{random.random()}"
            answer = generators[key](request["prompt"], request["maxTokens"], request["temperature"], seed)
            emit({"id": request["id"], **answer})
        except Exception as error:  # one failed request must not end the server
            emit({"id": request["id"], "error": str(error)})
