// A labelled input with its error shown beneath it, in the user's language.
import { LitElement, css, html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import { sharedStyles } from "../styles";

@customElement("cs-field")
export class CsField extends LitElement {
  @property() label = "";
  @property() error: string | null = null;
  @property() hint: string | null = null;

  render() {
    return html`<label>${this.label}</label>
      <slot></slot>
      ${this.error ? html`<div class="error" role="alert">${this.error}</div>` : nothing}
      ${this.hint && !this.error ? html`<div class="muted">${this.hint}</div>` : nothing}`;
  }

  static styles = [
    sharedStyles,
    css`
      :host { margin-bottom: 12px; }
      ::slotted(input), ::slotted(select), ::slotted(textarea) { width: 100%; }
      .error, .muted { font-size: 13px; margin-top: 4px; }
    `,
  ];
}
