/**
 * Pieces the legal pages share: how a missing setting looks („noch nicht eingetragen“), addresses,
 * e-mail and web addresses. A value is shown only when the operator entered it (model.ts).
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {Place, Shown} from './model';
import styles from './styles.module.css';

export const MISSING_TEXT = 'noch nicht eingetragen';

export function Missing(): ReactNode {
  return <span className={styles.missing}>{MISSING_TEXT}</span>;
}

export function Text({value}: {value: Shown<string>}): ReactNode {
  return value === null ? <Missing /> : value;
}

export function Email({value}: {value: Shown<string>}): ReactNode {
  return value === null ? <Missing /> : <a href={`mailto:${value}`}>{value}</a>;
}

export function WebAddress({value, label}: {value: Shown<string>; label?: string}): ReactNode {
  return value === null ? <Missing /> : <Link to={value}>{label ?? value}</Link>;
}

/** A name and postal address as one <address> block. */
export function PlaceBlock({place}: {place: Place}): ReactNode {
  return (
    <address className={styles.address}>
      <Text value={place.name} />
      <br />
      {place.address === null ? (
        <>
          Anschrift: <Missing />
        </>
      ) : (
        place.address.map((line, i) => (
          <React.Fragment key={i}>
            {i > 0 && <br />}
            {line}
          </React.Fragment>
        ))
      )}
    </address>
  );
}

/** Above a page whose settings are incomplete: readers learn why some lines are empty. */
export function IncompleteNotice({incomplete}: {incomplete: boolean}): ReactNode {
  if (!incomplete) return null;
  return (
    <p className={styles.notice}>
      Einige Angaben sind {MISSING_TEXT}: Die Stelle, die diesen Praxisatlas betreibt, hat sie noch nicht ergänzt. Wo sie fehlen, steht „{MISSING_TEXT}“.
    </p>
  );
}
