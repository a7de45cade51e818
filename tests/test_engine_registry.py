"""Registry rules (plain Python)."""

from __future__ import annotations

from typing import Any

import pytest

from custom_components.compound_security.engine.errors import RuleError
from custom_components.compound_security.engine.idnumber import normalize_all
from custom_components.compound_security.engine.model import TENANT_CARD_TYPES, TenantCards
from custom_components.compound_security.engine.uid import parse_uid

from .engine_fixtures import TODAY, Builder, make_id_number


def _code(call: Any, *args: Any, **kwargs: Any) -> str:
    with pytest.raises(RuleError) as err:
        call(*args, **kwargs)
    return err.value.code


def test_household_rules() -> None:
    b = Builder()
    b.household(room="502")
    prepare = b.registry.prepare_household
    base = {"building": "3", "unit": "1", "room": "503", "area_m2": 60, "tenure": "owner"}
    assert prepare(base)["room"] == "503"
    assert _code(prepare, base | {"room": " 502 "}) == "household_exists"
    assert _code(prepare, base | {"building": ""}) == "building_required"
    assert _code(prepare, base | {"unit": None}) == "unit_required"
    assert _code(prepare, base | {"room": "x" * 101}) == "text_invalid"  # too long
    assert _code(prepare, base | {"area_m2": 0}) == "area_not_positive"
    assert _code(prepare, base | {"area_m2": "big"}) == "area_not_positive"
    assert _code(prepare, base | {"tenure": "squat"}) == "tenure_invalid"


def test_household_update_keeps_its_own_address_and_checks_the_cap() -> None:
    b = Builder()
    home = b.household(area=30)  # cap 3
    tenant = b.person(home)
    for uid in ("01", "02", "03"):
        b.card(tenant, f"0x{uid}")
    same = {"building": "3", "unit": "1", "room": "502", "area_m2": 30, "tenure": "rental"}
    assert b.registry.prepare_household(same, current_id=home, today=TODAY)["area_m2"] == 30
    assert (
        _code(b.registry.prepare_household, same | {"area_m2": 25}, current_id=home, today=TODAY)
        == "card_cap_exceeded_by_change"
    )
    assert (
        _code(b.registry.prepare_household, same | {"tenure": "owner"}, current_id=home)
        == "household_has_tenants"
    )
    assert _code(b.registry.check_remove_household, home) == "household_not_empty"


def test_person_rules() -> None:
    b = Builder()
    rental = b.household(room="1")
    owned = b.household(room="2", tenure="owner")
    prepare = b.registry.prepare_person
    base = {"household_id": owned, "name": " 李 四 ", "role": "owner"}
    stored, wanted = prepare(base, today=TODAY)
    assert stored["name"] == "李 四"
    assert stored["notify"] == []
    assert (stored["watch"], stored["watch_directions"]) == ("none", "both")
    assert wanted is False
    assert _code(prepare, base | {"household_id": "nope"}) == "household_not_found"
    assert _code(prepare, base | {"name": ""}) == "name_required"
    assert _code(prepare, base | {"role": "guest"}) == "role_invalid"
    assert _code(prepare, base | {"role": "tenant"}) == "tenant_needs_rental"
    assert prepare(base | {"household_id": rental, "role": "tenant"})[0]["role"] == "tenant"
    assert _code(prepare, base | {"phone": "call me"}) == "phone_invalid"
    assert prepare(base | {"phone": "138 0000 1234"})[0]["phone"] == "138 0000 1234"
    assert _code(prepare, base | {"notify": ["mobile app!"]}) == "notify_target_invalid"
    assert prepare(base | {"notify": ["mobile_app_li", "notify.mobile_app_li"]})[0]["notify"] == [
        "notify.mobile_app_li"
    ]
    assert _code(prepare, base | {"notify": ["persistent_notification"]}) == (
        "notify_target_shared"  # every user reads it
    )
    assert _code(prepare, base | {"language": "fr"}) == "language_invalid"
    assert prepare(base | {"language": "en"})[0]["language"] == "en"
    assert "language" not in prepare(base | {"language": ""})[0]  # the server's
    assert _code(prepare, base | {"watch": "always"}) == "watch_invalid"
    assert _code(prepare, base | {"watch_directions": "up"}) == "direction_invalid"


