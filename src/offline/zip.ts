/**
 * The offline zip, built with fflate. Every file sits under one folder named with the date, and
 * every entry carries the build date as its time, so the same build gives the same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import {zipSync, type Zippable} from 'fflate';

export interface ZipFile {
  /** Path inside the zip, with `/`. */
  path: string;
  data: Uint8Array;
}

/** Formats that are compressed already: deflating them again costs time and gains nothing. */
const STORED = /\.(png|jpe?g|gif|webp|woff2?|pdf|zip|gz)$/i;

export function zipFiles(files: readonly ZipFile[], mtime: Date): Uint8Array {
  const tree: Zippable = {};
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    tree[f.path] = [f.data, {level: STORED.test(f.path) ? 0 : 9, mtime}];
  }
  return zipSync(tree);
}

/** Every file below `dir`, as zip paths under `prefix/`. */
export function readTree(dir: string, prefix: string): ZipFile[] {
  const out: ZipFile[] = [];
  const walk = (rel: string) => {
    for (const d of fs.readdirSync(path.join(dir, rel), {withFileTypes: true})) {
      const r = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) walk(r);
      else if (d.isFile()) out.push({path: `${prefix}/${r}`, data: fs.readFileSync(path.join(dir, r))});
    }
  };
  walk('');
  return out;
}

/** Noon of the build day: a time that shows the same date in every time zone a reader may be in. */
export function zipTime(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}
