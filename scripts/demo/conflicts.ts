/** The demo report's conflicts section. */
export function conflictsSection(): string {
  return '';
}
