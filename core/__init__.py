"""hpxeval: evaluate LLM-generated parallel code for HPX, OpenMP and other AMT runtimes."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("hpxeval")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
