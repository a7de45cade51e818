// A section that follows one of the guard room's subscriptions while it is on the page:
// it subscribes once it has hass and a compound, again when the compound changes or the
// integration ends the subscription (a reload), and unsubscribes when it leaves the page.
import { LitElement } from "lit";
import { property } from "lit/decorators.js";
import type { Compound, HomeAssistant } from "../types";
import { subscribe } from "../ws";

const RESUBSCRIBE_AFTER_MS = 3000;

export abstract class LiveSection<T extends { ended?: boolean }> extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ attribute: false }) compound!: Compound;
  @property({ type: Boolean, reflect: true }) narrow = false;

  protected abstract readonly command: string;
  protected abstract received(message: T): void;

  private unsubscribe?: Promise<() => Promise<void>>;
  private following?: string;
  private retry?: number;

  connectedCallback() {
    super.connectedCallback();
    if (this.hass && this.compound) this.follow();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stop();
  }

  protected willUpdate(changed: Map<string, unknown>) {
    if (this.hass && this.compound && this.following !== this.compound.config_entry_id) this.follow();
    super.willUpdate(changed);
  }

  private follow() {
    this.stop();
    this.following = this.compound.config_entry_id;
    this.unsubscribe = subscribe<T>(this.hass, this.compound, this.command, (message) => {
      if (message.ended) {
        this.following = undefined;
        this.retry = window.setTimeout(() => this.isConnected && this.follow(), RESUBSCRIBE_AFTER_MS);
        return;
      }
      this.received(message);
    });
    this.unsubscribe.catch((err: unknown) => this.failed(err));
  }

  private stop() {
    window.clearTimeout(this.retry);
    const unsubscribe = this.unsubscribe;
    this.unsubscribe = undefined;
    this.following = undefined;
    unsubscribe?.then((stop) => stop()).catch(() => undefined);
  }

  /** The subscription was refused or failed. */
  protected failed(_err: unknown): void {}
}
