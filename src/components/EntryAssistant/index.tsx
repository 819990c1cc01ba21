/**
 * /beitragen/eintrag: the entry assistant. A form written from the schema (assistant-form.ts);
 * while typing, the validator's own code checks the file the form would write (draft.ts) and its
 * German messages appear at the fields; the draft stays in this browser. When the entry is
 * complete: download the file, propose it on GitHub, or send it by e-mail. `?bearbeiten=<id>`
 * opens an existing entry. Works without a server, also in the offline copy.
 */
import React, {useDeferredValue, useMemo, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useHistorySelector} from '@docusaurus/theme-common';
import {checkDraft} from '@site/src/content/draft';
import {entryPath} from '@site/src/content/types';
import {idFromTitle} from '@site/src/content/entry-file';
import type {DraftValue} from '@site/src/content/entry-file';
import Field, {controlId, Help, Messages} from './Field';
import type {FormType} from '@site/src/content/generators/assistant-form';
import {emptyState, fileText, isReady, localToday, placeProblems, type AssistantData, type PlacedProblem} from './model';
import Send from './Send';
import {useDraft} from './useDraft';
import styles from './styles.module.css';

const editIdOf = (search: string) => new URLSearchParams(search).get('bearbeiten') ?? undefined;

export default function EntryAssistant({data}: {data: AssistantData}): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const editId = editIdOf(useHistorySelector((h) => h.location.search));
  // The reader's today, not the build's: the page may be opened days after it was built. Empty
  // while hydrating, so the first render matches the server's HTML (React error #418 otherwise).
  const isBrowser = useIsBrowser();
  const today = useMemo(() => (isBrowser ? localToday() : ''), [isBrowser]);
  const draft = useDraft(data.form, today, editId);
  const {state} = draft;
  const form = data.form.find((f) => f.type === state.type) ?? data.form[0];
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);

  const text = useMemo(() => fileText(state, form, today), [state, form, today]);
  const path = entryPath(state.type, state.id.trim() || 'neuer-eintrag');
  const deferredText = useDeferredValue(text);
  const problems = useMemo(() => checkDraft(path, deferredText, data.context, today), [path, deferredText, data.context, today]);
  const placed = useMemo(() => placeProblems(problems, deferredText, form), [problems, deferredText, form]);
  const ready = isReady(problems, deferredText) && deferredText === text;
  const errors = problems.filter((p) => p.severity === 'error').length;

  const visible = (target: string) => showAll || touched.has(target.split('.')[0]) || touched.has(target);
  const problemsFor = (target: string): PlacedProblem[] => (visible(target) ? placed.filter((p) => p.target === target) : []);
  const touch = (name: string) => () => setTouched((t) => (t.has(name) ? t : new Set([...t, name])));
  const editing = !!state.editing;

  const setValue = (name: string) => (value: DraftValue) => {
    const values = {...state.values, [name]: value};
    const id = name === 'title' && !state.idEdited ? idFromTitle(String(value)) : state.id;
    draft.set({...state, values, id});
  };

  const discard = () => {
    if (window.confirm('Entwurf wirklich verwerfen? Alle Eingaben auf dieser Seite gehen verloren.')) {
      draft.discard();
      setTouched(new Set());
      setShowAll(false);
    }
  };

  const title = editing ? 'Eintrag bearbeiten' : 'Einen Eintrag vorschlagen';
  // A deployment's PRAXISATLAS_REDAKTION_EMAIL wins; otherwise the operator's contact from data/betreiber.yml.
  const configured = typeof siteConfig.customFields?.editorialEmail === 'string' ? siteConfig.customFields.editorialEmail : '';
  const email = configured || data.editorialEmail || '';
  const general = placed.filter((p) => p.target === 'general' || p.target === 'type');

  return (
    <Layout title={title} description="Eintrags-Assistent: einen Eintrag für den Praxisatlas im Browser ausfüllen, mit denselben Regeln prüfen wie das Prüfprogramm und als Datei, über GitHub oder per E-Mail einreichen.">
      <main className="container margin-vert--lg">
        <div className={styles.page}>
          <Heading as="h1">{editing ? `Eintrag bearbeiten: ${String(state.values.title ?? state.id)}` : title}</Heading>
          <p className={styles.intro}>
            Füllen Sie das Formular aus. Es prüft Ihre Angaben schon beim Schreiben, mit denselben Regeln wie das Prüfprogramm
            des Praxisatlas, und zeigt Hinweise direkt am Feld. Ihr Entwurf bleibt nur in diesem Browser gespeichert; nichts
            wird übertragen, bis Sie ihn selbst herunterladen oder absenden. Wie es danach weitergeht, steht unter{' '}
            <Link to="/beitragen">Mitmachen</Link>; alle Felder erklärt <Link to="/felder">Felder und Werte</Link>.
          </p>
          {draft.load === 'missing' && (
            <p role="alert" className={styles.alert}>
              Den Eintrag „{editId}“ gibt es nicht. Prüfen Sie den Link oder <Link to="/beitragen/eintrag">legen Sie einen neuen Eintrag an</Link>.
            </p>
          )}
          {draft.restored && <p className={styles.note}>Ihr gespeicherter Entwurf wurde wiederhergestellt.</p>}
          {!draft.persistent && <p className={styles.alert}>Ihr Browser erlaubt kein Speichern: Der Entwurf geht beim Verlassen der Seite verloren.</p>}

          <form
            noValidate
            aria-label={title}
            aria-busy={draft.load === 'loading' || undefined}
            onSubmit={(e) => {
              e.preventDefault();
              setShowAll(true);
            }}>
            {!editing && (
              <div className={styles.field}>
                <label htmlFor="feld-typ" className={styles.label}>
                  Art des Eintrags
                </label>
                <p id="feld-typ-hilfe" className={styles.help}>
                  Meist eine Maßnahme aus Ihrer Stadt („Praxis“). Beim Wechsel beginnt das Formular neu.
                </p>
                <select
                  id="feld-typ"
                  aria-describedby="feld-typ-hilfe"
                  className={styles.input}
                  value={state.type}
                  onChange={(e) => draft.set(emptyState(data.form.find((f) => f.type === e.currentTarget.value)!, today))}>
                  {data.form.map((f) => (
                    <option key={f.type} value={f.type}>
                      {f.label}
                    </option>
                  ))}
                </select>
              </div>
            )}

            <Heading as="h2">Angaben</Heading>
            {form.fields.map((field) =>
              field.name === 'id' ? (
                <Field
                  key="id"
                  field={field}
                  target="id"
                  value={state.id}
                  readOnly={editing}
                  onChange={(v) => draft.set({...state, id: String(v), idEdited: true})}
                  onBlur={touch('id')}
                  problems={problemsFor('id')}
                  problemsFor={problemsFor}
                  note={editing ? 'Beim Bearbeiten bleibt die Kennung gleich: sie ist Teil der Adresse, auf die andere verlinken.' : 'Wird aus dem Titel gebildet, bis Sie sie selbst ändern.'}
                />
              ) : (
                <Field
                  key={field.name}
                  field={field}
                  target={field.name}
                  value={state.values[field.name]}
                  onChange={setValue(field.name)}
                  onBlur={touch(field.name)}
                  problems={problemsFor(field.name)}
                  problemsFor={problemsFor}
                  works={field.name === 'sources' ? data.context.sources : undefined}
                  note={field.name === 'sources' ? 'Ihre Quelle fehlt in der Liste? Nennen Sie sie beim Einreichen; die Redaktion nimmt sie in die Bibliografie auf.' : undefined}
                />
              ),
            )}

            <Heading as="h2">Text des Eintrags</Heading>
            <p className={styles.help}>
              Schreiben Sie in eigenen Worten. Absätze trennen Sie mit einer Leerzeile; Links schreiben Sie als{' '}
              <code>[Text](https://…)</code>. Optionale Abschnitte lassen Sie leer, wenn es nichts zu berichten gibt.
            </p>
            {form.sections.map((s) => {
              const target = `§${s.heading}`;
              const id = controlId(`abschnitt-${s.heading}`);
              const shown = problemsFor(target);
              return (
                <div key={s.heading} className={styles.field}>
                  <label htmlFor={id} className={styles.label}>
                    {s.heading}
                    <span className={styles.requiredMark}>{s.optional ? ' (freiwillig)' : ''}</span>
                  </label>
                  <div id={`${id}-hilfe`} className={styles.help}>
                    <Help text={s.hint} />
                  </div>
                  <textarea
                    id={id}
                    rows={5}
                    className={styles.input}
                    value={state.sections[s.heading] ?? ''}
                    aria-describedby={`${id}-hilfe ${id}-meldungen`}
                    aria-invalid={shown.some((p) => p.problem.severity === 'error') || undefined}
                    onBlur={touch(target)}
                    onChange={(e) => draft.set({...state, sections: {...state.sections, [s.heading]: e.currentTarget.value}})}
                  />
                  <Messages id={`${id}-meldungen`} problems={shown} />
                </div>
              );
            })}
            {showAll && <Messages id="feld-allgemein-meldungen" problems={general} />}

            <div className={styles.actions}>
              <button type="submit" className="button button--primary">
                Eintrag prüfen
              </button>
              <button type="button" className="button button--secondary" onClick={discard}>
                Entwurf verwerfen
              </button>
            </div>
          </form>

          <p role="status" aria-live="polite" className={ready ? styles.ok : styles.progress}>
            {draft.load === 'loading'
              ? 'Der Entwurf wird geladen …'
              : ready
                ? 'Der Eintrag ist vollständig und besteht die Prüfung. Sie können ihn jetzt einreichen.'
                : errors
                  ? `Noch ${errors} ${errors === 1 ? 'Fehler' : 'Fehler'}${showAll ? ' (an den Feldern markiert)' : ''}.`
                  : 'Noch nicht vollständig: Ersetzen Sie die Vorgaben „AUSFÜLLEN“ durch Ihren Text.'}
          </p>
          {showAll && !ready && placed.length > 0 && (
            <nav aria-label="Was noch fehlt" className={styles.summary}>
              <Heading as="h2">Was noch fehlt</Heading>
              <ul>
                {placed.map((p, i) => (
                  <li key={i}>
                    <a href={`#${targetControl(p.target)}`} onClick={(e) => focusControl(e, targetControl(p.target))}>
                      {p.problem.severity === 'error' ? 'Fehler' : 'Hinweis'} bei „{placeLabel(p.target, form)}“
                    </a>
                    : {p.text}
                  </li>
                ))}
              </ul>
            </nav>
          )}

          <Send ready={ready} text={text} path={path} editing={editing} repository={data.repository} email={email} />

          <details className={styles.preview}>
            <summary>Dateivorschau: so sieht Ihre Datei aus</summary>
            <pre data-testid="dateivorschau">{text}</pre>
          </details>
        </div>
      </main>
    </Layout>
  );
}

