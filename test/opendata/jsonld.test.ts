/**
 * The schema.org JSON-LD of every entry page parses and carries what search engines read; a title
 * written to break out of the <script> element (the hostile fixture entry) stays inside it.
 */
import {describe, expect, it} from 'vitest';
import {toClientEntry} from '../../src/content/client';
import {LICENCE} from '../../src/opendata/atlas';
import {entryJsonLd, scriptJson} from '../../src/opendata/jsonld';
import {content, HOSTILE, WEB} from './support';

type Article = Record<string, any>;
const roundTrip = (value: unknown): Article => JSON.parse(scriptJson(value));

describe('JSON-LD of the real entries', () => {
  const real = content();

  it.each(real.entries.map((e) => [e.id, e] as const))('%s: parses and has the required keys', (_id, entry) => {
    const ld = roundTrip(entryJsonLd(toClientEntry(entry), WEB));
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      url: `${WEB}${entry.url.slice(1)}`,
      headline: entry.title,
      description: entry.description,
      inLanguage: 'de',
      spatialCoverage: {'@type': 'Place', name: entry.city},
      dateModified: entry.lastReviewed,
      license: LICENCE.url,
      isPartOf: {'@type': 'WebSite', name: 'Praxisatlas Neuzuwanderung', url: WEB},
    });
    expect(ld.about.map((t: Article) => [t['@type'], t.name])).toEqual(entry.fields.map((f) => ['DefinedTerm', f.label]));
    expect(ld.citation.length).toBe(new Set(entry.sources.map((s) => s.ref)).size);
    for (const c of ld.citation) expect(c).toMatchObject({'@type': 'CreativeWork', name: expect.any(String)});
  });

  it('names the article by its title and author', () => {
    const ld = entryJsonLd(toClientEntry(real.entries.find((e) => e.id === 'clearingstelle-gesundheit')!), WEB);
    expect(ld.citation).toContainEqual({'@type': 'CreativeWork', name: 'Möglichkeiten und Chancen guter Vernetzung am Beispiel der Dortmunder Gesamtstrategie', author: {'@type': 'Person', name: 'Christiane Certa'}});
  });

  it('dates the page by its last change where Git knows it, else by its review', () => {
    const entry = real.entries[0];
    expect(entryJsonLd(toClientEntry(entry, {lastChanged: '2026-12-01', source: 'git', changes: []}), WEB).dateModified).toBe('2026-12-01');
    expect(entryJsonLd(toClientEntry(entry), WEB).dateModified).toBe(entry.lastReviewed);
  });
});

describe('JSON-LD of contributed text', () => {
  const [entry] = content(HOSTILE).entries;
  const ld = entryJsonLd(toClientEntry(entry), WEB);
  const script = scriptJson(ld);

  it('cannot close the script element or open a comment', () => {
    expect(entry.title).toContain('</script>');
    expect(script).not.toMatch(/[<>&\u2028\u2029]/);
    const html = `<script type="application/ld+json">${script}</script>`;
    expect(html.toLowerCase().indexOf('</script')).toBe(html.length - '</script>'.length);
  });

  it('reads back unchanged', () => {
    expect(JSON.parse(script)).toEqual(ld);
    expect(JSON.parse(script).headline).toBe('</script><script>alert("x")</script> & <!-- Kommentar');
    expect(JSON.parse(scriptJson({line: 'a\u2028b'})).line).toBe('a\u2028b');
  });
});
