// <cs-passage-feed>: today's passages at the compound's gates, newest first, then each new
// one as it happens; the flat, and the name where the role allows (the command decides).
import { css, html, nothing } from "lit";
import { customElement, state } from "lit/decorators.js";
import { enumText, errorText, localize } from "../i18n";
import { formatTime } from "../format";
import { sharedStyles } from "../styles";
import { guardStyles } from "./styles";
import { LiveSection } from "./live";
import type { PassageEvent, PassageView } from "./types";

const KEEP = 50;
const ON_A_PHONE = 8; // a phone shows the newest few: the page must not become a long list

@customElement("cs-passage-feed")
export class CsPassageFeed extends LiveSection<PassageEvent> {
  protected readonly command = "passages/subscribe";
  @state() private passages: PassageView[] = [];
  @state() private loaded = false;
  @state() private refused: string | null = null;
  @state() private expanded = false;

  protected received(message: PassageEvent) {
    const incoming = message.passages ?? [];
    this.passages = message.initial ? incoming : [...incoming, ...this.passages].slice(0, KEEP);
    this.loaded = true;
  }

  protected failed(err: unknown) {
    void errorText(this.hass, err).then((text) => (this.refused = text));
  }

  render() {
    const t = (key: string) => localize(this.hass, key);
    return html`<section class="card" data-section="passages">
      <h2>${t("guard.passages")}</h2>
      ${this.refused
        ? html`<div class="error">${this.refused}</div>`
        : !this.loaded
          ? html`<div class="muted">${t("common.loading")}</div>`
          : this.passages.length === 0
            ? html`<div class="muted">${t("guard.no_passages")}</div>`
            : html`<ul class="list scroll">
                  ${this.shown().map((passage) => this.renderPassage(passage))}
                </ul>
                ${this.shown().length < this.passages.length
                  ? html`<button class="more" @click=${() => (this.expanded = true)}>
                      ${localize(this.hass, "guard.show_all_passages", { count: this.passages.length })}
                    </button>`
                  : nothing}`}
    </section>`;
  }

  private shown(): PassageView[] {
    return this.narrow && !this.expanded ? this.passages.slice(0, ON_A_PHONE) : this.passages;
  }

  private renderPassage(passage: PassageView) {
    const e = (name: string, value: string) => enumText(this.hass, name, value);
    const who = [passage.household, passage.person].filter(Boolean).join(" · ");
    return html`<li class="passage" data-decision=${passage.decision}>
      <time datetime=${passage.time}>${formatTime(this.hass, passage.time, this.compound)}</time>
      <span class="chip ${passage.decision}">${e("decision", passage.decision)}</span>
      <span class="place">${passage.access_point ?? ""}</span>
      <span class="muted">
        ${passage.direction === "both" ? "" : `${e("direction", passage.direction)} · `}${e("credential", passage.credential)}
      </span>
      ${passage.decision === "denied"
        ? html`<span class="reason">${e("reason", passage.reason)}</span>`
        : nothing}
      <span class="who">${who}</span>
      ${passage.alarm_kinds.map((kind) => html`<span class="chip alarm">${e("alarm_kind", kind)}</span>`)}
    </li>`;
  }

  static styles = [
    sharedStyles,
    guardStyles,
    css`
      .passage { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; }
      .passage time { font-variant-numeric: tabular-nums; }
      .place { font-weight: 500; }
      .reason { color: var(--error-color, #db4437); }
      .who { margin-inline-start: auto; }
      :host([narrow]) .who { margin-inline-start: 0; width: 100%; }
      .more { margin-top: 8px; width: 100%; }
    `,
  ];
}
