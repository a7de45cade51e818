// Swipe a card at a desk reader: pick the reader (remembered), tap, swipe; the UID comes
// back as a `uid` event. With `known`, a registered card is taken too (to find its holder).
import { LitElement, css, html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { errorText, localize } from "../i18n";
import { sharedStyles } from "../styles";
import type { Compound, HomeAssistant } from "../types";
import { call, subscribe } from "../ws";

const DESK_READER = "compound-security-desk-reader";
const readersOf = new Map<string, Promise<DeskReader[]>>();

interface DeskReader {
  id: string;
  name: string;
}

interface EnrolEvent {
  type: "read" | "timeout";
  uid?: string;
}

@customElement("cs-registry-swipe")
export class RegistrySwipe extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ attribute: false }) compound!: Compound;
  @property({ type: Boolean }) known = false;
  @property() label = "";
  @state() private readers: DeskReader[] = [];
  @state() private reader = localStorage.getItem(DESK_READER) ?? "";
  @state() private waiting = false;
  @state() private message = "";
  private stop?: () => Promise<void>;

  connectedCallback() {
    super.connectedCallback();
    void this.loadReaders();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    void this.cancel();
  }

  private async loadReaders() {
    const key = this.compound.config_entry_id;
    if (!readersOf.has(key)) {
      readersOf.set(
        key,
        call<{ access_points: DeskReader[] }>(this.hass, this.compound, "registry/desk_readers")
          .then((answer) => answer.access_points)
          .catch(() => []),
      );
    }
    this.readers = await readersOf.get(key)!;
    if (!this.readers.some((reader) => reader.id === this.reader)) this.reader = this.readers[0]?.id ?? "";
  }

  private choose(event: Event) {
    this.reader = (event.target as HTMLSelectElement).value;
    localStorage.setItem(DESK_READER, this.reader);
  }

  private async start() {
    await this.cancel();
    this.message = "";
    this.waiting = true;
    try {
      this.stop = await subscribe<EnrolEvent>(
        this.hass,
        this.compound,
        "enrol/subscribe",
        (event) => this.heard(event),
        { access_point: this.reader, known: this.known },
      );
    } catch (error) {
      this.waiting = false;
      this.message = await errorText(this.hass, error);
    }
  }

  private heard(event: EnrolEvent) {
    this.waiting = false;
    this.stop = undefined;
    if (event.type === "read" && event.uid) {
      this.dispatchEvent(new CustomEvent("uid", { detail: { uid: event.uid } }));
    } else {
      this.message = localize(this.hass, "registry.swipe.timeout");
    }
  }

  private async cancel() {
    const stop = this.stop;
    this.stop = undefined;
    this.waiting = false;
    if (stop) await stop().catch(() => undefined);
  }

  render() {
    if (!this.readers.length) return nothing;
    return html`<span class="swipe">
      ${this.readers.length > 1
        ? html`<select
            aria-label=${localize(this.hass, "registry.swipe.reader")}
            .value=${this.reader}
            @change=${this.choose}
          >
            ${this.readers.map(
              (reader) => html`<option value=${reader.id} ?selected=${reader.id === this.reader}>${reader.name}</option>`,
            )}
          </select>`
        : nothing}
      ${this.waiting
        ? html`<span class="waiting" role="status">${localize(this.hass, "registry.swipe.waiting")}</span>
            <button type="button" @click=${this.cancel}>${localize(this.hass, "common.cancel")}</button>`
        : html`<button type="button" class="start" @click=${this.start}>
            ${this.label || localize(this.hass, "registry.swipe.start")}
          </button>`}
      ${this.message ? html`<span class="muted">${this.message}</span>` : nothing}
    </span>`;
  }

  static styles = [
    sharedStyles,
    css`
      :host { display: inline-block; }
      .swipe { display: inline-flex; gap: 8px; align-items: center; flex-wrap: wrap; }
      .waiting { color: var(--primary-color); font-weight: 500; }
    `,
  ];
}
