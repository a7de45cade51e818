// `strategy: {type: custom:compound-security-staff}`: the staff dashboard, built from the
// actual compound when it is opened: the alarm desk, every gate (the gates card lists them
// all), the live passages and every camera, in the user's language, as the role may see them.
import { consoleLanguage, localize } from "../i18n";
import type { HomeAssistant } from "../types";
import { call } from "../ws";
import { findCompound } from "./compound";
import type { CameraView } from "./types";

interface StrategyConfig {
  type: string;
  config_entry_id?: string;
}

type Card = Record<string, unknown>;

/** The parts of the entity and device registries Home Assistant's frontend keeps in `hass`. */
interface Registries {
  entities?: Record<
    string,
    {
      entity_id: string;
      device_id?: string;
      platform?: string;
      entity_category?: string | null;
      hidden?: boolean;
      translation_key?: string;
    }
  >;
  devices?: Record<string, { config_entries?: string[] }>;
}

/** The compound's own sensors (totals, usage, camera availability): no diagnostics. */
function compoundFigures(hass: HomeAssistant, configEntryId: string) {
  const { entities = {}, devices = {} } = hass as unknown as Registries;
  return Object.values(entities)
    .filter(
      (entity) =>
        entity.platform === "compound_security" &&
        entity.entity_id.startsWith("sensor.") &&
        !entity.entity_category &&
        !entity.hidden &&
        entity.device_id !== undefined &&
        (devices[entity.device_id]?.config_entries ?? []).includes(configEntryId),
    )
    .sort((a, b) => a.entity_id.localeCompare(b.entity_id));
}

/** Entity names in the user's language (the entities' own names are in the server's). */
async function entityNames(hass: HomeAssistant): Promise<Record<string, string>> {
  try {
    const answer = await hass.callWS<{ resources: Record<string, string> }>({
      type: "frontend/get_translations",
      language: consoleLanguage(hass),
      category: "entity",
      integration: ["compound_security"],
    });
    return answer.resources;
  } catch {
    return {};
  }
}

export async function staffDashboard(config: StrategyConfig, hass: HomeAssistant) {
  const t = (key: string) => localize(hass, key);
  const compound = await findCompound(hass, config.config_entry_id).catch(() => undefined);
  if (!compound)
    return { title: t("common.title"), views: [{ title: t("common.title"), cards: [{ type: "markdown", content: t("common.no_access") }] }] };
  const may = (operation: string) => operation in compound.may;
  const cameras = may("camera_health")
    ? (await call<{ cameras: CameraView[] }>(hass, compound, "cameras/list")).cameras
    : [];
  const entry = { config_entry_id: compound.config_entry_id };
  const guardRoom: Card[] = [];
  if (may("alarm_view")) guardRoom.push({ type: "custom:compound-security-alarm-desk-card", ...entry });
  if (may("gate_operate")) guardRoom.push({ type: "custom:compound-security-gates-card", ...entry });
  if (may("live_passages")) guardRoom.push({ type: "custom:compound-security-passages-card", ...entry });
  const cameraCards: Card[] = cameras
    .filter((camera) => camera.entity_id)
    .map((camera) => ({ type: "picture-entity", entity: camera.entity_id, name: camera.name, camera_view: "auto" }));
  const views: Card[] = [{ title: t("page.guard"), path: "guard-room", cards: guardRoom }];
  if (cameraCards.length)
    views.push({ title: t("page.cameras"), path: "cameras", cards: [{ type: "grid", columns: 2, square: false, cards: cameraCards }] });
  const figures = compoundFigures(hass, compound.config_entry_id);
  if (figures.length) {
    const names = await entityNames(hass);
    const rows = figures.map((entity) => {
      const name = names[`component.compound_security.entity.sensor.${entity.translation_key}.name`];
      return name ? { entity: entity.entity_id, name } : { entity: entity.entity_id };
    });
    views.push({ title: t("guard.compound_view"), path: "compound", cards: [{ type: "entities", title: t("guard.figures"), entities: rows }] });
  }
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
