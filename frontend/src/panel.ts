// <compound-security-panel>: the sidebar panel. Finds which compounds the user is someone in
// and with which grants, then shows the pages those grants open, one compound at a time.
import { LitElement, css, html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { unsafeStatic, html as staticHtml } from "lit/static-html.js";
import { enumText, loadErrorTexts, localize } from "./i18n";
import { PAGES, type PageSpec } from "./pages/index";
import { sharedStyles } from "./styles";
import type { Compound, ConsoleInfo, HomeAssistant } from "./types";
import { call } from "./ws";

const CHOSEN_COMPOUND = "compound-security-compound";

interface Route {
  prefix: string;
  path: string;
}

@customElement("compound-security-panel")
export class CompoundSecurityPanel extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ type: Boolean, reflect: true }) narrow = false;
  @property({ attribute: false }) route?: Route;
  @state() private info?: ConsoleInfo;
  @state() private failed = false;
  @state() private compoundId: string | null = localStorage.getItem(CHOSEN_COMPOUND);

  protected firstUpdated() {
    void this.load();
  }

  private async load() {
    this.failed = false;
    try {
      const [info] = await Promise.all([
        call<ConsoleInfo>(this.hass, null, "console/info"),
        loadErrorTexts(this.hass),
      ]);
      this.info = info;
    } catch {
      this.failed = true;
    }
  }

  private get compound(): Compound | undefined {
    const compounds = this.info?.compounds ?? [];
    return compounds.find((c) => c.config_entry_id === this.compoundId) ?? compounds[0];
  }

  private pagesFor(compound: Compound): PageSpec[] {
    return PAGES.filter(
      (page) =>
        page.operations.some((operation) => operation in compound.may) &&
        (!page.needsPerson || compound.person_id !== null),
    );
  }

  private get pageId(): string | undefined {
    return this.route?.path.split("/").filter(Boolean)[0];
  }

  private navigate(page: string) {
    const path = `${this.route?.prefix ?? "/compound-security"}/${page}`;
    history.pushState(null, "", path);
    window.dispatchEvent(new CustomEvent("location-changed", { detail: { replace: false } }));
  }

  private chooseCompound(event: Event) {
    this.compoundId = (event.target as HTMLSelectElement).value;
    localStorage.setItem(CHOSEN_COMPOUND, this.compoundId);
  }

  private toggleMenu() {
    this.dispatchEvent(new CustomEvent("hass-toggle-menu", { bubbles: true, composed: true }));
  }

  render() {
    const compound = this.compound;
    const pages = compound ? this.pagesFor(compound) : [];
    const current = pages.find((page) => page.id === this.pageId) ?? pages[0];
    return html`
      <header>
        ${this.narrow
          ? html`<button class="menu" aria-label="menu" @click=${this.toggleMenu}>☰</button>`
          : nothing}
        <h1>${localize(this.hass, "common.title")}</h1>
        ${this.info && this.info.compounds.length > 1
          ? html`<select aria-label=${localize(this.hass, "common.compound")} @change=${this.chooseCompound}>
              ${this.info.compounds.map(
                (c) => html`<option value=${c.config_entry_id} ?selected=${c === compound}>${c.title}</option>`,
              )}
            </select>`
          : compound
            ? html`<span class="compound">${compound.title}</span>`
            : nothing}
        ${compound
          ? html`<span class="chip role">${enumText(this.hass, "role", compound.role)}</span>`
          : nothing}
      </header>
      ${pages.length > 1
        ? html`<nav role="tablist">
            ${pages.map(
              (page) => html`<a
                role="tab"
                href="${this.route?.prefix ?? "/compound-security"}/${page.id}"
                aria-selected=${page === current ? "true" : "false"}
                data-page=${page.id}
                @click=${(event: Event) => {
                  event.preventDefault();
                  this.navigate(page.id);
                }}
                >${localize(this.hass, `page.${page.id}`)}</a
              >`,
            )}
          </nav>`
        : nothing}
      <main>${this.renderBody(compound, current)}</main>
    `;
  }

  private renderBody(compound: Compound | undefined, page: PageSpec | undefined) {
    if (this.failed)
      return html`<div class="card error">
        ${localize(this.hass, "common.failed")}
        <button @click=${this.load}>${localize(this.hass, "common.retry")}</button>
      </div>`;
    if (!this.info) return html`<div class="muted">${localize(this.hass, "common.loading")}</div>`;
    if (!compound) return html`<div class="card">${localize(this.hass, "common.no_access")}</div>`;
    if (!page) return html`<div class="card">${localize(this.hass, "common.refused_page")}</div>`;
    const tag = unsafeStatic(page.tag);
    return staticHtml`<${tag} .hass=${this.hass} .narrow=${this.narrow} .compound=${compound}></${tag}>`;
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        background: var(--primary-background-color, #fafafa);
        min-height: 100vh;
      }
      header {
        display: flex;
        align-items: center;
        gap: 12px;
        padding: 0 16px;
        height: 56px;
        background: var(--app-header-background-color, var(--primary-color, #03a9f4));
        color: var(--app-header-text-color, #fff);
      }
      header h1 { font-size: 20px; font-weight: 400; margin: 0; }
      header .compound { opacity: 0.9; }
      header select { background: transparent; color: inherit; border-color: currentColor; }
      header .chip.role { margin-inline-start: auto; background: rgba(255, 255, 255, 0.2); color: inherit; }
      .menu { border: none; color: inherit; font-size: 20px; padding: 0 8px; }
      nav {
        display: flex;
        overflow-x: auto;
        background: var(--app-header-background-color, var(--primary-color, #03a9f4));
        padding: 0 8px;
        scrollbar-width: none;
      }
      nav a {
        color: var(--app-header-text-color, #fff);
        opacity: 0.75;
        text-decoration: none;
        padding: 10px 14px;
        white-space: nowrap;
        border-bottom: 2px solid transparent;
      }
      nav a[aria-selected="true"] { opacity: 1; border-bottom-color: currentColor; }
      main { padding: 16px; max-width: 1400px; margin: 0 auto; }
      :host([narrow]) main { padding: 8px; }
      :host([narrow]) header h1 { font-size: 17px; }
    `,
  ];
}
