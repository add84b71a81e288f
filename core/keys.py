"""API keys: read from the environment or the system keyring, never from (or into) files."""

from __future__ import annotations

import os

from hpxeval.models import ModelError

KEYRING_SERVICE = "hpxeval"


def from_keyring(name: str) -> str | None:
    """The key stored with `keyring set hpxeval NAME`, where the keyring package and a backend exist."""
    try:
        import keyring
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, name) or None
    except Exception:  # no usable keyring backend (headless machine): same as no key
        return None


def api_key(name: str, backend: str, required: bool = True) -> str | None:
    """The key named `name` ($NAME, else the keyring); a ModelError saying how to set it when required."""
    value = os.environ.get(name) or from_keyring(name)
    if value is None and required:
        raise ModelError(
            f"{backend} needs an API key: set ${name} in the environment, or store it with "
            f"`keyring set {KEYRING_SERVICE} {name}` (keys are never read from experiment files)"
        )
    return value


def redact(text: str, *secrets: str | None) -> str:
    """The text with every secret replaced, for error messages that quote a server's reply."""
    for secret in secrets:
        if secret and len(secret) >= 8:
            text = text.replace(secret, "[redacted]")
    return text
