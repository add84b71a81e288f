"""The experiment file: cattrs structuring, overrides and error messages naming file and key."""

from __future__ import annotations

import pytest
from hpxeval.config import ConfigError, load, parse_value


def write(tmp_path, text):
    path = tmp_path / "exp.toml"
    path.write_text(text)
    return path


def test_file_values_and_command_line_overrides(tmp_path):
    path = write(
        tmp_path,
        '[generation]\nmodel = "replay:x.jsonl"\nsamples = 5\n[evaluation]\nworkers = [4, 1, 2]\n'
        'runtimes = ["openmp"]\n[runtimes.hpx]\nvalidity = "any"\n',
    )
    cfg = load(path, [("generation.samples", 7), ("evaluation.timeout", 12.5), ("runtimes.hpx.extra", "y")])
    assert cfg.generation.model == "replay:x.jsonl"
    assert cfg.generation.samples == 7
    assert cfg.evaluation.workers == [1, 2, 4]
    assert cfg.evaluation.timeout == 12.5
    assert cfg.runtimes == {"hpx": {"validity": "any", "extra": "y"}}


def test_unknown_key_names_file_key_and_allowed(tmp_path):
    path = write(tmp_path, "[evaluation]\nworkerz = [1]\n")
    with pytest.raises(ConfigError) as err:
        load(path)
    msg = str(err.value)
    assert str(path) in msg and "workerz" in msg and "evaluation" in msg
    assert "allowed: runtimes, categories, problems, workers, timeout" in msg


def test_wrong_type_names_the_key_and_expected_type(tmp_path):
    path = write(tmp_path, '[evaluation]\ntimeout = "soon"\n')
    with pytest.raises(ConfigError) as err:
        load(path)
    assert f"{path}: evaluation.timeout: expected a number, e.g. 30 or 2.5, got 'soon'" in str(err.value)


@pytest.mark.parametrize(
    "line, message",
    [
        ('cache = "no"', "evaluation.cache: expected true or false, got 'no'"),
        ("cache = 1", "evaluation.cache: expected true or false, got 1"),
        ("repetitions = 1.5", "evaluation.repetitions: expected a whole number, e.g. 3, got 1.5"),
        ("repetitions = true", "evaluation.repetitions: expected a whole number, e.g. 3, got True"),
        ("workers = [1, 2.0]", "evaluation.workers[1]: expected a whole number, e.g. 3, got 2.0"),
        ("timeout = 1e308", "evaluation.timeout: 1e+308 — must be more than 0 and at most 86400 seconds"),
        ("timeout = true", "evaluation.timeout: expected a number, e.g. 30 or 2.5, got True"),
    ],
)
def test_booleans_and_numbers_are_strictly_typed(tmp_path, line, message):
    path = write(tmp_path, f"[evaluation]\n{line}\n")
    with pytest.raises(ConfigError) as err:
        load(path)
    assert f"{path}: {message}" in str(err.value)


def test_an_integer_is_a_valid_float(tmp_path):
    assert load(write(tmp_path, "[evaluation]\ntimeout = 30\n")).evaluation.timeout == 30.0


def test_malformed_toml_and_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="not valid TOML"):
        load(write(tmp_path, "[evaluation\n"))
    with pytest.raises(ConfigError, match="no such experiment file"):
        load(tmp_path / "absent.toml")


def test_semantic_checks(tmp_path):
    with pytest.raises(ConfigError, match=r"evaluation.workers: \[0\]"):
        load(None, [("evaluation.workers", [0])])
    with pytest.raises(ConfigError, match="generation.samples: 0"):
        load(None, [("generation.samples", 0)])


@pytest.mark.parametrize(
    "text,value",
    [
        ("3", 3),
        ("[1, 2]", [1, 2]),
        ("true", True),
        ("openai:gpt-5", "openai:gpt-5"),
        ('"quoted"', "quoted"),
        ("2.5", 2.5),
    ],
)
def test_parse_value(text, value):
    assert parse_value(text) == value
