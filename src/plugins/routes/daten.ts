/**
 * /daten: what the open-data files hold, a preview of the CSV, the licence. The files themselves are
 * no routes: static-files/open-data.ts writes them after the build; the page only links them.
 */
import {isOfflineBuild} from '../../offline/names.ts';
import {openDataPageData} from '../../opendata/page.ts';
import type {RouteBuilder} from './types.ts';

export const addDatenRoutes: RouteBuilder = async ({content, actions, baseUrl}) => {
  const data = await actions.createData('daten.json', JSON.stringify(openDataPageData(content, {offline: isOfflineBuild(), baseUrl})));
  actions.addRoute({path: `${baseUrl}daten`, component: '@site/src/components/OpenData', modules: {data}, exact: true});
};
