"""`python -m hpxeval`: the same command line as `hpxeval`."""

from hpxeval.cli import main

if __name__ == "__main__":
    main()
