// A resident's visitors: invite one (window, entries, which gates), hand on the QR code and
// the PIN; today's and upcoming passes with each use; revoke. The QR code is drawn here in
// the browser from the pass's signed `CSV1.` token: it never leaves the resident's phone.
import { LitElement, css, html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { unsafeSVG } from "lit/directives/unsafe-svg.js";
import qrcode from "qrcode-generator";
import { formatDateTime, fromLocalInput, toLocalInput } from "../format";
import { enumText, errorText, localize } from "../i18n";
import { sharedStyles } from "../styles";
import type { Compound, HomeAssistant } from "../types";
import { call } from "../ws";

export interface VisitorGate {
  access_point_id: string;
  name: string;
}

interface Passage {
  time: string;
  access_point: string | null;
  direction: string;
  decision: string;
}

interface HomePass {
  pass_id: string;
  name?: string;
  pin: string;
  qr: string;
  valid_from: string;
  valid_until: string;
  entries: number;
  used: number;
  state: string;
  access_points: string[];
  uses: Passage[];
}

const HOUR_MS = 3_600_000;

/** The token as an SVG QR code (medium error correction: a phone screen, a scratched lens). */
export function qrSvg(text: string): string {
  const code = qrcode(0, "M");
  code.addData(text);
  code.make();
  return code.createSvgTag({ cellSize: 4, margin: 4, scalable: true });
}

@customElement("cs-home-visitors")
export class HomeVisitors extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ attribute: false }) compound!: Compound;
  @property({ attribute: false }) gates: VisitorGate[] = [];
  @state() private passes: HomePass[] = [];
  @state() private shown?: HomePass;
  @state() private message = "";
  @state() private name = "";
  @state() private from = "";
  @state() private until = "";
  @state() private entries = "1";
  @state() private unchecked = new Set<string>();

  connectedCallback() {
    super.connectedCallback();
    const now = new Date();
    this.from = toLocalInput(now, this.compound);
    this.until = toLocalInput(new Date(now.getTime() + 4 * HOUR_MS), this.compound);
    void this.load();
  }

  private async load() {
    try {
      this.passes = (await call<{ passes: HomePass[] }>(this.hass, this.compound, "home/passes")).passes;
    } catch (error) {
      this.message = await errorText(this.hass, error);
    }
  }

  private async invite(event: Event) {
    event.preventDefault();
    const chosen = this.gates.filter((gate) => !this.unchecked.has(gate.access_point_id));
    try {
      this.shown = await call<HomePass>(this.hass, this.compound, "visitor_pass/create", {
        household_id: this.compound.household_id,
        name: this.name.trim() || undefined,
        entries: Number(this.entries) || 1,
        valid_from: fromLocalInput(this.from, this.compound),
        valid_until: fromLocalInput(this.until, this.compound),
        // All the defaults ticked: none named, so the pass follows the host's gates.
        access_points: this.unchecked.size ? chosen.map((gate) => gate.access_point_id) : undefined,
      });
      this.message = "";
      this.name = "";
      await this.load();
    } catch (error) {
      this.message = await errorText(this.hass, error);
    }
  }

  private async revoke(pass: HomePass) {
    try {
      await call(this.hass, this.compound, "visitor_pass/revoke", { pass_id: pass.pass_id });
      if (this.shown?.pass_id === pass.pass_id) this.shown = undefined;
      await this.load();
    } catch (error) {
      this.message = await errorText(this.hass, error);
    }
  }

  private toggleGate(id: string, checked: boolean) {
    const unchecked = new Set(this.unchecked);
    if (checked) unchecked.delete(id);
    else unchecked.add(id);
    this.unchecked = unchecked;
  }

  render() {
    const t = (key: string, params?: Record<string, unknown>) => localize(this.hass, key, params);
    const value = (event: Event) => (event.target as HTMLInputElement).value;
    return html`<section class="card" data-section="visitors">
      <h2>${t("home.visitors.title")}</h2>
      <form @submit=${this.invite}>
        <label>${t("home.visitors.name")}
          <input name="name" .value=${this.name} @input=${(e: Event) => (this.name = value(e))} />
        </label>
        <div class="two">
          <label>${t("home.visitors.from")}
            <input name="from" type="datetime-local" .value=${this.from} @input=${(e: Event) => (this.from = value(e))} />
          </label>
          <label>${t("home.visitors.until")}
            <input name="until" type="datetime-local" .value=${this.until} @input=${(e: Event) => (this.until = value(e))} />
          </label>
        </div>
        <label>${t("home.visitors.entries")}
          <input name="entries" type="number" min="1" max="20" .value=${this.entries} @input=${(e: Event) => (this.entries = value(e))} />
        </label>
        <fieldset>
          <legend>${t("home.visitors.gates")}</legend>
          ${this.gates.map(
            (gate) => html`<label class="gate">
              <input
                type="checkbox"
                .checked=${!this.unchecked.has(gate.access_point_id)}
                @change=${(e: Event) => this.toggleGate(gate.access_point_id, (e.target as HTMLInputElement).checked)}
              />
              ${gate.name}
            </label>`,
          )}
        </fieldset>
        <button class="primary big" type="submit">${t("home.visitors.invite")}</button>
      </form>
      ${this.message ? html`<div class="error" role="alert">${this.message}</div>` : nothing}
      ${this.shown ? this.renderPass(this.shown) : nothing}
      <h3>${t("home.visitors.passes")}</h3>
      ${this.passes.length === 0
        ? html`<div class="muted">${t("home.visitors.none")}</div>`
        : html`<ul class="passes">${this.passes.map((pass) => this.renderRow(pass))}</ul>`}
    </section>`;
  }

  private renderPass(pass: HomePass) {
    const t = (key: string, params?: Record<string, unknown>) => localize(this.hass, key, params);
    return html`<div class="pass" data-pass=${pass.pass_id}>
      <div class="qr" data-qr=${pass.qr}>${unsafeSVG(qrSvg(pass.qr))}</div>
      <div class="pin">${t("home.visitors.pin")} <strong>${pass.pin}</strong></div>
      <div class="muted">${t("home.visitors.send_on")}</div>
    </div>`;
  }

  private renderRow(pass: HomePass) {
    const t = (key: string, params?: Record<string, unknown>) => localize(this.hass, key, params);
    const when = (iso: string) => formatDateTime(this.hass, iso, this.compound);
    return html`<li data-pass=${pass.pass_id} data-state=${pass.state}>
      <div class="head">
        <strong>${pass.name || t("home.visitors.visitor")}</strong>
        <span class="chip">${enumText(this.hass, "pass_state", pass.state)}</span>
        <span class="chip">${t("home.visitors.pin")} ${pass.pin}</span>
      </div>
      <div class="muted">
        ${when(pass.valid_from)} – ${when(pass.valid_until)} ·
        ${t("home.visitors.entries_left", { left: pass.entries - pass.used, entries: pass.entries })}
      </div>
      <ul class="uses">
        ${pass.uses.length === 0
          ? html`<li class="muted">${t("home.visitors.not_used")}</li>`
          : pass.uses.map(
              (use) => html`<li class="use">
                ${when(use.time)} · ${use.access_point ?? ""} ·
                <span class="chip ${use.decision}">${enumText(this.hass, "decision", use.decision)}</span>
              </li>`,
            )}
      </ul>
      <div class="row">
        <button @click=${() => (this.shown = pass)}>${t("home.visitors.show")}</button>
        ${pass.state === "active" || pass.state === "not_yet_valid"
          ? html`<button class="danger" @click=${() => this.revoke(pass)}>${t("home.visitors.revoke")}</button>`
          : nothing}
      </div>
    </li>`;
  }

  static styles = [
    sharedStyles,
    css`
      form { display: grid; gap: 10px; }
      form label { display: grid; gap: 4px; min-width: 0; }
      form input { width: 100%; min-width: 0; min-height: 44px; }
      /* Side by side where they fit, one under the other on a narrow phone. */
      .two { display: grid; gap: 10px; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); }
      /* A fieldset is as wide as its content by default: keep it to the card. */
      fieldset { min-width: 0; margin: 0; border: 1px solid var(--divider-color, #ccc); border-radius: 8px; padding: 8px 12px; }
      legend { font-size: 13px; color: var(--secondary-text-color); }
      label.gate { display: flex; align-items: center; gap: 10px; min-height: 44px; font-size: 16px; color: inherit; }
      label.gate input { width: 22px; min-height: 22px; }
      button.big { min-height: 48px; font-size: 17px; }
      .pass { margin: 16px 0; text-align: center; }
      .qr { width: 240px; max-width: 80vw; margin: 0 auto; background: #fff; padding: 8px; border-radius: 8px; }
      .qr svg { display: block; width: 100%; height: auto; }
      .pin { font-size: 20px; margin-top: 8px; }
      .pin strong { font-size: 28px; letter-spacing: 4px; }
      h3 { font-size: 16px; font-weight: 500; margin: 16px 0 8px; }
      .passes, .uses { list-style: none; margin: 0; padding: 0; }
      .passes > li { padding: 10px 0; border-bottom: 1px solid var(--divider-color, #e0e0e0); }
      .passes .head { display: flex; gap: 6px; flex-wrap: wrap; align-items: center; }
      .uses { margin: 6px 0; font-size: 14px; }
      .row button { min-height: 44px; }
    `,
  ];
}
