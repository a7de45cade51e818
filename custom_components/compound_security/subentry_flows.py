"""Subentry flows: one base that names and saves every subentry; routes, meter buses.

Every subentry flow, adding or changing, saves through `CompoundSubentryFlow._async_save`
(the shape of tailwind's `_async_step_create_entry`). What a form reads and writes is
the subentry's dataclass in `subentries.py`; the access point's two-step flow is in
`access_point_flow.py`.
"""

from __future__ import annotations

import asyncio
from typing import Any, ClassVar, Protocol, Self, override

from homeassistant.config_entries import (
    SOURCE_RECONFIGURE,
    ConfigSubentry,
    ConfigSubentryFlow,
    SubentryFlowResult,
)
from homeassistant.const import (
    CONF_NAME,
    UnitOfTime,
)
from homeassistant.helpers.selector import (
    NumberSelector,
    NumberSelectorConfig,
    NumberSelectorMode,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
    TextSelector,
    TextSelectorConfig,
)
import probatio as vol
import serialx

from .const import (
    CONF_BAUDRATE,
    CONF_BUILDINGS,
    CONF_KINDS,
    CONF_PARITY,
    CONF_POLL_INTERVAL,
    CONF_PROTOCOL,
    CONF_TARGETS,
    CONF_URL,
    DEFAULT_METER_BAUDRATE,
    DEFAULT_POLL_INTERVAL,
    MIN_POLL_INTERVAL,
    SUBENTRY_METER_BUS,
    SUBENTRY_NOTIFICATION_ROUTE,
)
from .engine.bounds import notify_targets, target_error
from .engine.decision import AlarmKind
from .engine.errors import RuleError
from .engine.settings import compound_key, normalize_name
from .subentries import (
    DEFAULT_PARITY,
    MeterBusConfig,
    NotificationRouteConfig,
)
from .transport.meter_bus import MeterProtocol

SERIAL_PROBE_TIMEOUT = 5  # seconds to open a serial line in the flow


class StoredConfig(Protocol):
    """What a subentry flow saves: a subentry type's dataclass (see `subentries/`)."""

    def to_data(self) -> dict[str, Any]:
        """Return the subentry data to store."""
        ...


class SubentryConfig(StoredConfig, Protocol):
    """A subentry type's dataclass that one form shows and saves."""

    @classmethod
    def from_subentry(cls, subentry: ConfigSubentry) -> Self:
        """Read a stored subentry."""
        ...

    def form_values(self) -> dict[str, Any]:
        """Return what the form shows for it."""
        ...


