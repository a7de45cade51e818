// <cs-camera-still>: a camera that is no Home Assistant entity (not public), as a picture
// from the console's role-checked camera view, fetched again every few seconds.
import { LitElement, css, html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { localize } from "../i18n";
import type { HomeAssistant } from "../types";

const REFRESH_MS = 4_000;
const SIGNED_FOR_S = 30;

@customElement("cs-camera-still")
export class CsCameraStill extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property() cameraId = "";
  @property() name = "";
  @state() private src?: string;
  @state() private failed = false;
  private timer?: number;

  connectedCallback() {
    super.connectedCallback();
    void this.refresh();
    this.timer = window.setInterval(() => void this.refresh(), REFRESH_MS);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.clearInterval(this.timer);
  }

  /** The view wants a login, which an <img> cannot send: sign the path, then load it whole. */
  private async refresh() {
    if (!this.hass || !this.cameraId) return;
    try {
      const signed = await this.hass.callWS<{ path: string }>({
        type: "auth/sign_path",
        path: `/api/compound_security/camera/${encodeURIComponent(this.cameraId)}/snapshot`,
        expires: SIGNED_FOR_S,
      });
      const picture = new Image();
      picture.onload = () => {
        this.src = signed.path; // swapped only once loaded: no blank frame between pictures
        this.failed = false;
      };
      picture.onerror = () => (this.failed = true);
      picture.src = signed.path;
    } catch {
      this.failed = true;
    }
  }

  render() {
    return html`${this.src ? html`<img src=${this.src} alt=${this.name} />` : nothing}
    ${this.failed ? html`<div class="muted">${localize(this.hass, "cameras.no_picture")}</div>` : nothing}`;
  }

  static styles = css`
    img { display: block; width: 100%; border-radius: var(--ha-card-border-radius, 12px); background: #000; }
    .muted { color: var(--secondary-text-color); font-size: 13px; margin-top: 4px; }
  `;
}
