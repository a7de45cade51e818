// The console's pages in tab order. A page is shown to a caller whose grants include any
// of its operations (the commands it calls check again). Each page module defines its tag.

export interface PageSpec {
  id: string;
  /** The element, `cs-<id>-page`, with properties hass, narrow, compound. */
  tag: string;
  icon: string;
  operations: string[];
  /** Shown only to a caller linked to a person (their own household's page). */
  needsPerson?: boolean;
}

export const PAGES: PageSpec[] = [];

export function registerPage(page: PageSpec): void {
  PAGES.push(page);
}
