"""The access point's flow: its name and place, then its readers, gate and door.

Every hardware field is optional: an access point with none still decides credentials
from `present_credential`. The hardware form opens with the documented defaults (or, when
changing an access point, with everything it has), keeps what was typed after an error,
and puts each error on the section of the field it names. A section left out of a
submission keeps what is stored, so an automation can change one part alone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
import secrets
from typing import Any

from homeassistant.components import mqtt, webhook
from homeassistant.config_entries import SubentryFlowResult
from homeassistant.const import CONF_NAME
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
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
    TextSelector,
)
import probatio as vol

from .const import (
    CARD_READER,
    CHIP_READER,
    CONF_BAUDRATE,
    CONF_BUILDING,
    CONF_DIRECTION,
    CONF_DOOR_ENTITY,
    CONF_DOOR_MQTT_TOPIC,
    CONF_FORCED_WINDOW,
    CONF_FRAME_FORMAT,
    CONF_GATE_ENTITY,
    CONF_GATE_MQTT_PAYLOAD,
    CONF_GATE_MQTT_TOPIC,
    CONF_GATE_SERIAL_CLOSE,
    CONF_GATE_SERIAL_OPEN,
    CONF_GATE_SERIAL_URL,
    CONF_HELD_OPEN_AFTER,
    CONF_PULSE_SECONDS,
    CONF_READER_MQTT_TOPIC,
    CONF_TAG_DEVICES,
    CONF_UNIT,
    CONF_URL,
    CONF_WEBHOOK_REMOTE,
    CONF_ZONE,
    DEFAULT_BAUDRATE,
    DEFAULT_PULSE_SECONDS,
    SUBENTRY_ACCESS_POINT,
    Direction,
    Zone,
)
from .engine.settings import normalize_name
from .frigate_flow import FRIGATE_SECTION, parse_frigate
from .subentries import (
    CONF_WEBHOOK,
    DEFAULT_FORCED_WINDOW,
    DEFAULT_GATE_MQTT_PAYLOAD,
    DEFAULT_HELD_OPEN_AFTER,
    READERS,
    SECTION_DOOR,
    SECTION_FRIGATE,
    SECTION_GATE,
    SECTION_NETWORK,
    AccessPointConfig,
    DoorConfig,
    GateConfig,
    SerialReaderConfig,
    WebhookConfig,
)
from .subentry_flows import CompoundSubentryFlow, duration_selector, serial_line_opens
from .transport.frames import FrameFormat
from .transport.webhook_auth import new_secret

BASICS_SCHEMA = vol.Schema(
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
        vol.Optional(CONF_BUILDING): TextSelector(),
        vol.Optional(CONF_UNIT): TextSelector(),
    }
)

_READER_SCHEMA = vol.Schema(
    {
        vol.Optional(CONF_URL): TextSelector(),
        vol.Optional(CONF_FRAME_FORMAT, default=FrameFormat.RDM6300.value): SelectSelector(
            SelectSelectorConfig(
                options=[f.value for f in FrameFormat],
                translation_key=CONF_FRAME_FORMAT,
                mode=SelectSelectorMode.DROPDOWN,
            )
        ),
        vol.Optional(CONF_BAUDRATE, default=DEFAULT_BAUDRATE): vol.All(
            NumberSelector(
                NumberSelectorConfig(min=1200, max=921600, step=1, mode=NumberSelectorMode.BOX)
            ),
            vol.Coerce(int),
        ),
    }
)

# Sections have no default of their own: the frontend then fills each field's default.
HARDWARE_SCHEMA = vol.Schema(
    {vol.Optional(which): section(_READER_SCHEMA, {"collapsed": True}) for which in READERS}
    | {
        vol.Optional(SECTION_NETWORK): section(
            vol.Schema(
                {
                    vol.Optional(CONF_TAG_DEVICES, default=[]): DeviceSelector(
                        DeviceSelectorConfig(multiple=True)
                    ),
                    vol.Optional(CONF_READER_MQTT_TOPIC): TextSelector(),
                    vol.Optional(CONF_WEBHOOK, default=False): BooleanSelector(),
                    vol.Optional(CONF_WEBHOOK_REMOTE, default=False): BooleanSelector(),
                }
            ),
            {"collapsed": True},
        ),
        vol.Optional(SECTION_GATE): section(
            vol.Schema(
                {
                    vol.Optional(CONF_GATE_ENTITY): EntitySelector(
                        EntitySelectorConfig(domain=["switch", "lock", "cover", "button"])
                    ),
                    vol.Optional(
                        CONF_PULSE_SECONDS, default=DEFAULT_PULSE_SECONDS
                    ): duration_selector(0.2, 60, 0.1),
                    vol.Optional(CONF_GATE_MQTT_TOPIC): TextSelector(),
                    vol.Optional(
                        CONF_GATE_MQTT_PAYLOAD, default=DEFAULT_GATE_MQTT_PAYLOAD
                    ): TextSelector(),
                    vol.Optional(CONF_GATE_SERIAL_URL): TextSelector(),
                    vol.Optional(CONF_GATE_SERIAL_OPEN): TextSelector(),
                    vol.Optional(CONF_GATE_SERIAL_CLOSE): TextSelector(),
                }
            ),
            {"collapsed": True},
        ),
        vol.Optional(SECTION_DOOR): section(
            vol.Schema(
                {
                    vol.Optional(CONF_DOOR_ENTITY): EntitySelector(
                        EntitySelectorConfig(domain="binary_sensor")
                    ),
                    vol.Optional(CONF_DOOR_MQTT_TOPIC): TextSelector(),
                    vol.Optional(
                        CONF_FORCED_WINDOW, default=DEFAULT_FORCED_WINDOW
                    ): duration_selector(1, 120),
                    vol.Optional(
                        CONF_HELD_OPEN_AFTER, default=DEFAULT_HELD_OPEN_AFTER
                    ): duration_selector(5, 3600),
                }
            ),
            {"collapsed": True},
        ),
    }
    | FRIGATE_SECTION
)


def _text(values: Mapping[str, Any], key: str) -> str | None:
    """Return a typed text without surrounding spaces, or None when empty."""
    return str(values.get(key) or "").strip() or None


def _topic_valid(topic: str | None, check: Callable[[Any], Any]) -> bool:
    """Check an MQTT topic the way the MQTT integration will."""
    if topic is None:
        return True
    try:
        check(topic)
    except vol.Invalid:
        return False
    return True


def _hex_command(gate: Mapping[str, Any], key: str, errors: dict[str, str]) -> str | None:
    """Return a relay command as spaced upper-case hex, or None; a non-hex one is an error."""
    if not (text := _text(gate, key)):
        return None
    try:
        return bytes.fromhex(text).hex(" ").upper()
    except ValueError:
        errors[SECTION_GATE] = f"{key}_invalid"
        return None


def _gate(gate: Mapping[str, Any], errors: dict[str, str]) -> GateConfig | None:
    """Read the gate section: an entity, an MQTT topic and/or a serial relay, or nothing."""
    topic = _text(gate, CONF_GATE_MQTT_TOPIC)
    config = GateConfig(
        entity_id=_text(gate, CONF_GATE_ENTITY),
        mqtt_topic=topic,
        mqtt_payload=_text(gate, CONF_GATE_MQTT_PAYLOAD) if topic else None,
        serial_url=_text(gate, CONF_GATE_SERIAL_URL),
        serial_open=_hex_command(gate, CONF_GATE_SERIAL_OPEN, errors),
        serial_close=_hex_command(gate, CONF_GATE_SERIAL_CLOSE, errors),
        pulse_seconds=gate.get(CONF_PULSE_SECONDS, DEFAULT_PULSE_SECONDS),
    )
    if not (config.entity_id or config.mqtt_topic or config.serial_url):
        return None
    if not _topic_valid(topic, mqtt.valid_publish_topic):
        errors[SECTION_GATE] = "gate_mqtt_topic_invalid"
    elif topic and not config.mqtt_payload:
        errors[SECTION_GATE] = "gate_mqtt_payload_required"
    if config.serial_url and not config.serial_open and SECTION_GATE not in errors:
        errors[SECTION_GATE] = "gate_serial_open_required"
    return config


def _door(door: Mapping[str, Any], errors: dict[str, str]) -> DoorConfig | None:
    """Read the door section: a binary sensor and/or an MQTT topic, or nothing."""
    config = DoorConfig(
        entity_id=_text(door, CONF_DOOR_ENTITY),
        mqtt_topic=_text(door, CONF_DOOR_MQTT_TOPIC),
        forced_window=door.get(CONF_FORCED_WINDOW, DEFAULT_FORCED_WINDOW),
        held_open_after=door.get(CONF_HELD_OPEN_AFTER, DEFAULT_HELD_OPEN_AFTER),
    )
    if not (config.entity_id or config.mqtt_topic):
        return None
    if not _topic_valid(config.mqtt_topic, mqtt.valid_subscribe_topic):
        errors[SECTION_DOOR] = "door_mqtt_topic_invalid"
    return config


class AccessPointSubentryFlow(CompoundSubentryFlow):
    """Add or change a gate, unit door or garage barrier, then its hardware."""

    subentry_type = SUBENTRY_ACCESS_POINT

    def __init__(self) -> None:
        """Start with nothing chosen."""
        self._name = ""
        self._basics: dict[str, Any] = {}

    def _stored(self) -> AccessPointConfig:
        """Return the access point being changed, or the defaults of a new one."""
        current = self._current
        return AccessPointConfig() if current is None else AccessPointConfig.from_subentry(current)

    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> SubentryFlowResult:
        """Name the access point and say where it stands."""
        return await self._async_step_basics("user", user_input)

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> SubentryFlowResult:
        """Rename the access point or change its zone and direction."""
        return await self._async_step_basics("reconfigure", user_input)

    async def _async_step_basics(
        self, step_id: str, user_input: dict[str, Any] | None
    ) -> SubentryFlowResult:
        errors: dict[str, str] = {}
        if user_input is not None:
            self._name = normalize_name(user_input[CONF_NAME])
            errors = self._name_errors(self._name)
            if not errors:
                self._basics = {
                    CONF_ZONE: user_input[CONF_ZONE],
                    CONF_DIRECTION: user_input[CONF_DIRECTION],
                    CONF_BUILDING: " ".join(str(user_input.get(CONF_BUILDING) or "").split()),
                    CONF_UNIT: " ".join(str(user_input.get(CONF_UNIT) or "").split()),
                }
                return await self.async_step_hardware()
        current = self._current
        suggested = user_input
        if suggested is None and current is not None:
            suggested = self._stored().basics_form_values(current.title)
        return self.async_show_form(
            step_id=step_id,
            data_schema=self.add_suggested_values_to_schema(BASICS_SCHEMA, suggested),
            errors=errors,
            description_placeholders=(
                self._webhook_placeholders(self._stored().webhook) if current else None
            ),
        )

    def _webhook_placeholders(self, hook: WebhookConfig | None) -> dict[str, str]:
        """Return the webhook's address and secret, for the admins who open this flow."""
        if hook is None:
            return {"webhook_url": "-", "webhook_secret": "-"}
        try:
            url = webhook.async_generate_url(self.hass, hook.webhook_id)
        except NoURLAvailableError:
            url = webhook.async_generate_path(hook.webhook_id)
        return {"webhook_url": url, "webhook_secret": hook.secret or "-"}

    async def async_step_hardware(
        self, user_input: dict[str, Any] | None = None
    ) -> SubentryFlowResult:
        """Attach readers, the gate actuator and the door contact (all optional)."""
        stored = self._stored()
        errors: dict[str, str] = {}
        sections = stored.hardware_form_values()
        if user_input is not None:
            sections |= user_input  # a section left out keeps what is stored
            config = await self._parse_hardware(sections, stored, errors)
            if not errors:
                return self._async_save(self._name, config)
        return self.async_show_form(
            step_id="hardware",
            data_schema=self.add_suggested_values_to_schema(HARDWARE_SCHEMA, sections),
            errors=errors,
        )

    async def _parse_hardware(
        self, sections: Mapping[str, Any], stored: AccessPointConfig, errors: dict[str, str]
    ) -> AccessPointConfig:
        """Read the sections into the access point, opening each new serial reader once."""
        readers: dict[str, SerialReaderConfig | None] = {}
        for which in READERS:
            values = sections.get(which, {})
            readers[which] = None
            if url := _text(values, CONF_URL):
                reader = SerialReaderConfig(
                    url=url,
                    frame_format=values.get(CONF_FRAME_FORMAT, FrameFormat.RDM6300.value),
                    baudrate=int(values.get(CONF_BAUDRATE, DEFAULT_BAUDRATE)),
                )
                # A reader's own port is held by the running reader: open only a new one.
                before = stored.serial_readers().get(which)
                if (before is None or before.url != url) and not await serial_line_opens(
                    url, reader.baudrate
                ):
                    errors[which] = f"{which}_unavailable"
                readers[which] = reader
        network = sections.get(SECTION_NETWORK, {})
        reader_topic = _text(network, CONF_READER_MQTT_TOPIC)
        if not _topic_valid(reader_topic, mqtt.valid_subscribe_topic):
            errors[SECTION_NETWORK] = "reader_mqtt_topic_invalid"
        hook = None
        if network.get(CONF_WEBHOOK):
            before_hook = stored.webhook  # an access point keeps its address and secret
            hook = WebhookConfig(
                webhook_id=before_hook.webhook_id if before_hook else secrets.token_hex(16),
                secret=(before_hook.secret if before_hook else None) or new_secret(),
                allow_remote=bool(network.get(CONF_WEBHOOK_REMOTE)),
            )
        return AccessPointConfig(
            zone=self._basics[CONF_ZONE],
            direction=self._basics[CONF_DIRECTION],
            building=self._basics.get(CONF_BUILDING, ""),
            unit=self._basics.get(CONF_UNIT, ""),
            card_reader=readers[CARD_READER],
            chip_reader=readers[CHIP_READER],
            reader_mqtt_topic=reader_topic,
            tag_devices=tuple(network.get(CONF_TAG_DEVICES) or ()),
            webhook=hook,
            gate=_gate(sections.get(SECTION_GATE, {}), errors),
            door=_door(sections.get(SECTION_DOOR, {}), errors),
            frigate=parse_frigate(sections.get(SECTION_FRIGATE, {}), errors),
        )
