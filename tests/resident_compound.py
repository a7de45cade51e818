"""A populated compound for walking what a resident's token can reach.

Two households (王奶奶's at 3-1-502, the resident's own; 李四's rental flat 3-1-601, the
neighbours'), a public and a private camera, alarms with snapshots for both households,
visitor passes for both, access-log rows, months of usage, a webhook reader and an old
catch-all route to persistent notifications.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import json
from typing import Any

from homeassistant.auth.models import User
from homeassistant.config_entries import ConfigSubentryDataWithId
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import (
    CLIENT_ID,
    MockConfigEntry,
    async_capture_events,
    async_mock_service,
)

from custom_components.compound_security.const import DOMAIN, EVENT_ALARM

from .console_helpers import LiveConsole
from .helpers import act, populate

WEBHOOK_ID = "north-gate-hook"
WEBHOOK_SECRET = "s3cret-of-the-north-gate-reader"  # noqa: S105  # a test's made-up secret


def _camera(subentry_id: str, title: str, url: str, access_point: str, *, public: bool) -> Any:
    return ConfigSubentryDataWithId(
        subentry_id=subentry_id,
        subentry_type="camera",
        title=title,
        unique_id=title.casefold(),
        data={
            "snapshot_url": url,
            "stream_url": "rtsp://192.0.2.1:554/Streaming/Channels/101",
            "username": "admin",
            "password": "secret",
            "access_points": [access_point],
            "public": public,
            "health_interval": 60,
            "offline_after": 10,
            "repair_hours": 72,
        },
    )


def walk_entry(camera_url: str) -> MockConfigEntry:
    """Return the compound: North gate (public camera, webhook reader), Garage B (private)."""
    return MockConfigEntry(
        domain=DOMAIN,
        title="漕湖花园五区",
        unique_id="漕湖花园五区",
        data={"name": "漕湖花园五区"},
        options={"min_area_per_person": 10.0, "retention_days": 180, "escalate_after": 0},
        subentries_data=[
            ConfigSubentryDataWithId(
                subentry_id="ap_north",
                subentry_type="access_point",
                title="North gate",
                unique_id="north gate",
                data={
                    "zone": "compound_gate",
                    "direction": "both",
                    "webhook_id": WEBHOOK_ID,
                    "webhook_secret": WEBHOOK_SECRET,
                },
            ),
            ConfigSubentryDataWithId(
                subentry_id="ap_garage",
                subentry_type="access_point",
                title="Garage B",
                unique_id="garage b",
                data={"zone": "garage", "direction": "in", "gate_entity": "switch.garage_b"},
            ),
            _camera("cam_public", "Playground camera", camera_url, "ap_north", public=True),
            _camera("cam_private", "Guard room camera", camera_url, "ap_garage", public=False),
            # A route as older releases allowed it: every user reads persistent notifications.
            ConfigSubentryDataWithId(
                subentry_id="route_screen",
                subentry_type="notification_route",
                title="Guard room screen",
                unique_id="guard room screen",
                data={"kinds": [], "targets": ["notify.persistent_notification"]},
            ),
        ],
    )


@dataclass
class Compound:
    """What the walk needs: the entry, both households' ids, the resident."""

    entry: MockConfigEntry
    ids: dict[str, str]
    resident: User
    token: str
    own_alarms: list[str] = field(default_factory=list)
    their_alarms: list[str] = field(default_factory=list)

    def theirs(self) -> list[str]:
        """Return what must never reach the resident: the neighbours' ids and data."""
        ids = self.ids
        return [
            ids["rental"],
            ids["tenant"],
            ids["tenant_card"],
            ids["their_bike"],
            ids["their_pass"],
            ids["their_pin"],
            ids["their_qr"],
            *self.their_alarms,
            "李四",
            "3-1-601",
            "0A0B0C0D",
            "苏E99999",
            "赵访客",  # their visitor
            "13900005678",
        ]

    def anyones(self) -> list[str]:
        """Return personal data of either household (for what every user reads).

        Alarm ids are not among them: the access points' event entities carry them for
        automations; they name nobody, and their snapshots are refused as above.
        """
        ids = self.ids
        return [
            *(found for found in self.theirs() if found not in self.their_alarms),
            ids["home"],
            ids["owner"],
            ids["card"],
            ids["bike"],
            "王奶奶",
            "3-1-502",
            "苏E12345",
            "13800001234",
            "钱访客",
        ]


