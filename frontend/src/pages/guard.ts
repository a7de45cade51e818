// <cs-guard-page>: the guard room, the console's default page. Open alarms, the live passage
// feed, every gate, camera health and today's visitors, each shown when the role may see it.
import { LitElement, css, html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import "../guard/alarm-desk";
import "../guard/camera-health";
import "../guard/gate-board";
import "../guard/passage-feed";
import "../guard/visitors-today";
import { sharedStyles } from "../styles";
import type { Compound, HomeAssistant } from "../types";
import { may } from "../ws";
import { registerPage } from "./index";

registerPage({
  id: "guard",
  tag: "cs-guard-page",
  icon: "mdi:shield-account",
  // Managers, guards and the police: residents and clerks have other pages.
  operations: ["live_passages", "gate_operate"],
});

@customElement("cs-guard-page")
export class CsGuardPage extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ type: Boolean, reflect: true }) narrow = false;
  @property({ attribute: false }) compound!: Compound;

  render() {
    const c = this.compound;
    return html`<div class="columns">
      <div class="column">
        ${may(c, "alarm_view")
          ? html`<cs-alarm-desk .hass=${this.hass} .compound=${c} .narrow=${this.narrow}></cs-alarm-desk>`
          : nothing}
        ${may(c, "gate_operate")
          ? html`<cs-gate-board .hass=${this.hass} .compound=${c} .narrow=${this.narrow}></cs-gate-board>`
          : nothing}
      </div>
      <div class="column">
        ${may(c, "live_passages")
          ? html`<cs-passage-feed .hass=${this.hass} .compound=${c} .narrow=${this.narrow}></cs-passage-feed>`
          : nothing}
        ${may(c, "visitors_today")
          ? html`<cs-visitors-today .hass=${this.hass} .compound=${c} .narrow=${this.narrow}></cs-visitors-today>`
          : nothing}
        ${may(c, "camera_health")
          ? html`<cs-camera-health .hass=${this.hass} .compound=${c} .narrow=${this.narrow}></cs-camera-health>`
          : nothing}
      </div>
    </div>`;
  }

  static styles = [
    sharedStyles,
    css`
      .columns { display: grid; gap: var(--cs-gap); grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
      .column { min-width: 0; }
      :host([narrow]) .columns { grid-template-columns: minmax(0, 1fr); gap: 0; }
      @media (max-width: 900px) { .columns { grid-template-columns: minmax(0, 1fr); gap: 0; } }
    `,
  ];
}
