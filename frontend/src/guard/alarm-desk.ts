// <cs-alarm-desk>: the alarms not closed yet, newest first, with time, place, what happened,
// whom it is about (as the role allows) and the snapshot; acknowledge or close one with a note.
import { css, html, nothing } from "lit";
import { customElement, state } from "lit/decorators.js";
import { enumText, errorText, localize } from "../i18n";
import { formatTime } from "../format";
import { sharedStyles } from "../styles";
import { call } from "../ws";
import { guardStyles } from "./styles";
import { LiveSection } from "./live";
import { signedSnapshot } from "./card-helpers";
import type { AlarmEvent, AlarmView } from "./types";

type Action = "acknowledge" | "close";
const SIGNED_FOR_S = 3600;

@customElement("cs-alarm-desk")
export class CsAlarmDesk extends LiveSection<AlarmEvent> {
  protected readonly command = "alarms/subscribe";
  @state() private alarms = new Map<string, AlarmView>();
  @state() private total = 0;
  @state() private loaded = false;
  @state() private refused: string | null = null;
  @state() private handling?: { alarm: AlarmView; action: Action };
  @state() private note = "";
  @state() private error: string | null = null;
  @state() private busy = false;
  @state() private enlarged?: AlarmView;
  @state() private pictures = new Map<string, string>();

  protected received(message: AlarmEvent) {
    const alarms = message.initial ? new Map<string, AlarmView>() : new Map(this.alarms);
    for (const alarm of message.alarms ?? []) {
      if (alarm.state === "closed") alarms.delete(alarm.alarm_id);
      else alarms.set(alarm.alarm_id, alarm as AlarmView);
    }
    if (message.initial) this.total = message.total ?? alarms.size;
    else this.total = Math.max(alarms.size, this.total + alarms.size - this.alarms.size);
    this.alarms = alarms;
    this.loaded = true;
    for (const alarm of alarms.values()) void this.sign(alarm);
  }

  protected failed(err: unknown) {
    void errorText(this.hass, err).then((text) => (this.refused = text));
  }

  /** Snapshots are served only with a login: sign the path for the <img>. */
  private async sign(alarm: AlarmView) {
    if (!alarm.snapshot || this.pictures.has(alarm.alarm_id)) return;
    const path = await signedSnapshot(this.hass, alarm.snapshot, SIGNED_FOR_S);
    if (path) this.pictures = new Map(this.pictures).set(alarm.alarm_id, path);
  }

  private get newestFirst(): AlarmView[] {
    return [...this.alarms.values()].sort((a, b) => b.time.localeCompare(a.time));
  }

  /** Whether the role may handle this alarm (a resident: only their own vehicle's theft). */
  private mayHandle(alarm: AlarmView): boolean {
    const grant = this.compound.may.alarm_handle;
    if (grant === "own_vehicle_theft") return alarm.kind === "vehicle_theft";
    return grant !== undefined;
  }

  private open(alarm: AlarmView, action: Action) {
    this.handling = { alarm, action };
    this.note = alarm.note ?? "";
    this.error = null;
  }

  private async handle() {
    if (!this.handling) return;
    this.busy = true;
    this.error = null;
    try {
      const { alarm, action } = this.handling;
      const note = this.note.trim();
      const changed = await call<AlarmView | null>(this.hass, this.compound, "alarms/handle", {
        alarm_id: alarm.alarm_id,
        action,
        ...(note ? { note } : {}),
      });
      if (changed) this.received({ alarms: [changed] });
      this.handling = undefined;
    } catch (err) {
      this.error = await errorText(this.hass, err);
    } finally {
      this.busy = false;
    }
  }

  render() {
    const t = (key: string, params?: Record<string, unknown>) => localize(this.hass, key, params);
    const alarms = this.newestFirst;
    return html`<section class="card" data-section="alarms">
        <h2>
          ${t("guard.alarms")}
          ${alarms.length ? html`<span class="chip alarm">${alarms.length}</span>` : nothing}
        </h2>
        ${this.refused
          ? html`<div class="error">${this.refused}</div>`
          : !this.loaded
            ? html`<div class="muted">${t("common.loading")}</div>`
            : alarms.length === 0
              ? html`<div class="muted">${t("guard.no_alarms")}</div>`
              : html`<ul class="list">
                  ${alarms.map((alarm) => this.renderAlarm(alarm))}
                </ul>`}
        ${this.total > alarms.length
          ? html`<div class="muted">${t("guard.more_alarms", { shown: alarms.length, total: this.total })}</div>`
          : nothing}
      </section>
      ${this.renderHandleDialog()} ${this.renderPicture()}`;
  }

