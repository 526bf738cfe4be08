/** The demo report's incentives section. */
export function incentivesSection(): string {
  return '';
}
