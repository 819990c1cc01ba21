import {committeeBrief} from '../../catalog/brief.ts';
import {evidencePageData} from '../../catalog/evidence.ts';
import type {RouteBuilder} from './types.ts';

/** /tischvorlage: the committee brief, from key points, deliverables and outcomes (src/catalog/brief.ts). */
export const addBriefRoutes: RouteBuilder = async ({content, actions, baseUrl}) => {
  const brief = await actions.createData('brief.json', JSON.stringify(committeeBrief(content.entries)));
  actions.addRoute({path: `${baseUrl}tischvorlage`, component: '@site/src/components/Tischvorlage', modules: {brief}, exact: true});
};

/** /evidenz: what the evidence levels mean, with the measures on each level. */
export const addEvidenceRoutes: RouteBuilder = async ({content, actions, baseUrl}) => {
  const data = await actions.createData('evidence.json', JSON.stringify(evidencePageData(content.entries)));
  actions.addRoute({path: `${baseUrl}evidenz`, component: '@site/src/components/Evidence', modules: {data}, exact: true});
};
