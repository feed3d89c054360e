"""The built-in trainers' weight file format, shared with workers/trainers/tfjs/tensor-file.ts.

A little-endian uint32 header length, a JSON header (`meta` plus each tensor's name and shape),
then every tensor's float32 values in header order. Models written by either trainer load in
the other, so the API's generation process can serve a model a GPU worker trained.
"""

import json
import os
import struct
from pathlib import Path

import torch


def write_tensor_file(path: Path, meta: dict, tensors: dict[str, torch.Tensor]) -> None:
    """Writes atomically: a reader never sees half a file."""
    header = json.dumps(
        {"meta": meta, "tensors": [{"name": name, "shape": list(t.shape)} for name, t in tensors.items()]}
    ).encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    with open(partial, "wb") as out:
        out.write(struct.pack("<I", len(header)))
        out.write(header)
        for t in tensors.values():
            out.write(t.detach().to("cpu", torch.float32).contiguous().numpy().tobytes())
    os.replace(partial, path)


def read_tensor_file(path: Path) -> tuple[dict, dict[str, torch.Tensor]]:
    data = Path(path).read_bytes()
    (length,) = struct.unpack_from("<I", data, 0)
    header = json.loads(data[4 : 4 + length])
    offset = 4 + length
    tensors = {}
    for entry in header["tensors"]:
        count = 1
        for dim in entry["shape"]:
            count *= dim
        values = torch.frombuffer(bytearray(data[offset : offset + count * 4]), dtype=torch.float32)
        tensors[entry["name"]] = values.reshape(entry["shape"])
        offset += count * 4
    return header["meta"], tensors
