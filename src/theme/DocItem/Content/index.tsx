/**
 * Ejected from theme-classic (a 20-line component) to put the metadata box between the title
 * and the text: wrapping could only place it above the title.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import type {Props} from '@theme/DocItem/Content';
import EntryBrief from '@site/src/components/EntryBrief';
import EntryMeta from '@site/src/components/EntryMeta';
import {useClientEntry} from '@site/src/components/useClientEntry';

function useSyntheticTitle(): string | null {
  const {metadata, frontMatter, contentTitle} = useDoc();
  const shouldRender = !frontMatter.hide_title && typeof contentTitle === 'undefined';
  return shouldRender ? metadata.title : null;
}

export default function DocItemContent({children}: Props): ReactNode {
  const syntheticTitle = useSyntheticTitle();
  const entry = useClientEntry();
  return (
    <div className={clsx(ThemeClassNames.docs.docMarkdown, 'markdown')}>
      {syntheticTitle && (
        <header>
          <Heading as="h1">{syntheticTitle}</Heading>
        </header>
      )}
      {entry && <EntryBrief entry={entry} />}
      {entry && <EntryMeta entry={entry} />}
      <MDXContent>{children}</MDXContent>
    </div>
  );
}
