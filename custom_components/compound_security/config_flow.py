"""Config, options, reconfigure and subentry flows for Compound Security."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
import secrets
from typing import Any, override

from homeassistant.components import mqtt, webhook
from homeassistant.config_entries import (
    SOURCE_RECONFIGURE,
    ConfigEntry,
    ConfigFlow,
    ConfigFlowResult,
    ConfigSubentry,
    ConfigSubentryFlow,
    OptionsFlowWithReload,
    SubentryFlowResult,
)
from homeassistant.const import (
    CONF_NAME,
    CONF_PASSWORD,
    CONF_USERNAME,
    CONF_VERIFY_SSL,
    UnitOfArea,
    UnitOfTime,
)
from homeassistant.core import callback
from homeassistant.data_entry_flow import section
from homeassistant.helpers.network import NoURLAvailableError
from homeassistant.helpers.selector import (
    BooleanSelector,
    DeviceSelector,
    DeviceSelectorConfig,
    EntitySelector,
    EntitySelectorConfig,
    NumberSelector,
    NumberSelectorConfig,
    NumberSelectorMode,
    SelectOptionDict,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
    TextSelector,
    TextSelectorConfig,
    TextSelectorType,
)
import probatio as vol
import serialx
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from .const import (
    CARD_READER,
    CHIP_READER,
    CONF_ACCESS_POINTS,
    CONF_BAUDRATE,
    CONF_BUILDINGS,
    CONF_CAMERA_ENTITY,
    CONF_DB_URL,
    CONF_DIRECTION,
    CONF_DOOR_ENTITY,
    CONF_DOOR_MQTT_TOPIC,
    CONF_ESCALATE_AFTER,
    CONF_ESCALATION_TARGETS,
    CONF_FIRE_ENTITY,
    CONF_FORCED_WINDOW,
    CONF_FRAME_FORMAT,
    CONF_GATE_ENTITY,
    CONF_GATE_MQTT_PAYLOAD,
    CONF_GATE_MQTT_TOPIC,
    CONF_GATE_SERIAL_CLOSE,
    CONF_GATE_SERIAL_OPEN,
    CONF_GATE_SERIAL_URL,
    CONF_HEALTH_INTERVAL,
    CONF_HELD_OPEN_AFTER,
    CONF_KINDS,
    CONF_MIN_AREA_PER_PERSON,
    CONF_OFFLINE_AFTER,
    CONF_PARITY,
    CONF_POLL_INTERVAL,
    CONF_PROTOCOL,
    CONF_PUBLIC,
    CONF_PULSE_SECONDS,
    CONF_READER_MQTT_TOPIC,
    CONF_REPAIR_HOURS,
    CONF_RETENTION_DAYS,
    CONF_SNAPSHOT_URL,
    CONF_STREAM_URL,
    CONF_TAG_DEVICES,
    CONF_TARGETS,
    CONF_URL,
    CONF_USAGE_FACTOR,
    CONF_USAGE_MONTHS,
    CONF_WEBHOOK_ID,
    CONF_WEBHOOK_REMOTE,
    CONF_WEBHOOK_SECRET,
    CONF_ZONE,
    DEFAULT_BAUDRATE,
    DEFAULT_ESCALATE_AFTER,
    DEFAULT_METER_BAUDRATE,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_PULSE_SECONDS,
    DOMAIN,
    MIN_POLL_INTERVAL,
    SUBENTRY_ACCESS_POINT,
    SUBENTRY_CAMERA,
    SUBENTRY_METER_BUS,
    SUBENTRY_NOTIFICATION_ROUTE,
    Direction,
    Zone,
)
from .engine.camera_health import DEFAULT_REPAIR_HOURS
from .engine.decision import AlarmKind
from .engine.errors import RuleError
from .engine.registry import notify_targets
from .engine.settings import (
    DEFAULT_MIN_AREA_PER_PERSON,
    DEFAULT_RETENTION_DAYS,
    SettingsError,
    compound_key,
    normalize_name,
    validate_settings,
)
from .engine.usage import DEFAULT_FACTOR, DEFAULT_MONTHS
from .transport.frames import FrameFormat
from .transport.meter_bus import MeterProtocol
from .transport.webhook_auth import new_secret

READER_PROBE_TIMEOUT = 5
SECTION_NETWORK = "network_readers"
SECTION_GATE = "gate"
SECTION_DOOR = "door"
CONF_WEBHOOK = "webhook"

AREA_SELECTOR = NumberSelector(
    NumberSelectorConfig(
        min=0,
        max=1000,
        step=0.5,
        mode=NumberSelectorMode.BOX,
        unit_of_measurement=UnitOfArea.SQUARE_METERS,
    )
)
RETENTION_SELECTOR = NumberSelector(
    NumberSelectorConfig(
        min=1,
        step=1,
        mode=NumberSelectorMode.BOX,
        unit_of_measurement=UnitOfTime.DAYS,
    )
)


def _usage_schema(defaults: Mapping[str, Any]) -> dict[vol.Marker, Any]:
    """Return the fields shared by the user, options and reconfigure steps."""
    return {
        vol.Required(
            CONF_MIN_AREA_PER_PERSON,
            default=defaults.get(CONF_MIN_AREA_PER_PERSON, DEFAULT_MIN_AREA_PER_PERSON),
        ): AREA_SELECTOR,
        vol.Required(
            CONF_RETENTION_DAYS,
            default=defaults.get(CONF_RETENTION_DAYS, DEFAULT_RETENTION_DAYS),
        ): RETENTION_SELECTOR,
    }


def _compound_schema(defaults: Mapping[str, Any]) -> vol.Schema:
    return vol.Schema(
        {
            vol.Required(CONF_NAME, default=defaults.get(CONF_NAME, vol.UNDEFINED)): (
                TextSelector()
            ),
            **_usage_schema(defaults),
        }
    )


def _validate(user_input: Mapping[str, Any], name: str) -> tuple[dict[str, Any], dict[str, str]]:
    """Return (options, errors) for the submitted form."""
    try:
        settings = validate_settings(
            name,
            user_input[CONF_MIN_AREA_PER_PERSON],
            user_input[CONF_RETENTION_DAYS],
        )
    except SettingsError as err:
        return {}, {err.field: err.code}
    return {
        CONF_MIN_AREA_PER_PERSON: settings.min_area_per_person,
        CONF_RETENTION_DAYS: settings.retention_days,
    }, {}


class CompoundSecurityConfigFlow(ConfigFlow, domain=DOMAIN):
    """Create a compound: one config entry per compound, keyed by its name."""

    VERSION = 1

    @staticmethod
    @callback
    @override
    def async_get_options_flow(config_entry: ConfigEntry) -> CompoundSecurityOptionsFlow:
        """Return the options flow."""
        return CompoundSecurityOptionsFlow()

    @classmethod
    @callback
    @override
    def async_get_supported_subentry_types(
        cls, config_entry: ConfigEntry
    ) -> dict[str, type[ConfigSubentryFlow]]:
        """Return the kinds of hardware a compound is built from."""
        return {
            SUBENTRY_ACCESS_POINT: AccessPointSubentryFlow,
            SUBENTRY_METER_BUS: MeterBusSubentryFlow,
            SUBENTRY_CAMERA: CameraSubentryFlow,
            SUBENTRY_NOTIFICATION_ROUTE: NotificationRouteSubentryFlow,
        }

    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Ask for the compound's name and its rules."""
        errors: dict[str, str] = {}
        if user_input is not None:
            name = normalize_name(user_input[CONF_NAME])
            options, errors = _validate(user_input, name)
            if not errors:
                await self.async_set_unique_id(compound_key(name))
                self._abort_if_unique_id_configured()
                return self.async_create_entry(title=name, data={CONF_NAME: name}, options=options)
        return self.async_show_form(
            step_id="user",
            data_schema=self.add_suggested_values_to_schema(_compound_schema({}), user_input),
            errors=errors,
        )

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Rename the compound or change its rules."""
        entry = self._get_reconfigure_entry()
        errors: dict[str, str] = {}
        if user_input is not None:
            name = normalize_name(user_input[CONF_NAME])
            options, errors = _validate(user_input, name)
            key = compound_key(name)
            if not errors and any(
                other.unique_id == key
                for other in self._async_current_entries(include_ignore=False)
                if other.entry_id != entry.entry_id
            ):
                errors[CONF_NAME] = "name_exists"
            if not errors:
                return self.async_update_reload_and_abort(
                    entry,
                    unique_id=key,
                    title=name,
                    data_updates={CONF_NAME: name},
                    options=options,
                )
        defaults = {CONF_NAME: entry.title, **entry.options}
        return self.async_show_form(
            step_id="reconfigure",
            data_schema=self.add_suggested_values_to_schema(_compound_schema(defaults), user_input),
            errors=errors,
        )


def _check_db_url(url: str) -> str | None:
    """Connect once to a database URL; return an error code, or None when it works."""
    try:
        engine = create_engine(make_url(url))
    except ArgumentError, ValueError, ImportError:
        return "db_url_invalid"
    try:
        with engine.connect():
            pass
    except SQLAlchemyError:
        return "db_unreachable"
    finally:
        engine.dispose()
    return None


class CompoundSecurityOptionsFlow(OptionsFlowWithReload):
    """Change the rules and where the access log is kept."""

    async def async_step_init(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Show and validate the compound's rules."""
        errors: dict[str, str] = {}
        if user_input is not None:
            options, errors = _validate(user_input, self.config_entry.title)
            if url := str(user_input.get(CONF_DB_URL) or "").strip():
                if error := await self.hass.async_add_executor_job(_check_db_url, url):
                    errors[CONF_DB_URL] = error
                options[CONF_DB_URL] = url
            if fire_entity := user_input.get(CONF_FIRE_ENTITY):
                options[CONF_FIRE_ENTITY] = fire_entity
            options[CONF_USAGE_FACTOR] = float(user_input.get(CONF_USAGE_FACTOR, DEFAULT_FACTOR))
            options[CONF_USAGE_MONTHS] = int(user_input.get(CONF_USAGE_MONTHS, DEFAULT_MONTHS))
            options[CONF_ESCALATE_AFTER] = int(
                user_input.get(CONF_ESCALATE_AFTER, DEFAULT_ESCALATE_AFTER)
            )
            try:
                options[CONF_ESCALATION_TARGETS] = notify_targets(
                    user_input.get(CONF_ESCALATION_TARGETS)
                )
            except RuleError:
                errors[CONF_ESCALATION_TARGETS] = "notify_target_invalid"
            if not errors:
                return self.async_create_entry(data=options)
        schema = vol.Schema(
            {
                **_usage_schema(self.config_entry.options),
                vol.Optional(CONF_DB_URL): TextSelector(),
                vol.Optional(CONF_FIRE_ENTITY): EntitySelector(
                    EntitySelectorConfig(domain=["binary_sensor", "input_boolean", "switch"])
                ),
                vol.Required(CONF_USAGE_FACTOR, default=DEFAULT_FACTOR): NumberSelector(
                    NumberSelectorConfig(min=1.5, max=20, step=0.5, mode=NumberSelectorMode.BOX)
                ),
                vol.Required(CONF_USAGE_MONTHS, default=DEFAULT_MONTHS): vol.All(
                    NumberSelector(
                        NumberSelectorConfig(min=1, max=12, step=1, mode=NumberSelectorMode.BOX)
                    ),
                    vol.Coerce(int),
                ),
                vol.Required(CONF_ESCALATE_AFTER, default=DEFAULT_ESCALATE_AFTER): _duration(
                    0, 240, unit=UnitOfTime.MINUTES
                ),
                vol.Optional(CONF_ESCALATION_TARGETS): TextSelector(
                    TextSelectorConfig(multiple=True)
                ),
            }
        )
        return self.async_show_form(
            step_id="init",
            data_schema=self.add_suggested_values_to_schema(
                schema, user_input or dict(self.config_entry.options)
            ),
            errors=errors,
        )


