"""Compound Security: access control, watch list and usage checks for a residential compound."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from homeassistant.config_entries import SIGNAL_CONFIG_ENTRY_CHANGED, ConfigEntryChange
from homeassistant.const import EVENT_HOMEASSISTANT_STOP, Platform
from homeassistant.core import Event, HomeAssistant, callback
from homeassistant.exceptions import ConfigEntryNotReady
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.event import async_track_time_interval
from homeassistant.helpers.typing import ConfigType
from homeassistant.helpers.update_coordinator import DataUpdateCoordinator
from homeassistant.util import dt as dt_util
from sqlalchemy.exc import SQLAlchemyError

from .alarm_desk import AlarmDesk
from .audit_log import AuditLog, default_db_url
from .cameras import (
    CameraCoordinator,
    legacy_media_root,
    move_legacy_snapshots,
    private_root,
    purge_snapshots,
)
from .console_guard import async_setup_guard_websocket
from .console_home import async_setup_home_websocket
from .console_records import async_setup_records_websocket
from .console_registry import async_setup_registry_console_websocket
from .const import (
    CONF_ESCALATE_AFTER,
    CONF_ESCALATION_TARGETS,
    CONF_FIRE_ENTITY,
    CONF_TENANT_CARDS,
    CONF_USAGE_FACTOR,
    CONF_USAGE_MONTHS,
    DEFAULT_ESCALATE_AFTER,
    DOMAIN,
    LOGGER,
    SUBENTRY_CAMERA,
    SUBENTRY_METER_BUS,
)
from .controller import CompoundController
from .controllers import (
    async_start_controllers,
    async_stop_controllers,
    controller_links,
    door_actuator,
)
from .coordinator import (
    ActivityCoordinator,
    CompoundSecurityConfigEntry,
    CompoundSecurityData,
    RegistryCoordinator,
)
from .data import (
    access_points_from_entry,
    db_url_from_entry,
    routes_from_entry,
    settings_from_entry,
)
from .devices import async_register_devices
from .elevator_watch import async_start_elevator_watches
from .engine.model import TENANT_CARD_TYPES, TenantCards
from .engine.usage import DEFAULT_FACTOR, DEFAULT_MONTHS
from .enrolment import async_setup_enrolment_websocket
from .fire import FireRelease, async_track_fire_release
from .hardware import AccessPointHardware
from .isapi_events import async_start_event_streams
from .meter_poller import MeterBusCoordinator
from .panel import async_register_panel
from .private_by_default import async_drop_shared_targets, async_remove_private_camera_entities
from .registry import (
    CompoundRegistry,
    async_load_registry,
    async_remove_registry,
    async_setup_registries,
)
from .registry_lifecycle import PermitReminders, async_purge_moved_out
from .registry_websocket import async_setup_websocket
from .roles_websocket import async_setup_roles_websocket
from .services import async_setup_services
from .snapshot_links import LINK_KEY, async_load_link_key
from .subentries import AccessPointConfig, CameraConfig, MeterBusConfig
from .usage_tracker import UsageTracker
from .views import CameraSnapshotView, SnapshotView
from .visitor_passes import (
    TOKEN_KEY,
    VisitorPasses,
    async_load_visitor_key,
    async_load_visitor_passes,
    async_remove_visitor_passes,
)
from .visitors_websocket import async_setup_visitor_websocket
from .wanted import async_raise_wanted_alarms

CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)
PLATFORMS: list[Platform] = [
    Platform.BINARY_SENSOR,
    Platform.CAMERA,
    Platform.EVENT,
    Platform.LOCK,
    Platform.SENSOR,
]
PURGE_INTERVAL = timedelta(hours=24)


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:  # noqa: ARG001
    """Load the installation's keys and register the actions and websocket commands, once."""
    await async_setup_registries(hass)
    hass.data[TOKEN_KEY] = await async_load_visitor_key(hass)
    hass.data[LINK_KEY] = await async_load_link_key(hass)
    async_setup_websocket(hass)
    async_setup_roles_websocket(hass)
    async_setup_visitor_websocket(hass)
    async_setup_enrolment_websocket(hass)
    async_setup_guard_websocket(hass)
    async_setup_registry_console_websocket(hass)
    async_setup_records_websocket(hass)
    async_setup_home_websocket(hass)
    async_setup_services(hass)
    hass.http.register_view(SnapshotView())
    hass.http.register_view(CameraSnapshotView())
    await async_register_panel(hass)
    return True


