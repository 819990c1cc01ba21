/**
 * The Docusaurus glue: validation fails the build with the validator's lines; the normalised
 * entries go to pages. Hooks stay short; the work is in src/content/ and the route builders.
 */
import path from 'node:path';
import type {LoadContext, Plugin, PluginContentLoadedActions} from '@docusaurus/types';
import type {LoadResult} from '../content/index.ts';
import {getValidContent, isPreview} from './content-cache.ts';
import {ContentProblemsPlugin} from './content-problems.ts';
import {playbookSteps, type PlaybookSteps} from './home-data.ts';
import {routeBuilders} from './routes/index.ts';
import {staticFileWriters} from './static-files/index.ts';
import {isOfflineBuild} from '../offline/names.ts';

export type PraxisatlasGlobalData = PlaybookSteps;

export default function praxisatlasPlugin(context: LoadContext): Plugin<unknown> {
  return {
    name: 'praxisatlas',
    async loadContent() {
      return getValidContent(context.siteDir);
    },
    async contentLoaded({content: loaded, actions}) {
      const content = loaded as LoadResult;
      // Small on purpose: global data is downloaded by every page.
      actions.setGlobalData(playbookSteps(content.entries));
      for (const build of routeBuilders) await build({content, actions: withAliasedData(actions, context.generatedFilesDir), baseUrl: context.baseUrl, siteDir: context.siteDir});
    },
    async postBuild({outDir, content}) {
      const ctx = {content: content as LoadResult, outDir, siteDir: context.siteDir, baseUrl: context.baseUrl, siteUrl: context.siteConfig.url.replace(/\/+$/, ''), webAddress: String(context.siteConfig.customFields?.webAddress ?? ''), offline: isOfflineBuild()};
      for (const write of staticFileWriters) await write(ctx);
    },
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) return {};
      // The entry assistant runs the validator in the browser; its one Node module there is the
      // POSIX path logic of links.ts, which path-browserify provides unchanged. A replacement, not
      // an alias: the bundler refuses the `node:` scheme before it looks at aliases.
      const nodePath = new currentBundler.instance.NormalModuleReplacementPlugin(/^node:path$/, require.resolve('path-browserify'));
      // The preview only: a build stops at invalid content before bundling (content-cache.ts).
      return {plugins: isPreview() ? [nodePath, new ContentProblemsPlugin(context.siteDir)] : [nodePath]};
    },
    getPathsToWatch() {
      return [`${context.siteDir}/data/**/*.yml`];
    },
  };
}

/**
 * createData() returns an absolute path (`/home/…/.docusaurus/praxisatlas/default/x.json`), which
 * ends up in the route registry and in chunk names: a build in another folder would differ. Like
 * Docusaurus' own plugins, we hand routes the `@generated/…` alias instead, so two checkouts of
 * the same commit build the same files (test/quality/determinism.test.ts).
 */
function withAliasedData(actions: PluginContentLoadedActions, generatedFilesDir: string): PluginContentLoadedActions {
  return {
    ...actions,
    async createData(name, data) {
      const file = await actions.createData(name, data);
      return `@generated/${path.relative(generatedFilesDir, file).split(path.sep).join('/')}`;
    },
  };
}
