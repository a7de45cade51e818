// <cs-watch-page>: the watch lists and the wanted list. The care watch (重点看护, with the
// directions reported and the family told) for managers and clerks (a resident: their own
// household); the police watch (重点人员) and the wanted list for the police and managers.
// A list the caller may not see is not shown at all.
import { LitElement, css, html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { enumText, errorText, localize } from "../i18n";
import { sharedStyles } from "../styles";
import type { Compound, HomeAssistant } from "../types";
import { call, may } from "../ws";
import { registerPage } from "./index";

interface Watched {
  person_id: string;
  name: string;
  role: string;
  household_id: string;
  flat: string | null;
  moved_out: string | null;
  directions: string;
  notify?: string[];
}

interface WatchLists {
  care: Watched[] | null;
  police: Watched[] | null;
}

interface Progress {
  done: number;
  total: number;
  finished: boolean;
  added?: number;
  matched?: number;
}

interface Matches {
  listed: number;
  matches: Omit<Watched, "directions">[];
  job: Progress | null;
}

interface ImportJob {
  job_id: string;
  numbers: number;
  invalid_rows: number[];
}

const POLL_MS = 1000;

/** The ID numbers of a file: one a line, or the `id_number` column of a CSV file. */
export function numbersOf(text: string): string[] {
  const lines = text.replace(/^\ufeff/, "").split(/\r?\n/).filter((line) => line.trim());
  if (!lines.length) return [];
  const header = lines[0].split(",").map((cell) => cell.trim().toLowerCase());
  const column = header.indexOf("id_number");
  if (column < 0) return lines.map((line) => line.split(",")[0].trim());
  return lines.slice(1).map((line) => (line.split(",")[column] ?? "").trim());
}

@customElement("cs-watch-page")
export class CsWatchPage extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ type: Boolean }) narrow = false;
  @property({ attribute: false }) compound!: Compound;
  @state() private lists?: WatchLists;
  @state() private wanted?: Matches;
  @state() private error: string | null = null;
  @state() private upload: string | null = null;
  @state() private uploading = false;

  protected firstUpdated() {
    void this.load();
  }

  private async load(jobId?: string) {
    try {
      const police = may(this.compound, "police_watch") && this.compound.may.police_watch === "all";
      const [lists, matches] = await Promise.all([
        call<WatchLists>(this.hass, this.compound, "watch/list"),
        police
          ? call<Matches>(this.hass, this.compound, "wanted/matches", jobId ? { job_id: jobId } : {})
          : Promise.resolve(undefined),
      ]);
      this.lists = lists;
      this.wanted = matches;
      this.error = null;
    } catch (err) {
      this.error = await errorText(this.hass, err);
    }
  }

  private async uploadFile(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const numbers = numbersOf(await file.text());
    input.value = "";
    this.uploading = true;
    try {
      const job = await call<ImportJob>(this.hass, this.compound, "wanted/import", { numbers });
      this.upload = localize(this.hass, "watch.uploaded", {
        numbers: job.numbers,
        invalid: job.invalid_rows.length,
      });
      // Hashing is slow on purpose: follow the job until it has checked every number.
      while (job.numbers > 0) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        await this.load(job.job_id);
        const progress = this.wanted?.job;
        if (!progress || progress.finished) break;
        this.upload = localize(this.hass, "watch.progress", { done: progress.done, total: progress.total });
      }
      const finished = this.wanted?.job;
      if (finished?.finished)
        this.upload = localize(this.hass, "watch.finished", {
          added: finished.added ?? 0,
          matched: finished.matched ?? 0,
          invalid: job.invalid_rows.length,
        });
    } catch (err) {
      this.upload = await errorText(this.hass, err);
    } finally {
      this.uploading = false;
    }
  }

  render() {
    const hass = this.hass;
    if (this.error) return html`<div class="card error" role="alert">${this.error}</div>`;
    if (!this.lists) return html`<div class="muted">${localize(hass, "common.loading")}</div>`;
    return html`
      ${this.lists.care !== null
        ? html`<div class="card" data-list="care">
            <h2>${localize(hass, "watch.care")}</h2>
            <p class="muted">${localize(hass, "watch.care_help")}</p>
            ${this.renderPeople(this.lists.care, true)}
          </div>`
        : nothing}
      ${this.lists.police !== null
        ? html`<div class="card" data-list="police">
            <h2>${localize(hass, "watch.police")}</h2>
            <p class="muted">${localize(hass, "watch.police_help")}</p>
            ${this.renderPeople(this.lists.police, false)}
          </div>`
        : nothing}
      ${this.wanted ? this.renderWanted(this.wanted) : nothing}
    `;
  }

  private renderPeople(people: Watched[], care: boolean) {
    const hass = this.hass;
    if (!people.length) return html`<div class="muted">${localize(hass, "watch.nobody")}</div>`;
    return html`<div class="scroll"><table>
      <thead>
        <tr>
          <th>${localize(hass, "watch.name")}</th>
          <th>${localize(hass, "watch.flat")}</th>
          <th>${localize(hass, "watch.directions")}</th>
          ${care ? html`<th>${localize(hass, "watch.notify")}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${people.map(
          (p) => html`<tr>
            <td>${p.name} <span class="muted">${enumText(hass, "person_role", p.role)}</span>
              ${p.moved_out ? html`<span class="chip">${localize(hass, "watch.moved_out")}</span>` : nothing}</td>
            <td>${p.flat ?? "—"}</td>
            <td>${enumText(hass, "direction", p.directions)}</td>
            ${care
              ? html`<td>${p.notify?.length ? p.notify.map((t) => html`<div>${t}</div>`) : html`<span class="muted">—</span>`}</td>`
              : nothing}
          </tr>`,
        )}
      </tbody>
    </table></div>`;
  }

  private renderWanted(matches: Matches) {
    const hass = this.hass;
    return html`<div class="card" data-list="wanted">
      <h2>${localize(hass, "watch.wanted")}</h2>
      <p class="muted">${localize(hass, "watch.wanted_listed", { count: matches.listed })}</p>
      <div class="row">
        <label class="button upload">
          ${localize(hass, this.uploading ? "watch.checking" : "watch.upload")}
          <input type="file" accept=".csv,.txt,text/csv,text/plain" ?disabled=${this.uploading} @change=${this.uploadFile} />
        </label>
        ${this.upload ? html`<span class="muted">${this.upload}</span>` : nothing}
      </div>
      <h3>${localize(hass, "watch.matches")}</h3>
      ${matches.matches.length
        ? html`<div class="scroll"><table>
            <thead><tr><th>${localize(hass, "watch.name")}</th><th>${localize(hass, "watch.flat")}</th></tr></thead>
            <tbody>
              ${matches.matches.map(
                (m) => html`<tr class="match"><td>${m.name} <span class="muted">${enumText(hass, "person_role", m.role)}</span></td><td>${m.flat ?? "—"}</td></tr>`,
              )}
            </tbody>
          </table></div>`
        : html`<div class="muted">${localize(hass, "watch.no_matches")}</div>`}
    </div>`;
  }

  static styles = [
    sharedStyles,
    css`
      .scroll { overflow-x: auto; }
      h3 { font-weight: 500; margin: 16px 0 8px; }
      label.button.upload {
        display: inline-flex; align-items: center; margin: 0; font-size: inherit;
        color: var(--primary-color, #03a9f4);
      }
      label.button.upload input { display: none; }
    `,
  ];
}

registerPage({ id: "watch", tag: "cs-watch-page", icon: "mdi:eye", operations: ["care_watch_set", "police_watch"] });
