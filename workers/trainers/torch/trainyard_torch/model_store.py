"""Loading the models a job or a generation request names, and writing output models.

An output model's config is the built-in trainer's (`{ format, architecture, files: { weights } }`),
so either trainer, and the API's generation process, can load it. This trainer always stores
full weights: a LoRA adapter alone would be applied, elsewhere, to that machine's own pretrained
base, and the two trainers' bases differ.
"""

from pathlib import Path
from urllib.parse import unquote, urlparse


from .base_models import base_weights
from .device import DEVICE
from .model import ByteTransformer
from .tensor_file import read_tensor_file, write_tensor_file

FORMAT = "trainyard-weights/1"


def file_path(uri: str) -> Path:
    return Path(unquote(urlparse(uri).path))


def load_model(config: dict) -> ByteTransformer:
    """A catalog base (pretrained on first use) or full weights, on the training device."""
    architecture = config.get("architecture")
    if not architecture or architecture.get("family") != "byte-transformer":
        raise ValueError("the torch trainer's own model needs a byte-transformer architecture in the model's config")
    files = config.get("files") or {}
    if "weights" in files:
        weights = read_tensor_file(file_path(files["weights"]))[1]
    elif "adapter" in files:
        raise ValueError(
            "this model is a LoRA adapter over the built-in (tfjs) trainer's pretrained base; "
            "fine-tune or serve it with TRAINYARD_TRAINER=tfjs, whose base it needs"
        )
    else:
        weights = base_weights(architecture)
    return ByteTransformer(dict(architecture), weights).to(DEVICE)


def write_output(job: dict, model: ByteTransformer) -> dict:
    """Writes the model's full weights (LoRA merged) and returns its config."""
    model.merge_lora()
    path = Path(job["workDir"]) / "output" / "weights.tyw"
    write_tensor_file(path, {"jobId": job["jobId"], "trainer": "torch"}, model.weights)
    return {"format": FORMAT, "architecture": model.architecture, "files": {"weights": path.as_uri()}}
