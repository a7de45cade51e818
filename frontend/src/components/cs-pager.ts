// Previous / next over a long list the server pages (offset, limit, total).
import { LitElement, css, html } from "lit";
import { customElement, property } from "lit/decorators.js";
import { localize } from "../i18n";
import { sharedStyles } from "../styles";
import type { HomeAssistant } from "../types";

@customElement("cs-pager")
export class CsPager extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ type: Number }) offset = 0;
  @property({ type: Number }) limit = 50;
  @property({ type: Number }) total = 0;

  private go(offset: number) {
    this.dispatchEvent(new CustomEvent("page", { detail: { offset } }));
  }

  render() {
    if (this.total <= this.limit && this.offset === 0) return html``;
    const last = Math.min(this.offset + this.limit, this.total);
    return html`<div class="row">
      <button ?disabled=${this.offset === 0} @click=${() => this.go(Math.max(0, this.offset - this.limit))}>
        ${localize(this.hass, "common.previous")}
      </button>
      <span class="muted">${localize(this.hass, "common.page_of", { first: this.total ? this.offset + 1 : 0, last, total: this.total })}</span>
      <button ?disabled=${last >= this.total} @click=${() => this.go(this.offset + this.limit)}>
        ${localize(this.hass, "common.next")}
      </button>
    </div>`;
  }

  static styles = [sharedStyles, css`.row { justify-content: flex-end; margin-top: 8px; }`];
}