def _access_point_schema() -> vol.Schema:
    return vol.Schema(
        {
            vol.Required(CONF_NAME): TextSelector(),
            vol.Required(CONF_ZONE, default=Zone.COMPOUND_GATE): SelectSelector(
                SelectSelectorConfig(
                    options=[zone.value for zone in Zone],
                    translation_key=CONF_ZONE,
                    mode=SelectSelectorMode.DROPDOWN,
                )
            ),
            vol.Required(CONF_DIRECTION, default=Direction.BOTH): SelectSelector(
                SelectSelectorConfig(
                    options=[direction.value for direction in Direction],
                    translation_key=CONF_DIRECTION,
                    mode=SelectSelectorMode.LIST,
                )
            ),
        }
    )


def _duration(
    minimum: float, maximum: float, step: float = 1, unit: UnitOfTime = UnitOfTime.SECONDS
) -> NumberSelector:
    """Return a number box for a duration (seconds unless told otherwise)."""
    return NumberSelector(
        NumberSelectorConfig(
            min=minimum,
            max=maximum,
            step=step,
            mode=NumberSelectorMode.BOX,
            unit_of_measurement=unit,
        )
    )


def _reader_section() -> section:
    return section(
        vol.Schema(
            {
                vol.Optional(CONF_URL): TextSelector(),
                vol.Required(CONF_FRAME_FORMAT, default=FrameFormat.RDM6300): SelectSelector(
                    SelectSelectorConfig(
                        options=[f.value for f in FrameFormat],
                        translation_key=CONF_FRAME_FORMAT,
                        mode=SelectSelectorMode.DROPDOWN,
                    )
                ),
                vol.Required(CONF_BAUDRATE, default=DEFAULT_BAUDRATE): vol.All(
                    NumberSelector(
                        NumberSelectorConfig(
                            min=1200, max=921600, step=1, mode=NumberSelectorMode.BOX
                        )
                    ),
                    vol.Coerce(int),
                ),
            }
        ),
        {"collapsed": True},
    )


