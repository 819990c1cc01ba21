import {today} from '../../content/index.ts';
import {reviewPageData} from '../review-data.ts';
import type {RouteBuilder} from './types.ts';

/** /pruefung-faellig: entries whose review is overdue, for maintainers. */
export const addReviewRoutes: RouteBuilder = async ({content, actions, baseUrl}) => {
  const review = await actions.createData('review-due.json', JSON.stringify(reviewPageData(content.entries, today())));
  actions.addRoute({path: `${baseUrl}pruefung-faellig`, component: '@site/src/components/ReviewDue', modules: {review}, exact: true});
};
