import type {PluginContentLoadedActions} from '@docusaurus/types';
import type {LoadResult} from '../../content/index.ts';

/** What a route builder gets: the normalised content, Docusaurus' actions, the base URL. */
export interface RouteContext {
  content: LoadResult;
  actions: PluginContentLoadedActions;
  /** Ends with `/`. */
  baseUrl: string;
  /** The project root (data files beyond the entries, e.g. data/synonyms.yml). */
  siteDir: string;
}

/** Adds the pages of one feature. Data goes through createData into that page's own chunk. */
export type RouteBuilder = (ctx: RouteContext) => Promise<void>;
