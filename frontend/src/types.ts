// The parts of Home Assistant's frontend objects the console uses.

export interface HassUser {
  id: string;
  name: string;
  is_admin: boolean;
}

export interface HassEntity {
  entity_id: string;
  state: string;
  attributes: Record<string, unknown>;
}

export interface HomeAssistant {
  language: string;
  locale?: { language: string };
  user?: HassUser;
  states: Record<string, HassEntity>;
  themes?: { darkMode?: boolean };
  callWS<T>(msg: Record<string, unknown>): Promise<T>;
  connection: {
    subscribeMessage<T>(
      callback: (message: T) => void,
      msg: Record<string, unknown>,
    ): Promise<() => Promise<void>>;
    subscribeEvents<T>(callback: (event: T) => void, eventType: string): Promise<() => Promise<void>>;
  };
}

/** One compound as the caller sees it (`compound_security/console/info`). */
export interface Compound {
  config_entry_id: string;
  title: string;
  time_zone: string;
  role: "manager" | "clerk" | "guard" | "police" | "resident";
  person_id: string | null;
  household_id: string | null;
  /** Operation → grant ("all", "own", "find", ...); operations not listed are refused. */
  may: Record<string, string>;
}

export interface ConsoleInfo {
  compounds: Compound[];
}

/** A card made by Home Assistant's card helpers. */
export interface LovelaceCard extends HTMLElement {
  hass?: HomeAssistant;
  setConfig?(config: Record<string, unknown>): void;
}

declare global {
  interface Window {
    loadCardHelpers?: () => Promise<{
      createCardElement(config: Record<string, unknown>): LovelaceCard;
    }>;
    customCards?: Array<{ type: string; name: string; description: string; preview?: boolean }>;
  }
}
