// Home Assistant's card helpers, also on the console's own panel: `window.loadCardHelpers`
// is defined only once the dashboards' code is loaded, so load it the way the sidebar does
// (a panel resolver asked for the lovelace panel) when it is not there yet.
import type { HomeAssistant, LovelaceCard } from "../types";

interface CardHelpers {
  createCardElement(config: Record<string, unknown>): LovelaceCard;
}

interface PanelResolver extends HTMLElement {
  hass: unknown;
  _updateRoutes(): void;
  routerOptions: { routes: Record<string, { load(): Promise<unknown> }> };
}

let helpers: Promise<CardHelpers | undefined> | undefined;

async function loadLovelace(): Promise<void> {
  await customElements.whenDefined("partial-panel-resolver");
  const resolver = document.createElement("partial-panel-resolver") as PanelResolver;
  resolver.hass = { panels: [{ url_path: "tmp", component_name: "lovelace" }] };
  resolver._updateRoutes();
  await resolver.routerOptions.routes.tmp.load();
  await customElements.whenDefined("ha-panel-lovelace");
}

export function cardHelpers(): Promise<CardHelpers | undefined> {
  helpers ??= (async () => {
    try {
      if (!window.loadCardHelpers) await loadLovelace();
      return await window.loadCardHelpers?.();
    } catch {
      helpers = undefined; // try again next time
      return undefined;
    }
  })();
  return helpers;
}

/** A camera's live view as Home Assistant's own picture-entity card (public cameras). */
export function liveCameraCard(helpers: CardHelpers, hass: HomeAssistant, entityId: string): LovelaceCard {
  const card = helpers.createCardElement({
    type: "picture-entity",
    entity: entityId,
    camera_view: "live",
    show_name: false,
    show_state: false,
  });
  card.hass = hass;
  return card;
}

/** An alarm snapshot's path signed for an <img> (the view needs a login), or undefined. */
export async function signedSnapshot(
  hass: HomeAssistant,
  path: string,
  seconds: number,
): Promise<string | undefined> {
  try {
    const signed = await hass.callWS<{ path: string }>({ type: "auth/sign_path", path, expires: seconds });
    return signed.path;
  } catch {
    return undefined; // no picture: the alarm still shows
  }
}
