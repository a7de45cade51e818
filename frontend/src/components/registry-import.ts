// Registry CSV import from the browser: pick a file, see every bad row with its line and
// reason before anything is stored, then store it all (or nothing, as the import does).
import { LitElement, css, html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { errorText, fill, localize, loadErrorTexts } from "../i18n";
import { sharedStyles } from "../styles";
import type { Compound, HomeAssistant } from "../types";
import { call } from "../ws";

interface ImportAnswer {
  valid: boolean;
  stored?: boolean;
  rows: number;
  good_rows: number;
  errors: Array<{ line: number; code: string; placeholders: Record<string, string> }>;
  counts?: Record<string, number>;
}

@customElement("cs-registry-import")
export class RegistryImport extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ attribute: false }) compound!: Compound;
  @state() private fileName = "";
  @state() private preview?: ImportAnswer;
  @state() private texts: Record<string, string> = {};
  @state() private message = "";
  @state() private busy = false;
  private content = "";

  private async pick(event: Event) {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    this.fileName = file.name;
    this.content = await file.text();
    this.preview = undefined;
    this.message = "";
    await this.run("import/preview");
  }

  private async run(command: "import/preview" | "import/commit") {
    this.busy = true;
    try {
      const [answer, texts] = await Promise.all([
        call<ImportAnswer>(this.hass, this.compound, command, { kind: "registry", content: this.content }),
        loadErrorTexts(this.hass),
      ]);
      this.texts = texts;
      this.preview = answer;
      if (answer.stored) {
        this.message = localize(this.hass, "registry.import.stored", answer.counts ?? {});
        this.dispatchEvent(new CustomEvent("imported"));
      }
    } catch (error) {
      this.message = await errorText(this.hass, error);
    } finally {
      this.busy = false;
    }
  }

  private reason(code: string, placeholders: Record<string, string>): string {
    const text = this.texts[`component.compound_security.exceptions.${code}.message`];
    return text ? fill(text, placeholders) : code;
  }

  render() {
    const preview = this.preview;
    return html`<div class="import">
      <p class="muted">${localize(this.hass, "registry.import.help")}</p>
      <label class="button pick">
        ${localize(this.hass, "registry.import.choose")}
        <input type="file" accept=".csv,text/csv" @change=${this.pick} />
      </label>
      ${this.fileName ? html`<span class="muted">${this.fileName}</span>` : nothing}
      ${this.busy ? html`<div class="muted">${localize(this.hass, "registry.import.checking")}</div>` : nothing}
      ${preview && !preview.stored
        ? html`<div class="summary" data-good=${preview.good_rows} data-bad=${preview.errors.length}>
            ${localize(this.hass, "registry.import.summary", {
              file: this.fileName,
              good: preview.good_rows,
              bad: preview.errors.length,
            })}
          </div>`
        : nothing}
      ${preview?.errors.length
        ? html`<table class="errors">
            <thead><tr><th>${localize(this.hass, "registry.import.line")}</th><th>${localize(this.hass, "registry.import.reason")}</th></tr></thead>
            <tbody>
              ${preview.errors.map(
                (error) => html`<tr data-line=${error.line}><td>${error.line}</td><td>${this.reason(error.code, error.placeholders)}</td></tr>`,
              )}
            </tbody>
          </table>`
        : nothing}
      ${this.message ? html`<div class="message" role="status">${this.message}</div>` : nothing}
      <div class="actions">
        <button @click=${() => this.dispatchEvent(new CustomEvent("cancel"))}>${localize(this.hass, "common.close")}</button>
        <button
          class="primary commit"
          ?disabled=${!preview?.valid || preview.stored || this.busy}
          @click=${() => this.run("import/commit")}
        >
          ${preview && !preview.valid
            ? localize(this.hass, "registry.import.fix_first")
            : localize(this.hass, "registry.import.commit", { count: preview?.good_rows ?? 0 })}
        </button>
      </div>
    </div>`;
  }

  static styles = [
    sharedStyles,
    css`
      .summary { margin: 12px 0; font-weight: 500; }
      .pick { display: inline-flex; align-items: center; margin: 0 8px 0 0; color: var(--primary-color); font-size: inherit; }
      .pick input { position: absolute; width: 1px; height: 1px; opacity: 0; }
      .errors { max-height: 50vh; display: block; overflow: auto; }
      .errors td:first-child { width: 60px; }
      .message { margin-top: 8px; }
      .actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 16px; }
    `,
  ];
}
