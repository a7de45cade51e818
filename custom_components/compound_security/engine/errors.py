"""The one error type the domain raises: a stable code plus what the message needs."""

from __future__ import annotations


class RuleError(ValueError):
    """Input breaks a rule; `code` is a translation key, `placeholders` fill its message."""

    def __init__(self, code: str, **placeholders: str) -> None:
        """Remember the code and the message placeholders."""
        super().__init__(code if not placeholders else f"{code}: {placeholders}")
        self.code = code
        self.placeholders = placeholders
