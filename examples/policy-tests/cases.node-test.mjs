// Run with: node --test examples/policy-tests/   (from a project that installs the package)
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { policyCaseTests } from 'practice-based-commissioning/testing';

const cases = JSON.parse(readFileSync(new URL('./des-and-budget-cases.json', import.meta.url), 'utf8'));
policyCaseTests(cases, { test });
