/**
 * The real site builds; an invalid entry fails the build with the validator's own lines.
 * The build is shared with later tests through build/ (see test/support/build.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {copyProject, docusaurusBuild} from './support/build';
import {BUILD_DIR, ensureBuilt} from './support/built-site';
import {REPO, removeSite} from './support/site';

const OUT = BUILD_DIR;

beforeAll(() => {
  ensureBuilt();
}, 240_000);

const page = (url: string) => fs.readFileSync(path.join(OUT, `${url}.html`), 'utf8');

describe('npm run build', () => {
  it('succeeds on the real content', () => {
    expect(fs.existsSync(path.join(OUT, 'index.html'))).toBe(true);
    expect(fs.existsSync(path.join(OUT, 'praxis/clearingstelle-gesundheit.html'))).toBe(true);
  });

  it('serves entries at the contract URLs, in German', () => {
    for (const url of ['/praxis/clearingstelle-gesundheit', '/szenarien/szenario-qualifizierung', '/koordination/netzwerk-neuzuwanderung', '/lektionen/offene-fragen', '/kontext/eu2-zuwanderung-dortmund']) {
      expect(page(url)).toMatch(/<html lang="?de-DE"?/);
    }
  });

  it('shows the metadata box, sources and review date on an entry page', () => {
    const html = page('/praxis/clearingstelle-gesundheit');
    expect(html).toMatch(/aria-label="?Steckbrief"?/);
    expect(html).toMatch(/Handlungsfelder(<\/dt>)?<dd>.*?Gesundheit/);
    expect(html).toContain('Quellenverzeichnis');
    expect(html).toMatch(/Zuletzt geprüft am <time datetime="?\d{4}-\d{2}-\d{2}"?>/);
    expect(html).toContain('Verwandte Einträge');
  });

  it('keeps praxis entries out of the sidebar but links the catalog', () => {
    const html = page('/koordination/fachgruppen');
    expect(html).toContain('Maßnahmen (Katalog)');
    expect(html).not.toMatch(/class="?menu__link[^>]*href="?\/praxis\//);
  });

  it('lists the playbook steps in step order in the sidebar', () => {
    const html = page('/koordination/fachgruppen');
    const order = ['problemlagen-erkennen', 'fachlicher-austausch', 'netzwerk-neuzuwanderung', 'gemeinsame-positionierung', 'handlungsrahmen-erarbeiten', 'fachgruppen', 'ueberoertliche-vernetzung', 'koordinierungsgruppe', 'steuerungsstruktur'];
    const positions = order.map((id) => html.search(new RegExp(`href="?/koordination/${id}[" >]`)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe('an invalid entry', () => {
  let dir: string;
  afterAll(() => dir && removeSite(dir));

  it('fails validate and build with the same line, at the right line number', () => {
    dir = copyProject();
    const file = path.join(dir, 'docs/praxis/nothilfen.md');
    const text = fs.readFileSync(file, 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('fields:')) + 1;
    fs.writeFileSync(file, text.replace(/^fields:/m, 'feilds:'));
    const expected = `docs/praxis/nothilfen.md:${line}:1 feilds: Unbekanntes Feld „feilds“. Meinten Sie „fields“?`;

    const validate = spawnSync(path.join(REPO, 'node_modules/.bin/tsx'), [path.join(REPO, 'scripts/validate.ts')], {cwd: dir, encoding: 'utf8'});
    expect(validate.status).toBe(1);
    // The shipped operator settings are placeholders: their warnings (data/betreiber.yml) come along.
    expect(validate.stdout.trim().split('\n').filter((l) => !l.startsWith('data/betreiber.yml:'))).toEqual([expected]);

    const build = docusaurusBuild(dir, path.join(dir, 'build'));
    expect(build.code).not.toBe(0);
    expect(build.output).toContain(expected);
    expect(build.output).toContain('Der Praxisatlas enthält ungültige Einträge (1 Problem)');
  }, 240_000);
});
