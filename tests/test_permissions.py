"""Our own roles: admins and automations do everything; a resident only their household.

The table in `permissions.py` is checked cell by cell; the tests before it call actions
as each kind of caller.
"""

from __future__ import annotations

from pathlib import Path

from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import Unauthorized, UnknownUser
import pytest
from pytest_homeassistant_custom_component.common import MockUser

from custom_components.compound_security.actions import ACTIONS
from custom_components.compound_security.permissions import (
    PERMISSIONS,
    Caller,
    CallerKind,
    Grant,
    Operation,
    grant,
    may_handle_alarm,
    require,
)

from .helpers import act, populate, registry_of

pytestmark = pytest.mark.usefixtures("init_integration")


@pytest.fixture
async def resident(
    hass: HomeAssistant, hass_read_only_user: MockUser
) -> tuple[dict[str, str], Context]:
    ids = await populate(hass)
    await act(hass, "update_person", person_id=ids["owner"], user_id=hass_read_only_user.id)
    neighbour = await act(hass, "add_person", household_id=ids["rental"], name="N", role="tenant")
    ids["neighbour"] = neighbour["person_id"]
    ids["neighbour_bike"] = (
        await act(
            hass, "add_vehicle", person_id=ids["neighbour"], chip_uid="0xE0000009", kind="ebike"
        )
    )["vehicle_id"]
    return ids, Context(user_id=hass_read_only_user.id)


async def test_admin_may_do_everything(hass: HomeAssistant, hass_admin_user: MockUser) -> None:
    admin = Context(user_id=hass_admin_user.id)
    response = await act(
        hass,
        "add_household",
        context=admin,
        building="9",
        unit="1",
        room="1",
        area_m2=50,
        tenure="owner",
    )
    assert response["household_id"]


async def test_resident_locks_own_vehicle_only(
    hass: HomeAssistant, resident: tuple[dict[str, str], Context]
) -> None:
    _, context = resident
    await act(hass, "set_vehicle_lock", context=context, chip_uid="0xE0000001", locked=True)
    with pytest.raises(Unauthorized):
        await act(hass, "set_vehicle_lock", context=context, chip_uid="0xE0000009", locked=True)


async def test_resident_reads_own_household_log_only(
    hass: HomeAssistant, resident: tuple[dict[str, str], Context]
) -> None:
    ids, context = resident
    await act(hass, "present_credential", access_point="North gate", uid="008EC793")
    await act(hass, "present_credential", access_point="North gate", uid="0A0B0C0D")
    mine = await act(hass, "query_access_log", context=context)
    assert [e["household_id"] for e in mine["entries"]] == [ids["home"]]
    also_mine = await act(hass, "query_access_log", context=context, person_id=ids["owner"])
    assert len(also_mine["entries"]) == 1
    for data in (
        {"household_id": ids["rental"]},
        {"person_id": ids["tenant"]},
        {"person_id": "ghost"},
    ):
        with pytest.raises(Unauthorized):
            await act(hass, "query_access_log", context=context, **data)


@pytest.mark.parametrize(
    ("service", "data"),
    [
        (
            "add_household",
            {"building": "9", "unit": "1", "room": "1", "area_m2": 50, "tenure": "owner"},
        ),
        ("remove_person", {"person_id": "x"}),
        ("issue_card", {"person_id": "x", "uid": "0x1", "card_type": "id_card"}),
        ("set_watch", {"person_id": "neighbour", "level": "care"}),  # another household
        ("set_watch", {"person_id": "owner", "level": "police"}),
        ("present_credential", {"access_point": "North gate", "uid": "008EC793"}),
        ("export_access_log", {"file": "x.csv"}),
        ("import_wanted_list", {"file": "wanted.csv"}),
    ],
)
async def test_resident_may_not_manage(
    hass: HomeAssistant,
    resident: tuple[dict[str, str], Context],
    service: str,
    data: dict[str, str],
) -> None:
    ids, context = resident
    if "person_id" in data and data["person_id"] in ids:
        data = data | {"person_id": ids[data["person_id"]]}
    with pytest.raises(Unauthorized):
        await act(hass, service, context=context, **data)