def leaked(found: Any, secrets: list[str]) -> list[str]:
    """Return which of `secrets` appear anywhere in `found` (as JSON text)."""
    text = json.dumps(found, ensure_ascii=False, default=str)
    return [secret for secret in secrets if secret in text]


async def populate_for_walk(
    hass: HomeAssistant, entry: MockConfigEntry, manager: LiveConsole
) -> Compound:
    """Fill the compound and return it with a resident of 王奶奶's household."""
    async_mock_service(hass, "switch", "turn_on")
    async_mock_service(hass, "switch", "turn_off")
    async_mock_service(hass, "notify", "mobile_app_daughter")
    ids = await populate(hass)
    await act(hass, "update_person", person_id=ids["tenant"], phone="13900005678")
    their_bike = await act(
        hass,
        "add_vehicle",
        person_id=ids["tenant"],
        chip_uid="0xE0000002",
        kind="ebike",
        plate="苏E99999",
    )
    ids["their_bike"] = their_bike["vehicle_id"]
    resident = await hass.auth.async_create_user("Resident", group_ids=["system-users"])
    await act(hass, "update_person", person_id=ids["owner"], user_id=resident.id)
    refresh = await hass.auth.async_create_refresh_token(resident, CLIENT_ID)
    compound = Compound(entry, ids, resident, hass.auth.async_create_access_token(refresh))

    alarms = async_capture_events(hass, EVENT_ALARM)
    # Ours: the e-bike, locked, leaves through Garage B (the private camera's).
    await act(hass, "set_vehicle_lock", chip_uid="0xE0000001", locked=True)
    chip = {"access_point": "Garage B", "credential": "vehicle_chip"}
    await act(hass, "present_credential", uid="E0000001", **chip)
    # Theirs: 李四 is on care watch and passes the North gate; their e-bike is stolen too.
    await act(hass, "set_watch", person_id=ids["tenant"], level="care")
    await act(hass, "present_credential", access_point="North gate", uid="0A0B0C0D")
    await act(hass, "set_vehicle_lock", chip_uid="0xE0000002", locked=True)
    await act(hass, "present_credential", uid="E0000002", **chip)
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    await hass.async_block_till_done(wait_background_tasks=True)
    for event in alarms:
        own = event.data.get("household_id") == ids["home"]
        (compound.own_alarms if own else compound.their_alarms).append(event.data["alarm_id"])
    audit = entry.runtime_data.audit
    for alarm_id in compound.own_alarms + compound.their_alarms:
        row = await audit.async_get_alarm(alarm_id)
        assert row is not None
        assert row["snapshot"], f"alarm {alarm_id} has no snapshot"

    for household, visitor in (("home", "钱访客"), ("rental", "赵访客")):
        answer = await manager.ask("visitor_pass/create", household_id=ids[household], name=visitor)
        made = answer["result"]
        whose = "own" if household == "home" else "their"
        ids[f"{whose}_pass"] = made["pass_id"]
        ids[f"{whose}_pin"] = made["pin"]
        ids[f"{whose}_qr"] = made["qr"]

    records = [
        {"household_id": ids[h], "period": p, "electricity_kwh": kwh, "water_m3": 8}
        for h in ("home", "rental")
        for p, kwh in (("2026-09", 200), ("2026-10", 260))
    ]
    await act(hass, "import_meter_readings", records=records)
    await hass.async_block_till_done(wait_background_tasks=True)
    return compound
