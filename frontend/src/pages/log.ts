// <cs-log-page>: the access log. Who passed where and when, filtered by person, flat, access
// point, time range, decision and reason; names and flats as the caller's role allows (the
// command decides); paged; CSV download for those who may export.
import { LitElement, css, html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { enumText, errorText, localize } from "../i18n";
import { formatDateTime, fromLocalInput } from "../format";
import { sharedStyles } from "../styles";
import type { Compound, HomeAssistant } from "../types";
import { call, may } from "../ws";
import { registerPage } from "./index";

const PAGE_SIZE = 50;
const REASONS = [
  "granted",
  "unknown_credential",
  "revoked",
  "lost",
  "expired",
  "not_yet_valid",
  "vehicle_locked",
  "owner_absent",
  "holder_missing",
  "moved_out",
  "not_permitted_here",
  "outside_schedule",
  "used_up",
  "pin_locked",
];

export interface LogEntry {
  time: string;
  access_point_id: string;
  access_point: string | null;
  direction: string;
  decision: string;
  reason: string;
  credential: string;
  household_id: string | null;
  flat: string | null;
  watch: string;
  alarm_ids: string[];
  person_id?: string | null;
  name?: string | null;
}

interface LogPage {
  entries: LogEntry[];
  total: number;
  offset: number;
  since: string | null;
  access_points: { id: string; name: string }[];
}

interface PersonFound {
  id: string;
  name: string;
  household_id: string;
}

interface HouseholdFound {
  id: string;
  building: string;
  unit: string;
  room: string;
}

const flatOf = (h: HouseholdFound) => `${h.building}-${h.unit}-${h.room}`;

@customElement("cs-log-page")
export class CsLogPage extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ type: Boolean }) narrow = false;
  @property({ attribute: false }) compound!: Compound;
  @state() private page?: LogPage;
  @state() private offset = 0;
  @state() private error: string | null = null;
  @state() private personError: string | null = null;
  @state() private flatError: string | null = null;
  @state() private people: PersonFound[] = [];
  @state() private busy = false;
  private filters: Record<string, unknown> = {};

  private get followsPeople(): boolean {
    const grant = this.compound.may.access_log_query;
    return grant === "all" || grant === "own";
  }

  private get ownHousehold(): boolean {
    return this.compound.may.access_log_query === "own" && !may(this.compound, "live_passages");
  }

  protected firstUpdated() {
    void this.load();
  }

  protected updated(changed: Map<string, unknown>) {
    if (changed.has("compound") && changed.get("compound") !== undefined) {
      this.filters = {};
      this.offset = 0;
      void this.load();
    }
  }

  private async load() {
    this.busy = true;
    try {
      this.page = await call<LogPage>(this.hass, this.compound, "access_log/query", {
        ...this.filters,
        offset: this.offset,
        limit: PAGE_SIZE,
      });
      this.error = null;
    } catch (err) {
      this.error = await errorText(this.hass, err);
    } finally {
      this.busy = false;
    }
  }

  private field(name: string): string {
    const element = this.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
    return element?.value.trim() ?? "";
  }

  private async findHousehold(flat: string): Promise<string | null | undefined> {
    if (!flat) return undefined;
    const found = await call<HouseholdFound[]>(this.hass, this.compound, "household/list", { search: flat });
    const exact = found.filter((h) => flatOf(h) === flat);
    const chosen = exact.length === 1 ? exact[0] : found.length === 1 ? found[0] : undefined;
    return chosen ? chosen.id : null;
  }

  private async findPerson(name: string): Promise<string | null | undefined> {
    const chosen = this.field("person_id");
    if (chosen) return chosen;
    if (!name) return undefined;
    const found = await call<PersonFound[]>(this.hass, this.compound, "person/list", { search: name });
    const exact = found.filter((p) => p.name === name);
    const candidates = exact.length ? exact : found;
    if (candidates.length === 1) return candidates[0].id;
    this.people = candidates.slice(0, 50);
    return null;
  }

  private async search(event?: Event) {
    event?.preventDefault();
    this.personError = this.flatError = null;
    const filters: Record<string, unknown> = {};
    try {
      if (!this.ownHousehold) {
        const household = await this.findHousehold(this.field("flat"));
        if (household === null) this.flatError = localize(this.hass, "log.no_such_flat");
        else if (household) filters.household_id = household;
      }
      if (this.followsPeople) {
        const person = await this.findPerson(this.field("person"));
        if (person === null)
          this.personError = localize(this.hass, this.people.length ? "log.choose_person" : "log.no_such_person");
        else if (person) filters.person_id = person;
      }
    } catch (err) {
      this.error = await errorText(this.hass, err);
      return;
    }
    if (this.personError || this.flatError) return;
    for (const name of ["access_point_id", "decision", "reason"]) {
      const value = this.field(name);
      if (value) filters[name] = value;
    }
    const start = this.field("start");
    const end = this.field("end");
    if (start) filters.start = fromLocalInput(start, this.compound);
    if (end) filters.end = fromLocalInput(end, this.compound);
    this.filters = filters;
    this.offset = 0;
    await this.load();
  }

  private personTyped() {
    this.people = [];
  }

  private async download() {
    try {
      const answer = await call<{ filename: string; csv: string }>(
        this.hass,
        this.compound,
        "access_log/export",
        this.filters,
      );
      const url = URL.createObjectURL(new Blob([answer.csv], { type: "text/csv;charset=utf-8" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = answer.filename;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      this.error = await errorText(this.hass, err);
    }
  }

  render() {
    const hass = this.hass;
    return html`
      <form class="card filters" @submit=${this.search}>
        <h2>${localize(hass, "log.title")}</h2>
        ${this.page?.since
          ? html`<p class="muted">${localize(hass, "log.live_only", { since: formatDateTime(hass, this.page.since, this.compound) })}</p>`
          : nothing}
        <div class="fields">
          ${this.followsPeople
            ? html`<cs-field .label=${localize(hass, "log.person")} .error=${this.personError}>
                <input name="person" autocomplete="off" placeholder=${localize(hass, "log.person_hint")} @input=${this.personTyped} />
              </cs-field>`
            : nothing}
          ${this.people.length
            ? html`<cs-field .label=${localize(hass, "log.choose_person")}>
                <select name="person_id">
                  ${this.people.map((p) => html`<option value=${p.id}>${p.name}</option>`)}
                </select>
              </cs-field>`
            : nothing}
          ${this.ownHousehold
            ? nothing
            : html`<cs-field .label=${localize(hass, "log.flat")} .error=${this.flatError}>
                <input name="flat" autocomplete="off" placeholder="9-1-301" />
              </cs-field>`}
          <cs-field .label=${localize(hass, "log.access_point")}>
            <select name="access_point_id">
              <option value="">${localize(hass, "log.any")}</option>
              ${(this.page?.access_points ?? []).map((p) => html`<option value=${p.id}>${p.name}</option>`)}
            </select>
          </cs-field>
          <cs-field .label=${localize(hass, "log.start")}>
            <input name="start" type="datetime-local" />
          </cs-field>
          <cs-field .label=${localize(hass, "log.end")}>
            <input name="end" type="datetime-local" />
          </cs-field>
          <cs-field .label=${localize(hass, "log.decision")}>
            <select name="decision">
              <option value="">${localize(hass, "log.any")}</option>
              ${["granted", "denied"].map((d) => html`<option value=${d}>${enumText(hass, "decision", d)}</option>`)}
            </select>
          </cs-field>
          <cs-field .label=${localize(hass, "log.reason")}>
            <select name="reason">
              <option value="">${localize(hass, "log.any")}</option>
              ${REASONS.map((r) => html`<option value=${r}>${enumText(hass, "reason", r)}</option>`)}
            </select>
          </cs-field>
        </div>
        <div class="row actions">
          <button class="primary" type="submit" ?disabled=${this.busy}>${localize(hass, "common.search")}</button>
          ${may(this.compound, "access_log_export")
            ? html`<button type="button" @click=${this.download}>${localize(hass, "log.download")}</button>`
            : nothing}
        </div>
      </form>
      ${this.error ? html`<div class="card error" role="alert">${this.error}</div>` : nothing}
      <div class="card">${this.renderEntries()}</div>
    `;
  }

  private renderEntries() {
    const hass = this.hass;
    const page = this.page;
    if (!page) return html`<div class="muted">${localize(hass, "common.loading")}</div>`;
    if (!page.entries.length) return html`<div class="muted">${localize(hass, "common.nothing")}</div>`;
    const pager = html`<cs-pager
      .hass=${hass}
      .offset=${this.offset}
      .limit=${PAGE_SIZE}
      .total=${page.total}
      @page=${(e: CustomEvent) => {
        this.offset = e.detail.offset;
        void this.load();
      }}
    ></cs-pager>`;
    if (this.narrow)
      return html`<ul class="entries">
          ${page.entries.map(
            (e) => html`<li>
              <div class="row">
                <span class="chip ${e.decision}">${enumText(hass, "decision", e.decision)}</span>
                <strong>${e.name ?? e.flat ?? "—"}</strong>
                ${e.name && e.flat ? html`<span class="muted">${e.flat}</span>` : nothing}
                ${e.watch !== "none" ? html`<span class="chip alarm">${enumText(hass, "watch", e.watch)}</span>` : nothing}
              </div>
              <div class="muted">
                ${formatDateTime(hass, e.time, this.compound)} · ${e.access_point ?? e.access_point_id} ·
                ${enumText(hass, "direction", e.direction)} · ${enumText(hass, "reason", e.reason)}
              </div>
            </li>`,
          )}
        </ul>
        ${pager}`;
    const named = page.entries.some((e) => "name" in e);
    return html`<table>
        <thead>
          <tr>
            <th>${localize(hass, "log.time")}</th>
            <th>${localize(hass, "log.access_point")}</th>
            <th>${localize(hass, "log.direction")}</th>
            <th>${localize(hass, "log.decision")}</th>
            <th>${localize(hass, "log.reason")}</th>
            <th>${localize(hass, "log.credential")}</th>
            <th>${localize(hass, "log.flat")}</th>
            ${named ? html`<th>${localize(hass, "log.name")}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${page.entries.map(
            (e) => html`<tr>
              <td>${formatDateTime(hass, e.time, this.compound)}</td>
              <td>${e.access_point ?? e.access_point_id}</td>
              <td>${enumText(hass, "direction", e.direction)}</td>
              <td><span class="chip ${e.decision}">${enumText(hass, "decision", e.decision)}</span></td>
              <td>${enumText(hass, "reason", e.reason)}</td>
              <td>${enumText(hass, "credential", e.credential)}</td>
              <td>${e.flat ?? "—"}</td>
              ${named
                ? html`<td>
                    ${e.name ?? ""}
                    ${e.watch !== "none" ? html`<span class="chip alarm">${enumText(hass, "watch", e.watch)}</span>` : nothing}
                  </td>`
                : nothing}
            </tr>`,
          )}
        </tbody>
      </table>
      ${pager}`;
  }

  static styles = [
    sharedStyles,
    css`
      .fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 0 12px; }
      .actions { margin-top: 4px; }
      ul.entries { list-style: none; margin: 0; padding: 0; }
      ul.entries li { padding: 8px 0; border-bottom: 1px solid var(--divider-color, #e0e0e0); }
      ul.entries .muted { font-size: 13px; margin-top: 2px; }
      table { font-size: 14px; }
    `,
  ];
}

registerPage({ id: "log", tag: "cs-log-page", icon: "mdi:format-list-bulleted", operations: ["access_log_query", "live_passages"] });
