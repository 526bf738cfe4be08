/**
 * Renders each chart of scripts/charts/examples.ts to docs/charts/<name>.png, with the hash of the
 * Vega-Lite specification it came from in docs/charts/<name>.spec.sha256 (test/charts/rendered.test.ts
 * fails when a chart changes and its PNG is not rendered again). Vega-Lite → Vega → SVG (vega's own
 * headless SVG renderer), then a screenshot of the SVG in headless Chromium (Debian's, no download).
 *
 * Usage: npx tsx scripts/render-charts.ts   (CHROMIUM=/path/to/chromium to use another browser)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { chartExamples, specHash } from './charts/examples.js';

const out = 'docs/charts';
const browser = await chromium.launch({ executablePath: process.env['CHROMIUM'] ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 2 });
  for (const { name, spec } of chartExamples()) {
    const vega = compile(JSON.parse(JSON.stringify(spec)) as TopLevelSpec).spec;
    const view = new View(parse(vega), { renderer: 'none' });
    const svg = await view.toSVG();
    view.finalize();
    await page.setContent(`<!doctype html><html><body style="margin:0;background:#ffffff">${svg}</body></html>`);
    const element = await page.$('svg');
    if (element === null) throw new Error(`${name}: no SVG rendered`);
    await element.screenshot({ path: join(out, `${name}.png`) });
    writeFileSync(join(out, `${name}.spec.sha256`), `${specHash(spec)}\n`);
    console.log(`${name}: docs/charts/${name}.png`);
  }
} finally {
  await browser.close();
}
