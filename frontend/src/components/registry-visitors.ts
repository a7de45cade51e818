// A household's visitor passes: who, until when, the PIN to give them; create and revoke.
import { LitElement, css, html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { formatDateTime } from "../format";
import { enumText, errorText, localize } from "../i18n";
import { sharedStyles } from "../styles";
import type { Compound, HomeAssistant } from "../types";
import { call } from "../ws";

interface VisitorPass {
  pass_id: string;
  household_id: string;
  name?: string;
  pin: string;
  valid_until: string;
  entries: number;
  used: number;
  state: string;
}

@customElement("cs-registry-visitors")
export class RegistryVisitors extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ attribute: false }) compound!: Compound;
  @property() householdId = "";
  @state() private passes: VisitorPass[] = [];
  @state() private name = "";
  @state() private entries = "1";
  @state() private message = "";

  updated(changed: Map<string, unknown>) {
    if (changed.has("householdId")) void this.load();
  }

  private async load() {
    try {
      const answer = await call<{ passes: VisitorPass[] }>(this.hass, this.compound, "visitor_pass/list");
      this.passes = answer.passes.filter((pass) => pass.household_id === this.householdId);
    } catch (error) {
      this.message = await errorText(this.hass, error);
    }
  }

  private async create(event: Event) {
    event.preventDefault();
    try {
      const made = await call<VisitorPass>(this.hass, this.compound, "visitor_pass/create", {
        household_id: this.householdId,
        name: this.name.trim() || undefined,
        entries: Number(this.entries) || 1,
      });
      this.message = localize(this.hass, "registry.visitors.created", { pin: made.pin });
      this.name = "";
      await this.load();
    } catch (error) {
      this.message = await errorText(this.hass, error);
    }
  }

  private async revoke(pass: VisitorPass) {
    try {
      await call(this.hass, this.compound, "visitor_pass/revoke", { pass_id: pass.pass_id });
      await this.load();
    } catch (error) {
      this.message = await errorText(this.hass, error);
    }
  }

  render() {
    const shown = this.passes.filter((pass) => pass.state === "active" || pass.state === "not_yet_valid");
    return html`<section class="card" data-section="visitors">
      <h2>${localize(this.hass, "registry.visitors.title")}</h2>
      <form class="row" @submit=${this.create}>
        <input
          aria-label=${localize(this.hass, "registry.visitors.name")}
          placeholder=${localize(this.hass, "registry.visitors.name")}
          .value=${this.name}
          @input=${(event: Event) => (this.name = (event.target as HTMLInputElement).value)}
        />
        <input
          type="number"
          min="1"
          max="20"
          class="entries"
          aria-label=${localize(this.hass, "registry.visitors.entries")}
          .value=${this.entries}
          @input=${(event: Event) => (this.entries = (event.target as HTMLInputElement).value)}
        />
        <button type="submit">${localize(this.hass, "registry.visitors.create")}</button>
      </form>
      ${this.message ? html`<div class="muted" role="status">${this.message}</div>` : nothing}
      <ul class="list">
        ${shown.map(
          (pass) => html`<li>
            <strong>${pass.name || localize(this.hass, "registry.visitors.visitor")}</strong>
            <span class="chip">PIN ${pass.pin}</span>
            <span class="chip">${enumText(this.hass, "pass_state", pass.state)}</span>
            <span class="muted">
              ${localize(this.hass, "registry.visitors.until", { time: formatDateTime(this.hass, pass.valid_until, this.compound) })}
              · ${pass.entries - pass.used}/${pass.entries}
            </span>
            <button class="danger" @click=${() => this.revoke(pass)}>${localize(this.hass, "registry.visitors.revoke")}</button>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  static styles = [
    sharedStyles,
    css`
      .list { list-style: none; margin: 8px 0 0; padding: 0; }
      .list li { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; padding: 6px 0; }
      .entries { width: 70px; }
      form input:first-child { flex: 1; min-width: 120px; }
    `,
  ];
}
