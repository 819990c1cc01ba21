/**
 * Decap CMS against its local backend, for the browser test: decap-server in git mode on
 * loopback over a throwaway git repository with the site's docs/ and data/, and the built site
 * served with a config.yml whose local_backend points at that server's port.
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {parse, stringify} from 'yaml';
import {REPO} from '../support/site';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A git repository with the content of `siteDir`, as the editorial workflow needs (branches per draft). */
export function contentRepo(siteDir: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'praxisatlas-cms-repo-'));
  for (const name of ['docs', 'data']) fs.cpSync(path.join(siteDir, name), path.join(dir, name), {recursive: true});
  const git = (...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@praxisatlas.invalid', '-c', 'commit.gpgsign=false', ...args], {cwd: dir, encoding: 'utf8'});
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  };
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'Inhalt');
  return dir;
}

export interface DecapServer {
  url: string;
  process: ChildProcess;
  log: string[];
  stop(): Promise<void>;
}

export async function startDecapServer(repoDir: string): Promise<DecapServer> {
  const port = await freePort();
  const log: string[] = [];
  const child = spawn(path.join(REPO, 'node_modules/.bin/decap-server'), [], {
    cwd: repoDir,
    env: {...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'git', GIT_REPO_DIRECTORY: repoDir, LOG_LEVEL: 'warn'},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => log.push(String(d)));
  child.stderr!.on('data', (d) => log.push(String(d)));
  const url = `http://127.0.0.1:${port}/api/v1`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(url, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({action: 'info'})});
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    if (child.exitCode !== null) throw new Error(`decap-server ended: ${log.join('')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    process: child,
    log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * A folder that looks like the build (symlinks), except admin/config.yml, which points the local
 * backend at the test's decap-server. The committed config stays as it is in build/.
 */
export function siteWithLocalBackend(buildDir: string, backendUrl: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'praxisatlas-cms-site-'));
  for (const name of fs.readdirSync(buildDir)) {
    if (name !== 'admin') fs.symlinkSync(path.join(buildDir, name), path.join(dir, name));
  }
  fs.mkdirSync(path.join(dir, 'admin'));
  for (const name of fs.readdirSync(path.join(buildDir, 'admin'))) {
    if (name !== 'config.yml') fs.symlinkSync(path.join(buildDir, 'admin', name), path.join(dir, 'admin', name));
  }
  const config = parse(fs.readFileSync(path.join(buildDir, 'admin/config.yml'), 'utf8'));
  config.local_backend = {url: backendUrl};
  fs.writeFileSync(path.join(dir, 'admin/config.yml'), stringify(config));
  return dir;
}
