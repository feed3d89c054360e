"""Where tensors live, and the memory figure a metric reports (`vramGb`)."""

import os
import resource

import torch

DEVICE = torch.device("cuda" if torch.cuda.is_available() else "cpu")


def memory_gb() -> float:
    """Accelerator memory this process holds (CUDA's own peak-allocated counter), or on a CPU
    its resident host memory, in GB."""
    if DEVICE.type == "cuda":
        return torch.cuda.max_memory_allocated() / 1e9
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e9
    except OSError:  # not Linux: the peak is what the OS tells us (in KiB).
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e9
