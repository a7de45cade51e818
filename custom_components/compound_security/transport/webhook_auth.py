"""The shared secret a networked reader proves on every webhook request.

The webhook id is only an address. Each request must also carry the access point's secret,
either as it is, `X-Compound-Secret: <secret>`, or as a signature of the raw body,
`X-Compound-Signature: sha256=<hex of HMAC-SHA256 keyed with the secret>`, for
controllers that should not send the secret itself. Both compare in constant time.
"""

from __future__ import annotations

from collections.abc import Mapping
import hashlib
import hmac
import secrets

SECRET_HEADER = "X-Compound-Secret"  # noqa: S105  # a header name
SIGNATURE_HEADER = "X-Compound-Signature"
SIGNATURE_PREFIX = "sha256="


def new_secret() -> str:
    """Return a fresh secret (256 random bits, URL-safe text)."""
    return secrets.token_urlsafe(32)


def signature(secret: str, body: bytes) -> str:
    """Return the `X-Compound-Signature` value of a body."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return f"{SIGNATURE_PREFIX}{digest}"


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(errors="replace"), expected.encode())


def authorized(secret: str, headers: Mapping[str, str], body: bytes) -> bool:
    """Return whether a request carries the secret or a valid signature of its body."""
    if not secret:
        return False  # no secret configured: nobody is let in
    if (given := headers.get(SECRET_HEADER)) is not None:
        return _same(given, secret)
    if (signed := headers.get(SIGNATURE_HEADER)) is not None:
        return _same(signed.strip().lower(), signature(secret, body))
    return False