def _hardware_schema() -> vol.Schema:
    """Every field is optional: an access point may have no hardware at all."""
    return vol.Schema(
        {
            vol.Optional(CARD_READER, default={}): _reader_section(),
            vol.Optional(CHIP_READER, default={}): _reader_section(),
            vol.Optional(SECTION_NETWORK, default={}): section(
                vol.Schema(
                    {
                        vol.Optional(CONF_TAG_DEVICES, default=[]): DeviceSelector(
                            DeviceSelectorConfig(multiple=True)
                        ),
                        vol.Optional(CONF_READER_MQTT_TOPIC): TextSelector(),
                        vol.Required(CONF_WEBHOOK, default=False): BooleanSelector(),
                        vol.Required(CONF_WEBHOOK_REMOTE, default=False): BooleanSelector(),
                    }
                ),
                {"collapsed": True},
            ),
            vol.Optional(SECTION_GATE, default={}): section(
                vol.Schema(
                    {
                        vol.Optional(CONF_GATE_ENTITY): EntitySelector(
                            EntitySelectorConfig(domain=["switch", "lock", "cover", "button"])
                        ),
                        vol.Required(CONF_PULSE_SECONDS, default=DEFAULT_PULSE_SECONDS): _duration(
                            0.2, 60, 0.1
                        ),
                        vol.Optional(CONF_GATE_MQTT_TOPIC): TextSelector(),
                        vol.Optional(CONF_GATE_MQTT_PAYLOAD): TextSelector(),
                        vol.Optional(CONF_GATE_SERIAL_URL): TextSelector(),
                        vol.Optional(CONF_GATE_SERIAL_OPEN): TextSelector(),
                        vol.Optional(CONF_GATE_SERIAL_CLOSE): TextSelector(),
                    }
                ),
                {"collapsed": True},
            ),
            vol.Optional(SECTION_DOOR, default={}): section(
                vol.Schema(
                    {
                        vol.Optional(CONF_DOOR_ENTITY): EntitySelector(
                            EntitySelectorConfig(domain="binary_sensor")
                        ),
                        vol.Optional(CONF_DOOR_MQTT_TOPIC): TextSelector(),
                        vol.Required(CONF_FORCED_WINDOW, default=10): _duration(1, 120),
                        vol.Required(CONF_HELD_OPEN_AFTER, default=60): _duration(5, 3600),
                    }
                ),
                {"collapsed": True},
            ),
        }
    )