def test_id_numbers_are_stored_masked_and_hashed_and_unique() -> None:
    b = Builder()
    home = b.household(tenure="owner")
    number = make_id_number()
    stored, _ = b.registry.prepare_person(
        {"household_id": home, "name": "A", "role": "owner", "id_number": number}, today=TODAY
    )
    assert number not in repr(stored)
    assert stored["id_number_mask"] == f"{'*' * 17}{number[-1]}"
    assert len(stored["id_number_hash"]) == 64
    first = b.person(home, role="owner", id_number=number)
    assert (
        _code(
            b.registry.prepare_person,
            {"household_id": home, "name": "B", "role": "owner", "id_number": number.lower()},
        )
        == "id_number_exists"
    )
    # Updating the same person with the same number is fine; so is keeping the stored hash.
    item = {"household_id": home, "name": "A", "role": "owner", "id_number": number}
    b.registry.prepare_person(item, current_id=first, today=TODAY)
    kept, _ = b.registry.prepare_person(
        {
            "household_id": home,
            "name": "A2",
            "role": "owner",
            "id_number_hash": stored["id_number_hash"],
            "id_number_mask": stored["id_number_mask"],
        },
        current_id=first,
    )
    assert kept["id_number_hash"] == stored["id_number_hash"]
    bad = make_id_number()[:-1] + ("0" if number[-1] != "0" else "1")
    assert _code(b.registry.prepare_person, item | {"id_number": bad}) == "id_number_checksum"


def test_wanted_list_matches_at_registration() -> None:
    b = Builder()
    home = b.household(tenure="owner")
    number = make_id_number("11010519491231002")
    numbers, invalid = normalize_all([number, "not a number", make_id_number(), number])
    assert invalid == [1]
    hashes = {b.registry.id_hasher.hash(n) for n in numbers}
    assert len(hashes) == 2
    b.registry.wanted |= hashes
    _, wanted = b.registry.prepare_person(
        {"household_id": home, "name": "A", "role": "owner", "id_number": number}, today=TODAY
    )
    assert wanted is True
    person = b.person(home, role="owner", id_number=number)
    assert [p.id for p in b.registry.wanted_people(hashes)] == [person]


def test_user_links_are_unique() -> None:
    b = Builder()
    home = b.household(tenure="owner")
    linked = b.person(home, role="owner", user_id="user-1")
    assert b.registry.person_for_user("user-1").id == linked  # type: ignore[union-attr]
    assert b.registry.person_for_user("user-2") is None
    assert (
        _code(
            b.registry.prepare_person,
            {"household_id": home, "name": "B", "role": "family", "user_id": "user-1"},
        )
        == "user_already_linked"
    )


def test_card_rules() -> None:
    b = Builder()
    home = b.household(area=60)
    tenant = b.person(home)
    owner_home = b.household(room="601", tenure="owner")
    owner = b.person(owner_home, role="owner")
    prepare = b.registry.prepare_card
    stored = prepare({"person_id": owner, "uid": "0x8ec793", "card_type": "citizen_card"})
    assert stored == {
        "uid": "008EC793",
        "person_id": owner,
        "card_type": "citizen_card",
        "status": "active",
        "valid_from": None,
        "valid_until": None,
    }
    base = {
        "person_id": tenant,
        "uid": "12345",
        "card_type": "residence_permit",
        "valid_until": "2027-01-01",
    }
    assert _code(prepare, base | {"person_id": "x"}) == "person_not_found"
    assert _code(prepare, base | {"uid": "zz"}) == "uid_invalid"
    assert _code(prepare, base | {"card_type": "library_card"}) == "card_type_invalid"
    assert _code(prepare, base | {"card_type": "citizen_card"}) == "tenant_card_type"
    assert _code(prepare, base | {"card_type": "id_card"}) == "tenant_card_type"
    # Tenants' property cards (Ningbo's 安居E卡) only where the compound accepts them.
    assert _code(prepare, base | {"card_type": "property_card"}) == "tenant_card_type"
    b.registry.tenant_card_types = TENANT_CARD_TYPES[TenantCards.RESIDENCE_PERMIT_OR_PROPERTY_CARD]
    assert prepare(base | {"card_type": "property_card", "valid_until": None})["card_type"] == (
        "property_card"
    )
    assert _code(prepare, base | {"valid_until": None}) == "valid_until_required"
    assert _code(prepare, base | {"valid_until": "2027-02-30"}) == "date_invalid"
    assert _code(prepare, base | {"valid_from": "2027-02-01"}) == "validity_reversed"
    assert _code(prepare, base | {"status": "stolen"}) == "status_invalid"
    assert prepare(base | {"status_reason": "  moved out "})["status_reason"] == "moved out"


