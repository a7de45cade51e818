// What the registry page's parts share: the answers' shapes, and which form field a
// command's refusal belongs to (so its translated text shows next to that field).
import { errorText } from "../i18n";
import type { HomeAssistant } from "../types";
import type { CommandError } from "../ws";

export interface SearchPerson {
  person_id: string;
  name: string;
  role?: string;
  moved_out?: boolean;
}

export interface SearchRow {
  household_id: string;
  flat: string;
  tenure?: string;
  matches: string[];
  people: SearchPerson[];
  people_count?: number;
}

export interface SearchAnswer {
  total: number;
  offset: number;
  limit: number;
  results: SearchRow[];
}

export interface PersonRecord {
  id: string;
  household_id: string;
  name: string;
  role?: string;
  phone?: string;
  language?: string;
  face_name?: string | null;
  id_number_mask?: string;
  watch?: string;
  moved_out?: { date: string; reason?: string } | null;
}

export interface CardRecord {
  card_id: string;
  person_id: string;
  uid: string;
  card_type: string;
  status: string;
  valid_from: string | null;
  valid_until: string | null;
  expires_soon: boolean;
}

export interface VehicleRecord {
  vehicle_id: string;
  person_id: string;
  chip_uid: string;
  kind: string;
  plate: string | null;
  locked: boolean;
}

export interface HouseholdDetail {
  household: {
    id: string;
    flat: string;
    building: string;
    unit: string;
    room: string;
    area_m2?: number;
    tenure?: string;
    electricity_meter?: string;
    water_meter?: string;
  };
  people: PersonRecord[];
  cards?: CardRecord[];
  vehicles?: VehicleRecord[];
  meters?: Record<string, string>;
  statistics?: { electricity: string; water: string };
  alarms?: Array<{ alarm_id: string; kind: string; access_point_id: string | null; time: string }>;
  passages?: Array<{
    time: string;
    access_point: string | null;
    direction: string;
    decision: string;
    reason: string;
    name: string | null;
  }>;
}

export interface IdCheck {
  valid: boolean;
  reason?: string;
  mask?: string;
  wanted?: "listed" | "not_listed" | "check_with_police" | null;
}

/** The form field a refusal's code is about; "" for the form as a whole. */
export function fieldOf(code: string | undefined): string {
  if (!code) return "";
  const prefixes: Array<[string, string]> = [
    ["name", "name"],
    ["phone", "phone"],
    ["face_name", "face_name"],
    ["id_number", "id_number"],
    ["tenant", "role"],
    ["role", "role"],
    ["uid", "uid"],
    ["card_type", "card_type"],
    ["tenant_card", "card_type"],
    ["valid", "valid_until"],
    ["date", "valid_until"],
    ["building", "building"],
    ["unit", "unit"],
    ["room", "room"],
    ["household_exists", "room"],
    ["area", "area_m2"],
    ["tenure", "tenure"],
    ["meter", "electricity_meter"],
    ["chip", "chip_uid"],
    ["plate", "plate"],
    ["vehicle_kind", "kind"],
  ];
  return prefixes.find(([prefix]) => code.startsWith(prefix))?.[1] ?? "";
}

/** A refusal as {field: text}: the field it is about, or "" for the form. */
export async function fieldErrors(hass: HomeAssistant, error: unknown): Promise<Record<string, string>> {
  const err = error as Partial<CommandError>;
  return { [fieldOf(err?.translation_key)]: await errorText(hass, error) };
}

/** A day `days` from today, as YYYY-MM-DD. */
export function dayFromToday(days: number): string {
  const day = new Date(Date.now() + days * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** Let the browser save a text as a file. */
export function download(name: string, text: string, type = "text/csv;charset=utf-8"): void {
  // A byte-order mark so that Excel reads the Chinese names as UTF-8.
  const blob = new Blob(["\ufeff", text], { type });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
