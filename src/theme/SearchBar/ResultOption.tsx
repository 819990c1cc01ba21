/** One suggestion in the listbox: title, type badge, excerpt. An option, not a link: the combobox input keeps the focus, Enter or a click opens it. */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {markMatches} from '@site/src/search/client-marks';
import type {SearchResult} from '@site/src/search/types';
import Marked from '@site/src/components/Search/Marked';
import TypeBadge from '@site/src/components/Search/TypeBadge';
import styles from './styles.module.css';

interface Props {
  id: string;
  result: SearchResult;
  active: boolean;
  onOpen(): void;
}

export default function ResultOption({id, result, active, onOpen}: Props): ReactNode {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={clsx(styles.option, active && styles.optionActive)}
      data-url={result.url}
      // Keep the focus in the input, so the click is not lost to its blur.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onOpen}>
      <span className={styles.optionHead}>
        <Marked segments={markMatches(result.title, result.matched)} className={styles.optionTitle} /> <TypeBadge type={result.type} />
      </span>
      <Marked segments={result.snippet} className={styles.optionSnippet} />
    </li>
  );
}
