/**
 * A contributor from another city fills the entry assistant, in the web build or the offline
 * copy: two typical mistakes first, which must show the validator's own lines at their fields;
 * then fixed, reloaded (the draft survives), downloaded, and the file checked by `npm run
 * validate` in a copy of the real content. Shared by the web test and the offline test.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {expect} from 'vitest';
import {fields as vocabulary} from '../../src/content/vocabularies';
import {REPO} from '../support/site';

export const NEW_ID = 'lotsendienst-fuer-familien-gelsenkirchen';
export const NEW_PATH = `docs/praxis/${NEW_ID}.md`;

/** The real content folders plus one file, checked by the CLI as a maintainer would. */
export function validateWith(rel: string, text: string): {code: number | null; lines: string[]; output: string} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'praxisatlas-assistant-'));
  try {
    for (const name of ['docs', 'data', 'blog', 'static', 'i18n']) if (fs.existsSync(path.join(REPO, name))) fs.cpSync(path.join(REPO, name), path.join(dir, name), {recursive: true});
    fs.writeFileSync(path.join(dir, rel), text);
    const r = spawnSync(path.join(REPO, 'node_modules/.bin/tsx'), [path.join(REPO, 'scripts/validate.ts'), dir], {cwd: REPO, encoding: 'utf8', env: {...process.env, PRAXISATLAS_NO_CACHE: '1', PRAXISATLAS_TODAY: ''}});
    return {code: r.status, lines: r.stdout.split('\n').filter((l) => l.startsWith(`${rel}:`)), output: `${r.stdout}\n${r.stderr}`};
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

const status = (page: Page) => page.locator('p[role="status"][aria-live="polite"]');
const preview = (page: Page) => page.locator('[data-testid="dateivorschau"]');

/** Visible messages at a control, found through its aria-describedby as a screen reader would. */
async function describedMessages(page: Page, controlId: string): Promise<string> {
  const ids = ((await page.locator(`#${controlId}`).getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map((id) => page.locator(`#${id}`).innerText()));
  return texts.join('\n');
}

export async function waitLoaded(page: Page): Promise<void> {
  await expect.poll(() => status(page).innerText(), {timeout: 20_000}).not.toContain('wird geladen');
}

/** Fill the form as a Träger from Gelsenkirchen would, with two mistakes; returns the messages shown. */
export async function fillWithMistakes(page: Page): Promise<void> {
  await waitLoaded(page);
  // Labels are found by their text: every control must have one.
  await page.getByLabel('Titel (Pflichtfeld)', {exact: true}).fill('Lotsendienst für Familien Gelsenkirchen');
  await expect.poll(() => page.locator('#feld-id').inputValue()).toBe(NEW_ID);
  await page.getByLabel('Kommune (Pflichtfeld)', {exact: true}).fill('Gelsenkirchen');
  await page.getByLabel('Kurzbeschreibung (Pflichtfeld)', {exact: true}).fill('Muttersprachliche Lotsinnen begleiten neu zugewanderte Familien zu Kita, Schule und Kinderarzt, bis sie die Wege allein kennen.');
  const fields = page.getByRole('group', {name: /^Handlungsfelder/});
  await fields.getByLabel(vocabulary['kinder-jugend'].label, {exact: true}).check();
  await fields.getByLabel(vocabulary.bildung.label, {exact: true}).check();
  await page.getByLabel('Auf einen Blick (Pflichtfeld)', {exact: true}).fill('Lotsinnen mit den Sprachen der Familien begleiten zu den ersten Terminen.\nDie Begleitung endet, sobald eine Familie ihre Wege allein kennt.');
  // Mistake 1: a question without a question mark.
  await page.getByLabel('Fragen aus der Praxis (Pflichtfeld)', {exact: true}).fill('Wie finden neu zugewanderte Familien einen Kita-Platz');
  // Mistake 2: a web address without https://.
  await page.getByLabel('Webadresse (freiwillig)', {exact: true}).fill('www.gelsenkirchen.de');
  const source = page.getByRole('group', {name: 'Quelle 1'});
  await source.getByLabel(/^Werk/).selectOption('certa-vernetzung');
  await source.getByLabel(/^Abschnitt/).fill('2.3');
  const sections: Record<string, string> = {
    'Worum es geht': 'Lotsinnen begleiten neu zugewanderte Familien zu den ersten Terminen in der Stadt.',
    Ausgangslage: 'Viele Familien kannten die Wege zu Kita, Schule und Kinderarzt nicht.',
    Vorgehen: 'Die Lotsinnen gehen mit, übersetzen und erklären, was als Nächstes kommt.',
    Beteiligte: 'Ein freier Träger, die Schulen und das Jugendamt.',
    Ergebnisse: 'Der Träger beschreibt, dass Familien schneller Anschluss finden; Zahlen liegen noch nicht vor.',
    Übertragbarkeit: 'Eine Stadt braucht Menschen mit den Sprachen der Familien und einen Träger, der sie anleitet.',
    Quellen: 'Beschreibung des Trägers. Zum Vergleich: [Clearingstelle Gesundheit](/praxis/clearingstelle-gesundheit).',
  };
  for (const [heading, text] of Object.entries(sections)) await page.getByLabel(heading, {exact: true}).fill(text);
  await page.getByRole('button', {name: 'Eintrag prüfen'}).click();
}

/** The two mistakes are flagged at their fields, with exactly the lines `npm run validate` prints. */
export async function expectCliMessages(page: Page): Promise<void> {
  await expect.poll(() => status(page).innerText()).toMatch(/^Noch 2 Fehler/);
  const text = (await preview(page).textContent())!;
  const cli = validateWith(NEW_PATH, text);
  expect(cli.code, cli.output).toBe(1);
  const errors = cli.lines.filter((l) => !l.includes(': Warnung: '));
  expect(errors, cli.output).toHaveLength(2);
  const byField = Object.fromEntries(errors.map((l) => [/^\S+ ([^:]+):/.exec(l)![1], l.replace(/^\S+ [^:]+: /, '')]));
  expect(Object.keys(byField).sort()).toEqual(['questions[0]', 'url']);
  const url = page.locator('#feld-url');
  await expect.poll(() => url.getAttribute('aria-invalid')).toBe('true');
  expect(await describedMessages(page, 'feld-url')).toContain(byField.url);
  expect(await describedMessages(page, 'feld-questions')).toContain(`Frage 1: ${byField['questions[0]']}`);
  // The summary links every problem to its control.
  await expect.poll(() => page.getByRole('navigation', {name: 'Was noch fehlt'}).getByRole('link').count()).toBe(2);
}

/** Fix both, reload (the draft survives), download; returns the downloaded text. */
export async function fixReloadDownload(page: Page, downloadDir: string): Promise<string> {
  await page.getByLabel('Fragen aus der Praxis (Pflichtfeld)', {exact: true}).fill('Wie finden neu zugewanderte Familien einen Kita-Platz?');
  await page.getByLabel('Webadresse (freiwillig)', {exact: true}).fill('https://www.gelsenkirchen.de');
  await expect.poll(() => status(page).innerText()).toContain('Der Eintrag ist vollständig');
  await page.reload();
  await waitLoaded(page);
  await expect.poll(() => page.locator('#feld-title').inputValue()).toBe('Lotsendienst für Familien Gelsenkirchen');
  await expect.poll(() => status(page).innerText()).toContain('Der Eintrag ist vollständig');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Datei herunterladen'}).click()]);
  expect(download.suggestedFilename()).toBe(`${NEW_ID}.md`);
  const file = path.join(downloadDir, download.suggestedFilename());
  await download.saveAs(file);
  const text = fs.readFileSync(file, 'utf8');
  expect(text).toBe(await preview(page).textContent());
  return text;
}

/** The GitHub and e-mail ways carry the same file. */
export async function expectWaysOut(page: Page, text: string): Promise<void> {
  const github = new URL((await page.getByRole('link', {name: 'Auf GitHub vorschlagen'}).getAttribute('href'))!);
  expect(github.origin + github.pathname).toBe('https://github.com/praxisatlas-neuzuwanderung/praxisatlas-neuzuwanderung.github.io/new/main');
  expect(github.searchParams.get('filename')).toBe(NEW_PATH);
  expect(github.searchParams.get('value')).toBe(text);
  const mail = (await page.getByRole('link', {name: 'Per E-Mail an die Redaktion'}).getAttribute('href'))!;
  expect(mail).toMatch(/^mailto:/);
  expect(decodeURIComponent(mail.split('body=')[1])).toContain(text);
}

/** „Entwurf verwerfen“ empties the form, also after a reload. */
export async function expectDiscard(page: Page): Promise<void> {
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', {name: 'Entwurf verwerfen'}).click();
  await expect.poll(() => page.locator('#feld-title').inputValue()).toBe('');
  await page.reload();
  await waitLoaded(page);
  expect(await page.locator('#feld-title').inputValue()).toBe('');
}

/** „Diesen Eintrag bearbeiten“ on an entry page opens the assistant with the entry, which passes. */
export async function expectEditMode(page: Page, title: string): Promise<void> {
  await page.getByRole('link', {name: 'Diesen Eintrag bearbeiten'}).click();
  await waitLoaded(page);
  await expect.poll(() => page.locator('#feld-title').inputValue()).toBe(title);
  expect(await page.locator('#feld-id').getAttribute('readonly')).not.toBeNull();
  await expect.poll(() => status(page).innerText()).toContain('Der Eintrag ist vollständig');
  expect(await page.locator('h1').innerText()).toBe(`Eintrag bearbeiten: ${title}`);
}
