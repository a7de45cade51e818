"""The secret a webhook reader proves: header or HMAC signature (plain Python)."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from custom_components.compound_security.transport.webhook_auth import (
    authorized,
    new_secret,
    signature,
)

SECRET = "s3cr3t-of-the-north-gate"  # noqa: S105  # a test value
BODY = b'{"uid": "0x8ec793"}'


def test_new_secrets_are_long_and_different() -> None:
    first, second = new_secret(), new_secret()
    assert first != second
    assert len(first) >= 43  # 32 random bytes, URL-safe base64


def test_signature_is_hmac_sha256_of_the_body() -> None:
    expected = hmac.new(SECRET.encode(), BODY, hashlib.sha256).hexdigest()
    assert signature(SECRET, BODY) == f"sha256={expected}"


@pytest.mark.parametrize(
    ("headers", "allowed"),
    [
        ({"X-Compound-Secret": SECRET}, True),
        ({"X-Compound-Signature": signature(SECRET, BODY)}, True),
        ({"X-Compound-Signature": signature(SECRET, BODY).upper()}, True),
        ({}, False),
        ({"X-Compound-Secret": ""}, False),
        ({"X-Compound-Secret": SECRET[:-1]}, False),
        ({"X-Compound-Secret": f"{SECRET} "}, False),
        ({"X-Compound-Secret": "秘密"}, False),
        ({"X-Compound-Signature": signature(SECRET, BODY + b" ")}, False),
        ({"X-Compound-Signature": signature("other", BODY)}, False),
        ({"X-Compound-Signature": signature(SECRET, BODY).removeprefix("sha256=")}, False),
        ({"Authorization": f"Bearer {SECRET}"}, False),
    ],
)
def test_authorized(headers: dict[str, str], allowed: bool) -> None:
    assert authorized(SECRET, headers, BODY) is allowed


def test_no_secret_lets_nobody_in() -> None:
    assert not authorized("", {"X-Compound-Secret": ""}, BODY)
    assert not authorized("", {"X-Compound-Signature": signature("", BODY)}, BODY)
