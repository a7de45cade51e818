// `strategy: {type: custom:compound-security-staff}`: the staff dashboard, built from the
// actual compound when it is opened: the alarm desk, the live passages, every gate and every
// camera, in the user's language, showing what the user's role may see.
import { localize } from "../i18n";
import type { HomeAssistant } from "../types";
import { call } from "../ws";
import { findCompound } from "./compound";
import type { CameraView, GateView } from "./types";

interface StrategyConfig {
  type: string;
  config_entry_id?: string;
}

type Card = Record<string, unknown>;

export async function staffDashboard(config: StrategyConfig, hass: HomeAssistant) {
  const t = (key: string) => localize(hass, key);
  const compound = await findCompound(hass, config.config_entry_id).catch(() => undefined);
  if (!compound)
    return { title: t("common.title"), views: [{ title: t("common.title"), cards: [{ type: "markdown", content: t("common.no_access") }] }] };
  const may = (operation: string) => operation in compound.may;
  const gates = may("gate_operate")
    ? (await call<{ gates: GateView[] }>(hass, compound, "gates/list")).gates
    : [];
  const cameras = may("camera_health")
    ? (await call<{ cameras: CameraView[] }>(hass, compound, "cameras/list")).cameras
    : [];
  const entry = { config_entry_id: compound.config_entry_id };
  const guardRoom: Card[] = [];
  if (may("alarm_view")) guardRoom.push({ type: "custom:compound-security-alarm-desk-card", ...entry });
  if (may("gate_operate")) guardRoom.push({ type: "custom:compound-security-gates-card", ...entry });
  if (may("live_passages")) guardRoom.push({ type: "custom:compound-security-passages-card", ...entry });
  const gateTiles: Card[] = gates
    .filter((gate) => gate.entity_id)
    .map((gate) => ({ type: "tile", entity: gate.entity_id, name: gate.name, features: [{ type: "lock-open-door" }] }));
  if (gateTiles.length) guardRoom.push({ type: "grid", title: t("guard.gates"), columns: 2, square: false, cards: gateTiles });
  const cameraCards: Card[] = cameras
    .filter((camera) => camera.entity_id)
    .map((camera) => ({ type: "picture-entity", entity: camera.entity_id, name: camera.name, camera_view: "auto" }));
  const views: Card[] = [{ title: t("page.guard"), path: "guard-room", icon: "mdi:shield-home", cards: guardRoom }];
  if (cameraCards.length)
    views.push({ title: t("page.cameras"), path: "cameras", icon: "mdi:cctv", cards: [{ type: "grid", columns: 2, square: false, cards: cameraCards }] });
  return { title: `${t("common.title")} · ${compound.title}`, views };
}

const STRATEGY = "ll-strategy-dashboard-compound-security-staff";
if (!customElements.get(STRATEGY)) {
  customElements.define(
    STRATEGY,
    class extends HTMLElement {
      static generate(config: StrategyConfig, hass: HomeAssistant) {
        return staffDashboard(config, hass);
      }
    },
  );
}
