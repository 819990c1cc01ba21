import {fieldReference} from '../../content/generators/field-reference.ts';
import type {RouteBuilder} from './types.ts';

/** /felder: the field and vocabulary reference, generated from the schema at build time. */
export const addFieldRoutes: RouteBuilder = async ({actions, baseUrl}) => {
  const reference = await actions.createData('field-reference.json', JSON.stringify(fieldReference()));
  actions.addRoute({path: `${baseUrl}felder`, component: '@site/src/components/FieldReference', modules: {reference}, exact: true});
};
