// Looks shared by the guard room's sections.
import { css } from "lit";

export const guardStyles = css`
  .list { list-style: none; margin: 0; padding: 0; }
  .list > li { padding: 10px 0; border-bottom: 1px solid var(--divider-color, #e0e0e0); }
  .list > li:last-child { border-bottom: none; }
  .card h2 .chip { font-size: 13px; }
  .scroll { max-height: 520px; overflow-y: auto; }
  :host([narrow]) .scroll { max-height: none; }
`;
