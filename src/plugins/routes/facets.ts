import {facetIndexPages, facetPages} from '../../catalog/facet-pages.ts';
import {toCatalogEntry} from '../catalog-data.ts';
import type {RouteBuilder} from './types.ts';

/** /handlungsfelder/<value> and /akteure/<value> for every vocabulary value, plus an overview each. */
export const addFacetRoutes: RouteBuilder = async ({content, actions, baseUrl}) => {
  const pages = facetPages(content.entries.map(toCatalogEntry));
  for (const page of pages) {
    const data = await actions.createData(`facet-${page.param}-${page.value}.json`, JSON.stringify(page));
    actions.addRoute({path: `${baseUrl}${page.path.slice(1)}`, component: '@site/src/components/FacetPage', modules: {page: data}, exact: true});
  }
  for (const index of facetIndexPages(pages)) {
    const data = await actions.createData(`facet-index-${index.param}.json`, JSON.stringify(index));
    actions.addRoute({path: `${baseUrl}${index.path.slice(1)}`, component: '@site/src/components/FacetPage/FacetIndex', modules: {index: data}, exact: true});
  }
};
