import {getHistory} from '../../content/history.ts';
import {toCatalogEntriesWithHistory} from '../catalog-data.ts';
import type {RouteBuilder} from './types.ts';

/** /katalog: the data is a module of its own route (in the bundle, no fetch: works from file://). */
export const addCatalogRoutes: RouteBuilder = async ({content, actions, baseUrl, siteDir}) => {
  const entries = await actions.createData('catalog.json', JSON.stringify(toCatalogEntriesWithHistory(content.entries, getHistory(siteDir, content.entries))));
  actions.addRoute({path: `${baseUrl}katalog`, component: '@site/src/components/Catalog', modules: {entries}, exact: true});
};
