"""Start the demo compound: Mosquitto, the simulator and a configured Home Assistant.

Run through `script/develop --demo`. Everything lives in `.demo/` (delete it to start
afresh). Home Assistant is configured the way a user would do it, through its HTTP API:
onboarding, the MQTT and Compound Security config flows, one subentry flow per access
point, access controller (the UHPPOTE board of a unit door), meter bus and camera, then `import_registry` with the
simulated compound's CSV and `set_watch` for the elderly resident on the watch list.
"""

from __future__ import annotations

import asyncio
import contextlib
from datetime import datetime, timedelta
import json
import os
from pathlib import Path
import shutil
import signal
import subprocess
import sys
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp

sys.path.insert(0, str(Path(__file__).parents[1]))  # run as a script from script/
from compound_simulator.demo_forms import access_point_hardware, camera_step
from compound_simulator.ha_client import Api

ROOT = Path(__file__).parents[1]
DEMO = ROOT / ".demo"
CONFIG = DEMO / "config"
STATE = DEMO / "simulator"
HA_PORT = int(os.environ.get("DEVELOP_PORT", "8123"))
MQTT_PORT = int(os.environ.get("DEMO_MQTT_PORT", "18830"))
CAMERA_PORT = int(os.environ.get("DEMO_CAMERA_PORT", "8124"))
# Fixed, not free ports: the controller's subentry keeps both across runs.
CONTROLLER_PORT = int(os.environ.get("DEMO_CONTROLLER_PORT", "18861"))
LISTENER_PORT = int(os.environ.get("DEMO_LISTENER_PORT", "18862"))
RATE = os.environ.get("DEMO_RATE", "60")
START = os.environ.get("DEMO_START", "07:00")  # the simulated time of day to begin at
USER, PASSWORD = "demo", "demo-compound"
BASE = f"http://127.0.0.1:{HA_PORT}"
COMPOUND = "漕湖花园五区"

CONFIGURATION = f"""# Written by script/demo.py for the demo compound.
homeassistant:
  name: {COMPOUND} (demo)
  country: CN
  time_zone: Asia/Shanghai
  unit_system: metric
  currency: CNY
  language: en
  media_dirs:
    local: {CONFIG / "media"}
http:
  server_port: {HA_PORT}
frontend:
config:
history:
logbook:
energy:
mobile_app:
person:
webhook:
automation:
blueprint:
notify:
media_source:
system_health:
lovelace:
logger:
  default: warning
  logs:
    custom_components.compound_security: info
"""


def prepare() -> None:
    """Write the configuration folder (kept between runs, so onboarding happens once)."""
    (CONFIG / "custom_components").mkdir(parents=True, exist_ok=True)
    (CONFIG / "media").mkdir(exist_ok=True)
    link = CONFIG / "custom_components" / "compound_security"
    if not link.exists():
        link.symlink_to(ROOT / "custom_components" / "compound_security")
    (CONFIG / "configuration.yaml").write_text(CONFIGURATION, encoding="utf-8")
    shutil.copytree(ROOT / "blueprints", CONFIG / "blueprints", dirs_exist_ok=True)
    STATE.mkdir(parents=True, exist_ok=True)
    (DEMO / "mosquitto.conf").write_text(
        f"listener {MQTT_PORT} 127.0.0.1\nallow_anonymous true\npersistence false\n",
        encoding="utf-8",
    )


def spawn(*command: str, log: str) -> subprocess.Popen[bytes]:
    """Start a child process with its output in .demo/<log>.log."""
    output = (DEMO / f"{log}.log").open("ab")
    return subprocess.Popen(  # noqa: S603  # our own commands
        command, stdout=output, stderr=subprocess.STDOUT, cwd=ROOT, start_new_session=True
    )


# The staff dashboard: a storage dashboard the integration's strategy builds from the actual
# compound (every gate, every camera, in the user's language), not a list of entity ids.
STAFF_DASHBOARD_PATH = "compound-staff"
STAFF_DASHBOARD: dict[str, Any] = {"strategy": {"type": "custom:compound-security-staff"}}


def staff_dashboard_messages() -> list[dict[str, Any]]:
    """Return the websocket commands that add the staff dashboard (as the UI would)."""
    return [
        {
            "type": "lovelace/dashboards/create",
            "url_path": STAFF_DASHBOARD_PATH,
            "title": "Compound Security staff",
            "icon": "mdi:shield-home",
            "mode": "storage",
            "require_admin": False,
            "show_in_sidebar": True,
        },
        {
            "type": "lovelace/config/save",
            "url_path": STAFF_DASHBOARD_PATH,
            "config": STAFF_DASHBOARD,
        },
    ]


