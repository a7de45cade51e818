"""The access controller's flow: find a UHPPOTE (微耕) board, check it answers, map its doors.

Adding one starts with a broadcast on the local network and offers the boards that
answered (and are not yet in this compound); entering one by hand is always possible, since
a board on another subnet never hears the broadcast. Before saving, the board must answer
at the address given with the serial number given. Each of its four doors may open one
access point, and an access point is opened by one door of all the compound's controllers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from ipaddress import AddressValueError, IPv4Address
from typing import Any, Literal

from homeassistant.components import network
from homeassistant.config_entries import SubentryFlowResult
from homeassistant.const import CONF_NAME
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.selector import (
    NumberSelector,
    NumberSelectorConfig,
    NumberSelectorMode,
    SelectOptionDict,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
    TextSelector,
)
import probatio as vol

from .const import SUBENTRY_ACCESS_CONTROLLER, SUBENTRY_ACCESS_POINT
from .engine.settings import normalize_name
from .subentries import AccessControllerConfig
from .subentries.access_controller import (
    CONF_CAPACITY,
    CONF_HOST,
    CONF_LISTENER_HOST,
    CONF_LISTENER_PORT,
    CONF_PORT,
    CONF_SERIAL,
    CONF_TRANSPORT,
    CONF_WIEGAND_BITS,
    DEFAULT_CAPACITY,
    DEFAULT_CONTROLLER_PORT,
    DEFAULT_LISTENER_PORT,
    DEFAULT_WIEGAND_BITS,
    WIEGAND_BITS,
)
from .subentry_flows import CompoundSubentryFlow
from .transport.uhppote import (
    ControllerAddress,
    ControllerError,
    ControllerInfo,
    ControllerReplyError,
    UhppoteClient,
    discover_controllers,
)
from .transport.uhppote_types import DOORS

# Module constants so tests can point discovery at a loopback simulator and wait less.
DISCOVERY_BROADCAST = "255.255.255.255:60000"
DISCOVERY_WAIT = 2.5  # seconds every board has to answer the broadcast
PROBE_TIMEOUT = 2.5  # seconds the board has to answer get-controller

CONF_DISCOVERED = "controller"
MANUAL = "manual"
STEP_CONTROLLER = "controller"
STEP_NOT_FOUND = "not_found"  # the same form, saying that nothing answered the broadcast


def door_key(door: int) -> str:
    """Return the doors form's field of one door."""
    return f"door_{door}"


def _number(minimum: int, maximum: int) -> vol.All[int]:
    return vol.All(
        NumberSelector(
            NumberSelectorConfig(min=minimum, max=maximum, step=1, mode=NumberSelectorMode.BOX)
        ),
        vol.Coerce(int),
    )


def _list(options: list[str], translation_key: str) -> SelectSelector:
    return SelectSelector(
        SelectSelectorConfig(
            options=options, translation_key=translation_key, mode=SelectSelectorMode.LIST
        )
    )


CONTROLLER_SCHEMA = vol.Schema(
    {
        vol.Required(CONF_NAME): TextSelector(),
        vol.Required(CONF_SERIAL): _number(1, 0xFFFFFFFF),
        vol.Required(CONF_HOST): TextSelector(),
        vol.Required(CONF_PORT, default=DEFAULT_CONTROLLER_PORT): _number(1, 65535),
        vol.Required(CONF_TRANSPORT, default="udp"): _list(["udp", "tcp"], "controller_transport"),
        vol.Optional(CONF_LISTENER_HOST): TextSelector(),
        vol.Required(CONF_LISTENER_PORT, default=DEFAULT_LISTENER_PORT): _number(1, 65535),
        vol.Required(CONF_WIEGAND_BITS, default=str(DEFAULT_WIEGAND_BITS)): _list(
            [str(bits) for bits in WIEGAND_BITS], CONF_WIEGAND_BITS
        ),
        vol.Required(CONF_CAPACITY, default=DEFAULT_CAPACITY): _number(1, 1_000_000),
    }
)


def _ipv4(text: str) -> bool:
    try:
        IPv4Address(text)
    except AddressValueError:
        return False
    return True


def _address(config: AccessControllerConfig) -> ControllerAddress:
    return ControllerAddress(config.serial, config.host, config.port, config.transport)


