// A household's page: its people, cards, vehicles, meters and months of electricity and
// water, open alarms, recent passages and visitor passes, with the forms that change them.
// Each part shows only when the caller's grants open it (the commands check again).
import { LitElement, css, html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { formatDateTime } from "../format";
import { enumText, errorText, localize } from "../i18n";
import { sharedStyles } from "../styles";
import type { Compound, HomeAssistant } from "../types";
import { call } from "../ws";
import type { CardRecord, HouseholdDetail, PersonRecord } from "./registry-common";
import type { FieldSpec, Values } from "./registry-form";
import { type DialogSpec, RegistryDialogs } from "./registry-dialogs";
import "./registry-chart";
import "./registry-form";
import "./registry-visitors";

@customElement("cs-registry-household")
export class RegistryHousehold extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ attribute: false }) compound!: Compound;
  @property({ type: Boolean, reflect: true }) narrow = false;
  @property() householdId = "";
  @state() private detail?: HouseholdDetail;
  @state() private failure = "";
  @state() private dialog: DialogSpec | null = null;
  @state() private notice = "";

  private get forms(): RegistryDialogs {
    return new RegistryDialogs(this.hass, this.compound, this.detail!);
  }

  updated(changed: Map<string, unknown>) {
    if (changed.has("householdId") && this.householdId) void this.load();
  }

  async load() {
    try {
      this.detail = await call<HouseholdDetail>(this.hass, this.compound, "household/detail", {
        household_id: this.householdId,
      });
      this.failure = "";
    } catch (error) {
      this.failure = await errorText(this.hass, error);
    }
  }

  private grant(operation: string): string | undefined {
    return this.compound.may[operation];
  }

  private open(spec: DialogSpec | null) {
    this.notice = "";
    this.dialog = spec;
  }

  private async saved() {
    const note = this.dialog?.notice?.();
    this.dialog = null;
    this.notice = note ?? "";
    await this.load();
  }

  private async act(command: string, params: Record<string, unknown>) {
    try {
      await call(this.hass, this.compound, command, params);
      this.notice = "";
      await this.load();
    } catch (error) {
      this.notice = await errorText(this.hass, error);
    }
  }

  /** A moved-out holder's card stays on record but opens nothing: say so, not "active". */
  private holderMovedOut(card: CardRecord): boolean {
    return Boolean(this.detail?.people.find((person) => person.id === card.person_id)?.moved_out);
  }

  private nameOf(personId: string): string {
    return this.detail?.people.find((person) => person.id === personId)?.name ?? "";
  }

  private renderPeople(detail: HouseholdDetail) {
    const forms = this.forms;
    return html`<section class="card" data-section="people">
      <h2>
        ${localize(this.hass, "registry.people")}
        ${forms.mayAddPerson()
          ? html`<button class="add-person primary" @click=${() => this.open(forms.addPerson())}>
              ${localize(this.hass, "registry.action.add_person")}
            </button>`
          : nothing}
      </h2>
      ${detail.people.length
        ? html`<ul class="list">
            ${detail.people.map((person) => this.renderPerson(person))}
          </ul>`
        : html`<div class="muted">${localize(this.hass, "common.nothing")}</div>`}
    </section>`;
  }

  private renderPerson(person: PersonRecord) {
    const forms = this.forms;
    const moved = person.moved_out?.date;
    return html`<li data-person=${person.name}>
      <div class="main">
        <strong>${person.name}</strong>
        ${person.role ? html`<span class="chip">${enumText(this.hass, "person_role", person.role)}</span>` : nothing}
        ${moved ? html`<span class="chip">${localize(this.hass, "registry.moved_out", { date: moved })}</span>` : nothing}
        ${person.watch === "care" ? html`<span class="chip">${localize(this.hass, "registry.care_watch")}</span>` : nothing}
      </div>
      <div class="muted">${[person.phone, person.id_number_mask].filter(Boolean).join(" · ")}</div>
      <div class="row actions">
        ${forms.mayEdit(person)
          ? html`<button @click=${() => this.open(forms.editPerson(person))}>${localize(this.hass, "registry.action.edit")}</button>`
          : nothing}
        ${forms.mayEdit(person) && !moved
          ? html`<button class="danger move-out" @click=${() => this.open(forms.moveOut(person))}>
              ${localize(this.hass, "registry.action.move_out")}
            </button>`
          : nothing}
      </div>
    </li>`;
  }

  private renderCard(card: CardRecord) {
    const forms = this.forms;
    return html`<tr data-card=${card.uid}>
      <td>${card.uid}</td>
      <td>${this.nameOf(card.person_id)}</td>
      <td>${enumText(this.hass, "card_type", card.card_type)}</td>
      <td>
        ${this.holderMovedOut(card)
          ? html`<span class="chip status-revoked">${enumText(this.hass, "reason", "moved_out")}</span>`
          : html`<span class="chip status-${card.status}">${enumText(this.hass, "card_status", card.status)}</span>`}
        ${card.expires_soon ? html`<span class="chip warn-chip">${localize(this.hass, "registry.expires_soon")}</span>` : nothing}
      </td>
      <td>${card.valid_until ?? "—"}</td>
      <td class="row">
        ${card.status === "active" && !this.holderMovedOut(card) && this.grant("card_report_lost")
          ? html`<button class="danger report-lost" @click=${() => this.open(forms.reportLost(card))}>
              ${localize(this.hass, "registry.action.report_lost")}
            </button>`
          : nothing}
        ${card.status === "lost" && this.grant("card_manage") === "all"
          ? html`<button @click=${() => this.act("card/found", { card_id: card.card_id })}>
              ${localize(this.hass, "registry.action.found")}
            </button>`
          : nothing}
        ${this.grant("card_manage") === "all"
          ? html`<button @click=${() => this.open(forms.replaceCard(card))}>${localize(this.hass, "registry.action.replace")}</button>
              <button class="validity" @click=${() => this.open(forms.editValidity(card))}>
                ${localize(this.hass, "registry.action.validity")}
              </button>`
          : nothing}
      </td>
    </tr>`;
  }

  private renderCards(detail: HouseholdDetail) {
    if (!detail.cards) return nothing;
    const forms = this.forms;
    return html`<section class="card" data-section="cards">
      <h2>
        ${localize(this.hass, "registry.cards")}
        ${this.grant("card_manage") === "all" && detail.people.length
          ? html`<button @click=${() => this.open(forms.issueCard())}>${localize(this.hass, "registry.action.issue_card")}</button>`
          : nothing}
      </h2>
      ${detail.cards.length
        ? html`<div class="scroll"><table>
            <thead><tr>
              ${["uid", "holder", "card_type", "status", "valid_until", ""].map(
                (key) => html`<th>${key ? localize(this.hass, `registry.field.${key}`) : ""}</th>`,
              )}
            </tr></thead>
            <tbody>${detail.cards.map((card) => this.renderCard(card))}</tbody>
          </table></div>`
        : html`<div class="muted">${localize(this.hass, "common.nothing")}</div>`}
    </section>`;
  }

  private renderVehicles(detail: HouseholdDetail) {
    if (!detail.vehicles) return nothing;
    const forms = this.forms;
    return html`<section class="card" data-section="vehicles">
      <h2>
        ${localize(this.hass, "registry.vehicles")}
        ${this.grant("vehicle_manage") === "all" && detail.people.length
          ? html`<button @click=${() => this.open(forms.addVehicle())}>${localize(this.hass, "registry.action.add_vehicle")}</button>`
          : nothing}
      </h2>
      ${detail.vehicles.length
        ? html`<ul class="list">
            ${detail.vehicles.map(
              (vehicle) => html`<li>
                <strong>${vehicle.plate || vehicle.chip_uid}</strong>
                <span class="chip">${enumText(this.hass, "vehicle_kind", vehicle.kind)}</span>
                ${vehicle.locked ? html`<span class="chip">${localize(this.hass, "registry.locked")}</span>` : nothing}
                <span class="muted">${this.nameOf(vehicle.person_id)} · ${vehicle.chip_uid}</span>
                ${this.grant("vehicle_manage") === "all"
                  ? html`<span class="row actions">
                      <button class="edit-vehicle" @click=${() => this.open(forms.editVehicle(vehicle))}>
                        ${localize(this.hass, "registry.action.edit")}
                      </button>
                      <button
                        class="lock"
                        @click=${() => this.act("vehicle/update", { vehicle_id: vehicle.vehicle_id, locked: !vehicle.locked })}
                      >
                        ${localize(this.hass, vehicle.locked ? "registry.action.unlock" : "registry.action.lock")}
                      </button>
                    </span>`
                  : nothing}
              </li>`,
            )}
          </ul>`
        : html`<div class="muted">${localize(this.hass, "common.nothing")}</div>`}
    </section>`;
  }

  private renderUsage(detail: HouseholdDetail) {
    if (!detail.meters && !detail.statistics) return nothing;
    const meters = Object.entries(detail.meters ?? {});
    return html`<section class="card" data-section="usage">
      <h2>${localize(this.hass, "registry.usage")}</h2>
      ${meters.length
        ? html`<div class="muted">
            ${meters.map(([kind, address]) => html`${localize(this.hass, `registry.field.${kind}`)}: ${address} `)}
          </div>`
        : html`<div class="muted">${localize(this.hass, "registry.no_meters")}</div>`}
      ${detail.statistics
        ? html`<cs-registry-chart
            .hass=${this.hass}
            .statistics=${detail.statistics}
            .heading=${detail.household.flat}
          ></cs-registry-chart>`
        : nothing}
    </section>`;
  }

  private renderActivity(detail: HouseholdDetail) {
    return html`${detail.alarms
      ? html`<section class="card" data-section="alarms">
          <h2>${localize(this.hass, "registry.alarms")}</h2>
          ${detail.alarms.length
            ? html`<ul class="list">
                ${detail.alarms.map(
                  (alarm) => html`<li>
                    <span class="chip alarm">${enumText(this.hass, "alarm_kind", alarm.kind)}</span>
                    <span class="muted">${formatDateTime(this.hass, alarm.time, this.compound)}</span>
                  </li>`,
                )}
              </ul>`
            : html`<div class="muted">${localize(this.hass, "registry.no_alarms")}</div>`}
        </section>`
      : nothing}
    ${detail.passages
      ? html`<section class="card" data-section="passages">
          <h2>${localize(this.hass, "registry.passages")}</h2>
          ${detail.passages.length
            ? html`<ul class="list">
                ${detail.passages.map(
                  (passage) => html`<li data-decision=${passage.decision}>
                    <span class="chip ${passage.decision}">${enumText(this.hass, "decision", passage.decision)}</span>
                    ${formatDateTime(this.hass, passage.time, this.compound)} · ${passage.access_point ?? ""}
                    · ${passage.name ?? ""}
                    ${passage.decision === "denied" ? html`<span class="muted">(${enumText(this.hass, "reason", passage.reason)})</span>` : nothing}
                  </li>`,
                )}
              </ul>`
            : html`<div class="muted">${localize(this.hass, "registry.no_passages")}</div>`}
        </section>`
      : nothing}`;
  }

  render() {
    if (this.failure) {
      return html`<button class="back" @click=${() => this.dispatchEvent(new CustomEvent("back"))}>
          ← ${localize(this.hass, "registry.back")}
        </button>
        <div class="card error" role="alert">${this.failure}</div>`;
    }
    const detail = this.detail;
    if (!detail) return html`<div class="muted">${localize(this.hass, "common.loading")}</div>`;
    const household = detail.household;
    const forms = this.forms;
    return html`
      <div class="head">
        <button class="back" @click=${() => this.dispatchEvent(new CustomEvent("back"))}>
          ← ${localize(this.hass, "registry.back")}
        </button>
        <h2 class="flat">${household.flat}</h2>
        ${household.tenure ? html`<span class="chip">${enumText(this.hass, "tenure", household.tenure)}</span>` : nothing}
        ${household.area_m2 ? html`<span class="muted">${household.area_m2} m²</span>` : nothing}
        <span class="spacer"></span>
        ${this.grant("registry_edit") === "all"
          ? html`<button @click=${() => this.open(forms.editHousehold())}>${localize(this.hass, "registry.action.edit")}</button>`
          : nothing}
        ${forms.mayMoveOutHousehold()
          ? html`<button class="danger move-out-all" @click=${() => this.open(forms.moveOut(null))}>
              ${localize(this.hass, "registry.action.move_out_all")}
            </button>`
          : nothing}
      </div>
      ${this.notice ? html`<div class="card notice" role="status">${this.notice}</div>` : nothing}
      <div class="grid">
        ${this.renderPeople(detail)} ${this.renderCards(detail)} ${this.renderVehicles(detail)}
        ${this.grant("visitor_pass")
          ? html`<cs-registry-visitors .hass=${this.hass} .compound=${this.compound} .householdId=${household.id}></cs-registry-visitors>`
          : nothing}
        ${this.renderUsage(detail)} ${this.renderActivity(detail)}
      </div>
      <cs-dialog .heading=${this.dialog?.heading ?? ""} .open=${this.dialog !== null} @closed=${() => (this.dialog = null)}>
        ${this.dialog
          ? html`<cs-registry-form
              .hass=${this.hass}
              .compound=${this.compound}
              .fields=${this.dialog.fields as FieldSpec[]}
              .initial=${this.dialog.values as Values}
              .submit=${this.dialog.submit}
              .submitLabel=${this.dialog.submitLabel ?? ""}
              @saved=${this.saved}
              @cancel=${() => (this.dialog = null)}
            ></cs-registry-form>`
          : nothing}
      </cs-dialog>
    `;
  }

  static styles = [
    sharedStyles,
    css`
      .head { display: flex; align-items: center; gap: 10px; flex-wrap: wrap; margin-bottom: 12px; }
      .head h2 { margin: 0; font-size: 22px; font-weight: 500; }
      .spacer { flex: 1; }
      .grid { grid-template-columns: repeat(auto-fit, minmax(360px, 1fr)); align-items: start; }
      :host([narrow]) .grid { grid-template-columns: 1fr; }
      .grid > * { margin-bottom: 0; }
      .card h2 { justify-content: space-between; }
      .card h2 button { font-size: 14px; font-weight: 400; }
      .list { list-style: none; margin: 0; padding: 0; }
      .list li { padding: 8px 0; border-bottom: 1px solid var(--divider-color, #e0e0e0); }
      .list li:last-child { border-bottom: none; }
      .list .main { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
      .list .actions { margin-top: 6px; }
      .scroll { overflow-x: auto; }
      .chip.status-lost, .chip.status-revoked { background: var(--error-color, #db4437); color: #fff; }
      .chip.warn-chip { background: var(--warning-color, #ffa600); color: #fff; }
      .notice { border-color: var(--warning-color, #ffa600); }
    `,
  ];
}