async def _reader_opens(url: str, baudrate: int, parity: str = "N") -> bool:
    """Open a serial line once, as setup will (test before configure)."""
    try:
        async with asyncio.timeout(READER_PROBE_TIMEOUT):
            _reader, writer = await serialx.open_serial_connection(
                url=url, baudrate=baudrate, parity=parity
            )
    except OSError, serialx.SerialException, TimeoutError, ValueError:
        return False
    writer.close()
    return True


def _hardware_defaults(data: Mapping[str, Any]) -> dict[str, Any]:
    """Return a subentry's flat data as the hardware step's sections."""
    sections: dict[str, Any] = {
        which: {
            key: data[f"{which}_{key}"]
            for key in (CONF_URL, CONF_FRAME_FORMAT, CONF_BAUDRATE)
            if f"{which}_{key}" in data
        }
        for which in (CARD_READER, CHIP_READER)
    }
    sections[SECTION_NETWORK] = {
        CONF_TAG_DEVICES: list(data.get(CONF_TAG_DEVICES, [])),
        CONF_WEBHOOK: bool(data.get(CONF_WEBHOOK_ID)),
        CONF_WEBHOOK_REMOTE: bool(data.get(CONF_WEBHOOK_REMOTE)),
    }
    sections[SECTION_GATE] = {
        k: data[k] for k in (CONF_GATE_ENTITY, CONF_PULSE_SECONDS) if k in data
    }
    sections[SECTION_DOOR] = {
        k: data[k]
        for k in (CONF_DOOR_ENTITY, CONF_FORCED_WINDOW, CONF_HELD_OPEN_AFTER)
        if k in data
    }
    return sections


