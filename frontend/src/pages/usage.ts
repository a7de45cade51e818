// <cs-usage-page>: utility usage. The month's totals, the households the analysis flags
// (with the figures behind each verdict) and any flat's months, charted by Home Assistant's
// own statistics-graph card. A resident sees their own flat.
import { LitElement, css, html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { cardHelpers } from "../guard/card-helpers";
import { enumText, errorText, localize } from "../i18n";
import { sharedStyles } from "../styles";
import type { Compound, HomeAssistant, LovelaceCard } from "../types";
import { call } from "../ws";
import { registerPage } from "./index";

interface Totals {
  period: string | null;
  electricity_kwh: number | null;
  water_m3: number | null;
  households: number;
  periods?: string[];
}

interface Flag {
  household_id: string;
  flat: string | null;
  period: string;
  classification: string;
  electricity_kwh: number | null;
  water_m3: number | null;
  occupants: number;
  estimated_occupants: number | null;
  compound_electricity_median: number | null;
  compound_water_median: number | null;
  electricity_ratio: number | null;
  water_ratio: number | null;
}

interface Flagged {
  period: string | null;
  factor: number;
  months: number;
  flagged: Flag[];
  total: number;
}

interface HouseholdUsage {
  household_id: string;
  flat: string;
  months: { period: string; electricity_kwh: number | null; water_m3: number | null }[];
  statistic_ids: { electricity?: string; water?: string };
}

const number = (value: number | null | undefined) => (value === null || value === undefined ? "—" : String(value));

@customElement("cs-usage-page")
export class CsUsagePage extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ type: Boolean }) narrow = false;
  @property({ attribute: false }) compound!: Compound;
  @state() private totals?: Totals;
  @state() private flagged?: Flagged;
  @state() private household?: HouseholdUsage;
  @state() private error: string | null = null;
  @state() private flatError: string | null = null;
  @state() private period: string | null = null;
  private charts: LovelaceCard[] = [];

  private get everyFlat(): boolean {
    return this.compound.may.usage_view === "all";
  }

  protected firstUpdated() {
    void this.load();
    if (!this.everyFlat && this.compound.household_id) void this.chart(this.compound.household_id);
  }

  protected updated(changed: Map<string, unknown>) {
    if (changed.has("hass")) for (const chart of this.charts) chart.hass = this.hass;
  }

  private async load() {
    const period = this.period ? { period: this.period } : {};
    try {
      [this.totals, this.flagged] = await Promise.all([
        call<Totals>(this.hass, this.compound, "usage/totals", period),
        call<Flagged>(this.hass, this.compound, "usage/flagged", { ...period, limit: 200 }),
      ]);
      this.error = null;
    } catch (err) {
      this.error = await errorText(this.hass, err);
    }
  }

  private choosePeriod(event: Event) {
    this.period = (event.target as HTMLSelectElement).value || null;
    void this.load();
  }

  private async findFlat(event: Event) {
    event.preventDefault();
    const flat = (this.renderRoot.querySelector<HTMLInputElement>('input[name="flat"]')?.value ?? "").trim();
    if (!flat) return;
    try {
      const found = await call<{ id: string; building: string; unit: string; room: string }[]>(
        this.hass,
        this.compound,
        "household/list",
        { search: flat },
      );
      const exact = found.filter((h) => `${h.building}-${h.unit}-${h.room}` === flat);
      const chosen = exact[0] ?? (found.length === 1 ? found[0] : undefined);
      if (!chosen) {
        this.flatError = localize(this.hass, "usage.no_such_flat");
        return;
      }
      this.flatError = null;
      await this.chart(chosen.id);
    } catch (err) {
      this.flatError = await errorText(this.hass, err);
    }
  }

  private async chart(householdId: string) {
    try {
      this.household = await call<HouseholdUsage>(this.hass, this.compound, "usage/household", {
        household_id: householdId,
      });
    } catch (err) {
      this.error = await errorText(this.hass, err);
      return;
    }
    this.charts = [];
    const helpers = await cardHelpers();
    if (!helpers) return;
    const ids = this.household.statistic_ids;
    for (const [kind, id] of Object.entries(ids)) {
      if (!id) continue;
      const card = helpers.createCardElement({
        type: "statistics-graph",
        title: localize(this.hass, `usage.${kind}`),
        entities: [id],
        period: "month",
        stat_types: ["change"],
        chart_type: "bar",
        days_to_show: 730,
        hide_legend: true,
      });
      card.hass = this.hass;
      this.charts.push(card);
    }
    this.requestUpdate();
  }

  render() {
    const hass = this.hass;
    return html`
      ${this.error ? html`<div class="card error" role="alert">${this.error}</div>` : nothing}
      <div class="card totals">
        <h2>${localize(hass, "usage.totals")}</h2>
        ${this.totals?.period
          ? html`<div class="row">
              <select aria-label=${localize(hass, "usage.month")} @change=${this.choosePeriod}>
                ${(this.totals.periods ?? [this.totals.period]).map(
                  (p) => html`<option value=${p} ?selected=${p === this.totals?.period}>${p}</option>`,
                )}
              </select>
              <span class="figure"><strong>${number(this.totals.electricity_kwh)}</strong> kWh</span>
              <span class="figure"><strong>${number(this.totals.water_m3)}</strong> m³</span>
              <span class="muted">${localize(hass, "usage.households", { count: this.totals.households })}</span>
            </div>`
          : html`<div class="muted">${this.totals ? localize(hass, "usage.no_readings") : localize(hass, "common.loading")}</div>`}
      </div>
      <div class="card">
        <h2>${localize(hass, "usage.flagged")}</h2>
        ${this.flagged
          ? html`<p class="muted">
              ${localize(hass, "usage.rule", { factor: this.flagged.factor, months: this.flagged.months })}
            </p>`
          : nothing}
        ${this.renderFlagged()}
      </div>
      <div class="card">
        <h2>${localize(hass, "usage.flat_months")}</h2>
        ${this.everyFlat
          ? html`<form class="row" @submit=${this.findFlat}>
              <cs-field .label=${localize(hass, "usage.flat")} .error=${this.flatError}>
                <input name="flat" placeholder="9-1-301" autocomplete="off" />
              </cs-field>
              <button class="primary" type="submit">${localize(hass, "usage.show")}</button>
            </form>`
          : nothing}
        ${this.renderHousehold()}
      </div>
    `;
  }

  private renderFlagged() {
    const hass = this.hass;
    const flagged = this.flagged;
    if (!flagged) return html`<div class="muted">${localize(hass, "common.loading")}</div>`;
    if (!flagged.flagged.length) return html`<div class="muted">${localize(hass, "usage.none_flagged")}</div>`;
    if (this.narrow)
      return html`<ul class="flagged">
        ${flagged.flagged.map(
          (f) => html`<li>
            <div class="row">
              <strong>${f.flat ?? "—"}</strong>
              <span class="chip alarm">${enumText(hass, "classification", f.classification)}</span>
              <button class="chart" @click=${() => this.chart(f.household_id)}>${localize(hass, "usage.chart")}</button>
            </div>
            <div>${number(f.electricity_kwh)} kWh${f.electricity_ratio !== null ? html` · <span class="muted">${localize(hass, "usage.times_median", { ratio: f.electricity_ratio })}</span>` : nothing}</div>
            <div>${number(f.water_m3)} m³${f.water_ratio !== null ? html` · <span class="muted">${localize(hass, "usage.times_median", { ratio: f.water_ratio })}</span>` : nothing}</div>
            <div class="muted">
              ${localize(hass, "usage.registered", { count: f.occupants })}${f.estimated_occupants !== null ? html` · ${localize(hass, "usage.estimated", { count: f.estimated_occupants })}` : nothing}
            </div>
          </li>`,
        )}
      </ul>`;
    return html`<div class="scroll"><table>
      <thead>
        <tr>
          <th>${localize(hass, "usage.flat")}</th>
          <th>${localize(hass, "usage.classification")}</th>
          <th>${localize(hass, "usage.electricity")}</th>
          <th>${localize(hass, "usage.water")}</th>
          <th>${localize(hass, "usage.occupants")}</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        ${flagged.flagged.map(
          (f) => html`<tr>
            <td><strong>${f.flat ?? "—"}</strong></td>
            <td><span class="chip alarm">${enumText(hass, "classification", f.classification)}</span></td>
            <td>
              ${number(f.electricity_kwh)} kWh
              ${f.electricity_ratio !== null
                ? html`<div class="muted">${localize(hass, "usage.times_median", { ratio: f.electricity_ratio })}</div>`
                : nothing}
            </td>
            <td>
              ${number(f.water_m3)} m³
              ${f.water_ratio !== null
                ? html`<div class="muted">${localize(hass, "usage.times_median", { ratio: f.water_ratio })}</div>`
                : nothing}
            </td>
            <td>
              ${localize(hass, "usage.registered", { count: f.occupants })}
              ${f.estimated_occupants !== null
                ? html`<div class="muted">${localize(hass, "usage.estimated", { count: f.estimated_occupants })}</div>`
                : nothing}
            </td>
            <td><button @click=${() => this.chart(f.household_id)}>${localize(hass, "usage.chart")}</button></td>
          </tr>`,
        )}
      </tbody>
    </table></div>`;
  }

  private renderHousehold() {
    const hass = this.hass;
    const usage = this.household;
    if (!usage) return nothing;
    return html`<h3>${usage.flat}</h3>
      <div class="charts">${this.charts}</div>
      ${usage.months.length
        ? html`<div class="scroll"><table class="months">
            <thead>
              <tr>
                <th>${localize(hass, "usage.month")}</th>
                <th>${localize(hass, "usage.electricity")} (kWh)</th>
                <th>${localize(hass, "usage.water")} (m³)</th>
              </tr>
            </thead>
            <tbody>
              ${[...usage.months].reverse().map(
                (m) => html`<tr><td>${m.period}</td><td>${number(m.electricity_kwh)}</td><td>${number(m.water_m3)}</td></tr>`,
              )}
            </tbody>
          </table></div>`
        : html`<div class="muted">${localize(hass, "usage.no_readings")}</div>`}`;
  }

  static styles = [
    sharedStyles,
    css`
      .totals .row { gap: 16px; }
      .figure strong { font-size: 22px; font-weight: 500; }
      form.row { align-items: flex-end; }
      form.row cs-field { flex: 1 1 200px; max-width: 280px; }
      form.row button { margin-bottom: 12px; }
      h3 { font-weight: 500; margin: 12px 0 8px; }
      .charts { display: grid; gap: 12px; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); margin-bottom: 12px; }
      .scroll { overflow-x: auto; }
      ul.flagged { list-style: none; margin: 0; padding: 0; }
      ul.flagged li { padding: 10px 0; border-bottom: 1px solid var(--divider-color, #e0e0e0); }
      ul.flagged button.chart { margin-inline-start: auto; }
      table.months { max-width: 480px; }
    `,
  ];
}

registerPage({ id: "usage", tag: "cs-usage-page", icon: "mdi:flash", operations: ["usage_view"] });