def duration_selector(
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


async def serial_line_opens(url: str, baudrate: int, parity: str = "N") -> bool:
    """Open a serial line once, as setup will (test before configure)."""
    try:
        async with asyncio.timeout(SERIAL_PROBE_TIMEOUT):
            _reader, writer = await serialx.open_serial_connection(
                url=url, baudrate=baudrate, parity=parity
            )
    except OSError, serialx.SerialException, TimeoutError, ValueError:
        return False
    writer.close()
    return True


class CompoundSubentryFlow(ConfigSubentryFlow):
    """What every subentry flow shares: a name unique in its kind, and one way to save."""

    subentry_type: ClassVar[str]

    @property
    def _current(self) -> ConfigSubentry | None:
        """Return the subentry being changed, or None while adding one."""
        return self._get_reconfigure_subentry() if self.source == SOURCE_RECONFIGURE else None

    def _name_errors(self, name: str) -> dict[str, str]:
        """Check a normalised name: given, and not another subentry's of this kind."""
        if not name:
            return {CONF_NAME: "name_required"}
        current = self._current
        if any(
            subentry.unique_id == compound_key(name)
            for subentry in self._get_entry().subentries.values()
            if subentry.subentry_type == self.subentry_type
            and (current is None or subentry.subentry_id != current.subentry_id)
        ):
            return {CONF_NAME: "name_exists"}
        return {}

    def _async_save(self, name: str, config: StoredConfig) -> SubentryFlowResult:
        """Create the subentry, or update the one being changed (which reloads the compound)."""
        data = config.to_data()
        if (current := self._current) is not None:
            return self.async_update_reload_and_abort(
                self._get_entry(), current, title=name, unique_id=compound_key(name), data=data
            )
        return self.async_create_entry(title=name, data=data, unique_id=compound_key(name))


class OneFormSubentryFlow[ConfigT: SubentryConfig](CompoundSubentryFlow):
    """A subentry added and changed through one form: its name and its settings."""

    config_type: ClassVar[type[SubentryConfig]]

    def _schema(self) -> vol.Schema:
        raise NotImplementedError

    async def _parse(self, user_input: dict[str, Any], errors: dict[str, str]) -> ConfigT:
        """Return the settings the form describes, adding an error per wrong field."""
        raise NotImplementedError

    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> SubentryFlowResult:
        """Describe it."""
        return await self._async_step_form("user", user_input)

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> SubentryFlowResult:
        """Change it."""
        return await self._async_step_form("reconfigure", user_input)

    async def _async_step_form(
        self, step_id: str, user_input: dict[str, Any] | None
    ) -> SubentryFlowResult:
        errors: dict[str, str] = {}
        suggested: dict[str, Any] | None = user_input  # after an error: what was typed
        if user_input is not None:
            name = normalize_name(user_input[CONF_NAME])
            errors = self._name_errors(name)
            config = await self._parse(user_input, errors)
            if not errors:
                return self._async_save(name, config)
        elif (current := self._current) is not None:
            stored = self.config_type.from_subentry(current)
            suggested = {CONF_NAME: current.title} | stored.form_values()
        return self.async_show_form(
            step_id=step_id,
            data_schema=self.add_suggested_values_to_schema(self._schema(), suggested),
            errors=errors,
        )


class NotificationRouteSubentryFlow(OneFormSubentryFlow[NotificationRouteConfig]):
    """Say who is told about which kinds of alarm."""

    subentry_type = SUBENTRY_NOTIFICATION_ROUTE
    config_type = NotificationRouteConfig

    @override
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

    @override
    async def _parse(
        self, user_input: dict[str, Any], errors: dict[str, str]
    ) -> NotificationRouteConfig:
        try:
            targets = notify_targets(user_input.get(CONF_TARGETS))
        except RuleError as err:  # not a notify target, or one that every user reads
            targets = []
            errors[CONF_TARGETS] = target_error(err)
        if not targets and CONF_TARGETS not in errors:
            errors[CONF_TARGETS] = "targets_required"
        return NotificationRouteConfig(
            kinds=tuple(user_input.get(CONF_KINDS, [])), targets=tuple(targets)
        )


class MeterBusSubentryFlow(OneFormSubentryFlow[MeterBusConfig]):
    """Add or change an RS-485 bus of electricity or water meters."""

    subentry_type = SUBENTRY_METER_BUS
    config_type = MeterBusConfig

    @override
    def _schema(self) -> vol.Schema:
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
                vol.Required(CONF_PARITY, default=DEFAULT_PARITY): SelectSelector(
                    SelectSelectorConfig(
                        options=["E", "N", "O"],
                        translation_key=CONF_PARITY,
                        mode=SelectSelectorMode.LIST,
                    )
                ),
                vol.Required(CONF_POLL_INTERVAL, default=DEFAULT_POLL_INTERVAL): duration_selector(
                    MIN_POLL_INTERVAL, 86400
                ),
                vol.Optional(CONF_BUILDINGS): TextSelector(),
            }
        )

    @override
    async def _parse(self, user_input: dict[str, Any], errors: dict[str, str]) -> MeterBusConfig:
        """Open a new port once to check it (a bus's own port is held by its poller)."""
        config = MeterBusConfig(
            url=str(user_input[CONF_URL]).strip(),
            protocol=user_input[CONF_PROTOCOL],
            baudrate=int(user_input[CONF_BAUDRATE]),
            parity=user_input[CONF_PARITY],
            poll_interval=int(user_input[CONF_POLL_INTERVAL]),
            buildings=str(user_input.get(CONF_BUILDINGS) or "").strip(),
        )
        current = self._current
        if (
            not errors
            and (current is None or config.url != MeterBusConfig.from_subentry(current).url)
            and not await serial_line_opens(config.url, config.baudrate, config.parity)
        ):
            errors[CONF_URL] = "bus_unavailable"
        return config
