import type {LoadResult} from '../../content/index.ts';

/** What a writer of build files gets: the validated content and where the built site is. */
export interface StaticFileContext {
  content: LoadResult;
  /** The built site's folder (build/ or build-offline/). */
  outDir: string;
  /** The project root. */
  siteDir: string;
  /** Ends with `/`. */
  baseUrl: string;
  /** The site's address without a trailing slash, e.g. https://praxisatlas-neuzuwanderung.github.io. */
  siteUrl: string;
  /** The web version's address, ending with `/` (customFields.webAddress), also in the offline copy, whose own base URL is `/`. */
  webAddress?: string;
  /** The offline copy (hash router, opened from disk). */
  offline: boolean;
}

/**
 * Writes files into the built site after Docusaurus has rendered it (open data, feeds): generated
 * from the content the gate passed, never copied from a contributor's file.
 */
export type StaticFileWriter = (ctx: StaticFileContext) => Promise<void> | void;
