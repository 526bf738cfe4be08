/// <reference types="node" />
/**
 * `npm run bench`: the national year, end to end, on a production build. It first builds `dist/`
 * with tsup (no type declarations), then generates England (8,433 practices, 152 PCTs, 10 SHAs; seed
 * 2008, 2008/09) as plain JSON, and times, each phase in a fresh process, importing the library from
 * `dist/`:
 *
 * - `validate`: `ScenarioAreaSchema` over the national input;
 * - `on`: `evaluateArea` with explanations (validating the input, then everything it does); after
 *   the timed runs, the size of the result as JSON;
 * - `off`: the same with `explanations: false` (and the size of that result);
 * - `compare`: `compareScenarios`, the baseline against the elective real-budget reform;
 * - `reference`: the plain-`number` reference of the same arithmetic (`bench/reference.ts`);
 * - `pct`, `sha`, `double`: `evaluateArea` with explanations on one PCT (5A0), one SHA (Q30) and a
 *   synthetic double England (England and a renamed copy of it, seed 2009), for the cost per practice;
 * - `cold`: the wall time of `import` of the root entry point in a fresh `node`, over bare `node`.
 *
 * Each timed phase runs once to warm up and then `BENCH_RUNS` times (default 5); the report gives
 * the medians, the ratios to the reference, the peak RSS of each process and the targets, and checks
 * the reference's totals against the library's (the bench fails when they disagree). With `--json`
 * the last line of the output is one JSON object with every measure. `BENCH_RUNS=1` for a quick look;
 * `BENCH_SKIP=double,compare` to leave phases out.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import type * as Library from '../src/index.js';
import type * as PolicyModule from '../src/policy/index.js';
import type * as SchemasModule from '../src/schemas/index.js';
import type * as TestingModule from '../src/testing/index.js';
import { referenceEvaluation } from './reference.js';

const SEED = 2008;
const YEAR = '2008/09';
const AS_OF = '2009-06-30';
const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 5));
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const PHASES = ['validate', 'on', 'off', 'compare', 'reference', 'pct', 'sha', 'double'] as const;
type Phase = (typeof PHASES)[number];
const SKIP = new Set((process.env['BENCH_SKIP'] ?? '').split(',').filter((name) => name !== ''));

interface PhaseResult {
  readonly phase: Phase;
  readonly practices: number;
  readonly runs: readonly number[];
  readonly median: number;
  /** Median CPU time (user + system, all threads of the process) per run, in ms: less sensitive than wall time to other processes on the machine. */
  readonly cpuMedian: number;
  /** Peak resident set size of the process after the first (warm-up) call: building the input and one call, in MB. */
  readonly peakRssMb: number;
  /** Peak resident set size after all the calls, in MB (garbage from earlier calls not yet collected counts too). */
  readonly peakRssAllRunsMb: number;
  /** RSS once the input was built, before the first timed call, in MB. */
  readonly inputRssMb: number;
  /** The result as JSON, in characters (phase `on` only). */
  readonly jsonChars: number | null;
  readonly totals: Record<string, number> | null;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function load<T>(entry: string): Promise<T> {
  return (await import(pathToFileURL(join(DIST, `${entry}.js`)).href)) as T;
}

