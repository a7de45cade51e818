"""Builders for plain-Python registry tests."""

from __future__ import annotations

from datetime import date
from itertools import count
from typing import Any

from custom_components.compound_security.engine.idnumber import IdNumberHasher, check_character
from custom_components.compound_security.engine.model import TENANT_CARD_TYPES, TenantCards
from custom_components.compound_security.engine.registry import Registry

TODAY = date(2026, 11, 20)
# Real keys, a cheap scrypt cost: plain-Python tests check behaviour, bench/ measures cost.
HASHER = IdNumberHasher(b"k" * 32, b"s" * 16, n=2**4)
_ids = count(1)


def make_id_number(first17: str = "32050719800101123") -> str:
    return first17 + check_character(first17)


class Builder:
    """Adds records the way the storage layer does: prepare, then put."""

    def __init__(
        self, min_area: float = 10.0, tenant_cards: TenantCards = TenantCards.RESIDENCE_PERMIT
    ) -> None:
        self.registry = Registry(HASHER, min_area)
        self.registry.tenant_card_types = TENANT_CARD_TYPES[tenant_cards]

    def household(
        self, room: str = "502", area: float = 60, tenure: str = "rental", **kw: Any
    ) -> str:
        data = {"building": "3", "unit": "1", "room": room, "area_m2": area, "tenure": tenure} | kw
        item = {"id": f"h{next(_ids)}", **self.registry.prepare_household(data, today=TODAY)}
        self.registry.put_household(item)
        return str(item["id"])

    def person(self, household_id: str, role: str = "tenant", **kw: Any) -> str:
        data = {"household_id": household_id, "name": "张三", "role": role} | kw
        stored, _wanted = self.registry.prepare_person(data, today=TODAY)
        item = {"id": f"p{next(_ids)}", **stored}
        self.registry.put_person(item)
        return str(item["id"])

    def card(self, person_id: str, uid: str, card_type: str = "residence_permit", **kw: Any) -> str:
        data = {"person_id": person_id, "uid": uid, "card_type": card_type} | kw
        if card_type == "residence_permit":
            data.setdefault("valid_until", "2027-12-31")
        item = {"id": f"c{next(_ids)}", **self.registry.prepare_card(data, today=TODAY)}
        self.registry.put_card(item)
        return str(item["id"])

    def vehicle(self, person_id: str, chip: str, **kw: Any) -> str:
        data = {"person_id": person_id, "chip_uid": chip, "kind": "ebike"} | kw
        item = {"id": f"v{next(_ids)}", **self.registry.prepare_vehicle(data)}
        self.registry.put_vehicle(item)
        return str(item["id"])