class AccessPointSubentryFlow(ConfigSubentryFlow):
    """Add or change a gate, unit door or garage barrier, then its hardware."""

    def __init__(self) -> None:
        """Start with nothing chosen."""
        self._basics: dict[str, Any] = {}

    def _check(
        self, user_input: Mapping[str, Any], current_id: str | None = None
    ) -> tuple[str, dict[str, str]]:
        """Return (normalised name, errors) for a submitted access point."""
        name = normalize_name(user_input[CONF_NAME])
        if not name:
            return name, {CONF_NAME: "name_required"}
        if any(
            subentry.unique_id == compound_key(name)
            for subentry_id, subentry in self._get_entry().subentries.items()
            if subentry.subentry_type == SUBENTRY_ACCESS_POINT and subentry_id != current_id
        ):
            return name, {CONF_NAME: "name_exists"}
        return name, {}

    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> SubentryFlowResult:
        """Name the access point and say where it stands."""
        errors: dict[str, str] = {}
        if user_input is not None:
            name, errors = self._check(user_input)
            if not errors:
                self._basics = {
                    CONF_NAME: name,
                    CONF_ZONE: user_input[CONF_ZONE],
                    CONF_DIRECTION: user_input[CONF_DIRECTION],
                }
                return await self.async_step_hardware()
        return self.async_show_form(
            step_id="user",
            data_schema=self.add_suggested_values_to_schema(_access_point_schema(), user_input),
            errors=errors,
        )

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> SubentryFlowResult:
        """Rename the access point or change its zone and direction."""
        subentry = self._get_reconfigure_subentry()
        errors: dict[str, str] = {}
        if user_input is not None:
            name, errors = self._check(user_input, subentry.subentry_id)
            if not errors:
                self._basics = {
                    CONF_NAME: name,
                    CONF_ZONE: user_input[CONF_ZONE],
                    CONF_DIRECTION: user_input[CONF_DIRECTION],
                }
                return await self.async_step_hardware()
        return self.async_show_form(
            step_id="reconfigure",
            data_schema=self.add_suggested_values_to_schema(
                _access_point_schema(),
                user_input or {CONF_NAME: subentry.title, **subentry.data},
            ),
            errors=errors,
            description_placeholders=self._webhook_placeholders(subentry.data),
        )

    def _webhook_placeholders(self, data: Mapping[str, Any]) -> dict[str, str]:
        """Return the webhook's address and secret, for the admins who open this flow."""
        webhook_id = data.get(CONF_WEBHOOK_ID)
        if not webhook_id:
            return {"webhook_url": "-", "webhook_secret": "-"}
        try:
            url = webhook.async_generate_url(self.hass, webhook_id)
        except NoURLAvailableError:
            url = webhook.async_generate_path(webhook_id)
        return {"webhook_url": url, "webhook_secret": data.get(CONF_WEBHOOK_SECRET) or "-"}

    async def async_step_hardware(
        self, user_input: dict[str, Any] | None = None
    ) -> SubentryFlowResult:
        """Attach readers, the gate actuator and the door contact (all optional)."""
        reconfiguring = self.source == SOURCE_RECONFIGURE
        current = self._get_reconfigure_subentry().data if reconfiguring else {}
        errors: dict[str, str] = {}
        if user_input is not None:
            data, errors = await self._hardware_data(_hardware_schema()(user_input), current)
            if not errors:
                name = self._basics[CONF_NAME]
                data = {
                    CONF_ZONE: self._basics[CONF_ZONE],
                    CONF_DIRECTION: self._basics[CONF_DIRECTION],
                } | data
                if reconfiguring:
                    return self.async_update_reload_and_abort(
                        self._get_entry(),
                        self._get_reconfigure_subentry(),
                        title=name,
                        unique_id=compound_key(name),
                        data=data,
                    )
                return self.async_create_entry(title=name, data=data, unique_id=compound_key(name))
        return self.async_show_form(
            step_id="hardware",
            data_schema=self.add_suggested_values_to_schema(
                _hardware_schema(), user_input or _hardware_defaults(current)
            ),
            errors=errors,
        )

    async def _hardware_data(
        self, user_input: Mapping[str, Any], current: Mapping[str, Any]
    ) -> tuple[dict[str, Any], dict[str, str]]:
        """Flatten the sections into subentry data, opening each reader once."""
        data: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for which in (CARD_READER, CHIP_READER):
            reader = user_input.get(which, {})
            if url := str(reader.get(CONF_URL) or "").strip():
                if not await _reader_opens(url, reader[CONF_BAUDRATE]):
                    errors["base"] = f"{which}_unavailable"
                data |= {
                    f"{which}_{CONF_URL}": url,
                    f"{which}_{CONF_FRAME_FORMAT}": reader[CONF_FRAME_FORMAT],
                    f"{which}_{CONF_BAUDRATE}": reader[CONF_BAUDRATE],
                }
        network = user_input.get(SECTION_NETWORK, {})
        gate = user_input.get(SECTION_GATE, {})
        door = user_input.get(SECTION_DOOR, {})
        if not _topics_valid(network, gate, door):
            errors["base"] = "mqtt_topic_invalid"
        data |= _present(network, CONF_READER_MQTT_TOPIC, CONF_TAG_DEVICES)
        if network.get(CONF_WEBHOOK):
            data |= {
                CONF_WEBHOOK_ID: current.get(CONF_WEBHOOK_ID) or secrets.token_hex(16),
                CONF_WEBHOOK_SECRET: current.get(CONF_WEBHOOK_SECRET) or new_secret(),
                CONF_WEBHOOK_REMOTE: bool(network.get(CONF_WEBHOOK_REMOTE)),
            }
        data |= _gate_data(gate, errors)
        if door.get(CONF_DOOR_ENTITY) or door.get(CONF_DOOR_MQTT_TOPIC):
            data |= {
                CONF_FORCED_WINDOW: door[CONF_FORCED_WINDOW],
                CONF_HELD_OPEN_AFTER: door[CONF_HELD_OPEN_AFTER],
            }
            data |= _present(door, CONF_DOOR_ENTITY, CONF_DOOR_MQTT_TOPIC)
        return data, errors


