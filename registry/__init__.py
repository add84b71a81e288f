"""Data package: the index of known hpxeval plugins (plugins.toml)."""
