"""Our own roles: admins and automations do everything; a resident only their household."""

from __future__ import annotations

from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import Unauthorized, UnknownUser
import pytest
from pytest_homeassistant_custom_component.common import MockUser

from .helpers import act, populate

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
        ("set_watch", {"person_id": "x", "level": "care"}),
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
    _, context = resident
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