def _gate_data(gate: Mapping[str, Any], errors: dict[str, str]) -> dict[str, Any]:
    """Return the gate's settings: an entity, an MQTT topic and/or a serial relay."""
    kinds = (CONF_GATE_ENTITY, CONF_GATE_MQTT_TOPIC, CONF_GATE_SERIAL_URL)
    if not any(gate.get(kind) for kind in kinds):
        return {}
    data = {CONF_PULSE_SECONDS: gate[CONF_PULSE_SECONDS]}
    data |= _present(gate, *kinds, CONF_GATE_MQTT_PAYLOAD)
    for key in (CONF_GATE_SERIAL_OPEN, CONF_GATE_SERIAL_CLOSE):
        if text := gate.get(key):
            try:
                data[key] = bytes.fromhex(text).hex(" ").upper()
            except ValueError:
                errors["base"] = "serial_command_invalid"
    return data


def _present(values: Mapping[str, Any], *keys: str) -> dict[str, Any]:
    """Return the given keys that have a value (empty fields are not stored)."""
    return {key: values[key] for key in keys if values.get(key)}


def _topics_valid(
    network: Mapping[str, Any], gate: Mapping[str, Any], door: Mapping[str, Any]
) -> bool:
    """Check MQTT topics the way the MQTT integration will."""
    for topic, check in (
        (network.get(CONF_READER_MQTT_TOPIC), mqtt.valid_subscribe_topic),
        (door.get(CONF_DOOR_MQTT_TOPIC), mqtt.valid_subscribe_topic),
        (gate.get(CONF_GATE_MQTT_TOPIC), mqtt.valid_publish_topic),
    ):
        if topic:
            try:
                check(topic)
            except vol.Invalid:
                return False
    return True


def _meter_bus_schema() -> vol.Schema:
    return vol.Schema(
        {
            vol.Required(CONF_NAME): TextSelector(),
            vol.Required(CONF_URL): TextSelector(),
            vol.Required(CONF_PROTOCOL, default=MeterProtocol.DLT645_2007): SelectSelector(
                SelectSelectorConfig(
                    options=[p.value for p in MeterProtocol],
                    translation_key=CONF_PROTOCOL,
                    mode=SelectSelectorMode.DROPDOWN,
                )
            ),
            vol.Required(CONF_BAUDRATE, default=str(DEFAULT_METER_BAUDRATE)): SelectSelector(
                SelectSelectorConfig(
                    options=["1200", "2400", "4800", "9600", "19200"],
                    mode=SelectSelectorMode.DROPDOWN,
                )
            ),
            vol.Required(CONF_PARITY, default="E"): SelectSelector(
                SelectSelectorConfig(
                    options=["E", "N", "O"],
                    translation_key=CONF_PARITY,
                    mode=SelectSelectorMode.LIST,
                )
            ),
            vol.Required(CONF_POLL_INTERVAL, default=DEFAULT_POLL_INTERVAL): _duration(
                MIN_POLL_INTERVAL, 86400
            ),
            vol.Optional(CONF_BUILDINGS): TextSelector(),
        }
    )


