// <cs-settings-page>: a manager's settings. Who holds which staff role, the access levels
// and their weekly schedules, the tenant-card policy, and the hardware, which Home
// Assistant's own pages and subentry flows configure (the page links there).
import { LitElement, css, html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { enumText, errorText, localize } from "../i18n";
import { sharedStyles } from "../styles";
import type { Compound, HomeAssistant } from "../types";
import { call } from "../ws";
import { registerPage } from "./index";

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const ZONES = ["compound_gates", "unit_doors", "garages"];
const STAFF_ROLES = ["clerk", "guard", "police"];

interface RoleUser {
  user_id: string;
  name: string | null;
  is_admin: boolean;
  is_active: boolean;
  role: string | null;
}

interface Level {
  id: string;
  name: string;
  access_points: string[];
  zones: string[];
  schedule: Record<string, string[]>;
}

interface Hardware {
  subentry_id: string;
  subentry_type: string;
  title: string;
  device_id: string | null;
}

interface Settings {
  tenant_cards: string;
  tenant_card_options: string[];
  tenant_cards_outside_policy: number;
  hardware: Hardware[];
  subentry_types: string[];
  integration_path: string;
}

@customElement("cs-settings-page")
export class CsSettingsPage extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ type: Boolean }) narrow = false;
  @property({ attribute: false }) compound!: Compound;
  @state() private users: RoleUser[] = [];
  @state() private levels: Level[] = [];
  @state() private settings?: Settings;
  @state() private error: string | null = null;
  @state() private saved: string | null = null;
  @state() private editing: Level | null = null;
  @state() private levelError: string | null = null;

  protected firstUpdated() {
    void this.load();
  }

  private async load() {
    try {
      const [roles, levels, settings] = await Promise.all([
        call<{ users: RoleUser[] }>(this.hass, this.compound, "roles/list"),
        call<Level[]>(this.hass, this.compound, "level/list"),
        call<Settings>(this.hass, this.compound, "settings/get"),
      ]);
      this.users = roles.users;
      this.levels = levels;
      this.settings = settings;
      this.error = null;
    } catch (err) {
      this.error = await errorText(this.hass, err);
    }
  }

  private async setRole(user: RoleUser, event: Event) {
    const role = (event.target as HTMLSelectElement).value || null;
    try {
      await call(this.hass, this.compound, "roles/set", { user_id: user.user_id, role });
      this.users = this.users.map((u) => (u.user_id === user.user_id ? { ...u, role } : u));
      this.saved = localize(this.hass, "settings.role_saved", { name: user.name ?? user.user_id });
    } catch (err) {
      this.error = await errorText(this.hass, err);
    }
  }

  private async setPolicy(event: Event) {
    const value = (event.target as HTMLInputElement).value;
    try {
      this.settings = await call<Settings>(this.hass, this.compound, "settings/set", { tenant_cards: value });
      this.saved = localize(this.hass, "settings.policy_saved");
    } catch (err) {
      this.error = await errorText(this.hass, err);
    }
  }

  private newLevel() {
    this.levelError = null;
    this.editing = { id: "", name: "", access_points: [], zones: [], schedule: {} };
  }

  private async saveLevel(event: Event) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const schedule: Record<string, string> = {};
    for (const day of [...WEEKDAYS, "holiday", "holidays"]) schedule[day] = String(data.get(day) ?? "");
    const level = {
      name: String(data.get("name") ?? "").trim(),
      access_points: data.getAll("access_points").map(String),
      zones: data.getAll("zones").map(String),
      schedule,
    };
    const editing = this.editing;
    try {
      if (editing?.id)
        await call(this.hass, this.compound, "level/update", { level_id: editing.id, ...level });
      else await call(this.hass, this.compound, "level/create", level);
      this.editing = null;
      await this.load();
    } catch (err) {
      this.levelError = await errorText(this.hass, err);
    }
  }

  private async deleteLevel(level: Level) {
    try {
      await call(this.hass, this.compound, "level/delete", { level_id: level.id });
      await this.load();
    } catch (err) {
      this.error = await errorText(this.hass, err);
    }
  }

  render() {
    const hass = this.hass;
    return html`
      ${this.error ? html`<div class="card error" role="alert">${this.error}</div>` : nothing}
      ${this.saved ? html`<div class="card ok" role="status">${this.saved}</div>` : nothing}
      <div class="card" data-section="roles">
        <h2>${localize(hass, "settings.roles")}</h2>
        <p class="muted">${localize(hass, "settings.roles_help")}</p>
        <div class="scroll"><table>
          <thead><tr><th>${localize(hass, "settings.user")}</th><th>${localize(hass, "settings.role")}</th></tr></thead>
          <tbody>${this.users.map((user) => this.renderUser(user))}</tbody>
        </table></div>
      </div>
      <div class="card" data-section="levels">
        <h2>${localize(hass, "settings.levels")}</h2>
        <p class="muted">${localize(hass, "settings.levels_help")}</p>
        ${this.levels.length
          ? html`<ul class="levels">${this.levels.map((level) => this.renderLevel(level))}</ul>`
          : html`<div class="muted">${localize(hass, "settings.no_levels")}</div>`}
        <button @click=${this.newLevel}>${localize(hass, "settings.add_level")}</button>
      </div>
      ${this.settings ? this.renderPolicy(this.settings) : nothing}
      ${this.settings ? this.renderHardware(this.settings) : nothing}
      ${this.editing ? this.renderLevelDialog(this.editing) : nothing}
    `;
  }

  private renderUser(user: RoleUser) {
    const hass = this.hass;
    return html`<tr data-user=${user.user_id}>
      <td>${user.name ?? user.user_id}${user.is_active ? nothing : html` <span class="chip">${localize(hass, "settings.inactive")}</span>`}</td>
      <td>
        ${user.is_admin
          ? enumText(hass, "role", "manager")
          : html`<select aria-label=${localize(hass, "settings.role")} @change=${(e: Event) => this.setRole(user, e)}>
              <option value="" ?selected=${!user.role}>${localize(hass, "settings.no_role")}</option>
              ${STAFF_ROLES.map((role) => html`<option value=${role} ?selected=${user.role === role}>${enumText(hass, "role", role)}</option>`)}
            </select>`}
      </td>
    </tr>`;
  }

  private renderLevel(level: Level) {
    const hass = this.hass;
    const names = new Map(this.settings?.hardware.map((h) => [h.subentry_id, h.title]));
    const where = [
      ...level.zones.map((zone) => enumText(hass, "zone", zone.split(":")[0]) + (zone.includes(":") ? ` ${zone.split(":")[1]}` : "")),
      ...level.access_points.map((id) => names.get(id) ?? id),
    ].join(", ");
    const days = WEEKDAYS.filter((day) => level.schedule[day]?.length)
      .map((day) => `${localize(hass, `settings.day.${day}`)} ${level.schedule[day].join(", ")}`)
      .join(" · ");
    return html`<li>
      <div><strong>${level.name}</strong> <span class="muted">${where}</span></div>
      <div class="muted">${days || localize(hass, "settings.closed")}</div>
      <div class="row">
        <button @click=${() => { this.levelError = null; this.editing = level; }}>${localize(hass, "settings.edit")}</button>
        <button class="danger" @click=${() => this.deleteLevel(level)}>${localize(hass, "settings.delete")}</button>
      </div>
    </li>`;
  }

  private renderLevelDialog(level: Level) {
    const hass = this.hass;
    const points = this.settings?.hardware.filter((h) => h.subentry_type === "access_point") ?? [];
    const ranges = (key: string) => (level.schedule[key] ?? []).join(", ");
    return html`<cs-dialog open .heading=${localize(hass, level.id ? "settings.edit_level" : "settings.add_level")} @closed=${() => (this.editing = null)}>
      <form id="level" @submit=${this.saveLevel}>
        <cs-field .label=${localize(hass, "settings.level_name")}><input name="name" required .value=${level.name} /></cs-field>
        <fieldset>
          <legend>${localize(hass, "settings.where")}</legend>
          ${ZONES.map((zone) => html`<label class="check"><input type="checkbox" name="zones" value=${zone} ?checked=${level.zones.includes(zone)} /> ${enumText(hass, "zone", zone)}</label>`)}
          ${points.map((p) => html`<label class="check"><input type="checkbox" name="access_points" value=${p.subentry_id} ?checked=${level.access_points.includes(p.subentry_id)} /> ${p.title}</label>`)}
        </fieldset>
        <fieldset class="schedule">
          <legend>${localize(hass, "settings.schedule")}</legend>
          <p class="muted">${localize(hass, "settings.schedule_help")}</p>
          ${WEEKDAYS.map((day) => html`<cs-field .label=${localize(hass, `settings.day.${day}`)}><input name=${day} .value=${level.id ? ranges(day) : "00:00-24:00"} placeholder="07:00-22:00" /></cs-field>`)}
          <cs-field .label=${localize(hass, "settings.holidays")}><input name="holidays" .value=${ranges("holidays")} placeholder="2026-10-01, 2026-10-02" /></cs-field>
          <cs-field .label=${localize(hass, "settings.holiday_hours")}><input name="holiday" .value=${level.id ? ranges("holiday") : "00:00-24:00"} /></cs-field>
        </fieldset>
        ${this.levelError ? html`<div class="error" role="alert">${this.levelError}</div>` : nothing}
      </form>
      <button slot="actions" @click=${() => (this.editing = null)}>${localize(hass, "common.cancel")}</button>
      <button slot="actions" class="primary" type="submit" form="level">${localize(hass, "common.save")}</button>
    </cs-dialog>`;
  }

  private renderPolicy(settings: Settings) {
    const hass = this.hass;
    return html`<div class="card" data-section="tenant-cards">
      <h2>${localize(hass, "settings.tenant_cards")}</h2>
      <p class="muted">${localize(hass, "settings.tenant_cards_help")}</p>
      ${settings.tenant_card_options.map(
        (option) => html`<label class="check">
          <input type="radio" name="tenant_cards" value=${option} ?checked=${settings.tenant_cards === option} @change=${this.setPolicy} />
          ${enumText(hass, "tenant_cards", option)}
        </label>`,
      )}
      ${settings.tenant_cards_outside_policy
        ? html`<p class="warn">${localize(hass, "settings.outside_policy", { count: settings.tenant_cards_outside_policy })}</p>`
        : nothing}
    </div>`;
  }

  private renderHardware(settings: Settings) {
    const hass = this.hass;
    return html`<div class="card" data-section="hardware">
      <h2>${localize(hass, "settings.hardware")}</h2>
      <p class="muted">${localize(hass, "settings.hardware_help")}</p>
      <ul class="hardware">
        ${settings.hardware.map(
          (item) => html`<li>
            <span class="chip">${enumText(hass, "subentry_type", item.subentry_type)}</span>
            ${item.device_id ? html`<a href="/config/devices/device/${item.device_id}">${item.title}</a>` : item.title}
          </li>`,
        )}
      </ul>
      <a class="button" href=${settings.integration_path}>${localize(hass, "settings.open_integration")}</a>
    </div>`;
  }

  static styles = [
    sharedStyles,
    css`
      .scroll { overflow-x: auto; }
      ul.levels, ul.hardware { list-style: none; padding: 0; margin: 0 0 12px; }
      [data-section="levels"] > .muted { margin-bottom: 12px; }
      ul.levels li { padding: 8px 0; border-bottom: 1px solid var(--divider-color, #e0e0e0); }
      ul.levels .row { margin-top: 6px; }
      ul.hardware li { padding: 4px 0; display: flex; gap: 8px; align-items: center; }
      a { color: var(--primary-color, #03a9f4); }
      a.button { display: inline-flex; align-items: center; text-decoration: none; }
      label.check { display: flex; align-items: center; gap: 8px; font-size: 14px; color: var(--primary-text-color); margin: 6px 0; }
      label.check input { min-height: auto; }
      fieldset { border: 1px solid var(--divider-color, #e0e0e0); border-radius: 8px; margin: 0 0 12px; }
      fieldset.schedule { display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); gap: 0 8px; }
      fieldset.schedule p, fieldset.schedule legend { grid-column: 1 / -1; }
    `,
  ];
}

registerPage({ id: "settings", tag: "cs-settings-page", icon: "mdi:cog", operations: ["settings"] });
