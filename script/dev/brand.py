"""Draw the brand images in custom_components/compound_security/brand/.

A shield (security) holding a gate arch over a card (access control), in the blue of
property-office signage. Run: .venv/bin/python script/dev/brand.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).parents[2] / "custom_components/compound_security/brand"
BLUE = (23, 92, 170, 255)
LIGHT = (235, 243, 252, 255)
ACCENT = (242, 163, 30, 255)


def draw_icon(size: int, background: tuple[int, int, int, int] | None) -> Image.Image:
    """Return the icon at `size` pixels, transparent unless a background is given."""
    scale = 4  # draw large, then downsample for smooth edges
    s = size * scale
    image = Image.new("RGBA", (s, s), background or (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    u = s / 32
    shield = [
        (16 * u, 2 * u),
        (28 * u, 6 * u),
        (28 * u, 15 * u),
        (26 * u, 21 * u),
        (21 * u, 26.5 * u),
        (16 * u, 30 * u),
        (11 * u, 26.5 * u),
        (6 * u, 21 * u),
        (4 * u, 15 * u),
        (4 * u, 6 * u),
    ]
    draw.polygon(shield, fill=BLUE)
    # Gate: two posts and an arch.
    draw.rectangle([9 * u, 12 * u, 11 * u, 24 * u], fill=LIGHT)
    draw.rectangle([21 * u, 12 * u, 23 * u, 24 * u], fill=LIGHT)
    draw.arc([9 * u, 6 * u, 23 * u, 18 * u], 180, 360, fill=LIGHT, width=int(2 * u))
    # Card in the gateway.
    draw.rounded_rectangle([12.5 * u, 15 * u, 19.5 * u, 20 * u], radius=u, fill=ACCENT)
    draw.rectangle([13.5 * u, 16.2 * u, 15.5 * u, 17.6 * u], fill=LIGHT)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    """Write icon and logo images at 1x and 2x."""
    OUT.mkdir(parents=True, exist_ok=True)
    for name, size in (
        ("icon.png", 256),
        ("icon@2x.png", 512),
        ("logo.png", 256),
        ("logo@2x.png", 512),
    ):
        draw_icon(size, None).save(OUT / name, optimize=True)


if __name__ == "__main__":
    main()