/** England and a copy of it (seed 2009) with every practice, PCT, group and case renamed: about 16,900 practices in 304 PCTs. */
function doubleEngland(generate: typeof TestingModule.generateArea): unknown {
  const first = generate({ seed: SEED, scope: 'england', financialYear: YEAR });
  const second = generate({ seed: SEED + 1, scope: 'england', financialYear: YEAR });
  // Each practice code of the copy gets a fresh code no practice of England has (Z00001, Z00002, …).
  const taken = new Set(first.practices.map((practice) => practice.code));
  const renamed = new Map<string, string>();
  let next = 0;
  for (const practice of second.practices) {
    let code: string;
    do {
      next += 1;
      code = `${String.fromCharCode(90 - Math.floor(next / 100_000))}${String(next % 100_000).padStart(5, '0')}`;
    } while (taken.has(code));
    renamed.set(practice.code, code);
  }
  const copy = JSON.stringify(second)
    .replace(/"([A-Z]\d{5})"/g, (match, code: string) => (renamed.has(code) ? `"${renamed.get(code)!}"` : match))
    // PCT codes 5xx become 7xx (also inside ids).
    .replace(/(?<![A-Za-z0-9])5([A-Z][A-Z0-9])(?![A-Za-z0-9])/g, '7$1');
  const renamedCopy = JSON.parse(copy) as typeof first;
  return { ...first, id: 'england-twice', pcts: [...first.pcts, ...renamedCopy.pcts], practices: [...first.practices, ...renamedCopy.practices], groups: [...(first.groups ?? []), ...(renamedCopy.groups ?? [])], businessCases: [...(first.businessCases ?? []), ...(renamedCopy.businessCases ?? [])] };
}

async function runPhase(phase: Phase): Promise<PhaseResult> {
  const library = await load<typeof Library>('index');
  const { baselinePolicy, realBudgetsForElectiveCareReform } = await load<typeof PolicyModule>('policy');
  const { ScenarioAreaSchema } = await load<typeof SchemasModule>('schemas');
  const { generateArea } = await load<typeof TestingModule>('testing');
  // The input as a caller would have it: plain JSON, read from a file or a database.
  const generated =
    phase === 'pct'
      ? generateArea({ seed: SEED, scope: { pct: '5A0' }, financialYear: YEAR })
      : phase === 'sha'
        ? generateArea({ seed: SEED, scope: { sha: 'Q30' }, financialYear: YEAR })
        : phase === 'double'
          ? doubleEngland(generateArea)
          : generateArea({ seed: SEED, scope: 'england', financialYear: YEAR });
  const area = JSON.parse(JSON.stringify(generated)) as Library.EvaluateAreaInput;
  const inputRssMb = process.memoryUsage().rss / 2 ** 20;
  let totals: Record<string, number> | null = null;
  let last: unknown = null;
  const once = (): void => {
    switch (phase) {
      case 'validate': {
        const parsed = ScenarioAreaSchema.safeParse(area);
        if (!parsed.success) throw new Error(`the national input is invalid: ${parsed.error.message}`);
        break;
      }
      case 'on':
      case 'off':
      case 'pct':
      case 'sha':
      case 'double': {
        const result = library.evaluateArea(area, { policy: baselinePolicy, asOf: AS_OF, explanations: phase !== 'off' });
        totals = { ...result.totals, explanations: result.explanations === null ? 0 : Object.keys(result.explanations.records).length };
        last = phase === 'on' || phase === 'off' ? result : null;
        break;
      }
      case 'compare': {
        const result = library.compareScenarios(area, { policy: baselinePolicy, reform: realBudgetsForElectiveCareReform, asOf: AS_OF });
        totals = { changes: result.changes.length, practicesChanged: result.summary.practicesChanged };
        break;
      }
      case 'reference':
        totals = { ...referenceEvaluation(area, { policy: baselinePolicy, asOf: AS_OF }) };
        break;
    }
  };
  once();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const runs: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    last = null;
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    once();
    const used = process.cpuUsage(cpuStarted);
    runs.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  const peakRssAllRunsMb = process.resourceUsage().maxRSS / 1024;
  const jsonChars = last === null ? null : JSON.stringify(last).length;
  return { phase, practices: area.practices.length, runs, median: median(runs), cpuMedian: median(cpu), peakRssMb, peakRssAllRunsMb, inputRssMb, jsonChars, totals };
}

function inChild(phase: Phase): PhaseResult {
  const output = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--phase', phase], {
    encoding: 'utf8',
    env: { ...process.env, BENCH_RUNS: String(RUNS) },
    maxBuffer: 16 * 2 ** 20,
  });
  const line = output.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as PhaseResult;
}

