"""How an action is declared (once) and what its handler is given.

An action is one `Action`: its name, the fields of its schema, the operation the
permission table checks, whether it responds, and its handler. `ActionList.declare` makes
the declaration next to the handler; `services.async_setup_services` registers them all.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, override

from homeassistant.core import HomeAssistant, ServiceCall, ServiceResponse, SupportsResponse
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import collection, config_validation as cv
import probatio as vol

from ..const import CONF_CONFIG_ENTRY_ID, DOMAIN
from ..engine.errors import RuleError
from ..permissions import Caller, Grant, Operation, may_edit_record, refusal, require_household

if TYPE_CHECKING:
    from ..data import CompoundSecurityConfigEntry
    from ..registry import CompoundRegistry

# Fields that would put ID numbers into the recorder; they go in through the staff
# console (the admin websocket API) or an import file instead.
ID_NUMBER_FIELDS = ("id_number", "id_numbers")
ENTRY_FIELD: dict[Any, Any] = {vol.Optional(CONF_CONFIG_ENTRY_ID): cv.string}


def invalid(code: str, **placeholders: str) -> ServiceValidationError:
    """Return the translated error for a refused call."""
    return ServiceValidationError(
        translation_domain=DOMAIN, translation_key=code, translation_placeholders=placeholders
    )


def optional(fields: dict[Any, Any]) -> dict[Any, Any]:
    """Return the fields with none of them required (for updates)."""
    return {vol.Optional(str(key)): value for key, value in fields.items()}


class ActionSchema(vol.Schema):
    """An action's schema that refuses ID numbers before Home Assistant records the call.

    Home Assistant validates the data first and fires `call_service` (which the recorder
    stores, data and all) only if that passes. No action declares an ID-number field and
    none takes extra keys (checked here), so data holding one never passes: the refusal
    is given its own translated error when validation fails, and a valid call pays nothing.
    """

    def __init__(self, schema: Any, **kwargs: Any) -> None:
        """Build the schema; refuse one that would let an ID number through."""
        super().__init__(schema, **kwargs)
        fields = {str(key) for key in schema} if isinstance(schema, Mapping) else set()
        if self.extra != vol.PREVENT_EXTRA or not fields.isdisjoint(ID_NUMBER_FIELDS):
            msg = "an action's schema must refuse ID numbers and extra keys"
            raise ValueError(msg)

    @override
    def __call__(self, data: Any, **kwargs: Any) -> Any:
        try:
            return super().__call__(data, **kwargs)
        except vol.Invalid:
            if isinstance(data, Mapping) and not data.keys().isdisjoint(ID_NUMBER_FIELDS):
                raise invalid("id_number_not_in_actions") from None
            raise


@dataclass(slots=True)  # not frozen: one per call, and a frozen one costs more to build
class ActionCall:
    """A call with what every handler needs: its compound, the registry and the caller."""

    hass: HomeAssistant
    call: ServiceCall
    entry: CompoundSecurityConfigEntry
    registry: CompoundRegistry
    caller: Caller
    operation: Operation
    grant: Grant  # never NONE: the call was refused before the handler

    @property
    def data(self) -> Mapping[str, Any]:
        """Return the call's data."""
        return self.call.data

    @property
    def own_household_only(self) -> bool:
        """Return whether the caller may act for their own household only (a resident)."""
        return self.grant is Grant.OWN

    def fields(self, *skip: str) -> dict[str, Any]:
        """Return the call's data without the compound and the named fields."""
        return {k: v for k, v in self.data.items() if k not in (CONF_CONFIG_ENTRY_ID, *skip)}

    def require_household(self, household_id: str | None) -> None:
        """Raise `Unauthorized` unless the caller may act on that household's records."""
        require_household(self.caller, self.operation, household_id, self.call.context)

    def require_edit(self, *, tenant_of_rental: bool) -> None:
        """Raise `Unauthorized` unless the caller may edit this record (police: tenants)."""
        if not may_edit_record(self.caller, self.operation, tenant_of_rental=tenant_of_rental):
            raise refusal(self.caller, self.operation, self.call.context)


type Handler = Callable[[ActionCall], Awaitable[ServiceResponse]]
# The row of a call whose operation depends on its data (a watch's level).
type OperationFor = Callable[[Mapping[str, Any]], Operation]


@dataclass(frozen=True, slots=True, kw_only=True)
class Action:
    """Everything about one action, in one place."""

    name: str
    fields: dict[Any, Any]
    operation: Operation
    response: SupportsResponse
    handler: Handler
    operation_for: OperationFor | None = None

    def operation_of(self, data: Mapping[str, Any]) -> Operation:
        """Return the row the permission table checks for a call with this data."""
        return self.operation_for(data) if self.operation_for else self.operation

    @property
    def schema(self) -> vol.Schema:
        """Return the action's schema: its fields, the compound, and no ID numbers."""
        return ActionSchema({**ENTRY_FIELD, **self.fields})


@dataclass(slots=True)
class ActionList:
    """The actions of one subject, declared beside their handlers."""

    actions: list[Action] = field(default_factory=list)

    def declare(
        self,
        name: str,
        operation: Operation,
        fields: dict[Any, Any],
        response: SupportsResponse = SupportsResponse.NONE,
        operation_for: OperationFor | None = None,
    ) -> Callable[[Handler], Handler]:
        """Declare the decorated handler as the action `name`."""

        def _declare(handler: Handler) -> Handler:
            self.actions.append(
                Action(
                    name=name,
                    fields=fields,
                    operation=operation,
                    response=response,
                    handler=handler,
                    operation_for=operation_for,
                )
            )
            return handler

        return _declare


def must_exist(records: collection.DictStorageCollection, item_id: str, code: str) -> None:
    """Raise `code` (e.g. `person_not_found`) unless the record exists."""
    if item_id not in records.data:
        raise RuleError(code, **{code.removesuffix("_not_found") + "_id": item_id})