def test_uids_are_unique_and_24_bit_collisions_refused() -> None:
    b = Builder()
    home = b.household(tenure="owner")
    owner = b.person(home, role="owner")
    first = b.card(owner, "008EC793", card_type="citizen_card")
    prepare = b.registry.prepare_card
    card = {"person_id": owner, "card_type": "id_card"}
    assert _code(prepare, card | {"uid": "9357203"}) == "uid_exists"
    assert _code(prepare, card | {"uid": "04A2C1FF8EC793"}) == "uid_collides_24bit"
    assert _code(prepare, card | {"uid": "142,51091"}) == "uid_collides_24bit"
    # The card itself may be re-saved.
    assert prepare(card | {"uid": "008EC793"}, current_id=first)["uid"] == "008EC793"
    # A vehicle chip may not share the low 24 bits of a card, nor a card those of a chip.
    assert (
        _code(
            b.registry.prepare_vehicle,
            {"person_id": owner, "chip_uid": "118EC793", "kind": "ebike"},
        )
        == "uid_collides_24bit"
    )
    b.vehicle(owner, "0xAA000001")
    assert _code(prepare, card | {"uid": "0x01000001"}) == "uid_collides_24bit"


def test_rental_card_cap_follows_floor_area() -> None:
    b = Builder(min_area=10, tenant_cards=TenantCards.RESIDENCE_PERMIT_OR_PROPERTY_CARD)
    home = b.household(area=25)  # floor(25 / 10) = 2 cards
    first, second = b.person(home), b.person(home)
    b.card(first, "0x01")
    b.card(second, "0x02")
    prepare = b.registry.prepare_card
    extra = {"person_id": first, "uid": "0x03", "card_type": "property_card"}
    with pytest.raises(RuleError) as err:
        prepare(extra, today=TODAY)
    assert err.value.code == "card_cap_reached"
    assert err.value.placeholders == {"cap": "2", "household": "3-1-502"}
    # Inactive and expired cards do not count against the cap.
    assert prepare(extra | {"status": "revoked"}, today=TODAY)["status"] == "revoked"
    # A card issued already expired is refused; one that has expired since stops counting.
    assert _code(prepare, extra | {"valid_until": "2026-01-01"}, today=TODAY) == (
        "valid_until_past"
    )
    second_card = b.registry.find_card(parse_uid("0x02")).id  # type: ignore[union-attr]
    expired = {"person_id": second, "uid": "0x02", "card_type": "property_card"}
    stored = prepare(expired | {"valid_until": "2026-01-01"}, current_id=second_card, today=TODAY)
    b.registry.put_card({"id": second_card, **stored})
    assert prepare(extra, today=TODAY)["uid"] == "00000003"
    # Re-saving a counted card is fine; an owner household has no cap.
    card_id = b.registry.find_card(parse_uid("0x01")).id  # type: ignore[union-attr]
    assert prepare(extra | {"uid": "0x01"}, current_id=card_id, today=TODAY)
    owner_home = b.household(room="7", tenure="owner", area=5)
    owner = b.person(owner_home, role="owner")
    for uid in ("0x11", "0x12", "0x13"):
        b.card(owner, uid, card_type="citizen_card")


