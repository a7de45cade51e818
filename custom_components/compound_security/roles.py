"""Staff roles a manager gives Home Assistant users, one store per compound.

`.storage/compound_security.<entry id>.roles` maps user ids to a staff role (clerk,
guard, police), created and removed with the compound's registry. Admins are managers
whatever is stored and never get a role; a resident is not a role either but a user
linked to a person. A change is on disk before it is confirmed.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final

from homeassistant.helpers.storage import Store

from .const import DOMAIN, LOGGER

if TYPE_CHECKING:
    from homeassistant.core import HomeAssistant

ROLES_STORAGE_VERSION: Final = 1
ROLES_STORE_NAME: Final = "roles"


class StaffRole(StrEnum):
    """What a manager may make of a non-admin user in one compound."""

    CLERK = "clerk"  # property office desk
    GUARD = "guard"  # guard room, gates
    POLICE = "police"  # community police and their assistants


class RoleStore:
    """The staff roles of one compound: at most one per user."""

    def __init__(self, hass: HomeAssistant, entry_id: str) -> None:
        """Create the (empty) store of a compound's roles."""
        self.store: Store[dict[str, Any]] = Store(
            hass,
            ROLES_STORAGE_VERSION,
            f"{DOMAIN}.{entry_id}.{ROLES_STORE_NAME}",
            private=True,
            atomic_writes=True,
        )
        self._roles: dict[str, StaffRole] = {}

    async def async_load(self) -> None:
        """Read the stored roles; an unknown role (a later release's) is skipped."""
        stored = await self.store.async_load() or {}
        for user_id, role in dict(stored.get("roles", {})).items():
            try:
                self._roles[str(user_id)] = StaffRole(role)
            except ValueError:
                LOGGER.warning("Skipping unknown stored role %s", role)

    def role_of(self, user_id: str) -> StaffRole | None:
        """Return a user's staff role in this compound, if any."""
        return self._roles.get(user_id)

    @property
    def roles(self) -> dict[str, StaffRole]:
        """Return every user's role (a copy)."""
        return dict(self._roles)

    async def async_set(self, user_id: str, role: StaffRole | None) -> None:
        """Give a user a role (None: take it away), written to disk before returning."""
        roles = dict(self._roles)
        if role is None:
            roles.pop(user_id, None)
        else:
            roles[user_id] = role
        await self.store.async_save({"roles": {uid: str(r) for uid, r in sorted(roles.items())}})
        self._roles = roles
