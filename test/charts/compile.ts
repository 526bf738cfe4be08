import { compile, type TopLevelSpec } from 'vega-lite';

/** What vega-lite's compiler said about a specification. */
export interface CompileReport {
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
  readonly info: readonly string[];
  /** The compiled Vega specification, when it compiled. */
  readonly vega: unknown;
}

const text = (args: readonly unknown[]): string => args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' ');

/**
 * Compiles a Vega-Lite specification with vega-lite's own compiler, capturing every message its
 * logger receives (and any error thrown) instead of printing them.
 */
export function compileSpec(spec: unknown): CompileReport {
  const errors: string[] = [];
  const warnings: string[] = [];
  const info: string[] = [];
  let level = 4;
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: unknown[]) {
      errors.push(text(args));
      return logger;
    },
    warn(...args: unknown[]) {
      warnings.push(text(args));
      return logger;
    },
    info(...args: unknown[]) {
      info.push(text(args));
      return logger;
    },
    debug() {
      return logger;
    },
  };
  let vega: unknown = null;
  try {
    // A JSON round trip: the chart functions promise plain JSON, so compile exactly that.
    vega = compile(JSON.parse(JSON.stringify(spec)) as TopLevelSpec, { logger }).spec;
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  }
  return { errors, warnings, info, vega };
}
