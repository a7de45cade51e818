"""The compound's registry: the rules every record must satisfy, and fast lookups.

The Home Assistant layer stores records (plain dicts) in storage collections; before a
record is stored it goes through a `prepare_*` method here, which validates it against
the rest of the registry and returns the normalised dict to store. After it is stored,
`put` or `drop` keeps the indexes current. Every rule raises `RuleError` with a code.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from datetime import date
import re
from typing import Any

from .access_levels import AccessLevel, Holder, prepare_level
from .bounds import (
    MAX_STATUS_REASON,
    checked_area,
    checked_text,
    notify_targets,
)
from .errors import RuleError
from .idnumber import IdNumberHasher
from .lifecycle import access_fields, check_new_validity, moved_out_field
from .model import (
    PERSON_LANGUAGES,
    RESIDENT_ROLES,
    TENANT_CARD_TYPES,
    Card,
    CardStatus,
    CardType,
    Direction,
    Household,
    Person,
    Role,
    TenantCards,
    Tenure,
    Vehicle,
    VehicleKind,
    WatchLevel,
)
from .recognition_keys import face_key, normalize_plate
from .settings import cards_allowed
from .uid import CardUid, parse_uid

_PHONE = re.compile(r"\+?[0-9][0-9 \-]{4,19}")
MAX_PHONE = 30
MAX_PLATE = 20


def _text(data: Mapping[str, Any], key: str, code: str) -> str:
    raw = str(data.get(key) or "")
    if not raw.strip():
        raise RuleError(code)
    return re.sub(r"\s+", " ", checked_text(raw, key)).strip()


def _enum[E](kind: type[E], value: Any, code: str) -> E:
    try:
        return kind(value)  # type: ignore[call-arg]
    except ValueError:
        raise RuleError(code, value=str(value)) from None


def _iso(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise RuleError("date_invalid", value=str(value)) from None


def _same_or_parsed(text: str, stored: CardUid | None) -> CardUid:
    """Read a UID; the stored canonical form of a record being updated stays as it is.

    Canonical hex of digits only (`12345678`) would otherwise read as decimal, and an
    update (a status, a validity date, a lock) would change the card's number.
    """
    if stored is not None and text == str(stored):
        return stored
    return parse_uid(text)


def _watch_fields(data: Mapping[str, Any], current: Person | None) -> dict[str, Any]:
    """Return the care watch and the police watch, kept apart.

    `watch` sets the care watch (`care`, `none`); `watch: police`, as one field held it
    before, sets the police watch and leaves the care watch as it was. `police_watch`
    sets or lifts the police watch on its own.
    """
    level = _enum(WatchLevel, data.get("watch", "none"), "watch_invalid")
    police = bool(data.get("police_watch", current.police_watch if current else False))
    care = level
    if level is WatchLevel.POLICE:
        police = True
        care = current.watch if current is not None else WatchLevel.NONE
    return {"watch": care.value, "police_watch": police}


class Registry:
    """Households, people, cards and vehicles with their cross-record rules."""

    def __init__(self, id_hasher: IdNumberHasher, min_area_per_person: float = 10.0) -> None:
        """Start empty; `id_hasher` turns ID numbers into their stored hashes."""
        self.id_hasher = id_hasher
        self.min_area_per_person = min_area_per_person
        self.households: dict[str, Household] = {}
        self.people: dict[str, Person] = {}
        self.cards: dict[str, Card] = {}
        self.vehicles: dict[str, Vehicle] = {}
        self.wanted: set[str] = set()
        self.levels: dict[str, AccessLevel] = {}
        # Set by the Home Assistant layer from the compound's options and subentries.
        self.tenant_card_types = TENANT_CARD_TYPES[TenantCards.RESIDENCE_PERMIT]
        self.access_points: frozenset[str] = frozenset()
        self._address: dict[tuple[str, str, str], str] = {}
        self._people_of: defaultdict[str, set[str]] = defaultdict(set)
        self._cards_of: defaultdict[str, set[str]] = defaultdict(set)
        self._vehicles_of: defaultdict[str, set[str]] = defaultdict(set)
        self._card_by_low24: dict[int, str] = {}
        self._vehicle_by_low24: dict[int, str] = {}
        self._person_by_id_hash: dict[str, str] = {}
        self._person_by_user: dict[str, str] = {}
        self._person_by_face: dict[str, str] = {}  # face_key(face name) -> person id
        self._vehicle_by_plate: dict[str, str] = {}  # normalised plate -> vehicle id
        self._meter_owner: dict[str, str] = {}
        # What the levels need about a person, kept between reads: building it looks up
        # the household and every housemate's vehicles. Any change to a household, a
        # person or a vehicle forgets them all.
        self._holders: dict[str, tuple[Person, Holder]] = {}

    # --- lookups -----------------------------------------------------------------

    def find_card(self, read: CardUid) -> Card | None:
        """Return the registered card a reader's UID denotes, if any."""
        card_id = self._card_by_low24.get(read.low24)
        card = self.cards.get(card_id) if card_id else None
        return card if card and card.uid.matches(read) else None

    def find_vehicle(self, read: CardUid) -> Vehicle | None:
        """Return the vehicle whose chip a reader saw, if any."""
        vehicle_id = self._vehicle_by_low24.get(read.low24)
        vehicle = self.vehicles.get(vehicle_id) if vehicle_id else None
        return vehicle if vehicle and vehicle.chip.matches(read) else None

    def find_face(self, face_name: str) -> Person | None:
        """Return the person Frigate's face name is linked to, if any."""
        person_id = self._person_by_face.get(face_key(face_name))
        return self.people.get(person_id) if person_id else None

    def find_plate(self, plate: str) -> Vehicle | None:
        """Return the vehicle with this plate (any spelling of it), if any."""
        vehicle_id = self._vehicle_by_plate.get(normalize_plate(plate))
        return self.vehicles.get(vehicle_id) if vehicle_id else None

    def person_for_user(self, user_id: str) -> Person | None:
        """Return the person a Home Assistant user is linked to."""
        person_id = self._person_by_user.get(user_id)
        return self.people.get(person_id) if person_id else None

    def household_at(self, building: str, unit: str, room: str) -> str | None:
        """Return the id of the household at an address, if registered."""
        key = tuple(re.sub(r"\s+", " ", part).strip().casefold() for part in (building, unit, room))
        return self._address.get(key)  # type: ignore[arg-type]

    def people_of(self, household_id: str) -> list[Person]:
        """Return the people registered in a household."""
        return [self.people[p] for p in self._people_of.get(household_id, ())]

    def cards_of(self, person_id: str) -> list[Card]:
        """Return a person's cards."""
        return [self.cards[c] for c in self._cards_of.get(person_id, ())]

    def vehicles_of(self, person_id: str) -> list[Vehicle]:
        """Return the vehicles a person owns."""
        return [self.vehicles[v] for v in self._vehicles_of.get(person_id, ())]

    def holder(self, person: Person) -> Holder:
        """Return what the access levels need to know about a person.

        Staff and contractors are not residents of the household they are registered in:
        only their named levels open doors for them.
        """
        cached = self._holders.get(person.id)
        if cached is not None and cached[0] is person:  # not a stale or a trial copy
            return cached[1]
        holder = self._new_holder(person)
        self._holders[person.id] = (person, holder)
        return holder

    def _new_holder(self, person: Person) -> Holder:
        household = self.households.get(person.household_id)
        if person.role not in RESIDENT_ROLES:
            return Holder(levels=person.levels, denied=person.denied)
        return Holder(
            resident_building=household.building if household else None,
            resident_unit=household.unit if household else None,
            has_vehicle=household is not None and self.household_has_vehicle(household.id),
            levels=person.levels,
            denied=person.denied,
        )

    def household_has_vehicle(self, household_id: str) -> bool:
        """Return whether anyone in the household owns a registered vehicle."""
        return any(self._vehicles_of.get(p) for p in self._people_of.get(household_id, ()))

    def household_of_person(self, person_id: str) -> Household | None:
        """Return the household a person belongs to."""
        person = self.people.get(person_id)
        return self.households.get(person.household_id) if person else None

    def card_cap(self, household: Household) -> int | None:
        """Return how many active cards a rental flat may hold; None for owners."""
        if household.tenure is not Tenure.RENTAL:
            return None
        return cards_allowed(household.area_m2, self.min_area_per_person)

    def active_cards_of_household(self, household_id: str, today: date) -> int:
        """Count the usable cards of everyone still living in a household."""
        return sum(
            1
            for person_id in self._people_of.get(household_id, ())
            if not self.people[person_id].moved_out_by(today)
            for card_id in self._cards_of.get(person_id, ())
            if self.cards[card_id].usable_on(today)
        )

    # --- rules -------------------------------------------------------------------

    def prepare_household(
        self, data: Mapping[str, Any], current_id: str | None = None, today: date | None = None
    ) -> dict[str, Any]:
        """Validate a household and return what to store."""
        building = _text(data, "building", "building_required")
        unit = _text(data, "unit", "unit_required")
        room = _text(data, "room", "room_required")
        area = checked_area(data.get("area_m2", 0))
        tenure = _enum(Tenure, data.get("tenure"), "tenure_invalid")
        meters = self._meter_fields(data, current_id)
        key = (building.casefold(), unit.casefold(), room.casefold())
        if self._address.get(key, current_id) != current_id:
            raise RuleError("household_exists", household=f"{building}-{unit}-{room}")
        if current_id is not None:
            household = Household(current_id, building, unit, room, area, tenure)
            if any(p.role is Role.TENANT for p in self.people_of(current_id)) and (
                tenure is Tenure.OWNER
            ):
                raise RuleError("household_has_tenants")
            cap = self.card_cap(household)
            active = self.active_cards_of_household(current_id, today or date.today())  # noqa: DTZ011
            if cap is not None and active > cap:
                raise RuleError("card_cap_exceeded_by_change", cap=str(cap), active=str(active))
        return {
            "building": building,
            "unit": unit,
            "room": room,
            "area_m2": area,
            "tenure": tenure.value,
        } | meters

    def _meter_fields(self, data: Mapping[str, Any], current_id: str | None) -> dict[str, str]:
        """Validate meter addresses: DL/T 645 has 12 BCD digits, CJ/T 188 has 14."""
        meters: dict[str, str] = {}
        for key, digits in (("electricity_meter", 12), ("water_meter", 14)):
            address = re.sub(r"[\s-]", "", str(data.get(key) or ""))
            if not address:
                continue
            if not (address.isascii() and address.isdigit() and len(address) <= digits):
                raise RuleError("meter_address_invalid", address=address)
            address = address.zfill(digits)
            owner = self.household_for_meter(address)
            if owner is not None and owner != current_id:
                raise RuleError("meter_address_exists", address=address)
            meters[key] = address
        return meters

    def household_for_meter(self, address: str) -> str | None:
        """Return the household whose electricity or water meter has this address."""
        return self._meter_owner.get(address)

    def meters(self, *, water: bool, buildings: Collection[str] = ()) -> dict[str, str]:
        """Return meter address -> household for one kind, optionally in some buildings only."""
        digits = 14 if water else 12
        wanted = {building.casefold() for building in buildings}
        return {
            address: household_id
            for address, household_id in self._meter_owner.items()
            if len(address) == digits
            and (not wanted or self.households[household_id].building.casefold() in wanted)
        }

    def check_remove_household(self, household_id: str) -> None:
        """Refuse to remove a household that still has people."""
        if self._people_of.get(household_id):
            raise RuleError("household_not_empty")

    def prepare_person(
        self, data: Mapping[str, Any], current_id: str | None = None, today: date | None = None
    ) -> tuple[dict[str, Any], bool]:
        """Validate a person; return what to store and whether they are on the wanted list.

        `data` carries either `id_number` in full, which is replaced by its mask and hash
        (slow: the Home Assistant layer seals numbers in an executor first), or the
        `id_number_hash` and `id_number_mask` a seal produced.
        """
        current = self.people.get(current_id) if current_id else None
        household_id = str(data.get("household_id") or "")
        household = self.households.get(household_id)
        if household is None:
            raise RuleError("household_not_found", household_id=household_id)
        name = _text(data, "name", "name_required")
        role = _enum(Role, data.get("role"), "role_invalid")
        if role is Role.TENANT and household.tenure is not Tenure.RENTAL:
            raise RuleError("tenant_needs_rental")
        stored: dict[str, Any] = {"household_id": household_id, "name": name, "role": role.value}
        if phone := checked_text(data.get("phone") or "", "phone", MAX_PHONE):
            if not _PHONE.fullmatch(phone):
                raise RuleError("phone_invalid")
            stored["phone"] = phone
        wanted = self._id_number_fields(data, stored, current, today)
        if user_id := data.get("user_id"):
            if self._person_by_user.get(user_id, current_id) != current_id:
                raise RuleError("user_already_linked")
            stored["user_id"] = user_id
        stored |= self._face_field(data, current_id)
        stored["notify"] = notify_targets(data.get("notify"))
        stored |= _language_field(data)
        stored |= _watch_fields(data, current)
        stored["watch_directions"] = _enum(
            Direction, data.get("watch_directions", "both"), "direction_invalid"
        ).value
        stored |= access_fields(data, self.levels)
        if moved := moved_out_field(data, today or date.today()):  # noqa: DTZ011
            stored["moved_out"] = moved
        if current is not None:
            self._check_cards_still_allowed(current, role, household, today)
        return stored, wanted

    def _face_field(self, data: Mapping[str, Any], current_id: str | None) -> dict[str, str]:
        """Return the person's Frigate face name, if set: one person per face name."""
        if not (face_name := checked_text(data.get("face_name") or "", "face_name")):
            return {}
        if self._person_by_face.get(face_key(face_name), current_id) != current_id:
            raise RuleError("face_name_exists")
        return {"face_name": face_name}

    def _id_number_fields(
        self,
        data: Mapping[str, Any],
        stored: dict[str, Any],
        current: Person | None,
        today: date | None,
    ) -> bool:
        """Put the mask and hash into `stored`; return whether a new number is wanted."""
        sealed: dict[str, Any] = dict(data)
        if raw := str(data.get("id_number") or "").strip():
            sealed = self.id_hasher.seal(raw, today)
        digest = str(sealed.get("id_number_hash") or "")
        if not digest:
            return False
        current_id = current.id if current else None
        if self._person_by_id_hash.get(digest, current_id) != current_id:
            raise RuleError("id_number_exists")
        stored["id_number_mask"] = sealed.get("id_number_mask")
        stored["id_number_hash"] = digest
        # Stored before, sealed by the action layer or planned by an import: a number
        # new to this person is checked against the wanted list either way.
        return digest in self.wanted and (current is None or current.id_number_hash != digest)

    def _check_cards_still_allowed(
        self, current: Person, role: Role, household: Household, today: date | None
    ) -> None:
        """Refuse a role or household change that the person's cards no longer fit."""
        cards = self.cards_of(current.id)
        if role is Role.TENANT and any(c.card_type not in self.tenant_card_types for c in cards):
            raise RuleError("tenant_card_type")
        if current.household_id != household.id:
            day = today or date.today()  # noqa: DTZ011
            moving = sum(1 for c in cards if c.usable_on(day))
            self._check_cap(household, day, moving)

    def _check_cap(self, household: Household, day: date, adding: int) -> None:
        """Refuse `adding` more usable cards to a rental flat at its cap (安居E卡)."""
        cap = self.card_cap(household)
        if (
            adding
            and cap is not None
            and (self.active_cards_of_household(household.id, day) + adding > cap)
        ):
            raise RuleError("card_cap_reached", cap=str(cap), household=household.label)

    def prepare_card(
        self, data: Mapping[str, Any], current_id: str | None = None, today: date | None = None
    ) -> dict[str, Any]:
        """Validate a card and return what to store."""
        day = today or date.today()  # noqa: DTZ011
        current = self.cards.get(current_id) if current_id else None
        uid = _same_or_parsed(str(data.get("uid") or ""), current.uid if current else None)
        person_id = str(data.get("person_id") or "")
        person = self.people.get(person_id)
        if person is None:
            raise RuleError("person_not_found", person_id=person_id)
        card_type = _enum(CardType, data.get("card_type"), "card_type_invalid")
        if person.role is Role.TENANT and card_type not in self.tenant_card_types:
            raise RuleError("tenant_card_type")
        valid_from = _iso(data.get("valid_from"))
        valid_until = _iso(data.get("valid_until"))
        if current_id is None:  # a card issued already expired opens nothing: refuse it
            check_new_validity(date.fromisoformat(valid_until) if valid_until else None, day)
        if card_type is CardType.RESIDENCE_PERMIT and valid_until is None:
            raise RuleError("valid_until_required")
        if valid_from and valid_until and valid_from > valid_until:
            raise RuleError("validity_reversed")
        status = _enum(CardStatus, data.get("status", "active"), "status_invalid")
        self._check_uid_free(uid, current_id)
        card = Card(
            current_id or "",
            uid,
            person_id,
            card_type,
            status,
            date.fromisoformat(valid_from) if valid_from else None,
            date.fromisoformat(valid_until) if valid_until else None,
        )
        household = self.households[person.household_id]
        old = self.cards.get(current_id) if current_id else None
        already_counted = (
            old is not None
            and old.usable_on(day)
            and self.household_of_person(old.person_id) == household
        )
        self._check_cap(household, day, int(card.usable_on(day) and not already_counted))
        stored: dict[str, Any] = {
            "uid": str(uid),
            "person_id": person_id,
            "card_type": card_type.value,
            "status": status.value,
            "valid_from": valid_from,
            "valid_until": valid_until,
        }
        if reason := checked_text(
            data.get("status_reason") or "", "status_reason", MAX_STATUS_REASON
        ):
            stored["status_reason"] = reason
        return stored

    def _check_uid_free(self, uid: CardUid, current_card_id: str | None) -> None:
        """Refuse a card UID that is taken, or that shares its low 24 bits with another."""
        other_id = self._card_by_low24.get(uid.low24)
        if other_id is not None and other_id != current_card_id:
            other = self.cards[other_id]
            if other.uid == uid:
                raise RuleError("uid_exists", uid=str(uid))
            raise RuleError("uid_collides_24bit", uid=str(uid), other=str(other.uid))
        if (vehicle_id := self._vehicle_by_low24.get(uid.low24)) is not None:
            other_chip = self.vehicles[vehicle_id].chip
            raise RuleError("uid_collides_24bit", uid=str(uid), other=str(other_chip))

    def prepare_vehicle(
        self, data: Mapping[str, Any], current_id: str | None = None
    ) -> dict[str, Any]:
        """Validate a vehicle and return what to store."""
        current = self.vehicles.get(current_id) if current_id else None
        chip = _same_or_parsed(str(data.get("chip_uid") or ""), current.chip if current else None)
        person_id = str(data.get("person_id") or "")
        if person_id not in self.people:
            raise RuleError("person_not_found", person_id=person_id)
        kind = _enum(VehicleKind, data.get("kind"), "vehicle_kind_invalid")
        other_id = self._vehicle_by_low24.get(chip.low24)
        if other_id is not None and other_id != current_id:
            other = self.vehicles[other_id]
            code = "chip_exists" if other.chip == chip else "uid_collides_24bit"
            raise RuleError(code, uid=str(chip), other=str(other.chip))
        if (card_id := self._card_by_low24.get(chip.low24)) is not None:
            raise RuleError("uid_collides_24bit", uid=str(chip), other=str(self.cards[card_id].uid))
        riders: list[str] = []
        for rider in data.get("riders") or ():
            if rider not in self.people:
                raise RuleError("person_not_found", person_id=str(rider))
            if rider != person_id and rider not in riders:
                riders.append(rider)
        stored: dict[str, Any] = {
            "chip_uid": str(chip),
            "person_id": person_id,
            "kind": kind.value,
            "locked": bool(data.get("locked", False)),
            "riders": riders,
        }
        if plate := normalize_plate(checked_text(data.get("plate") or "", "plate", MAX_PLATE)):
            if self._vehicle_by_plate.get(plate, current_id) != current_id:
                raise RuleError("plate_exists", plate=plate)
            stored["plate"] = plate
        return stored

    def prepare_level(self, data: Mapping[str, Any]) -> dict[str, Any]:
        """Validate an access level against the compound's access points."""
        return prepare_level(data, self.access_points)

    def check_remove_level(self, level_id: str) -> None:
        """Refuse to remove a level people still hold (their records would name nothing)."""
        if holders := sum(1 for p in self.people.values() if level_id in p.levels):
            raise RuleError("level_in_use", people=str(holders))

    # --- indexes -------------------------------------------------------------------

    def put_level(self, item: Mapping[str, Any]) -> None:
        """Index a stored access level."""
        level = AccessLevel.from_item(item)
        self.levels[level.id] = level

    def drop_level(self, level_id: str) -> None:
        """Forget an access level."""
        self.levels.pop(level_id, None)

    def put_household(self, item: Mapping[str, Any]) -> None:
        """Index a stored household."""
        self._holders.clear()
        self.drop_household(item["id"])
        household = Household.from_item(item)
        self.households[household.id] = household
        for meter in ("electricity_meter", "water_meter"):
            if address := item.get(meter):
                self._meter_owner[address] = household.id
        key = (household.building.casefold(), household.unit.casefold(), household.room.casefold())
        self._address[key] = household.id

    def drop_household(self, household_id: str) -> None:
        """Forget a household."""
        self._holders.clear()
        for address in [a for a, owner in self._meter_owner.items() if owner == household_id]:
            del self._meter_owner[address]
        if (old := self.households.pop(household_id, None)) is not None:
            self._address.pop(
                (old.building.casefold(), old.unit.casefold(), old.room.casefold()), None
            )

    def put_person(self, item: Mapping[str, Any]) -> None:
        """Index a stored person."""
        self._holders.clear()
        self.drop_person(item["id"])
        person = Person.from_item(item)
        self.people[person.id] = person
        self._people_of[person.household_id].add(person.id)
        if person.id_number_hash:
            self._person_by_id_hash[person.id_number_hash] = person.id
        if person.user_id:
            self._person_by_user[person.user_id] = person.id
        if person.face_name:
            self._person_by_face[face_key(person.face_name)] = person.id

    def drop_person(self, person_id: str) -> None:
        """Forget a person (their cards and vehicles are removed by the caller)."""
        self._holders.clear()
        if (old := self.people.pop(person_id, None)) is None:
            return
        self._people_of[old.household_id].discard(person_id)
        if old.id_number_hash:
            self._person_by_id_hash.pop(old.id_number_hash, None)
        if old.user_id:
            self._person_by_user.pop(old.user_id, None)
        if old.face_name:
            self._person_by_face.pop(face_key(old.face_name), None)

    def put_card(self, item: Mapping[str, Any]) -> None:
        """Index a stored card."""
        self.drop_card(item["id"])
        card = Card.from_item(item)
        self.cards[card.id] = card
        self._cards_of[card.person_id].add(card.id)
        self._card_by_low24[card.uid.low24] = card.id

    def drop_card(self, card_id: str) -> None:
        """Forget a card."""
        if (old := self.cards.pop(card_id, None)) is not None:
            self._cards_of[old.person_id].discard(card_id)
            self._card_by_low24.pop(old.uid.low24, None)

    def put_vehicle(self, item: Mapping[str, Any]) -> None:
        """Index a stored vehicle."""
        self._holders.clear()
        self.drop_vehicle(item["id"])
        vehicle = Vehicle.from_item(item)
        self.vehicles[vehicle.id] = vehicle
        self._vehicles_of[vehicle.person_id].add(vehicle.id)
        self._vehicle_by_low24[vehicle.chip.low24] = vehicle.id
        if vehicle.plate:
            self._vehicle_by_plate[normalize_plate(vehicle.plate)] = vehicle.id

    def drop_vehicle(self, vehicle_id: str) -> None:
        """Forget a vehicle."""
        self._holders.clear()
        if (old := self.vehicles.pop(vehicle_id, None)) is not None:
            self._vehicles_of[old.person_id].discard(vehicle_id)
            self._vehicle_by_low24.pop(old.chip.low24, None)
            if old.plate:
                self._vehicle_by_plate.pop(normalize_plate(old.plate), None)

    # --- wanted list -----------------------------------------------------------------

    def wanted_people(self, hashes: Iterable[str]) -> list[Person]:
        """Return registered people whose ID number hash is among `hashes`."""
        return [self.people[p] for h in hashes if (p := self._person_by_id_hash.get(h))]

    def clone(self) -> Registry:
        """Return an independent copy, for trying changes without touching this one."""
        copy = Registry(self.id_hasher, self.min_area_per_person)
        copy.households = dict(self.households)
        copy.people = dict(self.people)
        copy.cards = dict(self.cards)
        copy.vehicles = dict(self.vehicles)
        copy.wanted = set(self.wanted)
        copy.levels = dict(self.levels)
        copy.tenant_card_types = self.tenant_card_types
        copy.access_points = self.access_points
        copy._address = dict(self._address)
        for name in ("_people_of", "_cards_of", "_vehicles_of"):
            source: defaultdict[str, set[str]] = getattr(self, name)
            target: defaultdict[str, set[str]] = getattr(copy, name)
            for key, members in source.items():
                target[key] = set(members)
        copy._card_by_low24 = dict(self._card_by_low24)
        copy._vehicle_by_low24 = dict(self._vehicle_by_low24)
        copy._person_by_id_hash = dict(self._person_by_id_hash)
        copy._person_by_user = dict(self._person_by_user)
        copy._person_by_face = dict(self._person_by_face)
        copy._vehicle_by_plate = dict(self._vehicle_by_plate)
        return copy

    def statistics(self, today: date) -> dict[str, float | int | None]:
        """Return the compound totals staff watch (coverage in %, None with no one to cover).

        People who have moved out, and their cards, no longer count.
        """
        present = [p for p in self.people.values() if not p.moved_out_by(today)]
        usable_people: set[str] = set()
        permit_holders: set[str] = set()
        active_cards = 0
        for card in self.cards.values():
            holder = self.people.get(card.person_id)
            if card.usable_on(today) and not (holder and holder.moved_out_by(today)):
                active_cards += 1
                usable_people.add(card.person_id)
                if card.card_type is CardType.RESIDENCE_PERMIT:
                    permit_holders.add(card.person_id)
        tenants = [p.id for p in present if p.role is Role.TENANT]
        at_cap = sum(
            1
            for household in self.households.values()
            if (cap := self.card_cap(household)) is not None
            and self.active_cards_of_household(household.id, today) >= cap
        )

        def percent(part: int, whole: int) -> float | None:
            return round(100 * part / whole, 1) if whole else None

        return {
            "households": len(self.households),
            "people": len(present),
            "active_cards": active_cards,
            "card_coverage": percent(len(usable_people), len(present)),
            "residence_permit_coverage": percent(
                sum(1 for t in tenants if t in permit_holders), len(tenants)
            ),
            "rental_households_at_cap": at_cap,
            "vehicles": len(self.vehicles),
        }


def _language_field(data: Mapping[str, Any]) -> dict[str, str]:
    """Return a person's own notification language, if set (unset: the server's)."""
    language = data.get("language")
    if not language:
        return {}
    if language not in PERSON_LANGUAGES:
        raise RuleError("language_invalid")
    return {"language": str(language)}
