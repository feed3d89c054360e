#!/usr/bin/env bash
# GPU smoke test: on a machine with an NVIDIA GPU, fine-tunes a small randomly initialised
# Hugging Face model (bench/gpu-smoke/make_model.py) through a real API and a real worker running
# the torch trainer, and writes throughput, VRAM and MFU to bench/GPU.md.
#
#   bash bench/gpu-smoke.sh
#
# Needs a Python (TRAINYARD_PYTHON, default python3) with CUDA PyTorch, transformers, peft and
# tokenizers; PostgreSQL and Redis as for the tests (scripts/with-services.sh finds or starts them).
# GPU_PEAK_TFLOPS overrides the GPU's peak dense bf16 TFLOP/s used for MFU.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v nvidia-smi >/dev/null 2>&1 || { echo "gpu-smoke: no nvidia-smi: this needs an NVIDIA GPU" >&2; exit 1; }
export TRAINYARD_PYTHON="${TRAINYARD_PYTHON:-python3}"
"$TRAINYARD_PYTHON" - <<'PY' || { echo "gpu-smoke: $TRAINYARD_PYTHON needs CUDA torch, transformers, peft and tokenizers (pip install torch transformers peft)" >&2; exit 1; }
import peft, tokenizers, torch, transformers
assert torch.cuda.is_available(), "torch cannot see a CUDA device"
PY
[ -d node_modules ] || npm ci
exec bash scripts/with-services.sh node --import tsx bench/gpu-smoke/run.ts
