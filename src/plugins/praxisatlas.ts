/**
 * The Docusaurus glue: validation fails the build with the validator's lines; the normalised
 * entries go to pages. Hooks stay short; the work is in src/content/ and the route builders.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadResult} from '../content/index.ts';
import {getValidContent} from './content-cache.ts';
import {homeData, type HomeData} from './home-data.ts';
import {routeBuilders} from './routes/index.ts';

export type PraxisatlasGlobalData = HomeData;

export default function praxisatlasPlugin(context: LoadContext): Plugin<unknown> {
  return {
    name: 'praxisatlas',
    async loadContent() {
      return getValidContent(context.siteDir);
    },
    async contentLoaded({content: loaded, actions}) {
      const content = loaded as LoadResult;
      // Small on purpose: global data is downloaded by every page.
      actions.setGlobalData(homeData(content.entries));
      for (const build of routeBuilders) await build({content, actions, baseUrl: context.baseUrl, siteDir: context.siteDir});
    },
    getPathsToWatch() {
      return [`${context.siteDir}/data/**/*.yml`];
    },
  };
}
