// The guard room's building blocks as dashboard cards, in the same bundle (loaded on every
// dashboard): the alarm desk (acknowledge, snapshot), the live passages and the gates.
// Config: `type: custom:compound-security-<...>-card`, optional `config_entry_id`.
import { LitElement, html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { unsafeStatic, html as staticHtml } from "lit/static-html.js";
import { localize } from "../i18n";
import { sharedStyles } from "../styles";
import type { Compound, HomeAssistant } from "../types";
import "./alarm-desk";
import "./gate-board";
import "./passage-feed";
import { findCompound } from "./compound";

interface CardConfig {
  type: string;
  config_entry_id?: string;
}

abstract class CompoundCard extends LitElement {
  @property({ attribute: false }) hass?: HomeAssistant;
  @state() private compound?: Compound;
  @state() private missing = false;
  private config: CardConfig = { type: "" };
  private asked = false;
  protected abstract readonly section: string;
  protected abstract readonly operation: string;

  setConfig(config: CardConfig) {
    this.config = config;
    this.asked = false;
  }

  getCardSize(): number {
    return 5;
  }

  protected willUpdate() {
    if (this.hass && !this.asked) {
      this.asked = true;
      findCompound(this.hass, this.config.config_entry_id)
        .then((compound) => {
          this.compound = compound;
          this.missing = !compound;
        })
        .catch(() => (this.missing = true));
    }
  }

  render() {
    if (!this.hass) return nothing;
    const compound = this.compound;
    if (this.missing || (compound && !(this.operation in compound.may)))
      return html`<div class="card muted">${localize(this.hass, "common.unauthorized")}</div>`;
    if (!compound) return html`<div class="card muted">${localize(this.hass, "common.loading")}</div>`;
    const tag = unsafeStatic(this.section);
    return staticHtml`<${tag} .hass=${this.hass} .compound=${compound}></${tag}>`;
  }

  static styles = [sharedStyles];
}

export const CARDS = [
  {
    tag: "compound-security-alarm-desk-card",
    section: "cs-alarm-desk",
    operation: "alarm_view",
    name: "Compound Security alarm desk",
    description: "Open alarms with time, place and snapshot; acknowledge or close one with a note.",
  },
  {
    tag: "compound-security-passages-card",
    section: "cs-passage-feed",
    operation: "live_passages",
    name: "Compound Security live passages",
    description: "Today's passages at the compound's gates, as they happen.",
  },
  {
    tag: "compound-security-gates-card",
    section: "cs-gate-board",
    operation: "gate_operate",
    name: "Compound Security gates",
    description: "Every gate: open once, hold open, close.",
  },
];

for (const card of CARDS) {
  if (customElements.get(card.tag)) continue;
  customElements.define(
    card.tag,
    class extends CompoundCard {
      protected readonly section = card.section;
      protected readonly operation = card.operation;
    },
  );
  window.customCards ??= [];
  window.customCards.push({ type: card.tag, name: card.name, description: card.description, preview: false });
}
