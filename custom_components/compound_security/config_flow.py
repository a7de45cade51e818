"""Config, options, reconfigure and subentry flows for Compound Security."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, override

from homeassistant.config_entries import (
    ConfigEntry,
    ConfigFlow,
    ConfigFlowResult,
    ConfigSubentryFlow,
    OptionsFlowWithReload,
    SubentryFlowResult,
)
from homeassistant.const import CONF_NAME, UnitOfArea, UnitOfTime
from homeassistant.core import callback
from homeassistant.helpers.selector import (
    NumberSelector,
    NumberSelectorConfig,
    NumberSelectorMode,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
    TextSelector,
)
import probatio as vol
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from .const import (
    CONF_DB_URL,
    CONF_DIRECTION,
    CONF_MIN_AREA_PER_PERSON,
    CONF_RETENTION_DAYS,
    CONF_ZONE,
    DOMAIN,
    SUBENTRY_ACCESS_POINT,
    Direction,
    Zone,
)
from .engine.settings import (
    DEFAULT_MIN_AREA_PER_PERSON,
    DEFAULT_RETENTION_DAYS,
    SettingsError,
    compound_key,
    normalize_name,
    validate_settings,
)

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
        return {SUBENTRY_ACCESS_POINT: AccessPointSubentryFlow}

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
            if not errors:
                return self.async_create_entry(data=options)
        schema = vol.Schema(
            {
                **_usage_schema(self.config_entry.options),
                vol.Optional(CONF_DB_URL): TextSelector(),
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


class AccessPointSubentryFlow(ConfigSubentryFlow):
    """Add or change a gate, unit door or garage barrier."""

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
                return self.async_create_entry(
                    title=name,
                    data={
                        CONF_ZONE: user_input[CONF_ZONE],
                        CONF_DIRECTION: user_input[CONF_DIRECTION],
                    },
                    unique_id=compound_key(name),
                )
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
                return self.async_update_reload_and_abort(
                    self._get_entry(),
                    subentry,
                    title=name,
                    unique_id=compound_key(name),
                    data_updates={
                        CONF_ZONE: user_input[CONF_ZONE],
                        CONF_DIRECTION: user_input[CONF_DIRECTION],
                    },
                )
        return self.async_show_form(
            step_id="reconfigure",
            data_schema=self.add_suggested_values_to_schema(
                _access_point_schema(),
                user_input or {CONF_NAME: subentry.title, **subentry.data},
            ),
            errors=errors,
        )