async def test_unlinked_user_may_do_nothing(
    hass: HomeAssistant, hass_read_only_user: MockUser
) -> None:
    await populate(hass)
    context = Context(user_id=hass_read_only_user.id)
    for service, data in (
        ("query_access_log", {}),
        ("set_vehicle_lock", {"chip_uid": "0xE0000001", "locked": True}),
    ):
        with pytest.raises(Unauthorized):
            await act(hass, service, context=context, **data)


async def test_unknown_user_is_refused(hass: HomeAssistant) -> None:
    with pytest.raises(UnknownUser):
        await act(hass, "query_access_log", context=Context(user_id="ghost"))


# The table, spelt out: automation, manager, clerk, guard, police, resident, nobody.
EXPECTED = {
    "registry_view": "all all all find all own none",
    "registry_edit": "all all all none tenants none none",
    "registry_import": "all all all none none none none",
    "id_number_enter": "none all all none all none none",
    "wanted_result": "none all redacted none all none none",
    "card_manage": "all all all none none none none",
    "card_report_lost": "all all all all none own none",
    "card_enrol": "none all all none all none none",
    "vehicle_manage": "all all all none none none none",
    "vehicle_lock": "all all all none none own none",
    "care_watch_set": "all all all none none own none",
    "police_watch": "all all none none all none none",
    "access_log_query": "all all none none all own none",
    "live_passages": "all all none all all none none",
    "access_log_export": "all all none none all none none",
    "alarm_view": "all all none not_police police_only own none",
    "alarm_handle": "all all none not_police police_only own_vehicle_theft none",
    "alarm_button": "none all none not_police police_only own_vehicle_theft none",
    "alarm_snapshot": "none all none not_police police_only own none",
    "gate_operate": "all all none all none none none",
    "visitor_pass": "all all all all none own none",
    "visitors_today": "all all all all none own none",
    "camera_public": "all all all all all all none",
    "camera_private": "all all none all all none none",
    "camera_health": "all all all all none none none",
    "usage_view": "all all none none all own none",
    "usage_import": "all all all none none none none",
    "usage_analyze": "all all none none all none none",
    "settings": "all all none none none none none",
    "credential_present": "all all none none none none none",
}
KINDS = list(CallerKind)


def test_the_table_has_every_row_and_column() -> None:
    assert set(EXPECTED) == {operation.value for operation in Operation}
    assert KINDS == [
        CallerKind.AUTOMATION,
        CallerKind.MANAGER,
        CallerKind.CLERK,
        CallerKind.GUARD,
        CallerKind.POLICE,
        CallerKind.RESIDENT,
        CallerKind.NOBODY,
    ]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("operation", list(Operation))
def test_every_cell_of_the_table(operation: Operation, kind: CallerKind) -> None:
    expected = Grant(EXPECTED[operation.value].split()[KINDS.index(kind)])
    caller = Caller(kind)
    assert grant(caller, operation) is expected
    if expected is Grant.NONE:
        with pytest.raises(Unauthorized) as err:
            require(caller, operation)
        assert err.value.permission == f"compound_security.{operation}"
        assert err.value.translation_key == "unauthorized"
        placeholders = err.value.translation_placeholders or {}
        assert placeholders["operation"] == operation.value
        assert placeholders["role"] == kind.value
        assert kind.value not in placeholders["roles"].split(", ")
    else:
        assert require(caller, operation) is expected