async def add_staff_dashboard(api: Api) -> None:
    """Add the staff dashboard, unless a previous run did."""
    dashboards = await api.ws({"type": "lovelace/dashboards/list"})
    if any(d["url_path"] == STAFF_DASHBOARD_PATH for d in dashboards):
        return
    for message in staff_dashboard_messages():
        await api.ws(message)


def controller_step(
    step_id: str, controller: dict[str, Any], ap_ids: dict[str, str]
) -> dict[str, Any]:
    """Return what a user enters at one step of the access controller's subentry flow.

    The broadcast finds nothing on loopback (the board answers on its own port), so the
    flow usually opens on the form "not_found"; if some board did answer, choose "manual".
    """
    if step_id == "user":
        return {"controller": "manual"}
    if step_id == "doors":
        return {f"door_{door}": ap_ids[name] for door, name in controller["doors"].items()}
    return {  # "not_found" or "controller": the same form
        "name": controller["name"],
        "serial": controller["serial"],
        "host": controller["host"],
        "port": controller["port"],
        "transport": "udp",
        "listener_host": "127.0.0.1",
        "listener_port": LISTENER_PORT,
        "wiegand_bits": "34",
        "capacity": 20000,
    }


async def add_access_controllers(api: Api, entry_id: str, endpoints: dict[str, Any]) -> None:
    """Add each simulated access controller through its subentry flow, unless it is there."""
    start = "/api/config/config_entries/subentries/flow"
    subentries = await api.ws({"type": "config_entries/subentries/list", "entry_id": entry_id})
    ap_ids = {s["title"]: s["subentry_id"] for s in subentries}
    known = {s["title"] for s in subentries if s["subentry_type"] == "access_controller"}
    for controller in endpoints.get("access_controllers", []):
        if controller["name"] in known:
            continue
        if missing := set(controller["doors"].values()) - set(ap_ids):
            print(f"Not adding {controller['name']}: no {missing} (delete .demo to start afresh)")
            continue
        result = await api.post(start, {"handler": [entry_id, "access_controller"]})
        while result.get("type") == "form":
            step = controller_step(result["step_id"], controller, ap_ids)
            result = await api.post(f"{start}/{result['flow_id']}", step)
            if result.get("errors"):
                raise SystemExit(f"{controller['name']}: {result['errors']}")
        if result.get("type") != "create_entry":
            raise SystemExit(f"{controller['name']}: {result}")


