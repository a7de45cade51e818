"""The compound's records as typed values, and the vocabularies they use."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, Final

from .uid import CardUid, uid_from_canonical


class Tenure(StrEnum):
    """Whether the owner lives in the flat or lets it."""

    OWNER = "owner"
    RENTAL = "rental"


class Role(StrEnum):
    """A person's place in a household."""

    OWNER = "owner"
    FAMILY = "family"
    TENANT = "tenant"
    # Staff and contractors are registered in the household the property office keeps
    # for them; they get no resident default level, only the named levels they hold.
    STAFF = "staff"
    CONTRACTOR = "contractor"


RESIDENT_ROLES = frozenset({Role.OWNER, Role.FAMILY, Role.TENANT})


class CardType(StrEnum):
    """Credentials a compound accepts."""

    CITIZEN_CARD = "citizen_card"  # 市民卡
    ID_CARD = "id_card"  # 身份证
    RESIDENCE_PERMIT = "residence_permit"  # 居住证 / 暂住证
    PROPERTY_CARD = "property_card"  # issued by the property office


class TenantCards(StrEnum):
    """Which credentials a compound accepts from tenants (an option per compound)."""

    RESIDENCE_PERMIT = "residence_permit"  # the Suzhou pilot: 居住证 only
    RESIDENCE_PERMIT_OR_PROPERTY_CARD = "residence_permit_or_property_card"  # Ningbo 安居E卡


TENANT_CARD_TYPES: dict[TenantCards, frozenset[CardType]] = {
    TenantCards.RESIDENCE_PERMIT: frozenset({CardType.RESIDENCE_PERMIT}),
    TenantCards.RESIDENCE_PERMIT_OR_PROPERTY_CARD: frozenset(
        {CardType.RESIDENCE_PERMIT, CardType.PROPERTY_CARD}
    ),
}


class CardStatus(StrEnum):
    """Whether a card still opens gates."""

    ACTIVE = "active"
    REVOKED = "revoked"
    LOST = "lost"


# The languages a person's notifications come in (their own setting; unset: the server's).
PERSON_LANGUAGES: Final = ("zh-Hans", "en")


class WatchLevel(StrEnum):
    """Why a person's passages are reported."""

    NONE = "none"
    CARE = "care"  # 重点看护: the family's request, e.g. an elderly person living alone
    POLICE = "police"  # 重点人员


class Direction(StrEnum):
    """Which way a passage goes, or both."""

    IN = "in"
    OUT = "out"
    BOTH = "both"


class VehicleKind(StrEnum):
    """What carries a chip."""

    EBIKE = "ebike"
    MOTORCYCLE = "motorcycle"
    CAR = "car"


class Credential(StrEnum):
    """What was presented at a reader."""

    CARD = "card"
    VEHICLE_CHIP = "vehicle_chip"
    PIN = "pin"  # a visitor pass's six digits on a keypad
    QR = "qr"  # a visitor pass's signed token from a QR reader
    FACE = "face"  # a face Frigate recognised: the uid is the person's id, never the name
    PLATE = "plate"  # a plate Frigate read: the uid is the vehicle's id
    CARD_AND_FACE = "card_face"  # both, where an access point asks for the pair


def _date(value: Any) -> date | None:
    return None if value in (None, "") else date.fromisoformat(str(value))


@dataclass(frozen=True, slots=True)
class Household:
    """A flat: building, unit and room, with its floor area and tenure."""

    id: str
    building: str
    unit: str
    room: str
    area_m2: float
    tenure: Tenure

    @classmethod
    def from_item(cls, item: Mapping[str, Any]) -> Household:
        """Build from a stored item."""
        return cls(
            item["id"],
            item["building"],
            item["unit"],
            item["room"],
            float(item["area_m2"]),
            Tenure(item["tenure"]),
        )

    @property
    def label(self) -> str:
        """Return the address staff use: building-unit-room."""
        return f"{self.building}-{self.unit}-{self.room}"


