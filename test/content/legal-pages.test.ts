/**
 * The legal pages' data (src/components/Legal/model.ts), without a browser: what Impressum,
 * Datenschutz, the accessibility statement and the Einfache-Sprache page show for filled-in and
 * for placeholder settings; the route builder's pages and its build warning; the browser-storage
 * keys the privacy page names against the code that writes them.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {conformanceStatus, datenschutzData, impressumData, KNOWN_LIMITS, plainLanguageData, statementData} from '../../src/components/Legal/model';
import {STORAGE_KEYS, storageUses} from '../../src/components/Legal/storage';
import {loadEntries, OPERATOR_PATH, type LoadResult} from '../../src/content/index';
import {PLACEHOLDER, PLACEHOLDER_OPERATOR} from '../../src/content/operator';
import {operatorSchema, type Operator} from '../../src/content/schema';
import {parseYaml} from '../../src/content/yaml';
import {addLegalRoutes} from '../../src/plugins/routes/legal';
import {addBeitragenRoutes} from '../../src/plugins/routes/beitragen';
import {LIGHTHOUSE_PAGES} from '../../src/quality/budget';
import {CHECKED_PAGES} from '../../src/quality/pages';
import {FIXTURES, REPO, TODAY} from '../support/site';

const settings = (fixture: string): Operator => operatorSchema.parse(parseYaml(fs.readFileSync(path.join(FIXTURES, 'operator', fixture, OPERATOR_PATH), 'utf8')).value);
const FILLED = settings('filled');
const MINIMAL = settings('minimal');
const DATE = {iso: '2026-12-07', german: '7. Dezember 2026'};
const statement = (op: Operator) => statementData(op, {date: DATE, pages: CHECKED_PAGES});
const allPages = (op: Operator) => [impressumData(op), datenschutzData(op), statement(op), plainLanguageData(op)];

describe('Impressum', () => {
  it('shows the filled-in settings', () => {
    expect(impressumData(FILLED)).toEqual({
      operator: {name: 'Stadt Musterstadt, Sozialamt', address: ['Musterstraße 1', '12345 Musterstadt']},
      representedBy: 'Oberbürgermeisterin oder Oberbürgermeister',
      responsible: 'Leitung des Sozialamts',
      email: 'praxisatlas@musterstadt.example',
      phone: '0123 456-0',
      supervisory: {name: 'Bezirksregierung Musterbezirk', address: ['Am Markt 2', '12345 Musterstadt']},
      incomplete: false,
    });
  });

  it('shows „noch nicht eingetragen“ (null) for every placeholder and says the page is incomplete', () => {
    expect(impressumData(PLACEHOLDER_OPERATOR)).toEqual({
      operator: {name: null, address: null},
      representedBy: null,
      responsible: null,
      email: null,
      incomplete: true,
    });
  });

  it('leaves out telephone and supervisory authority when the settings do, and they survive JSON', () => {
    const data = JSON.parse(JSON.stringify(impressumData(MINIMAL)));
    expect(data).not.toHaveProperty('phone');
    expect(data).not.toHaveProperty('supervisory');
    expect(data.incomplete).toBe(false);
  });

  it('treats one placeholder line of an address as a missing address', () => {
    const op = {...FILLED, betreiber: {...FILLED.betreiber, anschrift: ['Musterstraße 1', `${PLACEHOLDER}: Ort`]}};
    expect(impressumData(op).operator.address).toBeNull();
    expect(impressumData(op).incomplete).toBe(true);
  });
});

describe('Datenschutz', () => {
  it('names controller, data protection officer, host and authority from the settings', () => {
    const data = datenschutzData(FILLED);
    expect(data.controller.name).toBe('Stadt Musterstadt, Sozialamt');
    expect(data.dpoEmail).toBe('datenschutz@musterstadt.example');
    expect(data.host).toEqual({name: 'GitHub, Inc. (GitHub Pages)', address: ['88 Colin P. Kelly Jr. Street', 'San Francisco, CA 94107', 'USA'], privacyUrl: 'https://docs.github.com/de/site-policy/privacy-policies/github-general-privacy-statement'});
    expect(data.authority.url).toBe('https://www.datenschutz.example');
    expect(data.incomplete).toBe(false);
  });

  it('without a data protection officer in the settings has no such line', () => {
    expect(datenschutzData(MINIMAL)).not.toHaveProperty('dpoEmail');
  });

  it('with placeholders shows nothing made up', () => {
    const data = datenschutzData(PLACEHOLDER_OPERATOR);
    expect(data.controllerEmail).toBeNull();
    expect(data.authority).toEqual({name: null, address: null, url: null});
    expect(data.incomplete).toBe(true);
  });
});

describe('no page ever shows the placeholder text', () => {
  it.each([
    ['all placeholders', PLACEHOLDER_OPERATOR],
    ['the shipped file', operatorSchema.parse(parseYaml(fs.readFileSync(path.join(REPO, OPERATOR_PATH), 'utf8')).value)],
  ])('%s', (_name, op) => {
    for (const data of allPages(op)) expect(JSON.stringify(data)).not.toContain(PLACEHOLDER);
  });

  it('and a filled-in file leaves no page incomplete', () => {
    for (const data of [impressumData(FILLED), datenschutzData(FILLED), statement(FILLED)]) expect(data.incomplete).toBe(false);
  });
});

describe('Erklärung zur Barrierefreiheit', () => {
  it('is „teilweise vereinbar“ while limits are known, and would be „vollständig vereinbar“ without', () => {
    expect(statement(FILLED).status).toBe('teilweise vereinbar');
    expect(conformanceStatus([])).toBe('vollständig vereinbar');
  });

  it('names the known limits with their alternatives, Gebärdensprache and Leichte Sprache plainly', () => {
    const limits = statement(FILLED).limits;
    expect(limits.map((l) => l.id)).toEqual(['diagramme', 'pdf', 'fachsprache', 'gebaerdensprache', 'leichte-sprache']);
    const byId = (id: string) => limits.find((l) => l.id === id)!;
    expect(byId('diagramme').alternative?.text).toContain('„Das Diagramm in Worten“');
    expect(byId('pdf').text).toContain('PDF/UA');
    expect(byId('fachsprache').alternative?.link?.to).toBe('/glossar');
    expect(byId('gebaerdensprache').text).toContain('Es gibt noch keine Videos in Deutscher Gebärdensprache.');
    expect(byId('gebaerdensprache').alternative).toBeUndefined();
    expect(byId('leichte-sprache').text).toContain('Prüfgruppe');
    expect(byId('leichte-sprache').alternative?.link?.to).toBe('/einfache-sprache');
  });

  it('lists the pages the browser checks run on, from the one list the tests use', () => {
    const data = statement(FILLED);
    expect(data.checkedPages).toEqual(CHECKED_PAGES.map((p) => p.label));
    expect(data.checkedPages).toContain('Impressum');
    expect(data.lighthousePages).toEqual(['Startseite', 'Katalog', 'ein Praxis-Eintrag']);
    expect(data.lighthousePages).toHaveLength(LIGHTHOUSE_PAGES.length);
    expect(data.lighthouseMinimum).toBe(100);
  });

  it('carries the build date and the contacts from the settings', () => {
    const data = statement(FILLED);
    expect(data.date).toEqual(DATE);
    expect(data.feedbackEmail).toBe('barrierefreiheit@musterstadt.example');
    expect(data.conciliation).toEqual({name: 'Ombudsstelle für barrierefreie Informationstechnik des Landes', address: ['Landesstraße 3', '54321 Landeshauptstadt'], url: 'https://www.ombudsstelle.example', email: 'ombudsstelle@land.example'});
  });

  it('with placeholders has no feedback address and no conciliation body, and says so', () => {
    const data = statement(PLACEHOLDER_OPERATOR);
    expect(data.feedbackEmail).toBeNull();
    expect(data.conciliation).toEqual({name: null, address: null, url: null, email: null});
    expect(data.incomplete).toBe(true);
  });
});

describe('Einfache Sprache', () => {
  it('says the status in a plain sentence and lists the same limits in plain words', () => {
    const data = plainLanguageData(FILLED);
    expect(data.status).toBe('Der Praxisatlas ist nur zum Teil barrierefrei.');
    expect(data.limits).toEqual(KNOWN_LIMITS.map((l) => l.plain));
    expect(data.feedbackEmail).toBe('barrierefreiheit@musterstadt.example');
  });

  it('keeps the plain sentences short and never calls itself Leichte Sprache', () => {
    for (const text of KNOWN_LIMITS.map((l) => l.plain)) {
      for (const sentence of text.split(/(?<=\.)\s+/)) expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(12);
    }
    const page = fs.readFileSync(path.join(REPO, 'src/components/Legal/EinfacheSprache.tsx'), 'utf8');
    expect(page).not.toMatch(/in Leichter Sprache\.<\/Heading>|title="Leichte Sprache"/);
  });
});

describe('the route builder', () => {
  afterEach(() => vi.unstubAllEnvs());

  async function run(content: LoadResult) {
    const routes: {path: string; component: string; modules: {data: string}}[] = [];
    const data = new Map<string, unknown>();
    const actions = {
      createData: async (name: string, json: string) => {
        data.set(name, JSON.parse(json));
        return name;
      },
      addRoute: (r: {path: string; component: string; modules: {data: string}}) => routes.push(r),
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await addLegalRoutes({content, actions: actions as never, baseUrl: '/', siteDir: REPO});
    const warnings = warn.mock.calls.map((c) => String(c[0]));
    warn.mockRestore();
    return {routes, data, warnings};
  }

  it('adds the four pages, each with a component that exists', async () => {
    const {routes, data} = await run(loadEntries(REPO, {today: TODAY}));
    expect(routes.map((r) => r.path)).toEqual(['/impressum', '/datenschutz', '/barrierefreiheit', '/einfache-sprache']);
    for (const r of routes) {
      expect(fs.existsSync(path.join(REPO, r.component.replace('@site/', '') + '.tsx')), r.component).toBe(true);
      expect(data.has(r.modules.data)).toBe(true);
    }
    // The static page it replaces must be gone, or Docusaurus would have two routes.
    expect(fs.existsSync(path.join(REPO, 'src/pages/barrierefreiheit.md'))).toBe(false);
  });

  it('dates the statement with the build date, in German', async () => {
    vi.stubEnv('PRAXISATLAS_TODAY', '2026-12-07');
    vi.stubEnv('PRAXISATLAS_OFFLINE_DATE', '');
    const {data} = await run(loadEntries(REPO, {today: TODAY}));
    expect((data.get('barrierefreiheit.json') as {date: unknown}).date).toEqual({iso: '2026-12-07', german: '7. Dezember 2026'});
  });

  it('prints the placeholder warnings while settings are unfilled, and nothing once they are filled', async () => {
    const real = loadEntries(REPO, {today: TODAY});
    const unfilled = await run(real);
    expect(unfilled.warnings).toHaveLength(1);
    expect(unfilled.warnings[0]).toMatch(/^data\/betreiber\.yml:\d+:\d+ betreiber\.name: Warnung: Noch nicht eingetragen\./);
    expect(unfilled.warnings[0]).toContain('Tragen Sie die Angaben vor der Veröffentlichung ein.');

    const filledIn = await run({...real, operator: FILLED, problems: real.problems.filter((p) => p.path !== OPERATOR_PATH)});
    expect(filledIn.warnings).toEqual([]);
  });
});

describe('the entry assistant’s e-mail way', () => {
  async function assistantData(content: LoadResult): Promise<{editorialEmail?: string}> {
    let data: unknown;
    const actions = {
      createData: async (name: string, json: string) => {
        if (name === 'eintrag-assistent.json') data = JSON.parse(json);
        return name;
      },
      addRoute: () => {},
    };
    await addBeitragenRoutes({content, actions: actions as never, baseUrl: '/', siteDir: REPO});
    return data as {editorialEmail?: string};
  }

  it('goes to the operator’s contact address once it is filled in, and nowhere while it is a placeholder', async () => {
    const real = loadEntries(REPO, {today: TODAY});
    expect((await assistantData(real)).editorialEmail).toBe('');
    expect((await assistantData({...real, operator: FILLED})).editorialEmail).toBe(FILLED.kontakt.email);
  });
});

describe('browser storage named on /datenschutz', () => {
  const read = (rel: string) => fs.readFileSync(path.join(REPO, rel), 'utf8');
  const constant = (rel: string) => /export const STORAGE_KEY = '([^']+)'/.exec(read(rel))?.[1];

  it('has the keys the hooks write', () => {
    expect(STORAGE_KEYS.selfCheck).toBe(constant('src/components/SelfCheck/useStoredChecks.ts'));
    expect(STORAGE_KEYS.draft).toBe(constant('src/components/EntryAssistant/useDraft.ts'));
    expect(storageUses().map((u) => u.key)).toEqual([STORAGE_KEYS.selfCheck, STORAGE_KEYS.draft]);
  });

  it('no other code in src/ stores anything in the browser (add it to storage.ts and the page first)', () => {
    const users: string[] = [];
    const walk = (dir: string) => {
      for (const d of fs.readdirSync(path.join(REPO, dir), {withFileTypes: true})) {
        const rel = `${dir}/${d.name}`;
        if (d.isDirectory()) walk(rel);
        else if (/\.(tsx?|js)$/.test(d.name) && /\b(localStorage|sessionStorage)\.(getItem|setItem|removeItem|clear|key)\b|\bindexedDB\.open\b|\bdocument\.cookie\s*=/.test(read(rel))) users.push(rel);
      }
    };
    walk('src');
    expect(users.sort()).toEqual(['src/components/EntryAssistant/useDraft.ts', 'src/components/SelfCheck/useStoredChecks.ts']);
  });
});
