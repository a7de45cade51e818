"""How face names and plates are matched: one spelling for each, whatever the camera sent."""

from __future__ import annotations

import re
import unicodedata

_PLATE_NOISE = re.compile(r"[\s.·•・\-]+")


def normalize_plate(text: str) -> str:
    """Return a plate as stored and matched: half-width, upper case, no spaces or dots.

    `沪A·12345` in full-width letters and digits, `沪a 12345` and `沪A12345` are one plate.
    """
    return _PLATE_NOISE.sub("", unicodedata.normalize("NFKC", text)).upper()


def face_key(name: str) -> str:
    """Return the form a face name is matched in (Frigate's folder names, any case)."""
    return " ".join(unicodedata.normalize("NFKC", name).split()).casefold()
