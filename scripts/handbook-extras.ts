/**
 * Area pages for the policy handbook (rules, frameworks), added as the areas publish catalogues.
 */
export interface HandbookPage {
  /** File name under docs/handbook/. */
  readonly file: string;
  /** The page, as Markdown with YAML front matter giving its title. */
  readonly render: () => string;
}

export const handbookExtras: readonly HandbookPage[] = [];
