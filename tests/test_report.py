"""The report: analysis views, compile-error classes of real g++ messages, figures and index.html."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hpxeval.report import write_report
from hpxeval.store import Store
from PIL import Image
from support import hpxeval, needs_gxx
from synthetic import paper_store

BAD_PROGRAMS = {
    "syntax": "int f() { return 1 }\n",
    "undeclared": "int f() { return g(); }\n",
    "not a member": "#include <functional>\nbool f(bool a, bool b) { return std::logical_xor<bool>{}(a, b); }\n",
    "no matching function": "#include <vector>\nvoid f() { std::vector<int> v; v.push_back(1, 2); }\n",
    "conversion": '#include <string>\nint f() { std::string s = "a"; return s; }\n',
    "directive": "#error the sample gave up\n",
}
EXPECTED = {
    "syntax": "syntax",
    "undeclared": "declaration/call",
    "not a member": "declaration/call",
    "no matching function": "declaration/call",
    "conversion": "type",
    "directive": "other",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = paper_store(tmp_path_factory.mktemp("report") / "paper.duckdb")
    yield s
    s.close()


def _classify(store: Store, status: str, log: str | None) -> tuple[str | None, str | None]:
    return store.db.execute("SELECT build_error_class(?, ?), first_build_error(?)", [status, log, log]).fetchone()


def _gxx(tmp_path: Path, name: str, source: str, link: bool = False) -> str:
    path = tmp_path / f"{name.replace(' ', '_')}.cpp"
    path.write_text(source)
    args = ["g++", "-std=c++17", str(path), "-o", str(path.with_suffix(".out"))]
    out = subprocess.run(args if link else [*args[:3], "-c", *args[3:]], capture_output=True, text=True)
    assert out.returncode != 0
    return out.stderr


@needs_gxx
@pytest.mark.parametrize("name", list(BAD_PROGRAMS))
def test_compile_error_classes_of_real_gxx_messages(store, tmp_path, name):
    log = _gxx(tmp_path, name, BAD_PROGRAMS[name])
    cls, first = _classify(store, "compile_error", log)
    assert cls == EXPECTED[name], log
    assert first and first in log


@needs_gxx
def test_linker_errors_and_statuses(store, tmp_path):
    log = _gxx(tmp_path, "link", "int g();\nint main() { return g(); }\n", link=True)
    cls, first = _classify(store, "link_error", log)
    assert cls == "linker" and "undefined reference" in first
    assert _classify(store, "timeout", "build exceeded 120 s") == ("timeout", "build exceeded 120 s")
    assert _classify(store, "ok", "")[0] is None


def test_failure_views_count_each_sample_and_installation(store):
    builds = store.db.execute(
        "SELECT installation, error_class, count(*) FROM build_failures WHERE model = 'm1' GROUP BY ALL ORDER BY ALL"
    ).fetchall()
    assert builds == [
        ("1.10.0", "declaration/call", 1),
        ("1.10.0", "syntax", 2),
        ("1.5.1", "declaration/call", 2),
        ("1.5.1", "linker", 1),
        ("1.5.1", "syntax", 2),
    ]
    runs = store.db.execute(
        "SELECT model, installation, failure_class, count(*) FROM run_failures GROUP BY ALL ORDER BY ALL"
    ).fetchall()
    assert runs == [
        ("m1", "1.10.0", "crash", 1),
        ("m1", "1.10.0", "timeout", 1),
        ("m1", "1.10.0", "wrong result", 1),
        ("m1", "1.5.1", "timeout", 1),
        ("m1", "1.5.1", "wrong result", 1),
        ("m2", "1.10.0", "wrong result", 3),
        ("m2", "1.5.1", "wrong result", 3),
    ]


def test_construct_census(store):
    census = store.db.execute(
        "SELECT construct, samples, valid_samples, of_samples FROM construct_census"
        " WHERE model = 'm1' AND runtime = 'hpx' ORDER BY construct"
    ).fetchall()
    assert census == [("async_future", 1, 0, 10), ("execution_policy", 3, 2, 10), ("parallel_algorithm", 4, 3, 10)]


def test_problem_times_are_means_of_valid_samples(store):
    rows = store.db.execute(
        "SELECT workers, valid_samples, mean_seconds, baseline_seconds FROM problem_times"
        " WHERE model = 'm1' AND runtime = 'hpx' AND problem = 'p1_reduce' ORDER BY workers"
    ).fetchall()
    # s0 takes the faster installation's time (1.10.0), s1 only has 1.10.0, s2 2.0 s everywhere
    assert rows == [
        (1, 3, pytest.approx((2.0 + 4.0 + 2.0) / 3), 2.0),
        (2, 3, pytest.approx((1.0 + 2.0 + 2.0) / 3), 2.0),
        (4, 3, pytest.approx((0.8 + 1.6 + 2.0) / 3), 2.0),
    ]


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.images: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "img":
            self.images.append(dict(attrs)["src"])

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def assert_real_png(path: Path, min_width: int = 600, min_height: int = 250) -> None:
    """A PNG of reasonable size whose pixels are not all alike."""
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", path
    assert path.stat().st_size > 10_000, path
    with Image.open(path) as image:
        assert image.width >= min_width and image.height >= min_height, (path, image.size)
        grey = image.convert("L")
        low, high = grey.getextrema()
        assert high - low > 100, path
        assert len(grey.getcolors(maxcolors=1 << 16) or range(1 << 16)) > 20, path


def test_report_writes_figures_and_an_index_that_references_them(store, tmp_path):
    index = write_report(store, tmp_path / "out")
    page = _Page()
    page.feed(index.read_text(encoding="utf-8"))
    assert len(page.images) == 6
    for src in page.images:
        assert_real_png(index.parent / src)
    text = " ".join(page.text)
    assert "strict_pass@1 by category and model" in text
    assert "0.333" in text  # m1 / hpx / reduce strict_pass@1 = 2/6 in the tables
    assert "Each installation alone" in text  # hpx has a version matrix here


def test_report_of_a_store_without_runs_says_why(tmp_path):
    store = Store(tmp_path / "empty.duckdb")
    try:
        index = write_report(store, tmp_path / "out")
    finally:
        store.close()
    html = index.read_text(encoding="utf-8")
    assert "<img" not in html and "No figure: no samples." in html


def test_report_command(tmp_path):
    db = tmp_path / "cli.duckdb"
    paper_store(db).close()
    out = hpxeval("report", "--db", str(db), "--out", "site", "--problem", "p2_scan", cwd=tmp_path)
    assert "6 figures" in out.stderr
    times_table = (tmp_path / "site" / "index.html").read_text().split("<h3>times</h3>")[1].split("</table>")[0]
    assert "p2_scan" in times_table and "p1_reduce" not in times_table
    unknown = hpxeval("report", "--db", str(db), "--problem", "99_nope", cwd=tmp_path, check=False)
    assert unknown.returncode == 2 and "--problem: 99_nope not in" in unknown.stderr and "p1_reduce" in unknown.stderr
    missing = hpxeval("report", "--db", "absent.duckdb", cwd=tmp_path, check=False)
    assert missing.returncode == 2 and "absent.duckdb: no such DuckDB file" in missing.stderr


CHROMIUM = next((b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)


@pytest.mark.skipif(CHROMIUM is None, reason="no headless browser (apt install chromium) to render the report")
def test_report_renders_in_headless_chromium(store, tmp_path):
    index = write_report(store, tmp_path / "out")
    shot = tmp_path / "shot.png"
    args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
    args += ["--hide-scrollbars", "--window-size=1200,2400", f"--screenshot={shot}", index.as_uri()]
    subprocess.run(args, capture_output=True, timeout=120, cwd=tmp_path)
    assert_real_png(shot, 1200, 2400)


def test_every_worked_query_runs_and_finds_rows(store):
    text = (Path(__file__).parents[1] / "examples" / "queries.sql").read_text()
    queries = [q.strip() for q in text.split("\n-- name: ")[1:]]
    assert len(queries) >= 12
    for query in queries:
        name, _, sql = query.partition("\n")
        assert store.frame(sql).height > 0, name