async def configure(api: Api, endpoints: dict[str, Any]) -> None:
    """Add MQTT and the compound with its hardware, unless a previous run did."""
    entries = await api.ws({"type": "config_entries/get"})
    domains = {entry["domain"]: entry["entry_id"] for entry in entries}
    if "mqtt" not in domains:
        await api.flow(
            "/api/config/config_entries/flow",
            "mqtt",
            {
                "broker": "127.0.0.1",
                "port": MQTT_PORT,
                "other_settings": {
                    "set_client_cert": False,
                    "set_ca_cert": "off",
                    "transport": "tcp",
                },
            },
        )
    if "compound_security" in domains:  # configured by an earlier run
        await add_access_controllers(api, domains["compound_security"], endpoints)
        return
    result = await api.flow(
        "/api/config/config_entries/flow",
        "compound_security",
        {"name": COMPOUND, "min_area_per_person": 10, "retention_days": 180},
    )
    entry_id = result["result"]["entry_id"]
    sub = "/api/config/config_entries/subentries/flow"
    for ap in endpoints["access_points"]:
        basics = {
            key: ap[key] for key in ("name", "zone", "direction", "building", "unit") if key in ap
        }
        await api.flow(sub, [entry_id, "access_point"], basics, access_point_hardware(ap))
    await add_access_controllers(api, entry_id, endpoints)
    subentries = await api.ws({"type": "config_entries/subentries/list", "entry_id": entry_id})
    ap_ids = {s["title"]: s["subentry_id"] for s in subentries}
    for bus in endpoints["meter_buses"]:
        await api.flow(
            sub,
            [entry_id, "meter_bus"],
            {
                "name": bus["name"],
                "url": bus["url"],
                "protocol": bus["protocol"],
                "baudrate": str(bus["baudrate"]),
                "parity": "E",
                "poll_interval": 60,
            },
        )
    for camera in endpoints["cameras"]:
        await api.flow(sub, [entry_id, "camera"], camera_step(camera, ap_ids))
    # No notification route: the demo's guard room is the console's alarm desk (persistent
    # notifications, which every user reads, are never a route), and it has no phones.
    await api.wait_loaded(entry_id)  # adding subentries reloads the compound
    shutil.copy(STATE / "registry.csv", CONFIG / "registry.csv")
    imported = await api.post(
        "/api/services/compound_security/import_registry?return_response",
        {"file": "registry.csv"},
    )
    print(f"Registered: {imported.get('service_response', imported)}")
    # The utility's export of the past months: the group rentals are flagged on the first visit.
    shutil.copy(STATE / "past-readings.csv", CONFIG / "past-readings.csv")
    readings = await api.post(
        "/api/services/compound_security/import_meter_readings?return_response",
        {"file": "past-readings.csv"},
    )
    print(f"Meter readings: {readings.get('service_response', readings)}")
    today = datetime.now(ZoneInfo("Asia/Shanghai")).date()
    last_month = (today.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    await api.post(
        "/api/services/compound_security/analyze_usage?return_response", {"period": last_month}
    )
    # The demo opens on the console (Settings → Dashboards → default, as an admin would).
    await api.ws(
        {
            "type": "frontend/set_system_data",
            "key": "core",
            "value": {"default_panel": "compound-security"},
        }
    )
    cards = await api.ws({"type": "compound_security/card/list"})
    for watched in endpoints["watched_cards"]:
        wanted = int(watched["card_uid"], 16)
        found = [c["person_id"] for c in cards if int(c["uid"], 16) == wanted]
        if not found:
            near = [c for c in cards if "2088475" in c["uid"]]
            raise SystemExit(f"watched card {watched} not among {len(cards)}: {near}")
        person = found[0]
        await api.post(
            "/api/services/compound_security/set_watch",
            # No family phone in the demo: its passages show on the console's alarm desk.
            {"person_id": person, "level": "care"},
        )
    await link_faces_and_plates(api, cards, endpoints.get("recognised", []))


async def link_faces_and_plates(
    api: Api, cards: list[dict[str, Any]], recognised: list[dict[str, Any]]
) -> None:
    """Link a resident to their Frigate face name (as a clerk does) and give them a car."""
    for known in recognised:
        wanted = int(known["card_uid"], 16)
        person = next(c["person_id"] for c in cards if int(c["uid"], 16) == wanted)
        await api.ws(
            {
                "type": "compound_security/person/update",
                "person_id": person,
                "face_name": known["face_name"],
            }
        )
        vehicles = await api.ws({"type": "compound_security/vehicle/list"})
        if not any(v.get("plate") for v in vehicles if v.get("person_id") == person):
            await api.post(
                "/api/services/compound_security/add_vehicle",
                {
                    "person_id": person,
                    "chip_uid": "0xC0000001",
                    "kind": "car",
                    "plate": known["plate"],
                },
            )


async def main() -> None:
    """Start everything, configure Home Assistant, and wait for Ctrl+C."""
    prepare()
    mosquitto = shutil.which("mosquitto", path=f"{os.environ.get('PATH', '')}:/usr/sbin")
    if mosquitto is None:
        raise SystemExit("mosquitto is missing: run script/setup")
    (STATE / "endpoints.json").unlink(missing_ok=True)
    go = STATE / "home-assistant-ready"
    go.unlink(missing_ok=True)  # the simulated day waits for it
    children = [
        spawn(mosquitto, "-c", str(DEMO / "mosquitto.conf"), log="mosquitto"),
        spawn(
            sys.executable,
            "-m",
            "compound_simulator",
            "demo/caohu.yaml",
            "--state-dir",
            str(STATE),
            "--mqtt-port",
            str(MQTT_PORT),
            "--http-port",
            str(CAMERA_PORT),
            "--rate",
            RATE,
            "--start",
            START,
            "--wait-for",
            str(go),
            "--controller-port",
            str(CONTROLLER_PORT),
            log="simulator",
        ),
    ]
    for _ in range(100):
        if (STATE / "endpoints.json").exists():
            break
        await asyncio.sleep(0.2)
    endpoints = json.loads((STATE / "endpoints.json").read_text(encoding="utf-8"))
    hass = shutil.which("hass", path=str(Path(sys.executable).parent)) or "hass"
    children.append(spawn(hass, "--config", str(CONFIG), log="home-assistant"))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        async with aiohttp.ClientSession() as session:
            api = Api(session, BASE)
            print(f"Home Assistant is starting at http://localhost:{HA_PORT} ...")
            await api.wait_up()
            await api.onboard("Demo staff", USER, PASSWORD, "en")
            await api.confirm_http_config()
            await configure(api, endpoints)
            await add_staff_dashboard(api)
        go.touch()  # the registry is in: residents may start coming and going
        print(
            f"\nThe demo compound {COMPOUND} is running at http://localhost:{HA_PORT}\n"
            f"  login: {USER} / {PASSWORD}\n"
            f"  console (opens first): http://localhost:{HA_PORT}/compound-security\n"
            f"  staff dashboard: http://localhost:{HA_PORT}/compound-staff\n"
            f"  a simulated day passes at {RATE}x; logs in .demo/*.log. Ctrl+C stops it.\n",
            flush=True,
        )
        await stop.wait()
    finally:
        for child in reversed(children):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(child.pid, signal.SIGTERM)
        for child in children:
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.wait(timeout=20)


if __name__ == "__main__":
    asyncio.run(main())
