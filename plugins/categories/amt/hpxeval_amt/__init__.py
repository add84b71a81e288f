"""The AMT categories (problems 60-69): locking_contention and futures_promises."""

from pathlib import Path

from hpxeval.hookspecs import hookimpl
from hpxeval.suite import Category, categories_in

PROBLEMS = Path(__file__).parent / "problems"


@hookimpl
def register_categories(register):
    for name in categories_in(PROBLEMS):
        register(Category.from_directory(name, PROBLEMS))
