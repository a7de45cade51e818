"""A real Home Assistant with a small fixture compound, for the console's browser tests.

Started once per test session in its own process: a pty card reader at the North gate (the
test writes card frames to it), a relay for each gate, a camera serving JPEG snapshots over
HTTP, households and people, and a user for every role (the owner is the manager). For the
resident's tests: a Wiegand keypad at the South gate, a text-line QR reader at the West
gate, a garage with a card reader and a vehicle-chip reader (no barrier: the gate board
keeps its two gates), 王建国's e-bike, and a second camera that is not public.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
from dataclasses import dataclass, field
import http.server
import io
import os
from pathlib import Path
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from typing import Any

import aiohttp
from PIL import Image, ImageDraw

from compound_simulator.devices import card_frame
from compound_simulator.ha_client import Api, Tokens
from custom_components.compound_security.transport.keypad import encode_key

ROOT = Path(__file__).parents[2]
PASSWORD = "browser-tests"  # noqa: S105  # a throwaway instance's users
ROLES = ("manager", "clerk", "guard", "police", "resident")
COMPOUND = "测试花园"
EBIKE_CHIP = "0xE0000001"  # 王建国's e-bike

CONFIGURATION = """
homeassistant:
  name: {compound}
  country: CN
  time_zone: Asia/Shanghai
  unit_system: metric
  currency: CNY
  language: en
http:
  server_host: 127.0.0.1
  server_port: {port}
frontend:
config:
history:
logbook:
recorder:
  db_url: sqlite:///{config}/home-assistant_v2.db
webhook:
input_boolean:
  north_gate_relay:
  unit_door_relay:
template:
  - switch:
      - name: North gate relay
        state: "{{{{ is_state('input_boolean.north_gate_relay', 'on') }}}}"
        turn_on:
          - action: input_boolean.turn_on
            target: {{entity_id: input_boolean.north_gate_relay}}
        turn_off:
          - action: input_boolean.turn_off
            target: {{entity_id: input_boolean.north_gate_relay}}
      - name: Unit door relay
        state: "{{{{ is_state('input_boolean.unit_door_relay', 'on') }}}}"
        turn_on:
          - action: input_boolean.turn_on
            target: {{entity_id: input_boolean.unit_door_relay}}
        turn_off:
          - action: input_boolean.turn_off
            target: {{entity_id: input_boolean.unit_door_relay}}
logger:
  default: warning
  logs:
    custom_components.compound_security: info
"""


def free_port() -> int:
    """Return a TCP port nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def camera_picture(text: str) -> bytes:
    """Draw a gate camera's picture."""
    image = Image.new("RGB", (640, 360), (46, 52, 64))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 250, 640, 360), fill=(76, 86, 106))
    draw.rectangle((250, 120, 390, 250), outline=(216, 222, 233), width=4)
    draw.text((16, 16), text, fill=(236, 239, 244))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=70)
    return buffer.getvalue()


