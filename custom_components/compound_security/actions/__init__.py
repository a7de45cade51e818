"""Every action of Compound Security, each declared once beside its handler.

To add an action: write its handler in the module of its subject, declare it there with
`@declare(name, operation, fields, response)`, give the operation a row in
`permissions.py` if it is new, and describe it in `services.yaml` and the translations.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from . import access, alarms, lifecycle, registry, usage, visitors
from .base import Action

ACTIONS: Final[Mapping[str, Action]] = {
    action.name: action
    for subject in (registry, lifecycle, access, alarms, usage, visitors)
    for action in subject.ACTIONS.actions
}

__all__ = ["ACTIONS", "Action"]
