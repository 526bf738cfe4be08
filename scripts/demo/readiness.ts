/** The demo report's readiness section. */
export function readinessSection(): string {
  return '';
}
