/** Text as segments (a title, an excerpt), matched words in <mark>. The segments are plain text: React escapes them, nothing from the index becomes markup. */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import type {Segment} from '@site/src/search/types';
import styles from './styles.module.css';

export default function Marked({segments, className}: {segments: readonly Segment[] | undefined; className?: string}): ReactNode {
  if (!segments?.length) return null;
  return <span className={clsx(styles.marked, className)}>{segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <React.Fragment key={i}>{s.text}</React.Fragment>))}</span>;
}
