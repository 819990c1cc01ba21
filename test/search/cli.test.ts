/** The CLI as users and scripts call it: real content, real process, output parsed as JSON. */
import {spawnSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {ROOT} from './helpers';

function cli(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/search.ts', ...args], {cwd: ROOT, encoding: 'utf8', timeout: 60_000});
  return {status: r.status, stdout: r.stdout, stderr: r.stderr};
}

describe('scripts/search.ts', () => {
  it('--json prints [{id,title,url,score}], at most 10, best first', () => {
    const r = cli('--json', 'Krankenversicherung');
    expect(r.status).toBe(0);
    const results = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(10);
    for (const x of results) {
      expect(Object.keys(x).sort()).toEqual(['id', 'score', 'title', 'url']);
      expect(typeof x.id).toBe('string');
      expect(typeof x.title).toBe('string');
      expect(x.url).toMatch(/^\/(kontext|koordination|szenarien|praxis|lektionen)\/[a-z0-9-]+$|^\/glossar#[a-z0-9-]+$/);
      expect(typeof x.score).toBe('number');
    }
    const scores = results.map((x) => x.score as number);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('--json prints [] and exits 0 when nothing matches, also for lunr syntax', () => {
    for (const q of ['qxzvbnm', 'xqzw:', '~^*']) {
      const r = cli('--json', q);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual([]);
    }
  });

  it('honours --limit and prints a readable German list without --json', () => {
    const r = cli('--limit', '2', 'Wohnungsmarkt');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^1\. .+ \((Kontext|Koordination|Szenario|Praxis|Lektion|Glossar)\) – \/\S+$/);
  });

  it('names a glossary term first, with its definition, and keeps it out of the list and out of --json', () => {
    const r = cli('--limit', '3', 'Clearingstelle');
    expect(r.status).toBe(0);
    const [card, blank, ...list] = r.stdout.trim().split('\n');
    expect(card).toMatch(/^Im Glossar: Clearingstelle – .{40,} \(\/glossar#clearingstelle\)$/);
    expect(blank).toBe('');
    expect(list).toHaveLength(3);
    expect(list.join('\n')).not.toContain('/glossar#clearingstelle');
    const json = JSON.parse(cli('--json', 'Clearingstelle').stdout) as {id: string}[];
    expect(json.map((x) => x.id)).not.toContain('glossar-clearingstelle');
    expect(json[0].id).not.toMatch(/^glossar-/);
  });

  it('rejects a bad --limit with exit code 2', () => {
    const r = cli('--limit', 'viele', 'Wohnung');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--limit');
  });
});
