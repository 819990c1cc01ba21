import {homeData} from '../home-data.ts';
import type {RouteBuilder} from './types.ts';

/**
 * The home page, a route of this plugin rather than src/pages/: its data (counts, the playbook,
 * the scenarios with their measures, the lessons) then goes into the home page's own chunk. As
 * global data it was downloaded by every page, and the scenarios' measure lists grow with the
 * number of entries.
 */
export const addHomeRoute: RouteBuilder = async ({content, actions, baseUrl}) => {
  const data = await actions.createData('home.json', JSON.stringify(homeData(content.entries)));
  actions.addRoute({path: baseUrl, component: '@site/src/components/Home', modules: {data}, exact: true});
};
