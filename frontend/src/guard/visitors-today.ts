// <cs-visitors-today>: today's expected visitors, for the flat they visit.
import { css, html } from "lit";
import { customElement, state } from "lit/decorators.js";
import { errorText, localize } from "../i18n";
import { formatTime } from "../format";
import { sharedStyles } from "../styles";
import { call } from "../ws";
import { PolledSection } from "./polled";
import { guardStyles } from "./styles";
import type { VisitorView } from "./types";

@customElement("cs-visitors-today")
export class CsVisitorsToday extends PolledSection {
  @state() private visitors: VisitorView[] = [];
  @state() private loaded = false;
  @state() private failure: string | null = null;


  protected async load() {
    try {
      const answer = await call<{ visitors: VisitorView[] }>(this.hass, this.compound, "visitors/today");
      this.visitors = answer.visitors;
      this.failure = null;
    } catch (err) {
      this.failure = await errorText(this.hass, err);
    }
    this.loaded = true;
  }

  render() {
    const t = (key: string, params?: Record<string, unknown>) => localize(this.hass, key, params);
    return html`<section class="card" data-section="visitors">
      <h2>${t("guard.visitors")}</h2>
      ${this.failure
        ? html`<div class="error">${this.failure}</div>`
        : !this.loaded
          ? html`<div class="muted">${t("common.loading")}</div>`
          : this.visitors.length === 0
            ? html`<div class="muted">${t("guard.no_visitors")}</div>`
            : html`<ul class="list">
                ${this.visitors.map(
                  (visitor) => html`<li class="visitor">
                    <strong>${visitor.name || t("guard.visitor_unnamed")}</strong>
                    <span>${visitor.household ?? ""}</span>
                    <span class="muted">
                      ${t("guard.visitor_window", {
                        from: formatTime(this.hass, visitor.valid_from, this.compound),
                        until: formatTime(this.hass, visitor.valid_until, this.compound),
                      })}
                      · ${t("guard.entries_left", { count: visitor.entries_left })}
                    </span>
                  </li>`,
                )}
              </ul>`}
    </section>`;
  }

  static styles = [
    sharedStyles,
    guardStyles,
    css`
      .visitor { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; }
    `,
  ];
}
