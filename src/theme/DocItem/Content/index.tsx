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
import EntryJsonLd from '@site/src/components/EntryJsonLd';
import {useClientEntry} from '@site/src/components/useClientEntry';
import {PROBLEMS_KEY} from '@site/src/content/client';

/** Preview only: a file the validator did not pass shows its lines instead of its text. */
function Problems({lines}: {lines: string[]}): ReactNode {
  return (
    <div role="alert" className="alert alert--danger">
      <p>
        <strong>Dieser Eintrag wird so nicht veröffentlicht.</strong> Das Prüfprogramm meldet (Datei:Zeile:Spalte Feld: Meldung):
      </p>
      <pre>{lines.join('\n')}</pre>
      <p>Korrigieren Sie die Datei und speichern Sie sie; die Seite lädt dann von selbst neu.</p>
    </div>
  );
}

function useSyntheticTitle(): string | null {
  const {metadata, frontMatter, contentTitle} = useDoc();
  const shouldRender = !frontMatter.hide_title && typeof contentTitle === 'undefined';
  return shouldRender ? metadata.title : null;
}

export default function DocItemContent({children}: Props): ReactNode {
  const syntheticTitle = useSyntheticTitle();
  const entry = useClientEntry();
  const problems = (useDoc().frontMatter as Record<string, unknown>)[PROBLEMS_KEY] as string[] | undefined;
  return (
    <div className={clsx(ThemeClassNames.docs.docMarkdown, 'markdown')}>
      {syntheticTitle && (
        <header>
          <Heading as="h1">{syntheticTitle}</Heading>
        </header>
      )}
      {problems && <Problems lines={problems} />}
      {entry && <EntryBrief entry={entry} />}
      {entry && <EntryMeta entry={entry} />}
      {entry && <EntryJsonLd entry={entry} />}
      <MDXContent>{children}</MDXContent>
    </div>
  );
}
