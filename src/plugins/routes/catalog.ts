import {toCatalogEntry} from '../catalog-data.ts';
import type {RouteBuilder} from './types.ts';

/** /katalog: the data is a module of its own route (in the bundle, no fetch: works from file://). */
export const addCatalogRoutes: RouteBuilder = async ({content, actions, baseUrl}) => {
  const entries = await actions.createData('catalog.json', JSON.stringify(content.entries.map(toCatalogEntry)));
  actions.addRoute({path: `${baseUrl}katalog`, component: '@site/src/components/Catalog', modules: {entries}, exact: true});
};
