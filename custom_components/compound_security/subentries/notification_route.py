"""A notification route's subentry: who is told about which alarm kinds."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Self

from ..const import CONF_KINDS, CONF_TARGETS
from ..engine.routing import Route

if TYPE_CHECKING:
    from homeassistant.config_entries import ConfigSubentry


@dataclass(frozen=True, slots=True, kw_only=True)
class NotificationRouteConfig:
    """Who is told about which alarm kinds (no kinds: every kind but the police kinds)."""

    kinds: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Self:
        """Read a route's subentry data."""
        return cls(
            kinds=tuple(data.get(CONF_KINDS) or ()), targets=tuple(data.get(CONF_TARGETS) or ())
        )

    @classmethod
    def from_subentry(cls, subentry: ConfigSubentry) -> Self:
        """Read a notification route subentry."""
        return cls.from_data(subentry.data)

    def route(self, name: str) -> Route:
        """Return the alarm desk's route."""
        return Route(name, frozenset(self.kinds), self.targets)

    def to_data(self) -> dict[str, Any]:
        """Return the subentry data."""
        return {CONF_KINDS: list(self.kinds), CONF_TARGETS: list(self.targets)}

    def form_values(self) -> dict[str, Any]:
        """Return the form's values."""
        return self.to_data()
