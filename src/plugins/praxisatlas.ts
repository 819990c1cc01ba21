/**
 * The Docusaurus glue: validation fails the build with the validator's lines; the normalised
 * entries go to pages. Hooks stay short; the work is in src/content/.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadResult} from '../content/index.ts';
import {getValidContent} from './content-cache.ts';
import {homeData, type HomeData} from './home-data.ts';
import {toCatalogEntry} from './catalog-data.ts';
import {glossaryPageData} from './glossary-data.ts';

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
      // The catalog's data is a module of its own route: in the bundle (works from file://), not in every page.
      const catalog = await actions.createData('catalog.json', JSON.stringify(content.entries.map(toCatalogEntry)));
      actions.addRoute({path: `${context.baseUrl}katalog`, component: '@site/src/components/Catalog', modules: {entries: catalog}, exact: true});
      const glossary = await actions.createData('glossary.json', JSON.stringify(glossaryPageData(content.glossary, content.entries)));
      actions.addRoute({path: `${context.baseUrl}glossar`, component: '@site/src/components/Glossary', modules: {terms: glossary}, exact: true});
    },
    getPathsToWatch() {
      return [`${context.siteDir}/data/**/*.yml`];
    },
  };
}
