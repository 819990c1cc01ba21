/**
 * The operator settings (data/betreiber.yml) at the gate: the shipped file validates with one
 * warning per placeholder, at its line, in German; a filled-in file gives none; wrong values are
 * errors; without the file the pages get the all-placeholder settings.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {loadEntries, OPERATOR_PATH} from '../../src/content/index';
import {filled, filledLines, operatorWarningReport, PLACEHOLDER, PLACEHOLDER_OPERATOR, unfilledFields} from '../../src/content/operator';
import {formatProblem} from '../../src/content/problem';
import {operatorSchema} from '../../src/content/schema';
import {parseYaml} from '../../src/content/yaml';
import {FIXTURES, REPO, removeSite, tempSite, TODAY} from '../support/site';

const made: string[] = [];
afterAll(() => made.forEach(removeSite));

function site(...overlays: string[]) {
  const dir = tempSite(path.join(FIXTURES, 'site'), ...overlays);
  made.push(dir);
  return {dir, result: loadEntries(dir, {today: TODAY})};
}

const withSettings = (file: string) => {
  const dir = tempSite(path.join(FIXTURES, 'site'));
  made.push(dir);
  fs.writeFileSync(path.join(dir, OPERATOR_PATH), file);
  return loadEntries(dir, {today: TODAY});
};

const shipped = fs.readFileSync(path.join(REPO, OPERATOR_PATH), 'utf8');
const FILLED = path.join(FIXTURES, 'operator/filled');
const MINIMAL = path.join(FIXTURES, 'operator/minimal');

describe('the shipped data/betreiber.yml', () => {
  it('passes the schema', () => {
    const parsed = parseYaml(shipped);
    expect(parsed.errors).toEqual([]);
    expect(operatorSchema.safeParse(parsed.value).success).toBe(true);
  });

  it('gives one German warning per unfilled field, at the line of the placeholder, and no error', () => {
    const {problems} = withSettings(shipped);
    expect(problems.length).toBeGreaterThanOrEqual(10);
    expect(problems.every((p) => p.path === OPERATOR_PATH && p.severity === 'warning')).toBe(true);
    const lines = shipped.split('\n');
    for (const p of problems) {
      expect(lines[p.line - 1].slice(p.column - 1), formatProblem(p)).toMatch(/^(- )?"AUSFÜLLEN/);
      expect(p.message).toMatch(/^Noch nicht eingetragen\. Tragen Sie .+\.$/);
    }
    expect(problems.filter((p) => p.field === 'betreiber.name').map(formatProblem)).toEqual([
      'data/betreiber.yml:10:9 betreiber.name: Warnung: Noch nicht eingetragen. Tragen Sie den Namen der Stelle ein, die den Atlas betreibt, z. B. „Stadt Musterstadt, Sozialamt“.',
    ]);
    // An address is one field, not one warning per line.
    expect(problems.filter((p) => p.field.startsWith('betreiber.anschrift'))).toHaveLength(1);
  });

  it('holds no placeholder in the hosting settings (GitHub Pages is the default)', () => {
    const op = operatorSchema.parse(parseYaml(shipped).value);
    expect(unfilledFields(op).filter((p) => p[0] === 'hosting')).toEqual([]);
  });
});

describe('a filled-in data/betreiber.yml', () => {
  it('gives no warning and no error', () => {
    const {result} = site(FILLED);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.operator.betreiber.name).toBe('Stadt Musterstadt, Sozialamt');
    expect(unfilledFields(result.operator)).toEqual([]);
    expect(operatorWarningReport(result.problems)).toEqual([]);
  });

  it('may leave out the optional parts (telephone, supervisory authority, data protection officer)', () => {
    const {result} = site(MINIMAL);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.operator.kontakt.telefon).toBeUndefined();
    expect(result.operator.aufsicht).toBeUndefined();
  });
});

describe('wrong values', () => {
  const valid = fs.readFileSync(path.join(FILLED, OPERATOR_PATH), 'utf8');
  const errorsOf = (file: string) => withSettings(file).problems.filter((p) => p.severity === 'error');

  it('refuses a web address without https', () => {
    const [p, ...rest] = errorsOf(valid.replace('url: https://www.ombudsstelle.example', 'url: http://www.ombudsstelle.example'));
    expect(rest).toEqual([]);
    expect(formatProblem(p)).toBe('data/betreiber.yml:24:8 schlichtung.url: Erwartet wird eine vollständige Webadresse, die mit `https://` beginnt, gefunden wurde der Text „http://www.ombudsstelle.example“.');
  });

  it('refuses an e-mail address without @', () => {
    const [p, ...rest] = errorsOf(valid.replace('email: barrierefreiheit@musterstadt.example', 'email: barrierefreiheit.musterstadt.example'));
    expect(rest).toEqual([]);
    expect(p.field).toBe('barrierefreiheit_kontakt.email');
    expect(p.line).toBe(13);
    expect(p.message).toMatch(/^Erwartet wird eine E-Mail-Adresse wie .*gefunden wurde der Text „barrierefreiheit\.musterstadt\.example“/);
  });

  it('refuses an unknown key, with the key it probably meant and without a second „missing“ line', () => {
    const problems = errorsOf(valid.replace('  vertreten_durch:', '  vertreten_duch:'));
    expect(problems.map(formatProblem)).toEqual(['data/betreiber.yml:7:3 betreiber.vertreten_duch: Unbekanntes Feld „vertreten_duch“. Meinten Sie „vertreten_durch“?']);
  });

  it('refuses an unknown top-level section, naming the allowed ones', () => {
    const problems = errorsOf(`${valid}impressum_extra: ja\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain('Erlaubt sind: betreiber, inhaltlich_verantwortlich, kontakt, barrierefreiheit_kontakt, aufsicht, schlichtung, datenschutz, hosting.');
  });

  it('refuses a line break inside an address line', () => {
    const problems = errorsOf(valid.replace('    - Musterstraße 1\n', '    - "Musterstraße 1\\nHinterhaus"\n'));
    expect(problems.map((p) => p.field)).toEqual(['betreiber.anschrift[0]']);
  });

  it('falls back to the all-placeholder settings when the file is invalid', () => {
    const result = withSettings(valid.replace('url: https://www.ombudsstelle.example', 'url: http://x'));
    expect(result.operator).toEqual(PLACEHOLDER_OPERATOR);
  });
});

describe('without data/betreiber.yml', () => {
  it('has no problem (the file is optional) and gives the pages the all-placeholder settings', () => {
    const {result} = site();
    expect(result.problems).toEqual([]);
    expect(result.operator).toEqual(PLACEHOLDER_OPERATOR);
  });

  it('the all-placeholder settings pass the schema and every required field is unfilled', () => {
    expect(operatorSchema.parse(PLACEHOLDER_OPERATOR)).toEqual(PLACEHOLDER_OPERATOR);
    expect(unfilledFields(PLACEHOLDER_OPERATOR).map((p) => p.join('.'))).toEqual([
      'betreiber.name', 'betreiber.anschrift', 'betreiber.vertreten_durch', 'inhaltlich_verantwortlich', 'kontakt.email', 'barrierefreiheit_kontakt.email',
      'schlichtung.name', 'schlichtung.anschrift', 'schlichtung.url', 'schlichtung.email',
      'datenschutz.aufsichtsbehoerde.name', 'datenschutz.aufsichtsbehoerde.anschrift', 'datenschutz.aufsichtsbehoerde.url',
      'hosting.name', 'hosting.anschrift', 'hosting.url',
    ]);
  });
});

describe('helpers', () => {
  it('filled() hides missing values and placeholders', () => {
    expect(filled('Stadt Musterstadt')).toBe('Stadt Musterstadt');
    expect(filled(`${PLACEHOLDER}: Name`)).toBeUndefined();
    expect(filled(undefined)).toBeUndefined();
  });

  it('filledLines() hides an address with any placeholder line', () => {
    expect(filledLines(['Musterstraße 1', '12345 Musterstadt'])).toEqual(['Musterstraße 1', '12345 Musterstadt']);
    expect(filledLines(['Musterstraße 1', `${PLACEHOLDER}: Ort`])).toBeUndefined();
    expect(filledLines([])).toBeUndefined();
    expect(filledLines(undefined)).toBeUndefined();
  });

  it('the build report lists the warnings and says what to do', () => {
    const result = withSettings(shipped);
    const report = operatorWarningReport(result.problems);
    expect(report.length).toBe(result.problems.length + 1);
    expect(report[0]).toMatch(/^data\/betreiber\.yml:\d+:\d+ betreiber\.name: Warnung: Noch nicht eingetragen\./);
    expect(report.at(-1)).toMatch(/^Die Angaben zum Betreiber in data\/betreiber\.yml sind unvollständig \(\d+ Felder\): .*„noch nicht eingetragen“\. Tragen Sie die Angaben vor der Veröffentlichung ein\.$/);
  });
});