/** One fresh `node -e <code>`: its wall time and the CPU time (user + system) it used, in ms. */
function nodeStart(code: string): { readonly wall: number; readonly cpu: number } {
  const started = performance.now();
  const report = 'const u = process.cpuUsage(); process.stdout.write(String((u.user + u.system) / 1000));';
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', `${code}\n${report}`], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node -e ${code} failed: ${result.stderr}`);
  return { wall: performance.now() - started, cpu: Number(result.stdout) };
}

/** Cold start: a fresh node importing the root entry point, over a fresh bare node (interleaved, medians of wall and CPU time). */
function coldStart(): { readonly bareMs: number; readonly importMs: number; readonly overBareMs: number; readonly overBareCpuMs: number } {
  const entry = JSON.stringify(pathToFileURL(join(DIST, 'index.js')).href);
  const bare: { wall: number; cpu: number }[] = [];
  const loaded: { wall: number; cpu: number }[] = [];
  for (let run = 0; run < Math.max(7, RUNS * 2 + 1); run += 1) {
    bare.push(nodeStart(''));
    loaded.push(nodeStart(`await import(${entry});`));
  }
  const bareMs = median(bare.map((entry) => entry.wall));
  const importMs = median(loaded.map((entry) => entry.wall));
  const overBareCpuMs = median(loaded.map((entry) => entry.cpu)) - median(bare.map((entry) => entry.cpu));
  return { bareMs, importMs, overBareMs: importMs - bareMs, overBareCpuMs };
}

async function build(): Promise<void> {
  const { build: tsup } = await import('tsup');
  const { default: config } = (await import(pathToFileURL(join(ROOT, 'tsup.config.ts')).href)) as { default: Record<string, unknown> };
  await tsup({ ...config, config: false, dts: false, silent: true });
}

const ms = (value: number): string => `${value.toFixed(0)} ms`;
const times = (value: number): string => `${value.toFixed(2)}×`;
const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');
const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

