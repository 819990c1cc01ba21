/** "Quellenverzeichnis" from the bibliography, and the review date. */
import React, {type ReactNode} from 'react';
import Heading from '@theme/Heading';
import type {ClientEntry} from '@site/src/content/client';
import type {ResolvedSource} from '@site/src/content/normalize';
import {formatDate} from '../format';

function Citation({source}: {source: ResolvedSource}): ReactNode {
  const who = source.author ?? source.organisation;
  const where = [source.section && `Abschnitt ${source.section}`, source.pages && `S. ${source.pages}`].filter(Boolean).join(', ');
  return (
    <>
      <strong>{source.cite}</strong>
      {who && source.cite.indexOf(who) !== 0 ? `: ${who}` : ''}
      {source.year ? ` (${source.year})` : ''}
      {source.title ? <>: <cite>{source.title}</cite></> : ''}
      {source.publisher ? `. ${source.publisher}` : ''}
      {where ? ` – ${where}` : ''}
      {source.via ? ` – zitiert nach ${source.via.cite}` : ''}
      {source.url ? <> – <a href={source.url}>{source.url}</a></> : ''}
    </>
  );
}

export default function EntrySources({entry}: {entry: ClientEntry}): ReactNode {
  return (
    <section className="entry-sources margin-top--lg" aria-labelledby="quellenverzeichnis">
      <Heading as="h2" id="quellenverzeichnis">Quellenverzeichnis</Heading>
      <ul>
        {entry.sources.map((s, i) => (
          <li key={i}>
            <Citation source={s} />
          </li>
        ))}
      </ul>
      <p>
        <small>
          Zuletzt geprüft am <time dateTime={entry.lastReviewed}>{formatDate(entry.lastReviewed)}</time>
          {entry.asOf ? ` · Stand der Angaben: ${entry.asOf}` : ''}
        </small>
      </p>
    </section>
  );
}
