// One form for the registry's records: fields from a list, each refusal shown next to
// its field, an ID number checked as it is typed (with the wanted-list result for the
// roles that may see it), and a card's UID filled by a swipe at the desk reader.
import { LitElement, css, html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { enumText, errorText, localize } from "../i18n";
import { sharedStyles } from "../styles";
import type { Compound, HomeAssistant } from "../types";
import { call } from "../ws";
import { fieldErrors, type IdCheck } from "./registry-common";
import "./registry-swipe";

export interface FieldSpec {
  name: string;
  kind: "text" | "number" | "date" | "select" | "id_number" | "uid" | "tel";
  /** For selects: the enum whose words label the options, and the values offered. */
  enumName?: string;
  options?: string[];
  /** For selects whose options are ids: what to show for each. */
  labels?: Record<string, string>;
  required?: boolean;
}

export type Values = Record<string, string>;

const ID_NUMBER_LENGTH = 18;

@customElement("cs-registry-form")
export class RegistryForm extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ attribute: false }) compound!: Compound;
  @property({ attribute: false }) fields: FieldSpec[] = [];
  /** What the fields start with (set again only with a new object: a new form). */
  @property({ attribute: false }) initial: Values = {};
  @state() private values: Values = {};
  /** Stores the values; throws the command's refusal. */
  @property({ attribute: false }) submit?: (values: Values) => Promise<unknown>;
  @property() submitLabel = "";
  @state() private errors: Record<string, string> = {};
  @state() private idCheck?: IdCheck;
  @state() private busy = false;
  private checking = 0;

  willUpdate(changed: Map<string, unknown>) {
    // Lit sets an object property on every render of the parent; Lit's own check keeps
    // the same object from counting as a change, so typing survives Home Assistant's updates.
    if (changed.has("initial")) {
      this.values = { ...this.initial };
      this.errors = {};
      this.idCheck = undefined;
    }
  }

  private set(name: string, value: string) {
    this.values = { ...this.values, [name]: value };
    if (this.errors[name]) this.errors = { ...this.errors, [name]: "" };
  }

  private async checkIdNumber(value: string) {
    const typed = value.replace(/\s/g, "");
    const ticket = ++this.checking;
    if (typed.length < ID_NUMBER_LENGTH) {
      this.idCheck = undefined;
      return;
    }
    try {
      const answer = await call<IdCheck>(this.hass, this.compound, "person/check_id", { id_number: typed });
      if (ticket === this.checking) this.idCheck = answer;
    } catch (error) {
      if (ticket === this.checking) this.errors = { ...this.errors, id_number: await errorText(this.hass, error) };
    }
  }

  private async save(event: Event) {
    event.preventDefault();
    if (!this.submit || this.busy) return;
    const missing = this.fields.filter((field) => field.required && !this.values[field.name]?.trim());
    if (missing.length) {
      this.errors = Object.fromEntries(missing.map((field) => [field.name, localize(this.hass, "registry.form.required")]));
      return;
    }
    this.busy = true;
    this.errors = {};
    try {
      await this.submit(this.values);
      this.dispatchEvent(new CustomEvent("saved"));
    } catch (error) {
      this.errors = await fieldErrors(this.hass, error);
    } finally {
      this.busy = false;
    }
  }

  private idHint() {
    const check = this.idCheck;
    if (!check) return nothing;
    if (!check.valid) {
      return html`<div class="error" role="alert" data-id-check="invalid">
        ${localize(this.hass, `registry.id_check.${check.reason ?? "id_number_invalid"}`)}
      </div>`;
    }
    const wanted = check.wanted;
    return html`<div class="ok" data-id-check="valid">${localize(this.hass, "registry.id_check.valid")}</div>
      ${wanted
        ? html`<div class=${wanted === "not_listed" ? "ok" : "error wanted"} role="status" data-wanted=${wanted}>
            ${localize(this.hass, `registry.wanted.${wanted}`)}
          </div>`
        : nothing}`;
  }

  private input(field: FieldSpec) {
    const value = this.values[field.name] ?? "";
    const onInput = (event: Event) => {
      const text = (event.target as HTMLInputElement).value;
      this.set(field.name, text);
      if (field.kind === "id_number") void this.checkIdNumber(text);
    };
    switch (field.kind) {
      case "select":
        return html`<select name=${field.name} .value=${value} @change=${onInput}>
          ${field.options?.map(
            (option) => html`<option value=${option} ?selected=${option === value}>
              ${field.labels?.[option] ?? enumText(this.hass, field.enumName ?? field.name, option)}
            </option>`,
          )}
        </select>`;
      case "uid":
        return html`<div class="uid">
          <input name=${field.name} .value=${value} @input=${onInput} autocomplete="off" />
          <cs-registry-swipe
            .hass=${this.hass}
            .compound=${this.compound}
            @uid=${(event: CustomEvent<{ uid: string }>) => this.set(field.name, event.detail.uid)}
          ></cs-registry-swipe>
        </div>`;
      default:
        return html`<input
          name=${field.name}
          type=${field.kind === "number" ? "number" : field.kind === "date" ? "date" : field.kind === "tel" ? "tel" : "text"}
          inputmode=${field.kind === "id_number" ? "text" : field.kind === "tel" ? "tel" : nothing}
          autocomplete="off"
          .value=${value}
          @input=${onInput}
        />`;
    }
  }

  render() {
    const formError = this.errors[""];
    return html`<form @submit=${this.save}>
      ${this.fields.map(
        (field) => html`<cs-field
          data-field=${field.name}
          .label=${localize(this.hass, `registry.field.${field.name}`) + (field.required ? " *" : "")}
          .error=${this.errors[field.name] || null}
        >
          ${this.input(field)} ${field.kind === "id_number" ? this.idHint() : nothing}
        </cs-field>`,
      )}
      ${formError ? html`<div class="error" role="alert">${formError}</div>` : nothing}
      <div class="actions">
        <button type="button" @click=${() => this.dispatchEvent(new CustomEvent("cancel"))}>
          ${localize(this.hass, "common.cancel")}
        </button>
        <button type="submit" class="primary save" ?disabled=${this.busy}>
          ${this.submitLabel || localize(this.hass, "common.save")}
        </button>
      </div>
    </form>`;
  }

  static styles = [
    sharedStyles,
    css`
      cs-field { display: block; }
      .uid { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
      .uid input { flex: 1; min-width: 140px; }
      .wanted { font-weight: 600; }
      .actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 12px; }
      .error, .ok { font-size: 13px; margin-top: 4px; }
    `,
  ];
}
