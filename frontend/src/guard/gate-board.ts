// <cs-gate-board>: every gate with its state, and open once / hold open / close. The list is
// asked again whenever a gate's lock entity changes state, so it follows the gates live.
import { LitElement, css, html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { enumText, errorText, localize } from "../i18n";
import { sharedStyles } from "../styles";
import type { Compound, HomeAssistant } from "../types";
import { call } from "../ws";
import { guardStyles } from "./styles";
import type { GateView } from "./types";

type Command = "open" | "hold_open" | "close";
const COMMANDS: Command[] = ["open", "hold_open", "close"];

@customElement("cs-gate-board")
export class CsGateBoard extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ attribute: false }) compound!: Compound;
  @property({ type: Boolean, reflect: true }) narrow = false;
  @state() private gates: GateView[] = [];
  @state() private loaded = false;
  @state() private failure: string | null = null;
  @state() private errors = new Map<string, string>();
  @state() private busy = new Set<string>();
  private seen = "";
  private loadedFor?: string;

  protected willUpdate() {
    if (!this.hass || !this.compound) return;
    const lockStates = this.lockStates();
    if (this.loadedFor !== this.compound.config_entry_id || lockStates !== this.seen) {
      this.seen = lockStates;
      this.loadedFor = this.compound.config_entry_id;
      void this.load();
    }
  }

  /** When each gate's lock entity last changed: a change means the list is stale. */
  private lockStates(): string {
    return this.gates
      .map((gate) => {
        const lock = gate.entity_id ? this.hass.states[gate.entity_id] : undefined;
        return (lock as { last_changed?: string } | undefined)?.last_changed ?? "";
      })
      .join();
  }

  private async load() {
    try {
      const answer = await call<{ gates: GateView[]; total: number }>(this.hass, this.compound, "gates/list");
      this.gates = answer.gates;
      this.seen = this.lockStates();
      this.failure = null;
    } catch (err) {
      this.failure = await errorText(this.hass, err);
    }
    this.loaded = true;
  }

  private async command(gate: GateView, command: Command) {
    const id = gate.access_point_id;
    this.busy = new Set(this.busy).add(id);
    const errors = new Map(this.errors);
    errors.delete(id);
    this.errors = errors;
    try {
      const changed = await call<GateView>(this.hass, this.compound, "gates/command", {
        access_point_id: id,
        command,
      });
      this.gates = this.gates.map((g) => (g.access_point_id === id ? changed : g));
    } catch (err) {
      this.errors = new Map(this.errors).set(id, await errorText(this.hass, err));
    } finally {
      const busy = new Set(this.busy);
      busy.delete(id);
      this.busy = busy;
    }
  }

  render() {
    const t = (key: string) => localize(this.hass, key);
    return html`<section class="card" data-section="gates">
      <h2>${t("guard.gates")}</h2>
      ${this.failure
        ? html`<div class="error">${this.failure}</div>`
        : !this.loaded
          ? html`<div class="muted">${t("common.loading")}</div>`
          : this.gates.length === 0
            ? html`<div class="muted">${t("guard.no_gates")}</div>`
            : html`<ul class="list">${this.gates.map((gate) => this.renderGate(gate))}</ul>`}
    </section>`;
  }

  private renderGate(gate: GateView) {
    const t = (key: string) => localize(this.hass, key);
    const error = this.errors.get(gate.access_point_id);
    const busy = this.busy.has(gate.access_point_id);
    return html`<li class="gate" data-gate=${gate.access_point_id} data-state=${gate.state}>
      <div class="head">
        <strong>${gate.name}</strong>
        <span class="muted">${enumText(this.hass, "zone", gate.zone)}</span>
        <span class="chip gate-${gate.state}">${enumText(this.hass, "gate_state", gate.state)}</span>
        ${gate.fire_hold ? html`<span class="chip alarm">${t("guard.fire_hold")}</span>` : nothing}
        ${gate.available ? nothing : html`<span class="chip warn">${t("guard.gate_unavailable")}</span>`}
      </div>
      <div class="row">
        ${COMMANDS.map(
          (command) => html`<button
            data-command=${command}
            class=${command === "open" ? "primary" : ""}
            ?disabled=${busy}
            @click=${() => this.command(gate, command)}
          >
            ${enumText(this.hass, "gate_command", command)}
          </button>`,
        )}
      </div>
      ${error ? html`<div class="error" role="alert">${error}</div>` : nothing}
    </li>`;
  }

  static styles = [
    sharedStyles,
    guardStyles,
    css`
      .gate { display: flex; flex-direction: column; gap: 6px; }
      .head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
      .chip.gate-open, .chip.gate-held_open { background: var(--warning-color, #ffa600); color: #fff; }
      .chip.gate-closed { background: var(--success-color, #43a047); color: #fff; }
      .chip.warn { background: var(--warning-color, #ffa600); color: #fff; }
      :host([narrow]) .row button { flex: 1; }
    `,
  ];
}
