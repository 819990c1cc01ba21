/**
 * Puts the Decap CMS bundle next to static/admin/index.html in the build. Copied from
 * node_modules at build time instead of committing a 5 MB vendored file or loading it from a
 * CDN (CI and offline copies have no internet). Only /admin/ loads it; no other page knows it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/** The main bundle, the chunks it loads lazily from its own folder, their wasm and the licence file. */
export function decapBundleFiles(dist: string): string[] {
  return fs.readdirSync(dist).filter((f) => /^(\d+\.)?decap-cms\.js$/.test(f) || f.endsWith('.wasm') || f === 'decap-cms.js.LICENSE.txt').sort();
}

export function decapDist(siteDir: string): string {
  return path.join(path.dirname(require.resolve('decap-cms/package.json', {paths: [siteDir]})), 'dist');
}

export default function decapCmsPlugin(context: LoadContext): Plugin<unknown> {
  return {
    name: 'praxisatlas-decap-cms',
    async postBuild({outDir}) {
      const dist = decapDist(context.siteDir);
      const target = path.join(outDir, 'admin');
      fs.mkdirSync(target, {recursive: true});
      for (const file of decapBundleFiles(dist)) fs.copyFileSync(path.join(dist, file), path.join(target, file));
    },
  };
}
