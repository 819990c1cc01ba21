/**
 * Lighthouse (desktop preset, system Chromium) on the home page, the catalog and one entry of the
 * built site: accessibility 100, best practices ≥ 95, SEO ≥ 95, performance ≥ 90. A miss fails CI.
 */
import {afterAll, beforeAll, expect, it} from 'vitest';
import {budgetFailures, formatTable, LIGHTHOUSE_PAGES} from '../../src/quality/budget';
import {auditPages} from '../../src/quality/lighthouse';
import {BUILD_DIR, ensureBuilt} from '../support/built-site';
import {serve, type Served} from '../support/serve';

let server: Served;

beforeAll(async () => {
  ensureBuilt();
  server = await serve(BUILD_DIR);
}, 300_000);

afterAll(async () => {
  await server?.close();
});

it('meets the Lighthouse budget on home, catalog and an entry', async () => {
  const results = await auditPages(server.url, LIGHTHOUSE_PAGES);
  console.log(formatTable(results));
  expect(results.map((r) => r.page)).toEqual(LIGHTHOUSE_PAGES);
  const failures = budgetFailures(results);
  // On a miss, show what cost the points next to the failing lines.
  expect(failures.length === 0 ? [] : [...failures, ...results.flatMap((r) => r.losses.map((l) => `${r.page} ${l}`))]).toEqual([]);
}, 300_000);