class _CameraHandler(http.server.BaseHTTPRequestHandler):
    picture = camera_picture("North gate camera")

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "image/jpeg")
        self.send_header("Content-Length", str(len(self.picture)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # a health probe
            self.wfile.write(self.picture)

    def log_message(self, *_args: object) -> None:
        """Stay quiet."""


@dataclass
class Compound:
    """What the tests need to know about the running instance."""

    base: str
    config: Path
    entry_id: str
    tokens: dict[str, Tokens] = field(default_factory=dict)
    users: dict[str, str] = field(default_factory=dict)  # role -> user id
    ids: dict[str, str] = field(default_factory=dict)  # households, people, cards, points
    reader_fd: int = -1
    ptys: dict[str, int] = field(default_factory=dict)  # the resident's readers, by name

    def swipe(self, uid: int) -> None:
        """Present a card at the North gate's reader."""
        os.write(self.reader_fd, card_frame("text", uid))

    def swipe_at_garage(self, uid: int) -> None:
        """Present a card at the garage's card reader."""
        os.write(self.ptys["garage_card"], card_frame("text", uid))

    def chip_at_garage(self, uid: int) -> None:
        """Ride a vehicle past the garage's chip reader."""
        os.write(self.ptys["garage_chip"], card_frame("text", uid))

    def type_pin(self, pin: str) -> None:
        """Type a PIN and # on the South gate's Wiegand keypad (8-bit key bursts)."""
        os.write(self.ptys["keypad"], b"".join(encode_key(k).encode() + b"\r\n" for k in pin + "#"))

    def show_qr(self, token: str) -> None:
        """Hold a QR code to the West gate's reader (it prints the code as a text line)."""
        os.write(self.ptys["qr"], token.encode() + b"\r\n")

    def run(self, coroutine_factory: Any) -> Any:
        """Run `coroutine_factory(api)` against the instance as the manager."""

        async def _go() -> Any:
            async with aiohttp.ClientSession() as session:
                api = Api(session, self.base)
                api.token = self.tokens["manager"].access_token
                try:
                    return await coroutine_factory(api)
                finally:
                    await api.close()

        # In a thread of its own: Playwright's synchronous API keeps a loop running here.
        with concurrent.futures.ThreadPoolExecutor(1) as worker:
            return worker.submit(asyncio.run, _go()).result()

    def ws(self, message: dict[str, Any]) -> Any:
        """Send one websocket command as the manager."""
        return self.run(lambda api: api.ws(message))

    def act(self, action: str, **data: Any) -> Any:
        """Call one of the integration's actions as the manager; return its response."""
        answer = self.run(
            lambda api: api.post(f"/api/services/compound_security/{action}?return_response", data)
        )
        return answer.get("service_response", answer)


class Instance:
    """The Home Assistant process, its fixture hardware and its configuration."""

    def __init__(self, workdir: Path) -> None:
        """Prepare to start in `workdir`."""
        self.workdir = workdir
        self.config = workdir / "config"
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        self.camera: http.server.ThreadingHTTPServer | None = None
        self.reader_fd = -1
        self._reader_slave = -1
        self.ptys: dict[str, tuple[int, int]] = {}  # name -> (our end, the reader's end)

    def start(self) -> Compound:
        """Start everything and configure the compound; return what tests need."""
        self.config.mkdir(parents=True)
        (self.config / "custom_components").mkdir()
        (self.config / "custom_components" / "compound_security").symlink_to(
            ROOT / "custom_components" / "compound_security"
        )
        (self.config / "configuration.yaml").write_text(
            CONFIGURATION.format(compound=COMPOUND, port=self.port, config=self.config),
            encoding="utf-8",
        )
        self.reader_fd, self._reader_slave = os.openpty()
        self.ptys = {name: os.openpty() for name in ("garage_card", "garage_chip", "keypad", "qr")}
        self.camera = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _CameraHandler)
        threading.Thread(target=self.camera.serve_forever, daemon=True).start()
        hass = shutil.which("hass", path=str(Path(sys.executable).parent)) or "hass"
        log = (self.workdir / "home-assistant.log").open("ab")
        self.process = subprocess.Popen(  # noqa: S603  # Home Assistant from our own venv
            [hass, "--config", str(self.config)],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        return asyncio.run(self._configure())

    def stop(self) -> None:
        """Stop Home Assistant and the fixture hardware."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
        if self.camera is not None:
            self.camera.shutdown()
        ends = [fd for pair in self.ptys.values() for fd in pair]
        for fd in (self.reader_fd, self._reader_slave, *ends):
            if fd >= 0:
                os.close(fd)

    def log(self) -> str:
        """Return Home Assistant's log so far (for a failing test's message)."""
        path = self.workdir / "home-assistant.log"
        return path.read_text(encoding="utf-8", errors="replace")[-6000:]

    def _tty(self, name: str) -> str:
        """Return the device path a reader of the fixture opens."""
        return os.ttyname(self.ptys[name][1])

    async def _configure(self) -> Compound:
        async with aiohttp.ClientSession() as session:
            api = Api(session, self.base)
            await api.wait_up()
            await api.onboard("Manager Zhou", "manager", PASSWORD, "en")
            await api.confirm_http_config()
            compound = await self._compound(api)
            await self._people(api, compound)
            for role in ROLES:
                compound.tokens[role] = await api.login(role, PASSWORD)
            await api.close()
            return compound

    async def _compound(self, api: Api) -> Compound:
        result = await api.flow(
            "/api/config/config_entries/flow",
            "compound_security",
            {"name": COMPOUND, "min_area_per_person": 10, "retention_days": 180},
        )
        entry_id = result["result"]["entry_id"]
        sub = "/api/config/config_entries/subentries/flow"
        reader = os.ttyname(self._reader_slave)
        await api.flow(
            sub,
            [entry_id, "access_point"],
            {"name": "North gate", "zone": "compound_gate", "direction": "both"},
            {
                "card_reader": {"url": reader, "frame_format": "text", "baudrate": 9600},
                "gate": {"gate_entity": "switch.north_gate_relay", "pulse_seconds": 1},
            },
        )
        await api.flow(
            sub,
            [entry_id, "access_point"],
            {
                "name": "Building 9 unit 1",
                "zone": "unit_door",
                "direction": "both",
                "building": "9",
                "unit": "1",
            },
            {"gate": {"gate_entity": "switch.unit_door_relay", "pulse_seconds": 1}},
        )
        # The resident's readers are named after the North gate, so staff's desk readers
        # (sorted by name) still start with the North gate's.
        await api.flow(
            sub,
            [entry_id, "access_point"],
            {"name": "West gate", "zone": "compound_gate", "direction": "in"},
            {"card_reader": {"url": self._tty("qr"), "frame_format": "text", "baudrate": 9600}},
        )
        await api.flow(
            sub,
            [entry_id, "access_point"],
            {"name": "South gate", "zone": "compound_gate", "direction": "in"},
            {
                "card_reader": {
                    "url": self._tty("keypad"),
                    "frame_format": "wiegand",
                    "baudrate": 9600,
                }
            },
        )
        await api.flow(
            sub,
            [entry_id, "access_point"],
            {"name": "Parking garage", "zone": "garage", "direction": "both"},
            {
                "card_reader": {
                    "url": self._tty("garage_card"),
                    "frame_format": "text",
                    "baudrate": 9600,
                },
                "chip_reader": {
                    "url": self._tty("garage_chip"),
                    "frame_format": "text",
                    "baudrate": 9600,
                },
            },
        )
        subentries = await api.ws({"type": "config_entries/subentries/list", "entry_id": entry_id})
        points = {s["title"]: s["subentry_id"] for s in subentries}
        assert self.camera is not None
        await api.flow(
            sub,
            [entry_id, "camera"],
            {
                "name": "North gate camera",
                "snapshot_url": f"http://127.0.0.1:{self.camera.server_address[1]}/snapshot.jpg",
                "access_points": [points["North gate"]],
                "public": True,
                "health_interval": 30,
                "offline_after": 2,
                "repair_hours": 72,
            },
        )
        await api.flow(
            sub,
            [entry_id, "camera"],
            {
                "name": "Garage camera",
                "snapshot_url": f"http://127.0.0.1:{self.camera.server_address[1]}/garage.jpg",
                "access_points": [points["Parking garage"]],
                "public": False,
                "health_interval": 30,
                "offline_after": 2,
                "repair_hours": 72,
            },
        )
        await api.wait_loaded(entry_id)
        compound = Compound(
            self.base,
            self.config,
            entry_id,
            reader_fd=self.reader_fd,
            ptys={name: ours for name, (ours, _reader) in self.ptys.items()},
        )
        compound.ids["north_gate"] = points["North gate"]
        compound.ids["unit_door"] = points["Building 9 unit 1"]
        compound.ids["south_gate"] = points["South gate"]
        compound.ids["garage"] = points["Parking garage"]
        compound.ids["west_gate"] = points["West gate"]
        return compound

    async def _people(self, api: Api, compound: Compound) -> None:
        async def act(action: str, **data: Any) -> dict[str, Any]:
            answer = await api.post(
                f"/api/services/compound_security/{action}?return_response", data
            )
            response: dict[str, Any] = answer["service_response"]
            return response

        home = await act(
            "add_household", building="9", unit="1", room="301", area_m2=96, tenure="owner"
        )
        rental = await act(
            "add_household", building="9", unit="1", room="302", area_m2=60, tenure="rental"
        )
        owner = await act(
            "add_person",
            household_id=home["household_id"],
            name="王建国",
            role="owner",
            phone="13800001111",
        )
        card = await act(
            "issue_card", person_id=owner["person_id"], uid="0x00A1B2C3", card_type="citizen_card"
        )
        bike = await act(
            "add_vehicle",
            person_id=owner["person_id"],
            chip_uid=EBIKE_CHIP,
            kind="ebike",
            plate="苏E12345",
        )
        compound.ids |= {
            "ebike": bike["vehicle_id"],
            "home": home["household_id"],
            "rental": rental["household_id"],
            "owner": owner["person_id"],
            "owner_card": card["card_id"],
        }
        for role in ROLES[1:]:
            compound.users[role] = await api.add_user(
                f"{role.title()} tester", role, PASSWORD, admin=False
            )
        for role in ("clerk", "guard", "police"):
            await api.ws(
                {
                    "type": "compound_security/roles/set",
                    "user_id": compound.users[role],
                    "role": role,
                }
            )
        await api.post(
            "/api/services/compound_security/update_person",
            {"person_id": owner["person_id"], "user_id": compound.users["resident"]},
        )
        users = await api.ws({"type": "config/auth/list"})
        compound.users["manager"] = next(u["id"] for u in users if u["is_owner"])


def wait_for(predicate: Any, timeout: float = 10.0, interval: float = 0.2) -> Any:
    """Poll `predicate` until it returns something truthy; return that (for non-UI checks)."""
    deadline = time.monotonic() + timeout
    while True:
        if result := predicate():
            return result
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met")
        time.sleep(interval)
