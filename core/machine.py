"""The machine a run was timed on: host, CPU, cores and load, stored with every evaluation.

Timing noise is invisible without it: the same serial baseline read 0.43-0.74 s across runs on
a loaded machine. Each `evaluate` stores one row (table `evaluations`) with the load before and
after, and every run it made names that row.
"""

from __future__ import annotations

import os
import platform
import socket
from pathlib import Path

from attrs import define
from hpxeval.config import physical_cores


@define(frozen=True)
class Machine:
    """What the host looked like at one moment."""

    host: str
    cpu: str
    logical_cores: int
    physical_cores: int
    load: float  # 1-minute load average


def cpu_model() -> str:
    """The CPU's model name (/proc/cpuinfo), else what platform knows."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.partition(":")[2].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def snapshot() -> Machine:
    """The host, its CPU, the cores this process may use and the current load."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return Machine(socket.gethostname(), cpu_model(), usable, physical_cores(), load)
