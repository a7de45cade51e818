"""Config, options and reconfigure flows of a compound; the subentry types it offers.

The subentry flows live beside this module: `access_point_flow.py` (two steps: the access
point, then its hardware), `controller_flow.py` (an access controller, then its doors) and
`subentry_flows.py` (their shared base, meter buses, cameras and notification routes).
What each subentry stores is typed in `subentries.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, override

from homeassistant.config_entries import (
    ConfigEntry,
    ConfigFlow,
    ConfigFlowResult,
    ConfigSubentryFlow,
    OptionsFlowWithReload,
)
from homeassistant.const import CONF_NAME, UnitOfArea, UnitOfTime
from homeassistant.core import callback
from homeassistant.helpers.selector import (
    EntitySelector,
    EntitySelectorConfig,
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
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from .access_point_flow import AccessPointSubentryFlow
from .camera_flow import CameraSubentryFlow
from .const import (
    CONF_DB_URL,
    CONF_ESCALATE_AFTER,
    CONF_ESCALATION_TARGETS,
    CONF_FIRE_ENTITY,
    CONF_MIN_AREA_PER_PERSON,
    CONF_RETENTION_DAYS,
    CONF_TENANT_CARDS,
    CONF_USAGE_FACTOR,
    CONF_USAGE_MONTHS,
    DEFAULT_ESCALATE_AFTER,
    DOMAIN,
    SUBENTRY_ACCESS_CONTROLLER,
    SUBENTRY_ACCESS_POINT,
    SUBENTRY_CAMERA,
    SUBENTRY_METER_BUS,
    SUBENTRY_NOTIFICATION_ROUTE,
)
from .controller_flow import AccessControllerSubentryFlow
from .engine.bounds import notify_targets, target_error
from .engine.errors import RuleError
from .engine.model import TenantCards
from .engine.settings import (
    DEFAULT_MIN_AREA_PER_PERSON,
    DEFAULT_RETENTION_DAYS,
    SettingsError,
    compound_key,
    normalize_name,
    validate_settings,
)
from .engine.usage import DEFAULT_FACTOR, DEFAULT_MONTHS
from .subentry_flows import (
    MeterBusSubentryFlow,
    NotificationRouteSubentryFlow,
    duration_selector,
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
        return {
            SUBENTRY_ACCESS_POINT: AccessPointSubentryFlow,
            SUBENTRY_ACCESS_CONTROLLER: AccessControllerSubentryFlow,
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
            options[CONF_TENANT_CARDS] = user_input.get(
                CONF_TENANT_CARDS, TenantCards.RESIDENCE_PERMIT.value
            )
            options[CONF_ESCALATE_AFTER] = int(
                user_input.get(CONF_ESCALATE_AFTER, DEFAULT_ESCALATE_AFTER)
            )
            try:
                options[CONF_ESCALATION_TARGETS] = notify_targets(
                    user_input.get(CONF_ESCALATION_TARGETS)
                )
            except RuleError as err:
                errors[CONF_ESCALATION_TARGETS] = target_error(err)
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
                vol.Required(
                    CONF_ESCALATE_AFTER, default=DEFAULT_ESCALATE_AFTER
                ): duration_selector(0, 240, unit=UnitOfTime.MINUTES),
                vol.Optional(CONF_ESCALATION_TARGETS): TextSelector(
                    TextSelectorConfig(multiple=True)
                ),
                vol.Required(
                    CONF_TENANT_CARDS, default=TenantCards.RESIDENCE_PERMIT.value
                ): SelectSelector(
                    SelectSelectorConfig(
                        options=[policy.value for policy in TenantCards],
                        translation_key=CONF_TENANT_CARDS,
                        mode=SelectSelectorMode.LIST,
                    )
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
