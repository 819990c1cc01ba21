import {describe, expect, it} from 'vitest';
import {SEARCH_GLOBAL} from '../../src/search/build';
import {loadSearchIndexScript, type ScriptHost} from '../../src/search/load-script';
import {fixtureIndex} from './helpers';

type FakeScript = ReturnType<ScriptHost['createElement']>;

function fakeHost(onAppend: (script: FakeScript) => void): ScriptHost & {appended: FakeScript[]} {
  const appended: FakeScript[] = [];
  return {
    appended,
    createElement: () => ({src: '', async: false, onload: null, onerror: null}),
    head: {
      appendChild(node) {
        appended.push(node as FakeScript);
        queueMicrotask(() => onAppend(node as FakeScript));
        return node;
      },
    },
  };
}

describe('loadSearchIndexScript', () => {
  it('adds one script tag and resolves with the global it sets', async () => {
    const scope: Record<string, unknown> = {};
    const host = fakeHost((s) => {
      scope[SEARCH_GLOBAL] = fixtureIndex();
      s.onload?.();
    });
    const [a, b] = await Promise.all([loadSearchIndexScript('/a.js', host, scope), loadSearchIndexScript('/a.js', host, scope)]);
    expect(a).toBe(fixtureIndex());
    expect(b).toBe(a);
    expect(host.appended.map((s) => s.src)).toEqual(['/a.js']);
  });

  it('rejects a file that sets no valid index, and a file that fails to load', async () => {
    const scope: Record<string, unknown> = {};
    await expect(loadSearchIndexScript('/b.js', fakeHost((s) => s.onload?.()), scope)).rejects.toThrow('unbekanntes Format');
    await expect(loadSearchIndexScript('/c.js', fakeHost((s) => s.onerror?.()), scope)).rejects.toThrow('nicht geladen');
  });
});
