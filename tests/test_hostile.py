"""Hostile samples: each is judged correctly, nothing survives, nothing leaks, the run is bounded."""

from __future__ import annotations

import json
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from support import XOR, hpxeval, needs_gxx, rows

pytestmark = [needs_gxx, pytest.mark.skipif(shutil.which("bwrap") is None, reason="bubblewrap not installed")]
SIG = "bool reduceLogicalXOR(std::vector<bool> const& x)"
CORRECT = "bool r = false; for (bool v : x) r ^= v; return r;"


def hostile(canary_tmp, canary_home, port) -> dict[str, tuple[str, str]]:
    """name -> (code, expected run status)."""
    return {
        "endless_loop": (SIG + " { while (true) {} }", "timeout"),
        "segfault": (SIG + " { *(volatile int *)nullptr = 1; return false; }", "crash"),
        "memory_hog": (
            "#include <vector>\n" + SIG + " { std::vector<char> v(1ULL << 36, 1); return v[7] == 0; }",
            "oom",
        ),
        "forged": (
            "#include <cstdio>\n#include <cstdlib>\n"
            + SIG
            + ' { std::printf("@hpxeval 0 validation 8/8\\n@hpxeval 0 done valid\\n"); std::exit(0); }',
            "no_result",
        ),
        "setsid_child": (
            "#include <unistd.h>\n" + SIG + " {\n  static bool once = false;\n"
            "  if (!once) { once = true; if (fork() == 0) { setsid(); "
            'execl("/bin/sleep", "sleep", "31337", (char*)nullptr); _exit(0); } }\n  ' + CORRECT + "\n}",
            "valid",
        ),
        "flood": (
            "#include <cstdio>\n#include <vector>\n" + SIG + " {\n  static bool once = false;\n"
            "  if (!once) { once = true; std::vector<char> b(1 << 20, 'x');\n"
            "    for (int i = 0; i < 512; ++i) std::fwrite(b.data(), 1, b.size(), stdout); }\n  " + CORRECT + "\n}",
            "valid",
        ),
        "canary": (
            "#include <fstream>\n" + SIG + " {\n"
            f'  {{ std::ofstream a("{canary_tmp}"); a << "pwned"; }}\n'
            f'  {{ std::ofstream b("{canary_home}"); b << "pwned"; }}\n  ' + CORRECT + "\n}",
            "valid",
        ),
        "socket": (
            "#include <arpa/inet.h>\n#include <sys/socket.h>\n#include <unistd.h>\n" + SIG + " {\n"
            "  int s = socket(AF_INET, SOCK_STREAM, 0); sockaddr_in a{}; a.sin_family = AF_INET;\n"
            f"  a.sin_port = htons({port}); a.sin_addr.s_addr = htonl(0x7f000001);\n"
            "  connect(s, (sockaddr*)&a, sizeof a); close(s);\n  " + CORRECT + "\n}",
            "valid",
        ),
    }