async function main(): Promise<void> {
  const phaseArgument = process.argv.indexOf('--phase');
  if (phaseArgument !== -1) {
    const phase = process.argv[phaseArgument + 1] as Phase;
    process.stdout.write(`${JSON.stringify(await runPhase(phase))}\n`);
    return;
  }
  const asJson = process.argv.includes('--json');
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const load = (): string => loadavg().map((value) => value.toFixed(2)).join(' ');
  const loadAtStart = load();
  process.stdout.write(`National benchmark: England ${YEAR} (seed ${SEED}), as of ${AS_OF}; ${RUNS} timed runs per phase after one warm-up, each phase in its own process, the library from dist/\n`);
  process.stdout.write(`Machine: ${availableParallelism()} CPUs (${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GB; Node ${process.version}\n`);
  process.stdout.write(`Load average at the start: ${loadAtStart} (other processes share the CPUs: times are inflated when it is above 1)\n\n`);
  process.stdout.write('building dist/ (tsup, no declarations)…\n');
  await build();
  const results = new Map<Phase, PhaseResult>();
  for (const phase of PHASES) {
    if (SKIP.has(phase)) continue;
    process.stdout.write(`running ${phase}…\n`);
    const result = inChild(phase);
    results.set(phase, result);
    // Each phase as it ends, so that a later failure loses nothing.
    process.stdout.write(`  ${JSON.stringify({ ...result, totals: undefined })}\n`);
  }
  process.stdout.write('running cold start…\n');
  const cold = coldStart();
  const loadAtEnd = load();
  process.stdout.write(`\nLoad average at the end: ${loadAtEnd}\n`);
  process.stdout.write(`${'phase'.padEnd(34)}${'practices'.padStart(10)}${'median'.padStart(10)}${'CPU'.padStart(10)}${'runs'.padStart(36)}${'peak RSS'.padStart(11)}${'input RSS'.padStart(11)}${'all runs'.padStart(11)}\n`);
  const labels: Record<Phase, string> = {
    validate: 'validate the national input',
    on: 'evaluateArea, explanations on',
    off: 'evaluateArea, explanations off',
    compare: 'compareScenarios (elective reform)',
    reference: 'plain-number reference',
    pct: 'one PCT (5A0), explanations on',
    sha: 'one SHA (Q30), explanations on',
    double: 'double England, explanations on',
  };
  for (const [phase, result] of results) {
    process.stdout.write(
      `${labels[phase].padEnd(34)}${String(result.practices).padStart(10)}${ms(result.median).padStart(10)}${ms(result.cpuMedian).padStart(10)}${result.runs.map((value) => value.toFixed(0)).join(' ').padStart(36)}${`${result.peakRssMb.toFixed(0)} MB`.padStart(11)}${`${result.inputRssMb.toFixed(0)} MB`.padStart(11)}${`${result.peakRssAllRunsMb.toFixed(0)} MB`.padStart(11)}\n`,
    );
  }
  const get = (phase: Phase): PhaseResult | undefined => results.get(phase);
  const on = get('on');
  const off = get('off');
  const reference = get('reference');
  const validate = get('validate');
  const compare = get('compare');
  const ratio = (a: PhaseResult | undefined, b: PhaseResult | undefined): number | null => (a === undefined || b === undefined ? null : a.median / b.median);
  const ratioOn = ratio(on, reference);
  const ratioOff = ratio(off, reference);
  const ratioCompare = ratio(compare, on);
  const peak = Math.max(0, ...[validate, on, off].filter((entry) => entry !== undefined).map((entry) => entry.peakRssMb));
  const cpuRatio = (a: PhaseResult | undefined, b: PhaseResult | undefined): number | null => (a === undefined || b === undefined ? null : round(a.cpuMedian / b.cpuMedian, 2));
  const perPractice: Record<string, number> = {};
  const perPracticeCpu: Record<string, number> = {};
  for (const [label, phase] of [['pct', 'pct'], ['sha', 'sha'], ['england', 'on'], ['doubleEngland', 'double']] as const) {
    const result = get(phase);
    if (result !== undefined) {
      perPractice[label] = round((result.median * 1000) / result.practices, 1);
      perPracticeCpu[label] = round((result.cpuMedian * 1000) / result.practices, 1);
    }
  }
  const costs = Object.values(perPractice);
  const costMid = costs.length === 0 ? 0 : median(costs);
  const flat = costs.length > 0 && costs.every((cost) => Math.abs(cost / costMid - 1) <= 0.25);
  process.stdout.write('\nTargets (2-core machine):\n');
  if (on !== undefined && ratioOn !== null) process.stdout.write(`  explanations on:  median ${ms(on.median)} (≤ 1000 ms: ${verdict(on.median <= 1000)}); ${times(ratioOn)} the reference (≤ 5×: ${verdict(ratioOn <= 5)})\n`);
  if (ratioOff !== null) process.stdout.write(`  explanations off: ${times(ratioOff)} the reference (≤ 2×: ${verdict(ratioOff <= 2)})\n`);
  if (ratioCompare !== null) process.stdout.write(`  compareScenarios: ${times(ratioCompare)} one evaluation with explanations (≤ 2.5×: ${verdict(ratioCompare <= 2.5)})\n`);
  if (validate !== undefined) process.stdout.write(`  validating the national input: ${ms(validate.median)} (≤ 200 ms: ${verdict(validate.median <= 200)})\n`);
  process.stdout.write(`  peak RSS (the input and one call): ${peak.toFixed(0)} MB (≤ 300 MB: ${verdict(peak <= 300)})\n`);
  if (on?.jsonChars != null) process.stdout.write(`  the result with explanations as JSON: ${(on.jsonChars / 1e6).toFixed(1)} million characters (≤ 30 MB: ${verdict(on.jsonChars <= 30e6)})\n`);
  if (off?.jsonChars != null) process.stdout.write(`  the result without explanations (every record explainable with explainFigure): ${(off.jsonChars / 1e6).toFixed(1)} million characters (≤ 30 MB: ${verdict(off.jsonChars <= 30e6)})\n`);
  process.stdout.write(`  cost per practice (µs): ${Object.entries(perPractice).map(([label, cost]) => `${label} ${cost}`).join(', ')} (flat within ±25% of the median ${costMid.toFixed(1)}: ${verdict(flat)})\n`);
  process.stdout.write(`  cold start: import of the root entry ${ms(cold.importMs)}, bare node ${ms(cold.bareMs)}, ${ms(cold.overBareMs)} over bare node (≤ 100 ms: ${verdict(cold.overBareMs <= 100)}); by CPU time ${ms(cold.overBareCpuMs)} over bare node\n`);

  // The reference does the same arithmetic: its money totals agree with the library's. Budgets,
  // outturns, overspends and readiness agree exactly; freed-up resources and incentives within a
  // penny per practice (the reference rounds in floating point).
  const disagreements: string[] = [];
  if (on !== undefined && reference !== undefined) {
    const library = on.totals ?? {};
    const plain = reference.totals ?? {};
    const practices = library['practices'] ?? 0;
    process.stdout.write('\nReference against the library (totals):\n');
    for (const key of ['practices', 'budget', 'outturn', 'furPracticeShare', 'furPctShare', 'furReleased', 'realHolderKeeps', 'realHolderBears', 'practiceKeeps', 'pctBears', 'incentivesDue', 'readinessReady']) {
      const a = library[key] ?? 0;
      const b = plain[key] ?? 0;
      const tolerance = key.startsWith('fur') || key === 'incentivesDue' || key === 'practiceKeeps' ? practices : 0;
      if (Math.abs(a - b) > tolerance) disagreements.push(`${key}: library ${a}, reference ${b}`);
      process.stdout.write(`  ${key.padEnd(18)}${String(a).padStart(16)}${String(b).padStart(16)}  ${a === b ? 'equal' : `differs by ${b - a}`}\n`);
    }
    process.stdout.write(`  explanations returned with explanations on: ${library['explanations'] ?? 0}\n`);
  }
  if (asJson) {
    const measure = (result: PhaseResult | undefined) =>
      result === undefined ? null : { practices: result.practices, medianMs: round(result.median), cpuMedianMs: round(result.cpuMedian), runsMs: result.runs.map((value) => round(value, 0)), peakRssMb: round(result.peakRssMb, 0), inputRssMb: round(result.inputRssMb, 0), peakRssAllRunsMb: round(result.peakRssAllRunsMb, 0) };
    const summary = {
      bench: 'national',
      date: new Date().toISOString(),
      node: process.version,
      cpus: availableParallelism(),
      load: { start: loadAtStart, end: loadAtEnd },
      runs: RUNS,
      phases: Object.fromEntries([...results].map(([phase, result]) => [phase, measure(result)])),
      referenceMedianMs: reference === undefined ? null : round(reference.median),
      cpuRatios: { on: cpuRatio(on, reference), off: cpuRatio(off, reference), compareOverOn: cpuRatio(compare, on) },
      ratios: { on: ratioOn === null ? null : round(ratioOn, 2), off: ratioOff === null ? null : round(ratioOff, 2), compareOverOn: ratioCompare === null ? null : round(ratioCompare, 2) },
      peakRssMb: round(peak, 0),
      resultJsonChars: on?.jsonChars ?? null,
      resultWithoutExplanationsJsonChars: off?.jsonChars ?? null,
      perPracticeUs: perPractice,
      perPracticeCpuUs: perPracticeCpu,
      coldStartMs: { bare: round(cold.bareMs), import: round(cold.importMs), overBare: round(cold.overBareMs), overBareCpu: round(cold.overBareCpuMs) },
      totals: on?.totals ?? null,
      referenceTotals: reference?.totals ?? null,
      referenceAgrees: disagreements.length === 0,
    };
    process.stdout.write(`${JSON.stringify(summary)}\n`);
  }
  if (disagreements.length > 0) {
    process.stderr.write(`the reference disagrees with the library: ${disagreements.join('; ')}\n`);
    process.exitCode = 1;
  }
}

await main();
