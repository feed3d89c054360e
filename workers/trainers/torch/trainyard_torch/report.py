"""Protocol messages on standard output, one JSON object per line (../../PROTOCOL.md).

A plain blocking write: when the worker reads slower than we train, the pipe fills and the
write waits. Nothing is dropped.
"""

import json
import sys


def emit(message: dict) -> None:
    sys.stdout.write(json.dumps(message, allow_nan=False) + "\n")
    sys.stdout.flush()


def log(text: str) -> None:
    emit({"type": "log", "text": text})
