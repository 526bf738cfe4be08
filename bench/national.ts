/// <reference types="node" />
/**
 * `npm run bench`: the national year, end to end. Generates England (8,433 practices, 152 PCTs,
 * 10 SHAs; seed 2008, 2008/09) as plain JSON, then times, each in a fresh process:
 *
 * - `validate`: `ScenarioAreaSchema` over the national input;
 * - `on`: `evaluateArea` with explanations (validating the input, then everything it does);
 * - `off`: the same with `explanations: false`;
 * - `reference`: the plain-`number` reference of the same arithmetic (`bench/reference.ts`).
 *
 * Each phase runs once to warm up and then `BENCH_RUNS` times (default 5); the report gives the
 * medians, the ratios to the reference, the peak RSS of each process and the targets. Set
 * `BENCH_RUNS=1` for a quick look.
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { evaluateArea, type EvaluateAreaInput } from '../src/index.js';
import { baselinePolicy } from '../src/policy/index.js';
import { ScenarioAreaSchema } from '../src/schemas/index.js';
import { generateArea } from '../src/testing/index.js';
import { referenceEvaluation } from './reference.js';

const SEED = 2008;
const YEAR = '2008/09';
const AS_OF = '2009-06-30';
const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 5));
const PHASES = ['validate', 'on', 'off', 'reference'] as const;
type Phase = (typeof PHASES)[number];

interface PhaseResult {
  readonly phase: Phase;
  readonly runs: readonly number[];
  readonly median: number;
  /** Median CPU time (user + system, all threads of the process) per run, in ms: less sensitive than wall time to other processes on the machine. */
  readonly cpuMedian: number;
  /** Peak resident set size of the process after the first (warm-up) call: building the input and one call, in MB. */
  readonly peakRssMb: number;
  /** Peak resident set size after all the calls, in MB (garbage from earlier calls not yet collected counts too). */
  readonly peakRssAllRunsMb: number;
  /** RSS once the national input was built, before the first timed call, in MB. */
  readonly inputRssMb: number;
  readonly totals: Record<string, number> | null;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function runPhase(phase: Phase): PhaseResult {
  // The input as a caller would have it: plain JSON, read from a file or a database.
  const area: unknown = JSON.parse(JSON.stringify(generateArea({ seed: SEED, scope: 'england', financialYear: YEAR })));
  const inputRssMb = process.memoryUsage().rss / 2 ** 20;
  let totals: Record<string, number> | null = null;
  const once = (): void => {
    switch (phase) {
      case 'validate': {
        const parsed = ScenarioAreaSchema.safeParse(area);
        if (!parsed.success) throw new Error(`the national input is invalid: ${parsed.error.message}`);
        break;
      }
      case 'on':
      case 'off': {
        const result = evaluateArea(area as EvaluateAreaInput, { policy: baselinePolicy, asOf: AS_OF, explanations: phase === 'on' });
        totals = { ...result.totals, explanations: result.explanations === null ? 0 : Object.keys(result.explanations).length };
        break;
      }
      case 'reference':
        totals = { ...referenceEvaluation(area as Parameters<typeof referenceEvaluation>[0], { policy: baselinePolicy, asOf: AS_OF }) };
        break;
    }
  };
  once();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const runs: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    once();
    const used = process.cpuUsage(cpuStarted);
    runs.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  return { phase, runs, median: median(runs), cpuMedian: median(cpu), peakRssMb, peakRssAllRunsMb: process.resourceUsage().maxRSS / 1024, inputRssMb, totals };
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

const ms = (value: number): string => `${value.toFixed(0)} ms`;
const times = (value: number): string => `${value.toFixed(1)}×`;
const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');

function main(): void {
  const phaseArgument = process.argv.indexOf('--phase');
  if (phaseArgument !== -1) {
    const phase = process.argv[phaseArgument + 1] as Phase;
    process.stdout.write(`${JSON.stringify(runPhase(phase))}\n`);
    return;
  }
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  process.stdout.write(`National benchmark: England ${YEAR} (seed ${SEED}), as of ${AS_OF}; ${RUNS} timed runs per phase after one warm-up, each phase in its own process\n`);
  process.stdout.write(`Machine: ${availableParallelism()} CPUs (${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GB; Node ${process.version}\n`);
  const load = (): string => loadavg().map((value) => value.toFixed(2)).join(' ');
  process.stdout.write(`Load average at the start: ${load()} (other processes share the CPUs: times are inflated when it is above 1)\n\n`);
  const results = new Map<Phase, PhaseResult>();
  for (const phase of PHASES) {
    process.stdout.write(`running ${phase}…\n`);
    results.set(phase, inChild(phase));
  }
  // Every phase ran (the loop above), so each result is present.
  const validate = results.get('validate')!;
  const on = results.get('on')!;
  const off = results.get('off')!;
  const reference = results.get('reference')!;
  process.stdout.write(`\nLoad average at the end: ${load()}\n`);
  process.stdout.write(`${'phase'.padEnd(34)}${'median'.padStart(10)}${'CPU'.padStart(10)}${'runs'.padStart(40)}${'peak RSS'.padStart(11)}${'input RSS'.padStart(11)}${'all runs'.padStart(11)}\n`);
  const row = (label: string, result: PhaseResult): void => {
    process.stdout.write(
      `${label.padEnd(34)}${ms(result.median).padStart(10)}${ms(result.cpuMedian).padStart(10)}${result.runs.map((value) => value.toFixed(0)).join(' ').padStart(40)}${`${result.peakRssMb.toFixed(0)} MB`.padStart(11)}${`${result.inputRssMb.toFixed(0)} MB`.padStart(11)}${`${result.peakRssAllRunsMb.toFixed(0)} MB`.padStart(11)}\n`,
    );
  };
  row('validate the national input', validate);
  row('evaluateArea, explanations on', on);
  row('evaluateArea, explanations off', off);
  row('plain-number reference', reference);
  const ratioOn = on.median / reference.median;
  const ratioOff = off.median / reference.median;
  const peak = Math.max(validate.peakRssMb, on.peakRssMb, off.peakRssMb);
  process.stdout.write('\nTargets (2-core machine):\n');
  process.stdout.write(`  explanations on:  median ${ms(on.median)} (target ≤ 1000 ms: ${verdict(on.median <= 1000)}); ${times(ratioOn)} the reference (target ≤ 5×: ${verdict(ratioOn <= 5)})\n`);
  process.stdout.write(`  explanations off: ${times(ratioOff)} the reference (target ≤ 2×: ${verdict(ratioOff <= 2)})\n`);
  process.stdout.write(`  by CPU time: explanations on ${ms(on.cpuMedian)}, ${times(on.cpuMedian / reference.cpuMedian)} the reference; off ${ms(off.cpuMedian)}, ${times(off.cpuMedian / reference.cpuMedian)}\n`);
  process.stdout.write(`  validating the national input: ${ms(validate.median)} (target ≤ 200 ms: ${verdict(validate.median <= 200)})\n`);
  process.stdout.write(`  peak RSS (building the input and one call): ${peak.toFixed(0)} MB (target ≤ 300 MB: ${verdict(peak <= 300)})\n`);

  // The reference does the same arithmetic: its money totals agree with the library's.
  const library = on.totals ?? {};
  const plain = reference.totals ?? {};
  process.stdout.write('\nReference against the library (totals):\n');
  for (const key of ['practices', 'budget', 'outturn', 'furPracticeShare', 'furPctShare', 'furReleased', 'realHolderKeeps', 'realHolderBears', 'practiceKeeps', 'pctBears', 'incentivesDue', 'readinessReady']) {
    const a = library[key] ?? 0;
    const b = plain[key] ?? 0;
    process.stdout.write(`  ${key.padEnd(18)}${String(a).padStart(16)}${String(b).padStart(16)}  ${a === b ? 'equal' : `differs by ${b - a}`}\n`);
  }
  process.stdout.write(`  explanations returned with explanations on: ${library['explanations'] ?? 0}\n`);
}

main();
