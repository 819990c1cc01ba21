import {glossaryPageData} from '../glossary-data.ts';
import type {RouteBuilder} from './types.ts';

/** /glossar: one anchor per term. */
export const addGlossaryRoutes: RouteBuilder = async ({content, actions, baseUrl}) => {
  const terms = await actions.createData('glossary.json', JSON.stringify(glossaryPageData(content.glossary, content.entries)));
  actions.addRoute({path: `${baseUrl}glossar`, component: '@site/src/components/Glossary', modules: {terms}, exact: true});
};
