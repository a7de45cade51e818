// <cs-home-page>: "My home", a resident's own household on their phone: the people and their
// cards (report one lost), the vehicles (one big lock toggle each, the last passage, a theft
// alarm with its snapshot and "It is me" / "Stop it"), relatives on the care watch, visitors,
// and the public cameras live. Shown to residents and to staff linked to a person; every
// `home/*` command answers about the caller's own household only.
import { LitElement, css, html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import "../components/home-visitors";
import type { VisitorGate } from "../components/home-visitors";
import { formatDateTime } from "../format";
import { cardHelpers, liveCameraCard, signedSnapshot } from "../guard/card-helpers";
import { enumText, errorText, localize } from "../i18n";
import { sharedStyles } from "../styles";
import type { Compound, HomeAssistant, LovelaceCard } from "../types";
import { call } from "../ws";
import { registerPage } from "./index";

registerPage({
  id: "home",
  tag: "cs-home-page",
  icon: "mdi:home-heart",
  operations: ["registry_view"],
  needsPerson: true,
});

interface Passage {
  time: string;
  access_point: string | null;
  direction: string;
  decision: string;
  reason: string;
}

interface HomeAlarm {
  alarm_id: string;
  kind: string;
  time: string;
  state: string;
  access_point: string | null;
  person_id: string | null;
  vehicle_id: string | null;
  snapshot: string | null;
  actions: string[];
}

interface Overview {
  flat: string;
  people: { person_id: string; name: string; role: string }[];
  cards: { card_id: string; person_id: string; uid: string; card_type: string; status: string }[];
  vehicles: {
    vehicle_id: string;
    person_id: string;
    kind: string;
    plate: string | null;
    locked: boolean;
    last_passage: Passage | null;
  }[];
  family: { person_id: string; name: string; passages: Passage[]; alarms: HomeAlarm[] }[];
  alarms: HomeAlarm[];
  visitor_gates: VisitorGate[];
}

interface PublicCamera {
  camera_id: string;
  name: string;
  entity_id: string;
}

const SIGNED_FOR_S = 300;

@customElement("cs-home-page")
export class CsHomePage extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ type: Boolean, reflect: true }) narrow = false;
  @property({ attribute: false }) compound!: Compound;
  @state() private home?: Overview;
  @state() private cameras: PublicCamera[] = [];
  @state() private message = "";
  @state() private busy = false;
  @state() private pictures = new Map<string, string>();
  private liveCards = new Map<string, LovelaceCard>();
  private loadedFor?: string;

  protected willUpdate() {
    if (this.hass && this.compound && this.loadedFor !== this.compound.config_entry_id) {
      this.loadedFor = this.compound.config_entry_id;
      void this.load();
      void this.loadCameras();
    }
    for (const card of this.liveCards.values()) card.hass = this.hass;
  }

  private async load() {
    try {
      this.home = await call<Overview>(this.hass, this.compound, "home/overview");
      for (const alarm of this.home.alarms) void this.sign(alarm);
    } catch (error) {
      this.message = await errorText(this.hass, error);
    }
  }

  /** Snapshots are served only with a login: sign the path for the <img>. */
  private async sign(alarm: HomeAlarm) {
    if (!alarm.snapshot || this.pictures.has(alarm.alarm_id)) return;
    const path = await signedSnapshot(this.hass, alarm.snapshot, SIGNED_FOR_S);
    if (path) this.pictures = new Map(this.pictures).set(alarm.alarm_id, path);
  }

  private async loadCameras() {
    try {
      const answer = await call<{ cameras: PublicCamera[] }>(this.hass, this.compound, "home/cameras");
      this.cameras = answer.cameras;
      const helpers = await cardHelpers();
      if (!helpers) return;
      for (const camera of this.cameras) {
        if (this.liveCards.has(camera.entity_id)) continue;
        this.liveCards.set(camera.entity_id, liveCameraCard(helpers, this.hass, camera.entity_id));
      }
      this.requestUpdate();
    } catch (error) {
      this.message = await errorText(this.hass, error);
    }
  }

  private async act(command: string, params: Record<string, unknown>, done?: string) {
    this.busy = true;
    try {
      await call(this.hass, this.compound, command, params);
      this.message = done ? localize(this.hass, done) : "";
      await this.load();
    } catch (error) {
      this.message = await errorText(this.hass, error);
    }
    this.busy = false;
  }

  private reportLost(cardId: string) {
    if (!window.confirm(localize(this.hass, "home.household.confirm_lost"))) return;
    void this.act("card/report_lost", { card_id: cardId }, "home.household.reported");
  }

  render() {
    const t = (key: string, params?: Record<string, unknown>) => localize(this.hass, key, params);
    if (!this.home)
      return html`${this.message
        ? html`<div class="card error">${this.message}</div>`
        : html`<div class="muted">${t("common.loading")}</div>`}`;
    const home = this.home;
    return html`
      ${this.message ? html`<div class="card status" role="status">${this.message}</div>` : nothing}
      ${this.renderHousehold(home)} ${this.renderVehicles(home)} ${this.renderFamily(home)}
      <cs-home-visitors .hass=${this.hass} .compound=${this.compound} .gates=${home.visitor_gates}></cs-home-visitors>
      ${this.renderCameras()}
    `;
  }

  private renderHousehold(home: Overview) {
    const t = (key: string, params?: Record<string, unknown>) => localize(this.hass, key, params);
    return html`<section class="card" data-section="household">
      <h2>${t("home.household.title")} <span class="chip">${home.flat}</span></h2>
      <ul class="list">
        ${home.people.map(
          (person) => html`<li data-person=${person.person_id}>
            <div class="head">
              <strong>${person.name}</strong>
              <span class="chip">${enumText(this.hass, "person_role", person.role)}</span>
            </div>
            ${home.cards
              .filter((card) => card.person_id === person.person_id)
              .map(
                (card) => html`<div class="item" data-card=${card.card_id} data-status=${card.status}>
                  <span>${enumText(this.hass, "card_type", card.card_type)} ·${card.uid.slice(-4)}</span>
                  <span class="chip status-${card.status}">${enumText(this.hass, "card_status", card.status)}</span>
                  ${card.status === "active"
                    ? html`<button class="danger" ?disabled=${this.busy} @click=${() => this.reportLost(card.card_id)}>
                        ${t("home.household.report_lost")}
                      </button>`
                    : nothing}
                </div>`,
              )}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderVehicles(home: Overview) {
    const t = (key: string, params?: Record<string, unknown>) => localize(this.hass, key, params);
    return html`<section class="card" data-section="vehicles">
      <h2>${t("home.vehicles.title")}</h2>
      ${home.vehicles.length === 0 ? html`<div class="muted">${t("home.vehicles.none")}</div>` : nothing}
      ${home.vehicles.map((vehicle) => {
        const last = vehicle.last_passage;
        const thefts = home.alarms.filter((alarm) => alarm.vehicle_id === vehicle.vehicle_id);
        return html`<div class="vehicle" data-vehicle=${vehicle.vehicle_id} data-locked=${vehicle.locked}>
          <div class="head">
            <strong>${enumText(this.hass, "vehicle_kind", vehicle.kind)}</strong>
            ${vehicle.plate ? html`<span>${vehicle.plate}</span>` : nothing}
            <span class="chip ${vehicle.locked ? "denied" : "granted"}">
              ${t(vehicle.locked ? "home.vehicles.locked" : "home.vehicles.unlocked")}
            </span>
          </div>
          <button
            class="lock ${vehicle.locked ? "" : "primary"}"
            role="switch"
            aria-checked=${vehicle.locked ? "true" : "false"}
            ?disabled=${this.busy}
            @click=${() => this.act("home/vehicle_lock", { vehicle_id: vehicle.vehicle_id, locked: !vehicle.locked })}
          >
            ${t(vehicle.locked ? "home.vehicles.unlock" : "home.vehicles.lock")}
          </button>
          <div class="muted last">
            ${last
              ? html`${t("home.vehicles.last", { time: formatDateTime(this.hass, last.time, this.compound), gate: last.access_point ?? "" })}
                  <span class="chip ${last.decision}">${enumText(this.hass, "reason", last.reason)}</span>`
              : t("home.vehicles.never")}
          </div>
          ${thefts.map((alarm) => this.renderTheft(alarm))}
        </div>`;
      })}
    </section>`;
  }

  private renderTheft(alarm: HomeAlarm) {
    const t = (key: string, params?: Record<string, unknown>) => localize(this.hass, key, params);
    const picture = this.pictures.get(alarm.alarm_id);
    const press = (action: string) => this.act("home/alarm_button", { alarm_id: alarm.alarm_id, action });
    return html`<div class="theft" data-alarm=${alarm.alarm_id} data-state=${alarm.state}>
      <div class="head">
        <span class="chip alarm">${enumText(this.hass, "alarm_kind", alarm.kind)}</span>
        <span>${formatDateTime(this.hass, alarm.time, this.compound)} · ${alarm.access_point ?? ""}</span>
      </div>
      ${picture ? html`<img src=${picture} alt=${t("home.vehicles.snapshot")} />` : nothing}
      <div class="buttons">
        ${alarm.actions.includes("its_me")
          ? html`<button class="primary" data-action="its_me" ?disabled=${this.busy} @click=${() => press("its_me")}>${t("home.vehicles.its_me")}</button>`
          : nothing}
        ${alarm.actions.includes("stop_it")
          ? html`<button class="danger" data-action="stop_it" ?disabled=${this.busy} @click=${() => press("stop_it")}>${t("home.vehicles.stop_it")}</button>`
          : nothing}
      </div>
    </div>`;
  }

  private renderFamily(home: Overview) {
    if (home.family.length === 0) return nothing;
    const t = (key: string, params?: Record<string, unknown>) => localize(this.hass, key, params);
    const when = (iso: string) => formatDateTime(this.hass, iso, this.compound);
    return html`<section class="card" data-section="family">
      <h2>${t("home.family.title")}</h2>
      ${home.family.map(
        (relative) => html`<div class="relative" data-person=${relative.person_id}>
          <strong>${relative.name}</strong>
          ${relative.alarms.map(
            (alarm) => html`<div class="item"><span class="chip alarm">${enumText(this.hass, "alarm_kind", alarm.kind)}</span>
              ${when(alarm.time)} · ${alarm.access_point ?? ""}</div>`,
          )}
          <ul class="list passages">
            ${relative.passages.length === 0
              ? html`<li class="muted">${t("home.family.no_passages")}</li>`
              : relative.passages.map(
                  (passage) => html`<li class="passage">
                    ${when(passage.time)} · ${passage.access_point ?? ""} ·
                    ${enumText(this.hass, "direction", passage.direction)}
                    <span class="chip ${passage.decision}">${enumText(this.hass, "decision", passage.decision)}</span>
                  </li>`,
                )}
          </ul>
        </div>`,
      )}
    </section>`;
  }

  private renderCameras() {
    const t = (key: string) => localize(this.hass, key);
    return html`<section class="card" data-section="cameras">
      <h2>${t("home.cameras.title")}</h2>
      ${this.cameras.length === 0 ? html`<div class="muted">${t("home.cameras.none")}</div>` : nothing}
      ${this.cameras.map(
        (camera) => html`<div class="camera" data-camera=${camera.camera_id}>
          <div>${camera.name}</div>
          ${this.liveCards.get(camera.entity_id) ?? nothing}
        </div>`,
      )}
    </section>`;
  }

  static styles = [
    sharedStyles,
    css`
      :host { max-width: 640px; margin: 0 auto; }
      .list { list-style: none; margin: 0; padding: 0; }
      .list > li { padding: 8px 0; border-bottom: 1px solid var(--divider-color, #e0e0e0); }
      .list > li:last-child { border-bottom: none; }
      .head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
      .item { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-top: 6px; }
      .item button { margin-inline-start: auto; min-height: 44px; }
      .vehicle { padding: 8px 0; }
      button.lock { width: 100%; min-height: 56px; font-size: 18px; border-radius: 28px; margin: 10px 0 6px; }
      .theft { border: 1px solid var(--error-color, #db4437); border-radius: 8px; padding: 10px; margin-top: 8px; }
      .theft img { width: 100%; border-radius: 6px; margin-top: 8px; }
      .buttons { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; margin-top: 8px; }
      .buttons button { min-height: 48px; font-size: 16px; }
      .chip.status-active { background: var(--success-color, #43a047); color: #fff; }
      .chip.status-lost, .chip.status-revoked { background: var(--error-color, #db4437); color: #fff; }
      .relative { padding: 6px 0; }
      .passages { font-size: 14px; }
      .camera { margin-top: 8px; }
      .status { border-color: var(--primary-color, #03a9f4); }
    `,
  ];
}