  private renderAlarm(alarm: AlarmView) {
    const t = (key: string, params?: Record<string, unknown>) => localize(this.hass, key, params);
    const picture = this.pictures.get(alarm.alarm_id);
    const who = [alarm.household, alarm.person].filter(Boolean).join(" · ");
    return html`<li class="alarm ${alarm.severity}" data-alarm=${alarm.alarm_id} data-kind=${alarm.kind}>
      ${picture
        ? html`<button class="thumb" title=${t("guard.enlarge")} @click=${() => (this.enlarged = alarm)}>
            <img src=${picture} alt=${t("guard.snapshot")} loading="lazy" />
          </button>`
        : html`<div class="thumb none" aria-hidden="true"></div>`}
      <div class="body">
        <div class="line">
          <strong class="kind">${enumText(this.hass, "alarm_kind", alarm.kind)}</strong>
          ${alarm.count > 1 ? html`<span class="chip">×${alarm.count}</span>` : nothing}
          <span class="chip state-${alarm.state}">${enumText(this.hass, "alarm_state", alarm.state)}</span>
        </div>
        <div class="line muted">
          <time datetime=${alarm.time}>${formatTime(this.hass, alarm.time, this.compound)}</time>
          ${alarm.access_point ? html`<span>${alarm.access_point}</span>` : nothing}
          ${alarm.camera ? html`<span class="camera">${alarm.camera}</span>` : nothing}
          ${alarm.building ? html`<span class="building">${t("guard.building", { building: alarm.building })}</span>` : nothing}
          ${who ? html`<span class="who">${who}</span>` : nothing}
        </div>
        ${alarm.note ? html`<div class="note">${t("guard.note_shown", { note: alarm.note })}</div>` : nothing}
        ${this.mayHandle(alarm)
          ? html`<div class="row actions">
              ${alarm.state === "open"
                ? html`<button class="primary" data-action="acknowledge" @click=${() => this.open(alarm, "acknowledge")}>
                    ${t("guard.acknowledge")}
                  </button>`
                : nothing}
              <button data-action="close" @click=${() => this.open(alarm, "close")}>${t("guard.close_alarm")}</button>
            </div>`
          : nothing}
      </div>
    </li>`;
  }

  private renderHandleDialog() {
    if (!this.handling) return nothing;
    const t = (key: string, params?: Record<string, unknown>) => localize(this.hass, key, params);
    const { alarm, action } = this.handling;
    return html`<cs-dialog
      open
      heading=${action === "acknowledge" ? t("guard.acknowledge_heading") : t("guard.close_heading")}
      @closed=${() => (this.handling = undefined)}
    >
      <p>
        ${enumText(this.hass, "alarm_kind", alarm.kind)} · ${formatTime(this.hass, alarm.time, this.compound)}
        ${alarm.access_point ? html` · ${alarm.access_point}` : nothing}
      </p>
      <cs-field .label=${t("guard.note")} .error=${this.error}>
        <textarea
          name="note"
          rows="3"
          maxlength="500"
          .value=${this.note}
          @input=${(e: Event) => (this.note = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </cs-field>
      <button slot="actions" @click=${() => (this.handling = undefined)}>${t("common.cancel")}</button>
      <button slot="actions" class="primary" data-action="confirm" ?disabled=${this.busy} @click=${this.handle}>
        ${action === "acknowledge" ? t("guard.acknowledge") : t("guard.close_alarm")}
      </button>
    </cs-dialog>`;
  }

  private renderPicture() {
    const alarm = this.enlarged;
    const picture = alarm && this.pictures.get(alarm.alarm_id);
    if (!alarm || !picture) return nothing;
    const t = (key: string) => localize(this.hass, key);
    return html`<cs-dialog
      open
      heading=${`${enumText(this.hass, "alarm_kind", alarm.kind)} · ${formatTime(this.hass, alarm.time, this.compound)}`}
      @closed=${() => (this.enlarged = undefined)}
    >
      <img class="large" src=${picture} alt=${t("guard.snapshot")} />
      <button slot="actions" @click=${() => (this.enlarged = undefined)}>${t("common.close")}</button>
    </cs-dialog>`;
  }

  static styles = [
    sharedStyles,
    guardStyles,
    css`
      .alarm { display: flex; gap: 12px; align-items: flex-start; }
      .alarm.critical .kind { color: var(--error-color, #db4437); }
      .thumb { padding: 0; border: none; border-radius: 6px; overflow: hidden; flex: none; width: 96px; height: 72px; }
      .thumb img { width: 100%; height: 100%; object-fit: cover; display: block; }
      .thumb.none { background: var(--secondary-background-color, #eee); }
      .body { flex: 1; min-width: 0; }
      .line { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
      .note { margin-top: 4px; font-size: 14px; }
      .actions { margin-top: 8px; }
      .chip.state-open { background: var(--error-color, #db4437); color: #fff; }
      .chip.state-acknowledged { background: var(--warning-color, #ffa600); color: #fff; }
      img.large { width: 100%; height: auto; border-radius: 8px; }
      textarea { width: 100%; }
      :host([narrow]) .thumb { width: 72px; height: 54px; }
    `,
  ];
}
