/** The demo report's budgets section. */
export function budgetsSection(): string {
  return '';
}
