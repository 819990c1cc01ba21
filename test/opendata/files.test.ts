/**
 * The build writes the three files into daten/ of the web build and of the offline copy, with web
 * addresses in both; the page /daten links them under the base URL on the web and relative to
 * index.html offline (file:// has no root), and previews the first rows of the real CSV.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, describe, expect, it, vi} from 'vitest';
import {entriesCsvTable} from '../../src/opendata/csv';
import {OFFLINE_ENV} from '../../src/offline/names';
import {openDataPageData, PREVIEW_ROWS, type OpenDataPageData} from '../../src/opendata/page';
import {addDatenRoutes} from '../../src/plugins/routes/daten';
import {writeOpenData} from '../../src/plugins/static-files/open-data';
import {parseCsv} from './csv-parse';
import {content, REPO, WEB} from './support';

const real = content();
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, {recursive: true, force: true})));

async function build(offline: boolean): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'praxisatlas-daten-'));
  dirs.push(outDir);
  await writeOpenData({content: real, outDir, siteDir: REPO, baseUrl: offline ? '/' : '/praxisatlas/', siteUrl: 'https://atlas.example', webAddress: WEB, offline});
  return path.join(outDir, 'daten');
}

describe('the files in the build', () => {
  it.each([
    ['web build', false],
    ['offline copy', true],
  ])('%s: eintraege.json, eintraege.csv and katalog.rdf, with web addresses', async (_name, offline) => {
    const dir = await build(offline);
    expect(fs.readdirSync(dir).sort()).toEqual(['eintraege.csv', 'eintraege.json', 'katalog.rdf']);
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'eintraege.json'), 'utf8'));
    expect(json.entries[0].page_url.startsWith(WEB)).toBe(true);
    const csv = fs.readFileSync(path.join(dir, 'eintraege.csv'));
    expect(parseCsv(csv.toString('utf8').slice(1))).toHaveLength(real.entries.length + 1);
    const rdf = fs.readFileSync(path.join(dir, 'katalog.rdf'), 'utf8');
    // The catalogue states the sizes of the files it describes.
    expect(rdf).toContain(`>${fs.statSync(path.join(dir, 'eintraege.json')).size}</dcat:byteSize>`);
    expect(rdf).toContain(`>${csv.length}</dcat:byteSize>`);
    expect(rdf).toContain(`${WEB}daten/eintraege.csv`);
  });
});

describe('the page /daten', () => {
  it('links the files under the base URL on the web and next to index.html offline', () => {
    const web = openDataPageData(real, {offline: false, baseUrl: '/praxisatlas/'});
    const offline = openDataPageData(real, {offline: true, baseUrl: '/'});
    expect(web.files.map((f) => f.href)).toEqual(['/praxisatlas/daten/eintraege.csv', '/praxisatlas/daten/eintraege.json', '/praxisatlas/daten/katalog.rdf']);
    expect(offline.files.map((f) => f.href)).toEqual(['./daten/eintraege.csv', './daten/eintraege.json', './daten/katalog.rdf']);
    // The page picks the CSV by this key (its preview and import hints); the DCAT file type must not overwrite it.
    expect(web.files.map((f) => f.format)).toEqual(['csv', 'json', 'rdf']);
  });

  it('previews the first rows of the CSV table and lists all its columns', () => {
    const page = openDataPageData(real, {offline: false, baseUrl: '/'});
    const table = entriesCsvTable(real.entries, WEB);
    expect(page.preview.rows).toHaveLength(PREVIEW_ROWS);
    const index = page.preview.header.map((name) => table.header.indexOf(name));
    expect(index.every((i) => i >= 0)).toBe(true);
    expect(page.preview.rows).toEqual(table.rows.slice(0, PREVIEW_ROWS).map((row) => index.map((i) => row[i])));
    expect(page.columns.map((c) => c.name)).toEqual(table.header);
    expect(page.columns.every((c) => c.label.length > 2)).toBe(true);
    expect(page.count).toBe(real.entries.length);
    expect(page.attribution).toContain('CC BY 4.0');
  });
});

describe('the route builder', () => {
  afterEach(() => vi.unstubAllEnvs());

  async function run(): Promise<{path: string; component: string; data: OpenDataPageData}> {
    const created = new Map<string, string>();
    let route: {path: string; component: string; modules: {data: string}} | undefined;
    const actions = {
      createData: async (name: string, json: string) => (created.set(name, json), name),
      addRoute: (r: typeof route) => (route = r),
    };
    await addDatenRoutes({content: real, actions: actions as never, baseUrl: '/', siteDir: REPO});
    return {path: route!.path, component: route!.component, data: JSON.parse(created.get(route!.modules.data)!)};
  }

  it('adds /daten with a component that exists, linking the files for the web', async () => {
    const {path: route, component, data} = await run();
    expect(route).toBe('/daten');
    expect(fs.existsSync(path.join(REPO, component.replace('@site/', ''), 'index.tsx'))).toBe(true);
    expect(data.files[0].href).toBe('/daten/eintraege.csv');
  });

  it('links the files relative to index.html in the offline build', async () => {
    vi.stubEnv(OFFLINE_ENV, '1');
    expect((await run()).data.files[0].href).toBe('./daten/eintraege.csv');
  });
});
