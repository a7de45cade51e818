// Home Assistant's card helpers (`window.loadCardHelpers`), for reusing its own cards.
// The frontend defines them when the Lovelace panel's code is loaded; a sidebar panel
// opened first has to load that code itself, through the panel resolver's lazy route.
import type { LovelaceCard } from "./types";

interface CardHelpers {
  createCardElement(config: Record<string, unknown>): LovelaceCard;
}

interface PanelResolver extends HTMLElement {
  hass: unknown;
  _updateRoutes(): void;
  routerOptions: { routes: Record<string, { load?: () => Promise<unknown> }> };
}

let loading: Promise<CardHelpers | undefined> | undefined;

async function loadLovelace(): Promise<void> {
  await customElements.whenDefined("partial-panel-resolver");
  const resolver = document.createElement("partial-panel-resolver") as PanelResolver;
  resolver.hass = { panels: [{ url_path: "tmp", component_name: "lovelace" }] };
  resolver._updateRoutes();
  await resolver.routerOptions.routes.tmp.load?.();
}

/** The card helpers, loading Lovelace's code first when no dashboard has been opened yet. */
export function cardHelpers(): Promise<CardHelpers | undefined> {
  loading ??= (async () => {
    if (!window.loadCardHelpers) {
      try {
        await loadLovelace();
      } catch {
        return undefined;
      }
    }
    return window.loadCardHelpers?.();
  })();
  return loading;
}
