"""The command model: the prompt goes to the command's stdin, its stdout comes back as the completion."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hpxeval import plugins
from hpxeval.models import ModelError
from hpxeval.prompts import render
from hpxeval.records import Problem, Request
from hpxeval_command import CommandModel

ECHO = f"{sys.executable} -c \"import os, sys; print(os.environ['HPXEVAL_PROBLEM'], sys.stdin.read().upper())\""


def request(tmp_path: Path) -> Request:
    problem = Problem("01_demo", "demo", "f", "int f()", "Return one.", tmp_path, 1, 1)
    return Request(render(problem, "serial", ""), 0, "command", problem)


def test_prompt_in_completion_out(tmp_path):
    req = request(tmp_path)
    (completion,) = CommandModel(ECHO, {}).generate([req])
    assert completion.text == "01_demo " + req.prompt.text.upper() + "\n"
    assert completion.sent["command"][0] == sys.executable
    assert completion.latency_s is not None and completion.latency_s >= 0


def test_the_command_is_part_of_the_cache_key():
    assert CommandModel("cat", {}).settings() == {"command": ["cat"]}
    assert CommandModel(None, {"command": "cat -u"}).settings() == {"command": ["cat", "-u"]}


def test_failures_are_model_errors(tmp_path):
    with pytest.raises(ModelError, match="give the command"):
        CommandModel(None, {})
    with pytest.raises(ModelError, match="not an executable on PATH"):
        CommandModel("no-such-command-xyz", {})
    failing = CommandModel(f"{sys.executable} -c \"import sys; sys.exit('boom')\"", {})
    with pytest.raises(ModelError, match="exited 1 on 01_demo: boom"):
        list(failing.generate([request(tmp_path)]))


def test_found_through_its_entry_point():
    found = plugins.load()
    assert found.by_kind["model"]["command"].distribution == "hpxeval-model-command"