async def async_setup_entry(  # noqa: PLR0915  # the runtime is built whole, in one place
    hass: HomeAssistant, entry: CompoundSecurityConfigEntry
) -> bool:
    """Set up a compound from its config entry: build its runtime whole, then its entities."""
    async_drop_shared_targets(hass, entry)  # before the routes are read
    settings = settings_from_entry(entry)
    registry = await async_load_registry(hass, entry)
    registry.engine.min_area_per_person = settings.min_area_per_person
    registry.engine.tenant_card_types = TENANT_CARD_TYPES[
        TenantCards(entry.options.get(CONF_TENANT_CARDS, TenantCards.RESIDENCE_PERMIT))
    ]
    access_points = access_points_from_entry(entry)
    registry.engine.access_points = frozenset(access_points)
    url = db_url_from_entry(entry) or default_db_url(hass)
    audit = AuditLog(hass, url, entry.entry_id, settings.retention_days)
    try:
        await audit.async_start()
    except SQLAlchemyError as err:
        raise ConfigEntryNotReady(
            translation_domain=DOMAIN,
            translation_key="audit_unavailable",
            translation_placeholders={"error": str(err)},
        ) from err
    if moved := await hass.async_add_executor_job(
        move_legacy_snapshots, legacy_media_root(hass), private_root(hass)
    ):
        LOGGER.info("Moved %d alarm snapshots out of the media folder", moved)
    decisions_today = await audit.async_count_since(dt_util.start_of_local_day())
    activity = ActivityCoordinator(hass, entry, decisions_today, access_points)
    visitors = await async_load_visitor_passes(hass, entry.entry_id, audit.retention)
    controller = CompoundController(hass, registry, audit, access_points, activity, visitors)
    await controller.async_start()
    entry.async_on_unload(controller.async_stop)
    usage = UsageTracker(
        hass,
        entry,
        registry,
        controller,
        float(entry.options.get(CONF_USAGE_FACTOR, DEFAULT_FACTOR)),
        int(entry.options.get(CONF_USAGE_MONTHS, DEFAULT_MONTHS)),
    )
    await usage.async_load()
    fire = FireRelease(hass, audit, entry.options.get(CONF_FIRE_ENTITY))
    links = controller_links(hass, entry)
    hardware = {
        access_point.id: AccessPointHardware(
            hass,
            entry,
            access_point,
            AccessPointConfig.from_subentry(entry.subentries[access_point.id]),
            controller,
            fire,
            door_actuator(links, access_point.id),
        )
        for access_point in access_points.values()
    }
    meter_buses = {
        subentry_id: MeterBusCoordinator(
            hass,
            entry,
            subentry_id,
            subentry.title,
            MeterBusConfig.from_subentry(subentry),
            registry,
            usage,
        )
        for subentry_id, subentry in entry.subentries.items()
        if subentry.subentry_type == SUBENTRY_METER_BUS
    }
    cameras = {
        subentry_id: CameraCoordinator(
            hass,
            entry,
            subentry_id,
            subentry.title,
            CameraConfig.from_subentry(subentry),
            controller,
        )
        for subentry_id, subentry in entry.subentries.items()
        if subentry.subentry_type == SUBENTRY_CAMERA
    }
    escalate_after = int(entry.options.get(CONF_ESCALATE_AFTER, DEFAULT_ESCALATE_AFTER))
    desk = AlarmDesk(
        hass,
        entry,
        controller=controller,
        audit=audit,
        activity=activity,
        cameras=cameras,
        hardware=hardware,
        routes=routes_from_entry(entry),
        escalate_after=timedelta(minutes=escalate_after) if escalate_after else None,
        escalation_targets=tuple(entry.options.get(CONF_ESCALATION_TARGETS, [])),
    )
    await desk.async_start()
    registry_totals = RegistryCoordinator(hass, entry, registry)
    await registry_totals.async_config_entry_first_refresh()
    entry.runtime_data = CompoundSecurityData(
        settings=settings,
        registry=registry,
        registry_totals=registry_totals,
        access_points=access_points,
        audit=audit,
        activity=activity,
        controller=controller,
        usage=usage,
        fire=fire,
        hardware=hardware,
        cameras=cameras,
        meter_buses=meter_buses,
        desk=desk,
        visitors=visitors,
        controllers=links,
        event_streams=async_start_event_streams(hass, entry, cameras),
    )
    for access_point in hardware.values():
        access_point.async_start()
    await async_start_controllers(hass, entry, links, hardware, controller, registry, visitors)
    async_track_fire_release(entry, fire, hardware, controller)
    async_raise_wanted_alarms(entry, registry, controller)
    async_start_elevator_watches(entry)
    _async_purge_daily(hass, entry, audit, registry, controller, visitors)

    async def _flush_on_stop(_event: Event) -> None:
        await audit.async_stop()  # no decision is lost on a clean stop

    entry.async_on_unload(hass.bus.async_listen(EVENT_HOMEASSISTANT_STOP, _flush_on_stop))
    async_register_devices(hass, entry)
    async_remove_private_camera_entities(hass, entry)
    _async_reload_when_subentries_change(hass, entry)
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    polled_coordinators: list[DataUpdateCoordinator[Any]] = [
        *meter_buses.values(),
        *cameras.values(),
    ]
    for polled in polled_coordinators:
        # Polled in the background: a slow bus or camera never holds up setup. They keep
        # polling with every entity disabled: meter readings are booked as usage, and
        # camera checks raise the offline alarms.
        entry.async_on_unload(polled.async_add_listener(_keep_polling))
        entry.async_create_background_task(
            hass, polled.async_refresh(), f"{DOMAIN} first poll {polled.name}"
        )
    return True


