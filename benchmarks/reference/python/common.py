"""Helpers shared by the PyTorch reference scripts: paths, threads and result lines.

Every script prints exactly one JSON object on its last stdout line; compare.sh collects them.
"""
import json
import os
import sys

# benchmarks/reference/python -> the repository root.
REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))


def shared_dir():
    """The project's shared/ folder: $NNSCRIPT_SHARED_DIR, else ../shared beside the checkout."""
    return os.environ.get("NNSCRIPT_SHARED_DIR") or os.path.join(REPO_ROOT, "..", "shared")


def threads_from_env():
    """Intra-op threads for torch; compare.sh sets BENCH_THREADS (and the BLAS/OpenMP variables)."""
    return int(os.environ.get("BENCH_THREADS", "1"))


def emit(record):
    print(json.dumps(record), flush=True)


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)