def _access_point_options(entry: ConfigEntry) -> list[SelectOptionDict]:
    return [
        SelectOptionDict(value=subentry_id, label=subentry.title)
        for subentry_id, subentry in entry.subentries.items()
        if subentry.subentry_type == SUBENTRY_ACCESS_POINT
    ]


def _camera_schema(entry: ConfigEntry) -> vol.Schema:
    return vol.Schema(
        {
            vol.Required(CONF_NAME): TextSelector(),
            vol.Optional(CONF_SNAPSHOT_URL): TextSelector(
                TextSelectorConfig(type=TextSelectorType.URL)
            ),
            vol.Optional(CONF_STREAM_URL): TextSelector(),
            vol.Optional(CONF_USERNAME): TextSelector(),
            vol.Optional(CONF_PASSWORD): TextSelector(
                TextSelectorConfig(type=TextSelectorType.PASSWORD)
            ),
            vol.Optional(CONF_CAMERA_ENTITY): EntitySelector(EntitySelectorConfig(domain="camera")),
            vol.Optional(CONF_ACCESS_POINTS, default=[]): SelectSelector(
                SelectSelectorConfig(
                    options=_access_point_options(entry),
                    multiple=True,
                    mode=SelectSelectorMode.DROPDOWN,
                )
            ),
            vol.Required(CONF_PUBLIC, default=False): BooleanSelector(),
            vol.Required(CONF_VERIFY_SSL, default=True): BooleanSelector(),
            vol.Required(CONF_HEALTH_INTERVAL, default=60): _duration(10, 3600),
            vol.Required(CONF_OFFLINE_AFTER, default=10): _duration(
                1, 1440, unit=UnitOfTime.MINUTES
            ),
            vol.Required(CONF_REPAIR_HOURS, default=DEFAULT_REPAIR_HOURS): _duration(
                1, 720, unit=UnitOfTime.HOURS
            ),
        }
    )


class _NamedSubentryFlow(ConfigSubentryFlow):
    """A subentry added and reconfigured through one form, named uniquely in its kind."""

    subentry_type: str

    def _schema(self) -> vol.Schema:
        raise NotImplementedError

    async def _validate(self, user_input: dict[str, Any], errors: dict[str, str]) -> dict[str, Any]:
        raise NotImplementedError

    def _suggested(self, current: ConfigSubentry) -> dict[str, Any]:
        return {CONF_NAME: current.title, **current.data}

    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> SubentryFlowResult:
        """Describe it."""
        return await self._form("user", user_input, None)

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> SubentryFlowResult:
        """Change it."""
        return await self._form("reconfigure", user_input, self._get_reconfigure_subentry())

    async def _form(
        self, step_id: str, user_input: dict[str, Any] | None, current: ConfigSubentry | None
    ) -> SubentryFlowResult:
        errors: dict[str, str] = {}
        if user_input is not None:
            name = normalize_name(user_input[CONF_NAME])
            if not name:
                errors[CONF_NAME] = "name_required"
            elif any(
                subentry.unique_id == compound_key(name)
                for subentry in self._get_entry().subentries.values()
                if subentry.subentry_type == self.subentry_type and subentry is not current
            ):
                errors[CONF_NAME] = "name_exists"
            data = await self._validate(user_input, errors)
            if not errors:
                if current is not None:
                    return self.async_update_reload_and_abort(
                        self._get_entry(),
                        current,
                        title=name,
                        unique_id=compound_key(name),
                        data=data,
                    )
                return self.async_create_entry(title=name, data=data, unique_id=compound_key(name))
        suggested: Mapping[str, Any] | None = user_input
        if suggested is None and current is not None:
            suggested = self._suggested(current)
        return self.async_show_form(
            step_id=step_id,
            data_schema=self.add_suggested_values_to_schema(self._schema(), suggested),
            errors=errors,
        )


