/**
 * One form control per field kind of the field model, each with its label, the schema's help
 * text and example, and the validator's messages tied to it with `aria-describedby`.
 */
import React, {type ReactNode} from 'react';
import type {DraftValue} from '@site/src/content/entry-file';
import type {FormField} from '@site/src/content/generators/assistant-form';
import type {PlacedProblem} from './model';
import styles from './styles.module.css';

/** `code` spans of the schema's descriptions as <code>. */
export function Help({text}: {text: string}): ReactNode {
  return text.split(/(`[^`]+`)/).map((part, i) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? <code key={i}>{part.slice(1, -1)}</code> : part));
}

export const controlId = (target: string) => `feld-${target.replace(/[^a-zA-Z0-9-]+/g, '-')}`;

/** The validator's messages for one control; warnings are marked as hints. */
export function Messages({id, problems}: {id: string; problems: PlacedProblem[]}): ReactNode {
  if (!problems.length) return <div id={id} />;
  return (
    <ul id={id} className={styles.messages}>
      {problems.map((p, i) => (
        <li key={i} className={p.problem.severity === 'error' ? styles.error : styles.warning}>
          <strong>{p.problem.severity === 'error' ? 'Fehler: ' : 'Hinweis: '}</strong>
          {p.text}
        </li>
      ))}
    </ul>
  );
}

interface ControlProps {
  field: FormField;
  target: string;
  value: DraftValue | undefined;
  onChange(value: DraftValue): void;
  onBlur(): void;
  describedBy: string;
  invalid: boolean;
  readOnly?: boolean;
  /** Bibliography works, for `sources[].ref`. */
  works?: {key: string; cite: string}[];
}

function Control({field, target, value, onChange, onBlur, describedBy, invalid, readOnly, works}: ControlProps): ReactNode {
  const id = controlId(target);
  const common = {id, onBlur, 'aria-describedby': describedBy, 'aria-invalid': invalid || undefined, 'aria-required': field.required || undefined};
  const text = typeof value === 'string' ? value : '';
  if ((field.name === 'ref' || field.name === 'via') && works) {
    return (
      <select {...common} value={text} onChange={(e) => onChange(e.currentTarget.value)} className={styles.input}>
        <option value="">Bitte wählen</option>
        {works.map((w) => (
          <option key={w.key} value={w.key}>
            {w.cite} ({w.key})
          </option>
        ))}
      </select>
    );
  }
  switch (field.kind) {
    case 'enum':
      return (
        <select {...common} value={text} onChange={(e) => onChange(e.currentTarget.value)} className={styles.input}>
          <option value="">Bitte wählen</option>
          {field.options!.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label} ({o.value})
            </option>
          ))}
        </select>
      );
    case 'longText':
      return <textarea {...common} rows={3} value={text} onChange={(e) => onChange(e.currentTarget.value)} className={styles.input} />;
    case 'textList':
    case 'idList':
      return <textarea {...common} rows={field.name === 'questions' || field.name === 'key_points' ? 4 : 3} value={text} onChange={(e) => onChange(e.currentTarget.value)} className={styles.input} />;
    default:
      return (
        <input
          {...common}
          type="text"
          inputMode={field.kind === 'int' || field.kind === 'number' || field.kind === 'yearOrMonth' ? 'numeric' : undefined}
          readOnly={readOnly}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value)}
          className={styles.input}
        />
      );
  }
}

interface FieldProps {
  field: FormField;
  /** Control id base: the field name, or `sources.0.ref` for a part of a list item. */
  target: string;
  value: DraftValue | undefined;
  onChange(value: DraftValue): void;
  onBlur(): void;
  problems: PlacedProblem[];
  /** Messages of the parts, shown at their own controls. */
  problemsFor(target: string): PlacedProblem[];
  readOnly?: boolean;
  works?: {key: string; cite: string}[];
  nested?: boolean;
  /** Extra help under the field's own (e.g. how the id is made). */
  note?: ReactNode;
}

function Describe({field, target, extra}: {field: FormField; target: string; extra?: ReactNode}): ReactNode {
  const list = field.kind === 'textList' || field.kind === 'idList';
  return (
    <div id={`${controlId(target)}-hilfe`} className={styles.help}>
      <Help text={field.help} />
      {list && ' Ein Eintrag je Zeile.'}
      {field.example !== undefined && (
        <>
          {' '}
          <span className={styles.example}>Beispiel: {field.example}</span>
        </>
      )}
      {extra && <> {extra}</>}
    </div>
  );
}

const requiredMark = (field: FormField) => <span className={styles.requiredMark}>{field.required ? ' (Pflichtfeld)' : ' (freiwillig)'}</span>;

export default function Field(props: FieldProps): ReactNode {
  const {field, target, value, onChange, onBlur, problems, problemsFor, readOnly, works, note} = props;
  const id = controlId(target);
  const describedBy = `${id}-hilfe ${id}-meldungen`;

  if (field.kind === 'enumList') {
    const chosen = Array.isArray(value) ? (value as string[]) : [];
    return (
      <fieldset className={styles.field} id={id} aria-describedby={describedBy} aria-invalid={problems.length > 0 || undefined}>
        <legend className={styles.label}>
          {field.label}
          {requiredMark(field)}
        </legend>
        <Describe field={field} target={target} extra={note} />
        <div className={styles.choices}>
          {field.options!.map((o) => (
            <label key={o.value} className={styles.choice} title={o.description}>
              <input type="checkbox" checked={chosen.includes(o.value)} onBlur={onBlur} onChange={(e) => onChange(e.currentTarget.checked ? [...chosen, o.value] : chosen.filter((c) => c !== o.value))} /> {o.label}
            </label>
          ))}
        </div>
        <Messages id={`${id}-meldungen`} problems={problems} />
      </fieldset>
    );
  }

  if (field.kind === 'objectList' || field.kind === 'object') {
    const items: Record<string, string>[] = field.kind === 'object' ? [(value as Record<string, string>) ?? {}] : Array.isArray(value) ? (value as Record<string, string>[]) : [];
    const setItem = (i: number, next: Record<string, string>) => {
      if (field.kind === 'object') onChange(next);
      else onChange(items.map((it, j) => (j === i ? next : it)));
    };
    return (
      <fieldset className={styles.field} id={id} aria-describedby={describedBy}>
        <legend className={styles.label}>
          {field.label}
          {requiredMark(field)}
        </legend>
        <Describe field={field} target={target} extra={note} />
        {items.map((item, i) => {
          const base = field.kind === 'object' ? target : `${target}.${i}`;
          const own = field.kind === 'object' ? [] : problemsFor(base);
          return (
            <div key={i} className={styles.item} role="group" aria-label={field.kind === 'object' ? field.label : `${field.itemLabel ?? 'Eintrag'} ${i + 1}`}>
              {field.kind === 'objectList' && <p className={styles.itemTitle}>{`${field.itemLabel ?? 'Eintrag'} ${i + 1}`}</p>}
              <div className={styles.parts}>
                {field.children!.map((child) => (
                  <Field
                    key={child.name}
                    field={child}
                    target={`${base}.${child.name}`}
                    value={item[child.name] ?? ''}
                    onChange={(v) => setItem(i, {...item, [child.name]: v as string})}
                    onBlur={onBlur}
                    problems={problemsFor(`${base}.${child.name}`)}
                    problemsFor={problemsFor}
                    works={works}
                    nested
                  />
                ))}
              </div>
              <Messages id={`${controlId(base)}-eintrag-meldungen`} problems={own} />
              {field.kind === 'objectList' && (
                <button type="button" className="button button--sm button--secondary" onClick={() => onChange(items.filter((_, j) => j !== i))}>
                  {`${field.itemLabel ?? 'Eintrag'} ${i + 1} entfernen`}
                </button>
              )}
            </div>
          );
        })}
        {field.kind === 'objectList' && (
          <button type="button" className="button button--sm button--outline button--primary" onClick={() => onChange([...items, {}])}>
            {`${field.itemLabel ?? 'Eintrag'} hinzufügen`}
          </button>
        )}
        <Messages id={`${id}-meldungen`} problems={problems} />
      </fieldset>
    );
  }

  return (
    <div className={props.nested ? styles.part : styles.field}>
      <label htmlFor={id} className={styles.label}>
        {field.label}
        {requiredMark(field)}
      </label>
      <Describe field={field} target={target} extra={note} />
      <Control field={field} target={target} value={value} onChange={onChange} onBlur={onBlur} describedBy={describedBy} invalid={problems.some((p) => p.problem.severity === 'error')} readOnly={readOnly} works={works} />
      <Messages id={`${id}-meldungen`} problems={problems} />
    </div>
  );
}
