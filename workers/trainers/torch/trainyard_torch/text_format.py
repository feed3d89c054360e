"""Bytes as tokens, records as in workers/trainers/tfjs/text-format.ts.

A dataset record is `prompt + "\\n" + completion + END`, where END (ASCII 3, "end of text")
tells the model, and generation, where an answer stops.
"""

END = 3


def encode(text: str) -> list[int]:
    return list(text.encode("utf-8"))


def decode(tokens: list[int]) -> str:
    return bytes(tokens).decode("utf-8", errors="replace")


def prompt_text(prompt: str) -> str:
    """The prompt as the model sees it at generation time: everything before the completion."""
    return f"{prompt}\n"


def record_tokens(record: dict) -> list[int]:
    return encode(prompt_text(record["prompt"]) + record["completion"]) + [END]


def completion_mask(record: dict) -> list[int]:
    """1 for the completion and END, 0 for the prompt: FINETUNE learns the answers only."""
    prompt_length = len(encode(prompt_text(record["prompt"])))
    return [0 if i < prompt_length else 1 for i in range(len(record_tokens(record)))]
