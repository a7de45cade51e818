// Times as people in the compound read them: in the compound's time zone, in their language.
import type { Compound, HomeAssistant } from "./types";

function locale(hass: HomeAssistant): string {
  return hass.locale?.language ?? hass.language ?? "en";
}

function formatIn(
  hass: HomeAssistant,
  iso: string | null | undefined,
  compound: Compound,
  options: Intl.DateTimeFormatOptions,
): string {
  if (!iso) return "";
  return new Intl.DateTimeFormat(locale(hass), { timeZone: compound.time_zone, hour12: false, ...options }).format(
    new Date(iso),
  );
}

export function formatTime(hass: HomeAssistant, iso: string | null | undefined, compound: Compound): string {
  return formatIn(hass, iso, compound, { hour: "2-digit", minute: "2-digit", second: "2-digit" });
}

export function formatDateTime(hass: HomeAssistant, iso: string | null | undefined, compound: Compound): string {
  return formatIn(hass, iso, compound, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  });
}

export function formatDate(hass: HomeAssistant, iso: string | null | undefined, compound: Compound): string {
  return formatIn(hass, iso, compound, { year: "numeric", month: "2-digit", day: "2-digit" });
}

/** `YYYY-MM-DDTHH:MM` in the compound's zone, for a datetime-local field. */
export function toLocalInput(date: Date, compound: Compound): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: compound.time_zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  const hour = part("hour") === "24" ? "00" : part("hour");
  return `${part("year")}-${part("month")}-${part("day")}T${hour}:${part("minute")}`;
}

/** The UTC instant of a datetime-local value read in the compound's zone. */
export function fromLocalInput(value: string, compound: Compound): string {
  const guess = new Date(`${value}:00Z`);
  // The zone's offset at that instant: format the guess there and compare.
  const shown = new Date(`${toLocalInput(guess, compound)}:00Z`);
  return new Date(guess.getTime() - (shown.getTime() - guess.getTime())).toISOString();
}