def test_moving_a_person_respects_tenant_rules_and_caps() -> None:
    b = Builder(min_area=10)
    full = b.household(room="1", area=10)  # cap 1
    b.card(b.person(full), "0x21")
    other = b.household(room="2", area=40)
    mover = b.person(other)
    b.card(mover, "0x22")
    move = {"household_id": full, "name": "张三", "role": "tenant"}
    assert (
        _code(b.registry.prepare_person, move, current_id=mover, today=TODAY) == "card_cap_reached"
    )
    owner_home = b.household(room="3", tenure="owner")
    owner = b.person(owner_home, role="owner")
    b.card(owner, "0x23", card_type="citizen_card")
    to_tenant = {"household_id": other, "name": "A", "role": "tenant"}
    assert _code(b.registry.prepare_person, to_tenant, current_id=owner) == "tenant_card_type"


def test_vehicle_rules() -> None:
    b = Builder()
    home = b.household(tenure="owner")
    owner, rider = b.person(home, role="owner"), b.person(home, role="family")
    prepare = b.registry.prepare_vehicle
    base = {"person_id": owner, "chip_uid": "E0040150AABBCCDD", "kind": "ebike"}
    stored = prepare(base | {"plate": " 苏e12345 ", "riders": [rider, rider, owner]})
    assert stored == {
        "chip_uid": "E0040150AABBCCDD",
        "person_id": owner,
        "kind": "ebike",
        "locked": False,
        "riders": [rider],
        "plate": "苏E12345",
    }
    assert _code(prepare, base | {"person_id": "x"}) == "person_not_found"
    assert _code(prepare, base | {"kind": "tank"}) == "vehicle_kind_invalid"
    assert _code(prepare, base | {"riders": ["ghost"]}) == "person_not_found"
    assert _code(prepare, base | {"plate": "X" * 21}) == "text_invalid"
    vehicle = b.vehicle(owner, "E0040150AABBCCDD")
    assert _code(prepare, base) == "chip_exists"
    assert _code(prepare, base | {"chip_uid": "0x01AABBCCDD"}) == "uid_collides_24bit"
    assert prepare(base, current_id=vehicle)["chip_uid"] == "E0040150AABBCCDD"


def test_indexes_follow_puts_and_drops() -> None:
    b = Builder()
    home = b.household(tenure="owner")
    owner = b.person(home, role="owner", id_number=make_id_number(), user_id="u")
    card = b.card(owner, "0x31", card_type="citizen_card")
    vehicle = b.vehicle(owner, "0x32")
    registry = b.registry
    assert [p.id for p in registry.people_of(home)] == [owner]
    assert [c.id for c in registry.cards_of(owner)] == [card]
    assert [v.id for v in registry.vehicles_of(owner)] == [vehicle]
    assert registry.household_of_person(owner).id == home  # type: ignore[union-attr]
    registry.drop_card(card)
    registry.drop_vehicle(vehicle)
    registry.drop_person(owner)
    registry.drop_household(home)
    assert registry.find_card(parse_uid("0x31")) is None
    assert registry.find_vehicle(parse_uid("0x32")) is None
    assert registry.person_for_user("u") is None
    assert registry.household_of_person(owner) is None
    registry.drop_person(owner)  # twice is harmless
    b.household(tenure="owner")  # the address is free again


def _error(call: Any, *args: Any, **kwargs: Any) -> tuple[str, dict[str, str]]:
    with pytest.raises(RuleError) as err:
        call(*args, **kwargs)
    return err.value.code, err.value.placeholders


@pytest.mark.parametrize("area", [float("inf"), float("nan"), "inf", 0.5, 10_000.5, 1e308])
def test_floor_area_is_finite_and_within_bounds(area: Any) -> None:
    prepare = Builder().registry.prepare_household
    base = {"building": "3", "unit": "1", "room": "503", "tenure": "owner"}
    assert _error(prepare, base | {"area_m2": area}) == (
        "area_out_of_range",
        {"min": "1", "max": "10000"},
    )
    assert prepare(base | {"area_m2": 10_000})["area_m2"] == 10_000
    assert prepare(base | {"area_m2": 1})["area_m2"] == 1


