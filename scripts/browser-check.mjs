#!/usr/bin/env node
// A real browser: load the ESM build (`dist/`, after `npm run build`) in headless Chromium, compute a
// Towards PBC DES payment, build the library's incentive payments chart and render it with
// vega-embed, from local files only: a tiny localhost server serves the page, `dist/` and the few
// packages the page needs from node_modules (zod, date-fns and decimal.js through an import map;
// vega, vega-lite and vega-embed as their UMD builds). Any request elsewhere is refused and counts
// as a failure; so does any console error, page error, failed request or HTTP error. The screenshot
// goes to `.reports/browser/` (git-ignored).
//
// Chromium is Debian's (`apt-get install chromium`; `.ci/run` installs it), driven by playwright-core
// with no browser download; set CHROMIUM_PATH to use another binary.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve('.');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshot = join(root, '.reports/browser/incentive-payments-chart.png');
const fail = (message) => {
  console.error(`browser check: ${message}`);
  process.exitCode = 1;
};

if (!existsSync(join(root, 'dist/incentives.js'))) {
  fail('dist/ is missing: run `npm run build` first');
  process.exit(1);
}
if (!existsSync(executablePath)) {
  fail(`no Chromium at ${executablePath} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  process.exit(1);
}

// Only these folders are served; everything else is a 404.
const served = ['dist', ...['zod', 'date-fns', 'decimal.js', 'vega', 'vega-lite', 'vega-embed'].map((name) => `node_modules/${name}`)].map((folder) => realpathSync(join(root, folder)));
const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.cjs': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>practice-based-commissioning in the browser</title>
<link rel="icon" href="data:,">
<script type="importmap">
{ "imports": {
  "zod": "/node_modules/zod/index.js",
  "date-fns": "/node_modules/date-fns/index.js",
  "date-fns/isLeapYear": "/node_modules/date-fns/isLeapYear.js",
  "decimal.js": "/node_modules/decimal.js/decimal.mjs"
} }
</script>
<script src="/node_modules/vega/build/vega.min.js"></script>
<script src="/node_modules/vega-lite/build/vega-lite.min.js"></script>
<script src="/node_modules/vega-embed/build/vega-embed.min.js"></script>
</head>
<body>
<p id="payment"></p>
<div id="chart"></div>
<script type="module">
import { towardsPbcDesPayment, incentivePaymentSchedule } from '/dist/incentives.js';
import { incentivePaymentsChart } from '/dist/charts.js';
import { formatGbp } from '/dist/core.js';
import { PbcError } from '/dist/index.js';

const c2Claim = {
  component: 'C2', practiceCode: 'Z90002', planAgreedOn: '2006-06-15', plan: 'individual',
  objectives: [{ id: 'referrals', scope: 'own', met: true }], objectivesAgreedMetOn: '2007-04-20', claimedOn: '2007-05-02',
  freedUpResources: { accessible: 200000, pctDemonstratedAvailable: true }, listSizes: [{ date: '2007-04-01', registered: 6000 }],
};
const c1Claim = {
  component: 'C1', practiceCode: 'Z90002', planAgreedOn: '2006-06-15', indicativeBudgetAcceptedOn: '2006-05-01',
  listSizes: [{ date: '2006-04-01', registered: 5950 }],
};
const c2 = towardsPbcDesPayment(c2Claim);
document.getElementById('payment').textContent = 'C2 worth ' + formatGbp(c2.componentValue) + ', payable ' + formatGbp(c2.amountPayable) + ' on ' + c2.paymentDue;
let invalidDate = false;
try { towardsPbcDesPayment({ ...c1Claim, planAgreedOn: '2006-02-30' }); } catch (error) { invalidDate = error instanceof PbcError; }
const spec = incentivePaymentsChart(incentivePaymentSchedule({ desClaims: [c1Claim, c2Claim] }));
await vegaEmbed('#chart', spec, { renderer: 'svg', actions: false });
window.__result = {
  outcome: c2.outcome, componentValue: c2.componentValue, amountPayable: c2.amountPayable, paymentDue: c2.paymentDue,
  invalidDate, rows: spec.data.values.length, marks: document.querySelectorAll('#chart svg .mark-rect path').length,
  svgText: Array.from(document.querySelectorAll('#chart svg text')).map((node) => node.textContent).join(' | '),
};
</script>
</body>
</html>
`;

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (path === '/') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page);
    return;
  }
  let file;
  try {
    file = realpathSync(join(root, path));
  } catch {
    file = undefined;
  }
  if (file === undefined || !served.some((folder) => file.startsWith(folder + sep)) || !statSync(file).isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
    return;
  }
  response.writeHead(200, { 'content-type': `${types[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` });
  response.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const userDataDir = mkdtempSync(join(tmpdir(), 'pbc-chromium-'));
const problems = [];
let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 900, height: 500 },
  });
  const tab = context.pages()[0] ?? (await context.newPage());
  await context.route('**/*', (route) => (route.request().url().startsWith(`${origin}/`) ? route.continue() : (problems.push(`refused a request outside localhost: ${route.request().url()}`), route.abort())));
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  tab.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await tab.goto(`${origin}/`, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.__result !== undefined, undefined, { timeout: 30_000 }).catch(() => problems.push('the page never finished: no result after 30 s'));
  const result = await tab.evaluate(() => window.__result);
  if (result !== undefined) {
    const expected = { outcome: 'payable', componentValue: 570000, amountPayable: 370000, paymentDue: '2007-05-31', invalidDate: true, rows: 2 };
    for (const [key, value] of Object.entries(expected)) {
      if (result[key] !== value) problems.push(`${key}: expected ${JSON.stringify(value)}, got ${JSON.stringify(result[key])}`);
    }
    if (result.marks !== 2) problems.push(`the chart should draw 2 bars, drew ${result.marks}`);
    if (!result.svgText.includes('Z90002')) problems.push(`the chart does not label the practice: ${result.svgText}`);
  }
  mkdirSync(join(root, '.reports/browser'), { recursive: true });
  await tab.screenshot({ path: screenshot, fullPage: true });
  if (statSync(screenshot).size < 5_000) problems.push('the screenshot is suspiciously small');
  const version = context.browser()?.version() ?? (await tab.evaluate(() => navigator.userAgent));
  if (problems.length === 0) {
    console.log(`browser check: headless Chromium (${version}) loaded the ESM build from localhost only; a DES C2 payment of £3,700.00 (worth £5,700.00) due 2007-05-31; the incentive payments chart rendered 2 bars with vega-embed; no console errors; screenshot ${screenshot.slice(root.length + 1)}`);
  }
} catch (error) {
  problems.push(`could not run Chromium: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await context?.close().catch(() => undefined);
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
for (const problem of problems) fail(problem);
