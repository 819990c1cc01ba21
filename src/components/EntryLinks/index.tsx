/**
 * "Verwandte Einträge" (the entry's `related`) and "Wird erwähnt in" (backlinks, computed at
 * build time in src/content/normalize.ts); on playbook steps also previous/next in step order.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type {ClientEntry} from '@site/src/content/client';
import type {EntryLink} from '@site/src/content/normalize';
import {entryTypes} from '@site/src/content/vocabularies';
import StepNav from '../StepNav';

function LinkList({id, title, links, empty}: {id: string; title: string; links: EntryLink[]; empty?: string}): ReactNode {
  if (links.length === 0 && !empty) return null;
  return (
    <section aria-labelledby={id} className="margin-top--lg">
      <Heading as="h2" id={id}>{title}</Heading>
      {links.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul>
          {links.map((l) => (
            <li key={l.id}>
              <Link to={l.url}>{l.title}</Link> <small>({entryTypes[l.type].label})</small>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default function EntryLinks({entry}: {entry: ClientEntry}): ReactNode {
  return (
    <div className="entry-links">
      {entry.type === 'koordination' && <StepNav url={entry.url} />}
      <LinkList id="verwandte-eintraege" title="Verwandte Einträge" links={entry.related} />
      <LinkList id="wird-erwaehnt-in" title="Wird erwähnt in" links={entry.backlinks} empty="Bisher verweist kein anderer Eintrag hierher." />
    </div>
  );
}
