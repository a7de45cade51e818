// <cs-camera-health>: every camera with its health, offline since, repair deadline and
// whether that has passed (overdue repairs first, as the command orders them); with `live`,
// each public camera is shown live through Home Assistant's picture-entity card, and each
// other one (no entity: residents may not watch it) as a picture from the console's own
// role-checked camera view, for the roles that may watch it.
import { css, html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { errorText, localize } from "../i18n";
import { formatDateTime } from "../format";
import { sharedStyles } from "../styles";
import type { LovelaceCard } from "../types";
import { call } from "../ws";
import { cardHelpers, liveCameraCard } from "./card-helpers";
import "./camera-still";
import { PolledSection } from "./polled";
import { guardStyles } from "./styles";
import type { CameraView } from "./types";

@customElement("cs-camera-health")
export class CsCameraHealth extends PolledSection {
  /** Show each camera live (the cameras page), not only its health (the guard room). */
  @property({ type: Boolean }) live = false;
  @state() private cameras: CameraView[] = [];
  @state() private loaded = false;
  @state() private failure: string | null = null;
  private liveCards = new Map<string, LovelaceCard>();

  protected willUpdate(changed: Map<string, unknown>) {
    super.willUpdate(changed);
    for (const card of this.liveCards.values()) card.hass = this.hass;
  }

  protected async load() {
    try {
      const answer = await call<{ cameras: CameraView[] }>(this.hass, this.compound, "cameras/list");
      this.cameras = answer.cameras;
      this.failure = null;
      if (this.live) await this.makeLiveCards();
    } catch (err) {
      this.failure = await errorText(this.hass, err);
    }
    this.loaded = true;
  }

  /** Home Assistant's own camera card, live, for each public camera (the others: stills). */
  private async makeLiveCards() {
    const helpers = await cardHelpers();
    if (!helpers) return;
    for (const camera of this.cameras) {
      if (!camera.public || !camera.entity_id || this.liveCards.has(camera.entity_id)) continue;
      this.liveCards.set(camera.entity_id, liveCameraCard(helpers, this.hass, camera.entity_id));
    }
    this.requestUpdate();
  }

  render() {
    const t = (key: string, params?: Record<string, unknown>) => localize(this.hass, key, params);
    const offline = this.cameras.filter((camera) => camera.online === false).length;
    return html`<section class="card" data-section="cameras">
      <h2>
        ${t("cameras.health")}
        ${offline ? html`<span class="chip alarm">${t("cameras.offline_count", { count: offline })}</span>` : nothing}
      </h2>
      ${this.failure
        ? html`<div class="error">${this.failure}</div>`
        : !this.loaded
          ? html`<div class="muted">${t("common.loading")}</div>`
          : this.cameras.length === 0
            ? html`<div class="muted">${t("cameras.none")}</div>`
            : html`<ul class="list ${this.live ? "live" : ""}">${this.cameras.map((camera) => this.renderCamera(camera))}</ul>`}
    </section>`;
  }

  private renderCamera(camera: CameraView) {
    const t = (key: string, params?: Record<string, unknown>) => localize(this.hass, key, params);
    const health = camera.online === null ? "unknown" : camera.online ? "online" : "offline";
    const card = this.live && camera.public && camera.entity_id ? this.liveCards.get(camera.entity_id) : undefined;
    const still = this.live && !camera.public && this.compound.may.camera_private !== undefined;
    return html`<li class="camera" data-camera=${camera.camera_id} data-health=${health}>
      <div class="head">
        <strong>${camera.name}</strong>
        <span class="chip health-${health}">${t(`cameras.${health}`)}</span>
        ${camera.overdue ? html`<span class="chip alarm">${t("cameras.overdue")}</span>` : nothing}
        <span class="chip" data-audience>${t(camera.public ? "cameras.public" : "cameras.staff_only")}</span>
      </div>
      ${camera.access_points.length
        ? html`<div class="muted">${camera.access_points.join(" · ")}</div>`
        : nothing}
      ${camera.offline_since
        ? html`<div class="muted">
            ${t("cameras.offline_since", { time: formatDateTime(this.hass, camera.offline_since, this.compound) })}
            · ${t("cameras.repair_by", { time: formatDateTime(this.hass, camera.repair_deadline, this.compound) })}
          </div>`
        : nothing}
      ${card ? html`<div class="live-view">${card}</div>` : nothing}
      ${still
        ? html`<div class="live-view" data-still>
            <cs-camera-still .hass=${this.hass} .cameraId=${camera.camera_id} .name=${camera.name}></cs-camera-still>
          </div>`
        : nothing}
    </li>`;
  }

  static styles = [
    sharedStyles,
    guardStyles,
    css`
      .head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
      .chip.health-online { background: var(--success-color, #43a047); color: #fff; }
      .chip.health-offline { background: var(--error-color, #db4437); color: #fff; }
      .list.live { display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); }
      .list.live > li { border-bottom: none; }
      .live-view { margin-top: 8px; }
      :host([narrow]) .list.live { grid-template-columns: 1fr; }
    `,
  ];
}
