"""Signed links to one alarm's stored snapshot, for notifications on phones and bots.

A phone shows a notification's picture by fetching it without a login (and WeCom or
DingTalk never has one), so a staff or family notification carries a link signed for
that alarm alone: `/api/compound_security/snapshots/<alarm id>?exp=<unix>&sig=<hmac>`,
valid for a day. The key is random per installation, in
`.storage/compound_security.snapshot_link_secret` (neither the ID-number key nor the
visitor key). The picture is the stored one, the moment of the alarm, so a camera that
is no entity (not public) needs none for its pictures to reach the guard's phone.
"""

from __future__ import annotations

from datetime import datetime, timedelta
import hashlib
import hmac
import secrets
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers.network import NoURLAvailableError, get_url
from homeassistant.helpers.storage import Store
from homeassistant.util.hass_dict import HassKey

from .const import DOMAIN, STORAGE_VERSION

LINK_LIFETIME = timedelta(hours=24)
LINK_KEY: HassKey[bytes] = HassKey(f"{DOMAIN}_snapshot_link_key")
SECRET_STORE = f"{DOMAIN}.snapshot_link_secret"
SNAPSHOT_URL = f"/api/{DOMAIN}/snapshots/{{alarm_id}}"


def snapshot_url(alarm_id: str) -> str:
    """Return the address of an alarm's snapshot (role-checked, with a login)."""
    return SNAPSHOT_URL.format(alarm_id=alarm_id)


async def async_load_link_key(hass: HomeAssistant) -> bytes:
    """Return the installation's key for snapshot links, creating it the first time."""
    store: Store[dict[str, Any]] = Store(
        hass, STORAGE_VERSION, SECRET_STORE, private=True, atomic_writes=True
    )
    stored = await store.async_load() or {}
    if "link_key" not in stored:
        stored = {"link_key": secrets.token_hex(32)}
        await store.async_save(stored)
    return bytes.fromhex(stored["link_key"])


def signature(key: bytes, alarm_id: str, expires: int) -> str:
    """Return the signature of one alarm's link until `expires` (Unix seconds)."""
    return hmac.new(key, f"snapshot:{alarm_id}:{expires}".encode(), hashlib.sha256).hexdigest()


def signed_path(key: bytes, alarm_id: str, now: datetime) -> str:
    """Return the path of an alarm's snapshot, signed for a day from `now`."""
    expires = int((now + LINK_LIFETIME).timestamp())
    return f"{snapshot_url(alarm_id)}?exp={expires}&sig={signature(key, alarm_id, expires)}"


def signed_link(hass: HomeAssistant, alarm_id: str, now: datetime) -> str:
    """Return the signed link, whole where Home Assistant knows its own address.

    A bot (WeCom, DingTalk) needs the whole address; the Companion app takes a path too.
    """
    path = signed_path(hass.data[LINK_KEY], alarm_id, now)
    try:
        return get_url(hass, prefer_external=True) + path
    except NoURLAvailableError:
        return path


def valid_signature(key: bytes, alarm_id: str, query: dict[str, str], now: datetime) -> bool:
    """Return whether a link's `exp` and `sig` open this alarm's snapshot now.

    Compared in constant time; an expired link, or one that claims to last longer than a
    link is ever signed for, opens nothing.
    """
    try:
        expires = int(query.get("exp", ""))
    except ValueError:
        return False
    moment = now.timestamp()
    if not moment < expires <= moment + LINK_LIFETIME.total_seconds() + 60:
        return False
    return hmac.compare_digest(signature(key, alarm_id, expires), query.get("sig", ""))
