// <cs-cameras-page>: every camera's health, offline since and repair deadline, overdue repairs
// first, and each camera live through Home Assistant's own picture-entity card.
import { LitElement, html } from "lit";
import { customElement, property } from "lit/decorators.js";
import "../guard/camera-health";
import { sharedStyles } from "../styles";
import type { Compound, HomeAssistant } from "../types";
import { registerPage } from "./index";

registerPage({ id: "cameras", tag: "cs-cameras-page", icon: "mdi:cctv", operations: ["camera_health"] });

@customElement("cs-cameras-page")
export class CsCamerasPage extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ type: Boolean, reflect: true }) narrow = false;
  @property({ attribute: false }) compound!: Compound;

  render() {
    return html`<cs-camera-health
      live
      .hass=${this.hass}
      .compound=${this.compound}
      .narrow=${this.narrow}
    ></cs-camera-health>`;
  }

  static styles = [sharedStyles];
}