async def probe(config: AccessControllerConfig) -> tuple[str | None, str]:
    """Ask the board for its identity; return an error code (None: it answered) and who did.

    A real board stays silent to a request for another serial, so on no answer a
    broadcast-style get-controller sent to that address alone tells a wrong serial
    (someone else answers there) from no board at all.
    """
    client = UhppoteClient(_address(config), timeout=PROBE_TIMEOUT)
    try:
        await client.get_controller()
    except ControllerReplyError as err:
        return err.translation_key, "-"
    except ControllerError as err:
        if config.transport == "udp":
            try:
                there = await discover_controllers(
                    f"{config.host}:{config.port}", wait=PROBE_TIMEOUT
                )
            except ControllerError:
                there = []
            if there:
                return "controller_bad_reply", ", ".join(str(info.serial) for info in there)
        return err.translation_key, "-"
    return None, "-"


class AccessControllerSubentryFlow(CompoundSubentryFlow):
    """Add or change a UHPPOTE access controller and the access points its doors open."""

    subentry_type = SUBENTRY_ACCESS_CONTROLLER

    def __init__(self) -> None:
        """Start with nothing found or typed."""
        self._found: dict[str, ControllerInfo] = {}
        self._step = STEP_CONTROLLER
        self._suggested: dict[str, Any] = {}
        self._name = ""
        self._config: AccessControllerConfig | None = None

    def _controllers(self) -> dict[str, AccessControllerConfig]:
        """Return this compound's other controllers (not the one being changed) by id."""
        current = self._current
        return {
            subentry_id: AccessControllerConfig.from_subentry(subentry)
            for subentry_id, subentry in self._get_entry().subentries.items()
            if subentry.subentry_type == SUBENTRY_ACCESS_CONTROLLER
            and (current is None or subentry_id != current.subentry_id)
        }

    def _access_points(self) -> list[SelectOptionDict]:
        return [
            SelectOptionDict(value=subentry_id, label=subentry.title)
            for subentry_id, subentry in self._get_entry().subentries.items()
            if subentry.subentry_type == SUBENTRY_ACCESS_POINT
        ]

    async def _listener_host(self, controller_host: str | None) -> str:
        """Return Home Assistant's address toward the controller (or its usual one)."""
        try:
            if controller_host:
                return await network.async_get_source_ip(self.hass, target_ip=controller_host)
            return await network.async_get_source_ip(self.hass)
        except HomeAssistantError:
            return ""

    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> SubentryFlowResult:
        """Broadcast for controllers and offer those not yet in this compound."""
        if not self._access_points():
            return self.async_abort(reason="no_access_points")
        if user_input is not None:
            chosen = self._found.get(user_input[CONF_DISCOVERED])
            host = str(chosen.address) if chosen else None
            self._suggested = {CONF_LISTENER_HOST: await self._listener_host(host)}
            if chosen is not None:  # it answered on the broadcast's port
                port = int(DISCOVERY_BROADCAST.rpartition(":")[2])
                self._suggested |= {CONF_SERIAL: chosen.serial, CONF_HOST: host, CONF_PORT: port}
            return await self.async_step_controller()
        try:
            found = await discover_controllers(DISCOVERY_BROADCAST, wait=DISCOVERY_WAIT)
        except ControllerError:
            found = []
        known = {config.serial for config in self._controllers().values()}
        self._found = {str(info.serial): info for info in found if info.serial not in known}
        if not self._found:
            self._step = STEP_NOT_FOUND
            self._suggested = {CONF_LISTENER_HOST: await self._listener_host(None)}
            return await self.async_step_controller()
        options = [
            SelectOptionDict(value=key, label=f"{key} · {info.address} · {info.version}")
            for key, info in self._found.items()
        ]
        options.append(SelectOptionDict(value=MANUAL, label=MANUAL))
        schema = vol.Schema(
            {
                vol.Required(CONF_DISCOVERED, default=options[0]["value"]): SelectSelector(
                    SelectSelectorConfig(
                        options=options,
                        translation_key="discovered_controller",
                        mode=SelectSelectorMode.LIST,
                    )
                )
            }
        )
        return self.async_show_form(
            step_id="user",
            data_schema=schema,
            description_placeholders={"count": str(len(self._found))},
        )

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> SubentryFlowResult:
        """Change the controller: its form and doors, filled with what is stored."""
        current = self._current
        assert current is not None  # noqa: S101  # only started on a subentry
        if not self._access_points():
            return self.async_abort(reason="no_access_points")
        self._config = AccessControllerConfig.from_subentry(current)
        self._suggested = {CONF_NAME: current.title} | self._config.form_values()
        return await self.async_step_controller()

    async def async_step_not_found(
        self, user_input: dict[str, Any] | None = None
    ) -> SubentryFlowResult:
        """Enter a controller by hand when none answered the broadcast."""
        return await self.async_step_controller(user_input)

    async def async_step_controller(
        self, user_input: dict[str, Any] | None = None
    ) -> SubentryFlowResult:
        """Say where the controller is and how it talks; check it answers as that serial."""
        errors: dict[str, str] = {}
        found = "-"
        if user_input is not None:
            self._suggested = dict(user_input)
            self._name = normalize_name(user_input[CONF_NAME])
            config = self._parse(user_input, errors)
            if not errors and self._address_changed(config):
                error, found = await probe(config)
                if error:
                    errors["base"] = error
            if not errors:
                self._config = config
                return await self.async_step_doors()
        suggested = self._suggested
        if CONF_WIEGAND_BITS in suggested:  # the form's options are text
            suggested = suggested | {CONF_WIEGAND_BITS: str(suggested[CONF_WIEGAND_BITS])}
        return self.async_show_form(
            step_id=self._step,
            data_schema=self.add_suggested_values_to_schema(CONTROLLER_SCHEMA, suggested),
            errors=errors,
            description_placeholders={"found": found},
        )

    def _parse(
        self, user_input: Mapping[str, Any], errors: dict[str, str]
    ) -> AccessControllerConfig:
        """Read the controller form, adding an error per wrong field."""
        errors |= self._name_errors(self._name)
        host = str(user_input[CONF_HOST]).strip()
        listener_host = str(user_input.get(CONF_LISTENER_HOST) or "").strip()
        if not _ipv4(host):
            errors[CONF_HOST] = "invalid_host"
        if listener_host and not _ipv4(listener_host):
            errors[CONF_LISTENER_HOST] = "invalid_host"
        serial = int(user_input[CONF_SERIAL])
        if any(other.serial == serial for other in self._controllers().values()):
            errors[CONF_SERIAL] = "serial_exists"
        transport: Literal["udp", "tcp"] = "tcp" if user_input[CONF_TRANSPORT] == "tcp" else "udp"
        stored = self._config
        return AccessControllerConfig(
            serial=serial,
            host=host,
            port=int(user_input[CONF_PORT]),
            transport=transport,
            doors=stored.doors if stored else {},
            listener_host=listener_host,
            listener_port=int(user_input[CONF_LISTENER_PORT]),
            wiegand_bits=int(user_input[CONF_WIEGAND_BITS]),
            capacity=int(user_input[CONF_CAPACITY]),
        )

    def _address_changed(self, config: AccessControllerConfig) -> bool:
        """Return whether the board must be asked again (always when adding one)."""
        current = self._current
        if current is None:
            return True
        return _address(config) != _address(AccessControllerConfig.from_subentry(current))

    async def async_step_doors(
        self, user_input: dict[str, Any] | None = None
    ) -> SubentryFlowResult:
        """Map each door to the access point it opens; save."""
        config = self._config
        assert config is not None  # noqa: S101  # only reached from the controller form
        access_points = self._access_points()
        known = {option["value"] for option in access_points}
        errors: dict[str, str] = {}
        if user_input is not None:
            doors = {door: ap for door in DOORS if (ap := user_input.get(door_key(door)))}
            taken = {ap for other in self._controllers().values() for ap in other.doors.values()}
            for door, ap in doors.items():
                if ap in taken:
                    errors[door_key(door)] = "door_taken"
                taken.add(ap)
            if not doors:
                errors["base"] = "no_doors"
            if not errors:
                return self._async_save(self._name, replace(config, doors=doors))
            suggested = user_input
        else:  # an access point removed since is not offered again
            suggested = {door_key(d): ap for d, ap in config.doors.items() if ap in known}
        selector = SelectSelector(
            SelectSelectorConfig(options=access_points, mode=SelectSelectorMode.DROPDOWN)
        )
        schema = vol.Schema({vol.Optional(door_key(door)): selector for door in DOORS})
        return self.async_show_form(
            step_id="doors",
            data_schema=self.add_suggested_values_to_schema(schema, suggested),
            errors=errors,
            description_placeholders={"serial": str(config.serial)},
        )
