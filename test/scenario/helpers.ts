import type { Explanation } from '../../src/index.js';

/** Every rule id in an explanation tree, depth first. */
export function rulesOf(explanation: Explanation): string[] {
  return [explanation.rule, ...explanation.children.flatMap(rulesOf)];
}

/** Every parameter id read anywhere in an explanation tree. */
export function parametersOf(explanation: Explanation): string[] {
  return [...explanation.parameters.map((reading) => reading.id), ...explanation.children.flatMap(parametersOf)];
}
