/** The period range: two year inputs; an entry counts when its years overlap the range. */
import React, {useEffect, useState, type ReactNode} from 'react';
import styles from './styles.module.css';

interface Props {
  from?: number;
  to?: number;
  bounds?: {min: number; max: number};
  onChange(from: number | undefined, to: number | undefined): void;
}

const parseYear = (v: string) => (/^\d{4}$/.test(v.trim()) ? Number(v.trim()) : undefined);

function YearInput({id, label, value, placeholder, onCommit}: {id: string; label: string; value?: number; placeholder?: number; onCommit(v: number | undefined): void}): ReactNode {
  // Local text while typing: "20" is not a year yet and must not be thrown away.
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => {
    if (parseYear(text) !== value) setText(value === undefined ? '' : String(value));
    // Only follow the URL (reset, back button), not our own typing.
  }, [value]);
  return (
    <div className={styles.year}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1990}
        max={2100}
        placeholder={placeholder === undefined ? undefined : String(placeholder)}
        value={text}
        onChange={(e) => {
          const v = e.currentTarget.value;
          setText(v);
          if (v === '' || parseYear(v) !== undefined) onCommit(parseYear(v));
        }}
      />
    </div>
  );
}

export default function PeriodFilter({from, to, bounds, onChange}: Props): ReactNode {
  return (
    <fieldset className={styles.facet} data-facet="zeitraum">
      <legend>Zeitraum (Jahre)</legend>
      <div className={styles.years}>
        <YearInput id="katalog-von" label="von" value={from} placeholder={bounds?.min} onCommit={(v) => onChange(v, to)} />
        <YearInput id="katalog-bis" label="bis" value={to} placeholder={bounds?.max} onCommit={(v) => onChange(from, v)} />
      </div>
      {bounds && (
        <p className={styles.hint}>
          Einträge mit Jahresangaben reichen von {bounds.min} bis {bounds.max}. Einträge ohne Jahresangabe erscheinen nur ohne Zeitraumfilter.
        </p>
      )}
    </fieldset>
  );
}
