"""Trainyard's PyTorch trainer: a separate program the worker spawns for each job attempt,
speaking workers/trainers/PROTOCOL.md.

    python3 workers/trainers/torch/main.py --job <job.json>
    python3 workers/trainers/torch/main.py --serve-generation
"""

import argparse
import json
import sys
from pathlib import Path

from trainyard_torch.report import emit


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--job", type=Path, help="the job file the worker wrote")
    mode.add_argument("--serve-generation", action="store_true", help="answer generation requests on stdin")
    args = parser.parse_args()
    try:
        if args.serve_generation:
            from trainyard_torch.generation import serve_generation

            serve_generation()
            return 0
        job = json.loads(args.job.read_text())
        from trainyard_torch.hugging_face import HUGGING_FACE_FORMAT, finetune_hugging_face
        from trainyard_torch.jobs import JOBS

        if job["model"]["config"].get("format") == HUGGING_FACE_FORMAT:
            if job["type"] != "FINETUNE":
                raise ValueError(f"a Hugging Face model can be fine-tuned, not used for {job['type']}")
            finetune_hugging_face(job)
        else:
            JOBS[job["type"]](job)
        return 0
    except Exception as error:
        emit({"type": "error", "message": f"{type(error).__name__}: {error}"})
        raise


if __name__ == "__main__":
    sys.exit(main())
