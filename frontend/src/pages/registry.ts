// <cs-registry-page>: find a household by flat, name, phone, plate or card number (typed,
// or swiped at a desk reader), page through the answers, open a household; add a flat,
// import a CSV (previewed first), export the registry.
import { LitElement, css, html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { enumText, errorText, localize } from "../i18n";
import { sharedStyles } from "../styles";
import type { Compound, HomeAssistant } from "../types";
import { call } from "../ws";
import { registerPage } from "./index";
import { type SearchAnswer, type SearchRow, download } from "../components/registry-common";
import { type DialogSpec, newHousehold } from "../components/registry-dialogs";
import type { FieldSpec, Values } from "../components/registry-form";
import "../components/registry-form";
import "../components/registry-household";
import "../components/registry-import";
import "../components/registry-swipe";

registerPage({ id: "registry", tag: "cs-registry-page", icon: "mdi:account-group", operations: ["registry_view"] });

const DEBOUNCE_MS = 250;

@customElement("cs-registry-page")
export class RegistryPage extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ type: Boolean, reflect: true }) narrow = false;
  @property({ attribute: false }) compound!: Compound;
  @state() private query = "";
  @state() private offset = 0;
  @state() private answer?: SearchAnswer;
  @state() private failure = "";
  @state() private householdId: string | null = null;
  @state() private dialog: DialogSpec | null = null;
  @state() private importing = false;
  private timer?: number;
  private asked = 0;

  private get limit(): number {
    return this.narrow ? 20 : 50;
  }

  private get finds(): boolean {
    return this.compound.may.registry_view === "find";
  }

  connectedCallback() {
    super.connectedCallback();
    const params = new URLSearchParams(location.search);
    this.householdId = params.get("household");
    if (!this.finds) void this.search();
  }

  private typed(event: Event) {
    this.query = (event.target as HTMLInputElement).value;
    this.offset = 0;
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.search(), DEBOUNCE_MS);
  }

  private async search() {
    const ticket = ++this.asked;
    if (this.finds && !this.query.trim()) {
      this.answer = undefined;
      return;
    }
    try {
      const answer = await call<SearchAnswer>(this.hass, this.compound, "registry/search", {
        query: this.query,
        offset: this.offset,
        limit: this.limit,
      });
      if (ticket === this.asked) {
        this.answer = answer;
        this.failure = "";
      }
    } catch (error) {
      this.failure = await errorText(this.hass, error);
    }
  }

  private show(householdId: string | null) {
    this.householdId = householdId;
    const url = new URL(location.href);
    if (householdId) url.searchParams.set("household", householdId);
    else url.searchParams.delete("household");
    history.replaceState(null, "", url);
    if (!householdId) void this.search();
  }

  private async exportCsv() {
    try {
      const answer = await call<{ file_name: string; content: string }>(this.hass, this.compound, "registry/export");
      download(answer.file_name, answer.content);
    } catch (error) {
      this.failure = await errorText(this.hass, error);
    }
  }

  private renderRow(row: SearchRow) {
    return html`<li>
      <button class="result" data-flat=${row.flat} @click=${() => this.show(row.household_id)}>
        <span class="flat">${row.flat}</span>
        ${row.tenure ? html`<span class="chip">${enumText(this.hass, "tenure", row.tenure)}</span>` : nothing}
        <span class="people">${row.people.map((person) => person.name).join("、")}</span>
        ${row.people_count !== undefined && row.people_count > row.people.length
          ? html`<span class="muted">${localize(this.hass, "registry.more_people", { count: row.people_count - row.people.length })}</span>`
          : nothing}
        <span class="matches">
          ${row.matches.filter((match) => match !== "flat" && match !== "name").map(
            (match) => html`<span class="chip">${enumText(this.hass, "match", match)}</span>`,
          )}
        </span>
      </button>
    </li>`;
  }

  private renderSearch() {
    const may = this.compound.may;
    const answer = this.answer;
    return html`
      <div class="card search">
        <div class="row">
          <input
            class="query"
            type="search"
            autofocus
            enterkeyhint="search"
            aria-label=${localize(this.hass, "registry.search.label")}
            placeholder=${localize(this.hass, this.finds ? "registry.search.find_placeholder" : "registry.search.placeholder")}
            .value=${this.query}
            @input=${this.typed}
          />
          ${may.card_enrol
            ? html`<cs-registry-swipe
                known
                .hass=${this.hass}
                .compound=${this.compound}
                .label=${localize(this.hass, "registry.search.swipe")}
                @uid=${(event: CustomEvent<{ uid: string }>) => {
                  this.query = event.detail.uid;
                  this.offset = 0;
                  void this.search();
                }}
              ></cs-registry-swipe>`
            : nothing}
        </div>
        <div class="row tools">
          ${may.registry_edit === "all"
            ? html`<button class="add-household" @click=${() => (this.dialog = newHousehold(this.hass, this.compound, (id) => this.show(id)))}>
                ${localize(this.hass, "registry.action.add_household")}
              </button>`
            : nothing}
          ${may.registry_import ? html`<button class="import" @click=${() => (this.importing = true)}>${localize(this.hass, "registry.action.import")}</button>` : nothing}
          ${may.registry_view === "all" ? html`<button class="export" @click=${this.exportCsv}>${localize(this.hass, "registry.action.export")}</button>` : nothing}
        </div>
      </div>
      ${this.failure ? html`<div class="card error" role="alert">${this.failure}</div>` : nothing}
      ${answer
        ? html`<div class="card">
            <div class="muted total">${localize(this.hass, "registry.search.total", { total: answer.total })}</div>
            ${answer.results.length
              ? html`<ul class="results">${answer.results.map((row) => this.renderRow(row))}</ul>`
              : html`<div class="muted">${localize(this.hass, "registry.search.none")}</div>`}
            <cs-pager
              .hass=${this.hass}
              .offset=${answer.offset}
              .limit=${answer.limit}
              .total=${answer.total}
              @page=${(event: CustomEvent<{ offset: number }>) => {
                this.offset = event.detail.offset;
                void this.search();
              }}
            ></cs-pager>
          </div>`
        : this.finds
          ? html`<div class="card muted">${localize(this.hass, "registry.search.find_hint")}</div>`
          : nothing}
    `;
  }

  render() {
    return html`
      ${this.householdId
        ? html`<cs-registry-household
            .hass=${this.hass}
            .compound=${this.compound}
            .narrow=${this.narrow}
            .householdId=${this.householdId}
            @back=${() => this.show(null)}
          ></cs-registry-household>`
        : this.renderSearch()}
      <cs-dialog .heading=${this.dialog?.heading ?? ""} .open=${this.dialog !== null} @closed=${() => (this.dialog = null)}>
        ${this.dialog
          ? html`<cs-registry-form
              .hass=${this.hass}
              .compound=${this.compound}
              .fields=${this.dialog.fields as FieldSpec[]}
              .initial=${this.dialog.values as Values}
              .submit=${this.dialog.submit}
              @saved=${() => (this.dialog = null)}
              @cancel=${() => (this.dialog = null)}
            ></cs-registry-form>`
          : nothing}
      </cs-dialog>
      <cs-dialog .heading=${localize(this.hass, "registry.action.import")} .open=${this.importing} @closed=${() => (this.importing = false)}>
        ${this.importing
          ? html`<cs-registry-import
              .hass=${this.hass}
              .compound=${this.compound}
              @imported=${() => void this.search()}
              @cancel=${() => (this.importing = false)}
            ></cs-registry-import>`
          : nothing}
      </cs-dialog>
    `;
  }

  static styles = [
    sharedStyles,
    css`
      .search .row { flex-wrap: wrap; }
      .query { flex: 1; min-width: 200px; font-size: 16px; padding: 10px 12px; }
      .tools { margin-top: 10px; }
      .tools:empty { display: none; }
      .results { list-style: none; padding: 0; margin: 0; }
      .result {
        display: flex; gap: 10px; align-items: center; flex-wrap: wrap; width: 100%; text-align: start;
        border: none; border-bottom: 1px solid var(--divider-color, #e0e0e0); border-radius: 0;
        padding: 10px 4px; color: var(--primary-text-color); min-height: 48px;
      }
      .result:hover { background: var(--secondary-background-color, #f5f5f5); }
      .flat { font-weight: 500; min-width: 90px; }
      .people { flex: 1; color: var(--secondary-text-color); }
      .total { margin-bottom: 6px; }
    `,
  ];
}
