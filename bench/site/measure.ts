/** Measurements of a built site and of a command: page JavaScript, sizes, wall-clock time. */
import {spawn} from 'node:child_process';
import {gzipSync} from 'node:zlib';
import {launch} from '../../test/support/browser.ts';
import {serve} from '../../test/support/serve.ts';

export interface Bytes {
  raw: number;
  gzip: number;
}

export function sizeOf(text: string | Uint8Array): Bytes {
  const buf = typeof text === 'string' ? Buffer.from(text) : Buffer.from(text);
  return {raw: buf.byteLength, gzip: gzipSync(buf, {level: 9}).byteLength};
}

/**
 * The JavaScript a page loads: every script Chromium fetches while opening it (the `<script>` tags
 * of the HTML and the route chunks the runtime requests when it hydrates), until the network is idle.
 */
export async function pageJs(buildDir: string, urlPath: string): Promise<Bytes & {files: number}> {
  const served = await serve(buildDir);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const bodies: Promise<Buffer | undefined>[] = [];
    let idle = false;
    page.on('response', (r) => {
      // A late response must not reject after the browser has closed.
      if (!idle && r.request().resourceType() === 'script' && r.ok()) bodies.push(r.body().catch(() => undefined));
    });
    await page.goto(served.url + urlPath, {waitUntil: 'networkidle'});
    // Hydration then imports lazy chunks (Mermaid); give it time, then wait for quiet again.
    await page.waitForTimeout(1500);
    await page.waitForLoadState('networkidle');
    idle = true;
    const sizes = (await Promise.all(bodies)).filter((b) => b !== undefined).map((b) => sizeOf(b));
    return {files: sizes.length, raw: sizes.reduce((a, s) => a + s.raw, 0), gzip: sizes.reduce((a, s) => a + s.gzip, 0)};
  } finally {
    await browser.close();
    await served.close();
  }
}

export interface Timed {
  code: number | null;
  seconds: number;
  output: string;
}

/** Run a command to its end; wall-clock seconds, like a person waiting for it. */
export function timed(command: string, args: string[], opts: {cwd: string; env?: NodeJS.ProcessEnv}): Promise<Timed> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, {cwd: opts.cwd, env: {...process.env, ...opts.env}});
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({code, seconds: (performance.now() - started) / 1000, output}));
  });
}

