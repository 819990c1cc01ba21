/** Wraps the doc footer: sources, review date and cross-links of an entry come first. */
import React, {type ReactNode} from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import EntrySources from '@site/src/components/EntrySources';
import EntryLinks from '@site/src/components/EntryLinks';
import {useClientEntry} from '@site/src/components/useClientEntry';

type Props = WrapperProps<typeof FooterType>;

export default function FooterWrapper(props: Props): ReactNode {
  const entry = useClientEntry();
  return (
    <>
      {entry && <EntryLinks entry={entry} />}
      {entry && <EntrySources entry={entry} />}
      <Footer {...props} />
    </>
  );
}