class CameraSubentryFlow(_NamedSubentryFlow):
    """Add a camera by its snapshot URL, or link a Home Assistant camera."""

    subentry_type = SUBENTRY_CAMERA

    def _schema(self) -> vol.Schema:
        return _camera_schema(self._get_entry())

    async def _validate(self, user_input: dict[str, Any], errors: dict[str, str]) -> dict[str, Any]:
        url = str(user_input.get(CONF_SNAPSHOT_URL) or "").strip()
        linked = user_input.get(CONF_CAMERA_ENTITY)
        if bool(url) == bool(linked):
            errors["base"] = "camera_source"
        elif url and not url.startswith(("http://", "https://")):
            errors[CONF_SNAPSHOT_URL] = "url_invalid"
        stream = str(user_input.get(CONF_STREAM_URL) or "").strip()
        if stream and not stream.startswith(("rtsp://", "rtsps://", "http://", "https://")):
            errors[CONF_STREAM_URL] = "url_invalid"
        data: dict[str, Any] = {
            CONF_ACCESS_POINTS: list(user_input.get(CONF_ACCESS_POINTS, [])),
            CONF_PUBLIC: bool(user_input[CONF_PUBLIC]),
            CONF_VERIFY_SSL: bool(user_input.get(CONF_VERIFY_SSL, True)),
            CONF_HEALTH_INTERVAL: int(user_input[CONF_HEALTH_INTERVAL]),
            CONF_OFFLINE_AFTER: int(user_input[CONF_OFFLINE_AFTER]),
            CONF_REPAIR_HOURS: int(user_input[CONF_REPAIR_HOURS]),
        }
        if url:
            data[CONF_SNAPSHOT_URL] = url
        if linked:
            data[CONF_CAMERA_ENTITY] = linked
        if stream:
            data[CONF_STREAM_URL] = stream
        return data | _present(user_input, CONF_USERNAME, CONF_PASSWORD)


class NotificationRouteSubentryFlow(_NamedSubentryFlow):
    """Say who is told about which kinds of alarm."""

    subentry_type = SUBENTRY_NOTIFICATION_ROUTE

    def _schema(self) -> vol.Schema:
        return vol.Schema(
            {
                vol.Required(CONF_NAME): TextSelector(),
                vol.Optional(CONF_KINDS, default=[]): SelectSelector(
                    SelectSelectorConfig(
                        options=[kind.value for kind in AlarmKind],
                        multiple=True,
                        translation_key=CONF_KINDS,
                        mode=SelectSelectorMode.DROPDOWN,
                    )
                ),
                vol.Required(CONF_TARGETS): TextSelector(TextSelectorConfig(multiple=True)),
            }
        )

    async def _validate(self, user_input: dict[str, Any], errors: dict[str, str]) -> dict[str, Any]:
        try:
            targets = notify_targets(user_input.get(CONF_TARGETS))
        except RuleError:
            targets = []
            errors[CONF_TARGETS] = "notify_target_invalid"
        if not targets and CONF_TARGETS not in errors:
            errors[CONF_TARGETS] = "targets_required"
        return {CONF_KINDS: list(user_input.get(CONF_KINDS, [])), CONF_TARGETS: targets}


class MeterBusSubentryFlow(_NamedSubentryFlow):
    """Add or change an RS-485 bus of electricity or water meters."""

    subentry_type = SUBENTRY_METER_BUS

    def _schema(self) -> vol.Schema:
        return _meter_bus_schema()

    async def _validate(self, user_input: dict[str, Any], errors: dict[str, str]) -> dict[str, Any]:
        """Open a new port once to check it (a bus's own port is held by its poller)."""
        url = str(user_input[CONF_URL]).strip()
        current = self._get_reconfigure_subentry() if self.source == SOURCE_RECONFIGURE else None
        if (
            not errors
            and (current is None or url != current.data[CONF_URL])
            and not await _reader_opens(
                url, int(user_input[CONF_BAUDRATE]), user_input[CONF_PARITY]
            )
        ):
            errors[CONF_URL] = "bus_unavailable"
        return {
            CONF_URL: url,
            CONF_PROTOCOL: user_input[CONF_PROTOCOL],
            CONF_BAUDRATE: int(user_input[CONF_BAUDRATE]),
            CONF_PARITY: user_input[CONF_PARITY],
            CONF_POLL_INTERVAL: int(user_input[CONF_POLL_INTERVAL]),
            CONF_BUILDINGS: str(user_input.get(CONF_BUILDINGS) or "").strip(),
        }

    def _suggested(self, current: ConfigSubentry) -> dict[str, Any]:
        return super()._suggested(current) | {CONF_BAUDRATE: str(current.data[CONF_BAUDRATE])}
