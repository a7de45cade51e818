// A section of the guard room that asks again every minute while it is on the page (what
// no subscription pushes: camera health, today's visitors): it loads once it has hass and
// a compound, again when the compound changes, and stops asking when it leaves the page.
import { LitElement } from "lit";
import { property } from "lit/decorators.js";
import type { Compound, HomeAssistant } from "../types";

const REFRESH_MS = 60_000;

export abstract class PolledSection extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ attribute: false }) compound!: Compound;
  @property({ type: Boolean, reflect: true }) narrow = false;

  protected abstract load(): Promise<void>;

  private loadedFor?: string;
  private timer?: number;

  connectedCallback() {
    super.connectedCallback();
    this.timer = window.setInterval(() => void this.load(), REFRESH_MS);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.clearInterval(this.timer);
  }

  protected willUpdate(changed: Map<string, unknown>) {
    if (this.hass && this.compound && this.loadedFor !== this.compound.config_entry_id) {
      this.loadedFor = this.compound.config_entry_id;
      void this.load();
    }
    super.willUpdate(changed);
  }
}
