/**
 * One config, two builds: PRAXISATLAS_OFFLINE=1 switches to the hash router with the offline
 * banner; without it the web build keeps its router, sitemap and feeds.
 */
import type {Config} from '@docusaurus/types';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {TODAY} from '../support/site';

async function loadConfig(env: Record<string, string | undefined>): Promise<Config> {
  vi.resetModules();
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  return (await import('../../docusaurus.config')).default;
}

type PresetOptions = {sitemap?: unknown; blog: {feedOptions: {type: unknown}}};
const presetOptions = (c: Config) => (c.presets![0] as [string, PresetOptions])[1];
const themeConfig = (c: Config) => c.themeConfig as {announcementBar?: {content: string; isCloseable: boolean}};

afterEach(() => vi.unstubAllEnvs());

describe('docusaurus.config.ts, offline switch', () => {
  it('builds the web site as before without the switch', async () => {
    const c = await loadConfig({PRAXISATLAS_OFFLINE: undefined, PRAXISATLAS_BASE_URL: '/atlas/', PRAXISATLAS_URL: 'https://h.example'});
    expect(c.future?.experimental_router ?? 'browser').toBe('browser');
    expect(c.baseUrl).toBe('/atlas/');
    expect(themeConfig(c).announcementBar).toBeUndefined();
    expect(presetOptions(c).sitemap).toBeUndefined();
    expect(presetOptions(c).blog.feedOptions.type).toEqual(['rss', 'atom']);
  });

  it('builds the hash-router copy with a dated banner pointing to the web version', async () => {
    const c = await loadConfig({PRAXISATLAS_OFFLINE: '1', PRAXISATLAS_TODAY: TODAY, PRAXISATLAS_OFFLINE_DATE: undefined, PRAXISATLAS_BASE_URL: '/atlas/', PRAXISATLAS_URL: 'https://h.example'});
    expect(c.future?.experimental_router).toBe('hash');
    expect(c.baseUrl).toBe('/');
    expect(themeConfig(c).announcementBar).toMatchObject({isCloseable: false});
    expect(themeConfig(c).announcementBar!.content).toBe('Offline-Kopie vom 7. Dezember 2026 – aktuelle Fassung: <a href="https://h.example/atlas/" rel="noopener">https://h.example/atlas/</a>');
    expect(c.customFields?.webAddress).toBe('https://h.example/atlas/');
    // Neither needs nor supports the hash router; switched off instead of warned about.
    expect(presetOptions(c).sitemap).toBe(false);
    expect(presetOptions(c).blog.feedOptions.type).toBeNull();
  });
});
