import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {CLIENT_KEY, type ClientEntry} from '@site/src/content/client';

/** The normalised entry the site put into this page's frontmatter, or undefined on other docs. */
export function useClientEntry(): ClientEntry | undefined {
  const {frontMatter} = useDoc();
  return (frontMatter as Record<string, unknown>)[CLIENT_KEY] as ClientEntry | undefined;
}
