import {selfCheckData} from '../../catalog/selfcheck.ts';
import type {RouteBuilder} from './types.ts';

/** /selbstcheck: the checklist is built here; the ticks live in the reader's localStorage. */
export const addSelbstcheckRoutes: RouteBuilder = async ({content, actions, baseUrl}) => {
  const data = await actions.createData('selbstcheck.json', JSON.stringify(selfCheckData(content.entries)));
  actions.addRoute({path: `${baseUrl}selbstcheck`, component: '@site/src/components/SelfCheck', modules: {data}, exact: true});
};
