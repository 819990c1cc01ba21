/**
 * /impressum, /datenschutz, /barrierefreiheit, /einfache-sprache: generated from the operator
 * settings (data/betreiber.yml), so a city that runs its own copy edits one file, not four pages.
 * While settings are placeholders the build says so (the validator's warnings and one sentence);
 * it does not fail, so a fresh copy can be previewed.
 */
import {datenschutzData, impressumData, plainLanguageData, statementData} from '../../components/Legal/model.ts';
import {operatorWarningReport} from '../../content/operator.ts';
import {buildDate, germanDate} from '../../offline/date.ts';
import {CHECKED_PAGES} from '../../quality/pages.ts';
import type {RouteBuilder} from './types.ts';

export const addLegalRoutes: RouteBuilder = async ({content, actions, baseUrl}) => {
  const report = operatorWarningReport(content.problems);
  if (report.length) console.warn(report.join('\n'));

  const op = content.operator;
  const iso = buildDate();
  const pages = [
    {path: 'impressum', component: 'Impressum', data: impressumData(op)},
    {path: 'datenschutz', component: 'Datenschutz', data: datenschutzData(op)},
    {path: 'barrierefreiheit', component: 'Barrierefreiheit', data: statementData(op, {date: {iso, german: germanDate(iso)}, pages: CHECKED_PAGES})},
    {path: 'einfache-sprache', component: 'EinfacheSprache', data: plainLanguageData(op)},
  ];
  for (const page of pages) {
    const data = await actions.createData(`${page.path}.json`, JSON.stringify(page.data));
    actions.addRoute({path: `${baseUrl}${page.path}`, component: `@site/src/components/Legal/${page.component}`, modules: {data}, exact: true});
  }
};