def test_typed_text_is_bounded_and_has_no_control_characters() -> None:
    b = Builder()
    home = b.household(tenure="owner")
    owner = b.person(home, role="owner")
    household = {"building": "3", "unit": "1", "room": "503", "area_m2": 60, "tenure": "owner"}
    person = {"household_id": home, "name": "王奶奶", "role": "family"}
    card = {"person_id": owner, "uid": "0x01", "card_type": "citizen_card"}
    vehicle = {"person_id": owner, "chip_uid": "0xE0000009", "kind": "ebike"}
    registry = b.registry
    cases: list[tuple[Any, dict[str, Any], str, int]] = [
        (registry.prepare_household, household | {"building": "3\n伪造"}, "building", 100),
        (registry.prepare_household, household | {"room": "5\u202e03"}, "room", 100),
        (registry.prepare_person, person | {"name": "王\x1b[2J奶奶"}, "name", 100),
        (registry.prepare_person, person | {"name": "王" * 101}, "name", 100),
        (registry.prepare_person, person | {"phone": "1" * 31}, "phone", 30),
        (registry.prepare_person, person | {"phone": "138\r\n0000"}, "phone", 30),
        (registry.prepare_card, card | {"status_reason": "丢" * 201}, "status_reason", 200),
        (registry.prepare_card, card | {"status_reason": "a\x00b"}, "status_reason", 200),
        (registry.prepare_vehicle, vehicle | {"plate": "苏E\t12345"}, "plate", 20),
    ]
    for prepare, data, field, maximum in cases:
        assert _error(prepare, data) == ("text_invalid", {"field": field, "max": str(maximum)})
    assert registry.prepare_card(card | {"status_reason": "丢" * 200})["status_reason"]
    assert registry.prepare_person(person | {"name": " 王  奶奶 "})[0]["name"] == "王 奶奶"


def test_notify_targets_are_bounded() -> None:
    b = Builder()
    home = b.household(tenure="owner")
    person = {"household_id": home, "name": "王奶奶", "role": "owner"}
    prepare = b.registry.prepare_person
    ten = [f"mobile_app_{n}" for n in range(10)]
    assert len(prepare(person | {"notify": ten})[0]["notify"]) == 10
    assert _error(prepare, person | {"notify": [*ten, "one_more"]}) == (
        "notify_targets_too_many",
        {"max": "10"},
    )
    code, placeholders = _error(prepare, person | {"notify": ["a" * 101]})
    assert code == "notify_target_invalid"
    assert len(placeholders["target"]) == 100


def test_an_update_keeps_a_digits_only_uid() -> None:
    """Canonical hex of digits only is not read again as decimal when a card changes."""
    b = Builder()
    owner = b.person(b.household(tenure="owner"), role="owner")
    card_id = b.card(owner, "0x12345678", card_type="citizen_card")
    item = {"id": card_id, "uid": "12345678", "person_id": owner, "card_type": "citizen_card"}
    stored = b.registry.prepare_card(item | {"status": "lost"}, current_id=card_id, today=TODAY)
    assert stored["uid"] == "12345678"
    vehicle_id = b.vehicle(owner, "0x23456789")
    chip = {"chip_uid": "23456789", "person_id": owner, "kind": "ebike", "locked": True}
    assert b.registry.prepare_vehicle(chip, current_id=vehicle_id)["chip_uid"] == "23456789"


def test_a_card_spells_its_uid_as_stored() -> None:
    b = Builder()
    owner = b.person(b.household(tenure="owner"), role="owner")
    card = b.registry.cards[b.card(owner, "0x8ec793", card_type="citizen_card")]
    assert card.uid_text == "008EC793" == str(card.uid)
    wiegand = b.registry.find_card(parse_uid("142,51091"))  # the same card's low 24 bits
    assert wiegand is card
    assert wiegand.uid_text == "008EC793"  # the full UID, not the read's W26 form
