import {CHARTS} from '../../charts/definitions.ts';
import {extractCharts, otherFigures} from '../../charts/extract.ts';
import {chartSvg} from '../../charts/svg.ts';
import type {RouteBuilder} from './types.ts';

/** /zahlen: charts drawn here, at build time, as SVG markup; the browser gets no chart code. */
export const addZahlenRoutes: RouteBuilder = async ({content, actions, baseUrl}) => {
  const charts = extractCharts(CHARTS, content.entries).map((chart) => ({chart, svg: chartSvg(chart)}));
  const data = {charts, others: otherFigures(CHARTS, content.entries)};
  const module = await actions.createData('zahlen.json', JSON.stringify(data));
  actions.addRoute({path: `${baseUrl}zahlen`, component: '@site/src/components/Zahlen', modules: {data: module}, exact: true});
};