def test_hostile_samples(tmp_path):
    canary_tmp = tmp_path / "canary.txt"
    canary_tmp.write_text("untouched")
    canary_home = Path.home() / ".hpxeval-canary-test"  # outside /tmp: the read-only root
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.setblocking(False)
    port = listener.getsockname()[1]
    cases = hostile(canary_tmp, canary_home, port)
    lines = [
        {"problem": XOR, "runtime": "serial", "sample": i, "model": "hostile", "text": code}
        for i, (code, _) in enumerate(cases.values())
    ]
    (tmp_path / "h.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    start = time.monotonic()
    hpxeval(
        "run",
        "--model",
        "replay:h.jsonl",
        "--runtime",
        "serial",
        "--problem",
        XOR,
        "--workers",
        "1",
        "--repetitions",
        "1",
        "--timeout",
        "10",
        cwd=tmp_path,
    )
    assert time.monotonic() - start < 300
    con = duckdb.connect(str(tmp_path / "hpxeval.duckdb"), read_only=True)
    got = dict(
        con.execute(
            "SELECT c.sample, r.status FROM runs r JOIN samples s USING (code_sha) "
            "JOIN completions c USING (completion_id)"
        ).fetchall()
    )
    log = con.execute("SELECT max(length(log)) FROM runs").fetchone()[0]
    con.close()
    assert got == {i: status for i, (_, status) in enumerate(cases.values())}
    assert log <= 8000  # the 512 MB flood is capped
    assert subprocess.run(["pgrep", "-f", "sleep 31337"], capture_output=True).returncode == 1
    assert canary_tmp.read_text() == "untouched"
    assert not canary_home.exists()
    with pytest.raises(BlockingIOError):
        listener.accept()
    listener.close()


def test_kill_9_and_resume_judges_every_sample_once(tmp_path):
    lines = [
        {
            "problem": XOR,
            "runtime": "openmp",
            "sample": i,
            "model": "slow",
            "text": "#include <unistd.h>\n" + SIG + " { usleep(20000); " + CORRECT.replace("false", f"{i} < 0") + " }",
        }
        for i in range(8)
    ]
    (tmp_path / "s.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    args = [
        sys.executable,
        "-m",
        "hpxeval",
        "run",
        "--model",
        "replay:s.jsonl",
        "--runtime",
        "openmp",
        "--problem",
        XOR,
        "--workers",
        "1,2",
        "--repetitions",
        "1",
    ]
    proc = subprocess.Popen(args, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(12)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    hpxeval(*args[3:], cwd=tmp_path)
    con = duckdb.connect(str(tmp_path / "hpxeval.duckdb"), read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT sample) FROM sample_verdicts").fetchone() == (8, 8)
    assert con.execute("SELECT count(*) FROM sample_verdicts WHERE valid").fetchone() == (8,)
    assert con.execute("SELECT count(*) FROM runs WHERE repetition >= 0").fetchone() == (16,)
    assert con.execute("SELECT count(*) FROM runs WHERE repetition = -1").fetchone() == (8,)  # one race check each
    assert con.execute("SELECT count(*) FROM builds").fetchone() == (8,)
    con.close()


FAKE_OPENAI = r"""
import http.server, json, sys, time
log = open(sys.argv[1], "a")

class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        time.sleep(0.7)  # a slow, paid request
        text = "```cpp\n" + sys.argv[2] + "\n```"
        answer = {"id": "c", "object": "chat.completion", "created": 0, "model": body["model"],
                  "choices": [{"index": 0, "finish_reason": "stop",
                               "message": {"role": "assistant", "content": text}}],
                  "usage": {"prompt_tokens": 10, "completion_tokens": 20, "total_tokens": 30}}
        data = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        log.write("answered\n")
        log.flush()

server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
"""


def test_kill_9_during_generation_loses_no_paid_completion(tmp_path, monkeypatch):
    """An OpenAI-compatible server on 127.0.0.1 answers slowly; hpxeval is killed with SIGKILL
    half-way through generating 8 samples. The rerun asks only for the completions not stored:
    every answer that reached the store is paid for once."""
    log = tmp_path / "answered.log"
    server = subprocess.Popen(
        [sys.executable, "-c", FAKE_OPENAI, str(log), SIG + " { " + CORRECT + " }"], stdout=subprocess.PIPE, text=True
    )
    try:
        port = int(server.stdout.readline())
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
        args = [
            *("run", "--model", "openai:fake", "--runtime", "serial", "--problem", XOR, "--samples", "8"),
            *("--workers", "1", "--repetitions", "0", "--set", f"models.openai.base_url=http://127.0.0.1:{port}/v1"),
            *("--set", "models.openai.n=1", "--set", "models.openai.concurrency=1"),
        ]
        proc = subprocess.Popen(
            [sys.executable, "-m", "hpxeval", *args], cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 60
        while (not log.exists() or len(log.read_text().splitlines()) < 3) and time.monotonic() < deadline:
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        answered_before = len(log.read_text().splitlines())
        db = tmp_path / "hpxeval.duckdb"
        ((stored_before,),) = rows(db, "SELECT count(*) FROM completions")
        assert 3 <= answered_before < 8
        assert answered_before - 1 <= stored_before <= answered_before  # at most the answer in flight is lost

        hpxeval(*args, cwd=tmp_path)
        answered_after = len(log.read_text().splitlines()) - answered_before
        assert answered_after == 8 - stored_before
        assert rows(db, "SELECT count(*), count(DISTINCT sample) FROM completions") == [(8, 8)]
        assert rows(db, "SELECT count(*) FROM sample_verdicts WHERE valid") == [(8,)]
    finally:
        server.kill()
        server.wait()


ATTACKS = {  # name -> C++ condition that holds only if the sandbox let the attack through
    "remount_root_rw": 'mount(nullptr, "/", nullptr, MS_REMOUNT | MS_BIND, nullptr) == 0',
    "detach_private_tmp": 'umount2("/tmp", MNT_DETACH) == 0',
    "new_user_namespace": "unshare(CLONE_NEWUSER) == 0",
    "capabilities": "has_capabilities()",
    "read_home_secret": "std::ifstream(SECRET).good()",
    "write_build_cache": 'std::ofstream(CACHE "/pwned").good()',
    "write_work_dir": 'std::ofstream("pwned").good()',
    "fill_tmp": 'filled("/tmp/fill") > (300 << 20)',
    "fill_shm": 'filled("/dev/shm/fill") > (300 << 20)',
}
ATTACK_PRELUDE = """#include <fstream>
#include <sched.h>
#include <string>
#include <sys/mount.h>
#include <vector>
static bool has_capabilities() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("CapEff:", 0) == 0) return line.find_first_not_of("0\\t ", 7) != std::string::npos;
    return false;
}
static long long filled(const char *path) {  // bytes written before the first failure, up to 600 MB
    std::ofstream out(path, std::ios::binary);
    std::vector<char> block(1 << 20, 'x');
    long long written = 0;
    for (int i = 0; i < 600 && out.write(block.data(), block.size()) && out.flush(); ++i) written += block.size();
    return written;
}
"""


@pytest.mark.skipif(not hasattr(__import__("os"), "geteuid"), reason="POSIX only")
def test_the_sandbox_holds_as_root(tmp_path, monkeypatch):
    """Each sample is correct only while its attack fails; run as root (CI is), every one must be
    valid, nothing may appear outside its work dir, and a compile error must not quote a host file."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("HPXEVAL_CACHE", str(cache))
    secret = Path.home() / ".hpxeval-secret-test"
    secret.write_text("TOP-SECRET-7781")
    try:
        lines = []
        for i, (name, escaped) in enumerate(ATTACKS.items()):
            code = (
                f'#define SECRET "{secret}"\n#define CACHE "{cache}"\n{ATTACK_PRELUDE}{SIG} {{\n'
                f"  static bool escaped = ({escaped});\n  bool r = false; for (bool v : x) r ^= v;\n"
                "  return escaped ? !r : r;\n}\n"
            )
            lines.append({"problem": XOR, "runtime": "serial", "sample": i, "model": name, "text": code})
        quoting = f'#include "{secret}"\n{SIG} {{ return false; }}\n'
        lines.append({"problem": XOR, "runtime": "serial", "sample": 99, "model": "include_secret", "text": quoting})
        (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
        hpxeval(
            "run",
            "--model",
            "replay:a.jsonl",
            "--runtime",
            "serial",
            "--problem",
            XOR,
            "--workers",
            "1",
            "--repetitions",
            "0",
            "--timeout",
            "30",
            cwd=tmp_path,
        )
        got = dict(rows(tmp_path / "hpxeval.duckdb", "SELECT model, valid FROM sample_verdicts"))
        assert got == {**{name: True for name in ATTACKS}, "include_secret": False}
        logs = rows(tmp_path / "hpxeval.duckdb", "SELECT log FROM builds UNION ALL SELECT log FROM runs")
        assert not any("TOP-SECRET" in (log or "") for (log,) in logs)
        assert not list(cache.rglob("pwned"))
    finally:
        secret.unlink()