@callback
def _keep_polling() -> None:
    """Listen to a polled coordinator so it polls whether or not entities follow it."""


async def async_unload_entry(hass: HomeAssistant, entry: CompoundSecurityConfigEntry) -> bool:
    """Unload a compound: stop its readers, then write out and close the access log."""
    unloaded = await hass.config_entries.async_unload_platforms(entry, PLATFORMS)
    if unloaded:
        data = entry.runtime_data
        await async_stop_controllers(data.controllers)  # PC control off: they decide alone
        for hardware in data.hardware.values():
            await hardware.async_stop()  # no decision after this, so none misses the log
        for bus in data.meter_buses.values():
            await bus.bus.close()
        data.controller.async_stop()
        await data.visitors.async_flush()  # every entry used is on disk
        await data.visitors.records.async_write_now()
        await data.audit.async_stop()
    return unloaded


async def async_remove_entry(hass: HomeAssistant, entry: CompoundSecurityConfigEntry) -> None:
    """Delete a removed compound's registry and passes: nobody may keep its personal data."""
    await async_remove_registry(hass, entry.entry_id)
    await async_remove_visitor_passes(hass, entry.entry_id)


@callback
def _async_purge_daily(
    hass: HomeAssistant,
    entry: CompoundSecurityConfigEntry,
    audit: AuditLog,
    registry: CompoundRegistry,
    controller: CompoundController,
    visitors: VisitorPasses,
) -> None:
    """Once a day: purge what is past retention, and remind tenants of their permits.

    Past retention go the access log, snapshots and visitor passes, and people who moved
    out (when the access log no longer mentions them); the reminders also go out once at
    setup (each is sent once per card and expiry date).
    """
    reminders = PermitReminders(hass, registry)

    async def _remind() -> None:
        await reminders.async_check(dt_util.now().date(), controller.text)

    async def _purge(_now: Any) -> None:
        await audit.async_purge()
        await visitors.async_purge(dt_util.now() - audit.retention)
        removed = await hass.async_add_executor_job(
            purge_snapshots, private_root(hass), dt_util.now() - audit.retention
        )
        if removed:
            LOGGER.info("Purged %d snapshots past retention", removed)
        await async_purge_moved_out(registry, (dt_util.now() - audit.retention).date())
        await _remind()

    entry.async_on_unload(async_track_time_interval(hass, _purge, PURGE_INTERVAL))
    entry.async_create_background_task(hass, _remind(), f"{DOMAIN} permit reminders")


@callback
def _async_reload_when_subentries_change(
    hass: HomeAssistant, entry: CompoundSecurityConfigEntry
) -> None:
    """Reload when an access point is added or removed.

    Subentry reconfiguration and the options flow reload by themselves; adding or
    removing a subentry does not, and an update listener would clash with them.
    """
    loaded_subentries = set(entry.subentries)

    @callback
    def _on_entry_changed(change: ConfigEntryChange, changed: object) -> None:
        if (
            change is ConfigEntryChange.UPDATED
            and changed is entry
            and set(entry.subentries) != loaded_subentries
        ):
            hass.config_entries.async_schedule_reload(entry.entry_id)

    entry.async_on_unload(
        async_dispatcher_connect(hass, SIGNAL_CONFIG_ENTRY_CHANGED, _on_entry_changed)
    )
