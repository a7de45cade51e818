// A flat's electricity and water by month, drawn by Home Assistant's own statistics graph
// card (through the card helpers) from the long-term statistics the integration keeps.
import { LitElement, css, html } from "lit";
import { customElement, property } from "lit/decorators.js";
import { cardHelpers } from "../guard/card-helpers";
import { localize } from "../i18n";
import { sharedStyles } from "../styles";
import type { HomeAssistant, LovelaceCard } from "../types";

@customElement("cs-registry-chart")
export class RegistryChart extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ attribute: false }) statistics!: { electricity: string; water: string };
  @property() heading = "";
  private cards: LovelaceCard[] = [];
  private shownFor = "";

  updated(changed: Map<string, unknown>) {
    if (changed.has("statistics") && this.statistics && this.statistics.electricity !== this.shownFor) {
      void this.build();
    }
    for (const card of this.cards) card.hass = this.hass;
  }

  private async build() {
    this.shownFor = this.statistics.electricity;
    const helpers = await cardHelpers();
    if (!helpers) return;
    const holder = this.renderRoot.querySelector(".charts");
    if (!holder) return;
    this.cards = (["electricity", "water"] as const).map((kind) => {
      const card = helpers.createCardElement({
        type: "statistics-graph",
        title: localize(this.hass, `registry.chart.${kind}`),
        entities: [this.statistics[kind]],
        period: "month",
        chart_type: "bar",
        stat_types: ["change"],
        days_to_show: 365,
        hide_legend: true,
      });
      card.hass = this.hass;
      card.dataset.kind = kind;
      return card;
    });
    holder.replaceChildren(...this.cards);
  }

  render() {
    return html`<div class="charts"></div>`;
  }

  static styles = [
    sharedStyles,
    css`
      .charts { display: grid; gap: 12px; margin-top: 8px; }
    `,
  ];
}
