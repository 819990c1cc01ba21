/** Wraps the doc footer: sources, review date, history and cross-links of an entry come first, then the way to improve it. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import EntrySources from '@site/src/components/EntrySources';
import EntryLinks from '@site/src/components/EntryLinks';
import EntryHistory from '@site/src/components/EntryHistory';
import {useClientEntry} from '@site/src/components/useClientEntry';

type Props = WrapperProps<typeof FooterType>;

export default function FooterWrapper(props: Props): ReactNode {
  const entry = useClientEntry();
  return (
    <>
      {entry && <EntryLinks entry={entry} />}
      {entry && <EntrySources entry={entry} />}
      {entry && <EntryHistory entry={entry} />}
      {entry && (
        <p className="entry-edit">
          Fehlt etwas oder hat sich etwas geändert? <Link to={`/beitragen/eintrag?bearbeiten=${entry.id}`}>Diesen Eintrag bearbeiten</Link> – im Eintrags-Assistenten, ohne Vorkenntnisse.
        </p>
      )}
      <Footer {...props} />
    </>
  );
}
