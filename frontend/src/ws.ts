// Calls to the integration's websocket commands, always naming the compound.
import type { Compound, HomeAssistant } from "./types";

export const DOMAIN = "compound_security";

/** The error Home Assistant's websocket answers with, translated where the integration can. */
export interface CommandError {
  code: string;
  message: string;
  translation_key?: string;
  translation_placeholders?: Record<string, string>;
}

export function call<T>(
  hass: HomeAssistant,
  compound: Compound | null,
  type: string,
  params: Record<string, unknown> = {},
): Promise<T> {
  const msg: Record<string, unknown> = { type: `${DOMAIN}/${type}`, ...params };
  if (compound) msg.config_entry_id = compound.config_entry_id;
  return hass.callWS<T>(msg);
}

export function subscribe<T>(
  hass: HomeAssistant,
  compound: Compound,
  type: string,
  callback: (message: T) => void,
  params: Record<string, unknown> = {},
): Promise<() => Promise<void>> {
  return hass.connection.subscribeMessage<T>(callback, {
    type: `${DOMAIN}/${type}`,
    config_entry_id: compound.config_entry_id,
    ...params,
  });
}

/** True when the caller's grant for an operation is anything but "none". */
export function may(compound: Compound, operation: string): boolean {
  return operation in compound.may;
}