@dataclass(frozen=True, slots=True)
class Person:
    """A registered resident. `name` stays in storage, never on the event bus."""

    id: str
    household_id: str
    name: str
    role: Role
    id_number_hash: str | None = None
    user_id: str | None = None
    notify: tuple[str, ...] = ()
    watch: WatchLevel = WatchLevel.NONE  # the care watch (重点看护): NONE or CARE
    watch_directions: Direction = Direction.BOTH
    levels: tuple[str, ...] = ()  # extra access levels, on top of the resident default
    denied: frozenset[str] = frozenset()  # access points shut to this person whatever
    moved_out: date | None = None  # 退房/注销: the record stays until retention ends
    police_watch: bool = False  # 重点人员: kept apart from the care watch, police business
    language: str | None = None  # their notifications' language; None: the server's
    face_name: str | None = None  # the name Frigate gives their face: personal data

    @classmethod
    def from_item(cls, item: Mapping[str, Any]) -> Person:
        """Build from a stored item."""
        return cls(
            item["id"],
            item["household_id"],
            item["name"],
            Role(item["role"]),
            item.get("id_number_hash"),
            item.get("user_id"),
            tuple(item.get("notify") or ()),
            # Records of releases with one watch field held "police" there.
            WatchLevel.CARE if item.get("watch") == WatchLevel.CARE else WatchLevel.NONE,
            Direction(item.get("watch_directions", Direction.BOTH)),
            tuple(item.get("levels") or ()),
            frozenset(item.get("denied") or ()),
            _date((item.get("moved_out") or {}).get("date")),
            bool(item.get("police_watch")) or item.get("watch") == WatchLevel.POLICE,
            item.get("language") or None,
            item.get("face_name") or None,
        )

    @property
    def watch_level(self) -> WatchLevel:
        """Return the strongest watch on the person: police, care or none."""
        return WatchLevel.POLICE if self.police_watch else self.watch

    def moved_out_by(self, day: date) -> bool:
        """Return whether the person has moved out on or before `day`."""
        return self.moved_out is not None and self.moved_out <= day

    def watched_towards(self, direction: Direction) -> bool:
        """Return whether a passage in `direction` is reported (unknown counts as yes)."""
        return (self.watch is not WatchLevel.NONE or self.police_watch) and (
            Direction.BOTH in (self.watch_directions, direction)
            or self.watch_directions == direction
        )


@dataclass(frozen=True, slots=True)
class Card:
    """A credential bound to a person."""

    id: str
    uid: CardUid
    person_id: str
    card_type: CardType
    status: CardStatus
    valid_from: date | None = None
    valid_until: date | None = None
    # `str(uid)`, made once: every decision on the card names it.
    uid_text: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Spell the UID once."""
        object.__setattr__(self, "uid_text", str(self.uid))

    @classmethod
    def from_item(cls, item: Mapping[str, Any]) -> Card:
        """Build from a stored item."""
        return cls(
            item["id"],
            uid_from_canonical(item["uid"]),
            item["person_id"],
            CardType(item["card_type"]),
            CardStatus(item.get("status", CardStatus.ACTIVE)),
            _date(item.get("valid_from")),
            _date(item.get("valid_until")),
        )

    def usable_on(self, day: date) -> bool:
        """Return whether the card is active and within its validity on `day`."""
        return (
            self.status is CardStatus.ACTIVE
            and (self.valid_from is None or self.valid_from <= day)
            and (self.valid_until is None or day <= self.valid_until)
        )


@dataclass(frozen=True, slots=True)
class Vehicle:
    """An e-bike, motorcycle or car with a chip."""

    id: str
    chip: CardUid
    person_id: str
    kind: VehicleKind
    locked: bool = False
    riders: frozenset[str] = frozenset()
    plate: str | None = None  # stored normalised (`recognition.normalize_plate`)

    @classmethod
    def from_item(cls, item: Mapping[str, Any]) -> Vehicle:
        """Build from a stored item."""
        return cls(
            item["id"],
            uid_from_canonical(item["chip_uid"]),
            item["person_id"],
            VehicleKind(item["kind"]),
            bool(item.get("locked", False)),
            frozenset(item.get("riders") or ()),
            item.get("plate") or None,
        )

    def may_ride(self, person_id: str) -> bool:
        """Return whether this person may take the vehicle out."""
        return person_id == self.person_id or person_id in self.riders
