// Run with: npx vitest run   (or jest: take `test` from '@jest/globals')
import { test } from 'vitest';
import { readFileSync } from 'node:fs';
import { policyCaseTests } from 'practice-based-commissioning/testing';

const cases = JSON.parse(readFileSync(new URL('./des-and-budget-cases.json', import.meta.url), 'utf8'));
policyCaseTests(cases, { test });
