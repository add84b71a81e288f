"""The ParEval-compatible categories (problems 00-59), one category per problem-id word."""

from pathlib import Path

from hpxeval.hookspecs import hookimpl
from hpxeval.suite import Category, categories_in

PROBLEMS = Path(__file__).parent / "problems"


@hookimpl
def register_categories(register):
    for name in categories_in(PROBLEMS):
        register(Category.from_directory(name, PROBLEMS))