def test_each_action_is_one_operation() -> None:
    assert {name: action.operation.value for name, action in ACTIONS.items()} == {
        "add_household": "registry_edit",
        "update_household": "registry_edit",
        "remove_household": "registry_edit",
        "add_person": "registry_edit",
        "update_person": "registry_edit",
        "remove_person": "registry_edit",
        "issue_card": "card_manage",
        "revoke_card": "card_manage",
        "set_watch": "care_watch_set",  # police_watch for level police (below)
        "add_vehicle": "vehicle_manage",
        "set_vehicle_lock": "vehicle_lock",
        "import_wanted_list": "police_watch",
        "import_registry": "registry_import",
        "present_credential": "credential_present",
        "query_access_log": "access_log_query",
        "export_access_log": "access_log_export",
        "import_meter_readings": "usage_import",
        "analyze_usage": "usage_analyze",
        "acknowledge_alarm": "alarm_handle",
        "close_alarm": "alarm_handle",
        "create_visitor_pass": "visitor_pass",
        "revoke_visitor_pass": "visitor_pass",
        "add_access_level": "settings",
        "update_access_level": "settings",
        "remove_access_level": "settings",
        "replace_card": "card_manage",
        "report_card_lost": "card_report_lost",
        "card_found": "card_manage",
        "update_card": "card_manage",
        "move_out_person": "registry_edit",
        "move_out_household": "registry_edit",
        "permit_reminders": "card_manage",
    }
    set_watch = ACTIONS["set_watch"]
    assert set_watch.operation_of({"level": "police"}) is Operation.POLICE_WATCH
    assert set_watch.operation_of({"level": "care"}) is Operation.CARE_WATCH_SET
    assert set_watch.operation_of({"level": "none"}) is Operation.CARE_WATCH_SET


@pytest.mark.parametrize(
    ("kind", "household", "expected"),
    [
        ("vehicle_theft", "home", True),  # the vehicle owner's household decides
        ("vehicle_theft", "rental", True),
        ("lost_card", "home", True),
        ("lost_card", "rental", False),
        ("wanted_person", "home", False),  # police alarms are never a resident's
        ("police_watch", "home", False),
    ],
)
async def test_a_resident_handles_own_alarms_but_no_police_alarm(
    hass: HomeAssistant,
    resident: tuple[dict[str, str], Context],
    kind: str,
    household: str,
    expected: bool,
) -> None:
    ids, _ = resident
    engine = registry_of(hass).engine
    person = engine.people[ids["owner"]]
    caller = Caller(CallerKind.RESIDENT, person=person)
    alarm = {"kind": kind, "household_id": ids[household], "vehicle_id": None}
    if kind == "vehicle_theft":
        alarm["vehicle_id"] = ids["bike"]
    for operation in (Operation.ALARM_VIEW, Operation.ALARM_SNAPSHOT):
        assert may_handle_alarm(caller, operation, alarm, engine) is expected
    # Handling, by action or button, is for their own vehicle's theft only (roles.md).
    handles = expected and kind == "vehicle_theft"
    for operation in (Operation.ALARM_HANDLE, Operation.ALARM_BUTTON):
        assert may_handle_alarm(caller, operation, alarm, engine) is handles
    manager = Caller(CallerKind.MANAGER)
    assert may_handle_alarm(manager, Operation.ALARM_HANDLE, alarm, engine)


GRANT_TEXT = {
    Grant.ALL: "✓",
    Grant.OWN: "own household",
    Grant.OWN_VEHICLE_THEFT: "own vehicle's theft",
    Grant.FIND: "find by flat or name",
    Grant.TENANTS: "tenants of rental flats",
    Grant.REDACTED: '"check with the police"',
    Grant.NOT_POLICE: "all but police kinds",
    Grant.POLICE_ONLY: "police kinds only",
    Grant.NONE: "—",
}
README_START, README_END = "<!-- roles-table:start -->", "<!-- roles-table:end -->"


def roles_table() -> str:
    """Return the README's table of who may do what, from the code's table."""
    columns = [kind for kind in CallerKind if kind is not CallerKind.NOBODY]
    lines = [
        "| Operation | " + " | ".join(columns) + " |",
        "|---|" + "---|" * len(columns),
    ]
    lines.extend(
        f"| `{operation}` | "
        + " | ".join(GRANT_TEXT[PERMISSIONS[operation][kind]] for kind in columns)
        + " |"
        for operation in Operation
    )
    return "\n".join(lines)


def test_the_readme_shows_the_code_s_table() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    shown = readme.split(README_START, 1)[1].split(README_END, 1)[0].strip()
    assert shown == roles_table(), "regenerate with: python -m tests.test_permissions"


if __name__ == "__main__":
    print(roles_table())  # noqa: T201
