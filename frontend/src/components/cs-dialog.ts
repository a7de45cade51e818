// A modal dialog on the native <dialog> element (focus trap and Escape come with it).
import { LitElement, css, html } from "lit";
import { customElement, property, query } from "lit/decorators.js";
import { sharedStyles } from "../styles";

@customElement("cs-dialog")
export class CsDialog extends LitElement {
  @property() heading = "";
  @property({ type: Boolean, reflect: true }) open = false;
  @query("dialog") private dialog!: HTMLDialogElement;

  updated(changed: Map<string, unknown>) {
    if (!changed.has("open")) return;
    if (this.open && !this.dialog.open) this.dialog.showModal();
    if (!this.open && this.dialog.open) this.dialog.close();
  }

  private closed() {
    this.open = false;
    this.dispatchEvent(new CustomEvent("closed"));
  }

  render() {
    return html`<dialog @close=${this.closed}>
      <h2>${this.heading}</h2>
      <slot></slot>
      <div class="actions"><slot name="actions"></slot></div>
    </dialog>`;
  }

  static styles = [
    sharedStyles,
    css`
      dialog {
        border: none; border-radius: 12px; padding: 20px; max-width: min(560px, 92vw); width: 100%;
        background: var(--card-background-color, #fff); color: var(--primary-text-color);
        box-sizing: border-box;
      }
      dialog::backdrop { background: rgba(0, 0, 0, 0.4); }
      h2 { margin: 0 0 12px; font-size: 18px; font-weight: 500; }
      .actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 16px; flex-wrap: wrap; }
    `,
  ];
}