/** The German name of a place in the form: „Quellen, Quelle 1: Werk …“, „Vorgehen“. */
function placeLabel(target: string, form: FormType): string {
  if (target.startsWith('§')) return target.slice(1);
  if (target === 'general' || target === 'type') return 'Datei';
  const [name, index, child] = target.split('.');
  const field = form.fields.find((f) => f.name === name);
  if (!field) return name;
  if (index === undefined) return field.label;
  const part = (n: string | undefined) => field.children?.find((c) => c.name === n)?.label ?? n;
  // `resources.staff` (an object) has no item number; `sources.0.ref` has one.
  if (!/^\d+$/.test(index)) return `${field.label}: ${part(index)}`;
  const item = `${field.itemLabel ?? 'Eintrag'} ${Number(index) + 1}`;
  return child ? `${field.label}, ${item}: ${part(child)}` : `${field.label}, ${item}`;
}

function targetControl(target: string): string {
  return controlId(target.startsWith('§') ? `abschnitt-${target.slice(1)}` : target === 'general' || target === 'type' ? 'id' : target);
}

/** In-page links to a control: focus it (the hash router must not treat `#…` as a route). */
function focusControl(e: React.MouseEvent, id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  e.preventDefault();
  el.scrollIntoView({block: 'center'});
  (el.matches('input, select, textarea') ? el : el.querySelector<HTMLElement>('input, select, textarea') ?? el).focus();
}
