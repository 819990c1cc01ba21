/**
 * /selbstcheck: what does our city already have? A checklist from the lessons and the playbook
 * steps (built at build time, src/catalog/selfcheck.ts); ticks stay in localStorage; reset,
 * print, Markdown export; at the end the entries that help most with the open items.
 */
import React, {useEffect, useMemo, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {itemCount, knownChecked, selfCheckMarkdown, suggestions, type SelfCheckData} from '@site/src/catalog/selfcheck';
import MarkdownExport from './MarkdownExport';
import {useStoredChecks} from './useStoredChecks';
import styles from './styles.module.css';

/** The first few open items an entry helps with, then how many more. */
function reasonList(reasons: string[], shown = 3): string {
  const head = reasons.slice(0, shown).join('; ');
  return reasons.length > shown ? `${head} und ${reasons.length - shown} weitere.` : `${head}.`;
}

export default function SelfCheck({data}: {data: SelfCheckData}): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const store = useStoredChecks();
  const checked = useMemo(() => knownChecked(data, store.checked), [data, store.checked]);
  const next = useMemo(() => suggestions(data, checked), [data, checked]);
  const total = itemCount(data);
  // The export carries today's date, which only the browser knows (not the build).
  const [today, setToday] = useState<string>();
  useEffect(() => setToday(new Date().toLocaleDateString('de-DE', {day: '2-digit', month: '2-digit', year: 'numeric'})), []);
  // Links in the paper point to the web version, also when exported from the offline copy.
  const web = siteConfig.customFields?.webAddress;
  const siteUrl = typeof web === 'string' ? web : siteConfig.url + siteConfig.baseUrl;
  const markdown = today ? selfCheckMarkdown(data, checked, {date: today, siteUrl}) : '';

  return (
    <Layout title="Selbstcheck" description="Was hat Ihre Stadt schon? Eine Checkliste aus den Gelingensbedingungen und den Schritten des Dortmunder Koordinations-Playbooks, mit Lesetipps für die offenen Punkte.">
      <main className="container margin-vert--lg">
        <div className={styles.page}>
          <Heading as="h1">Selbstcheck für Kommunen</Heading>
          <p className={styles.intro}>
            Was hat Ihre Stadt schon, was fehlt noch? Haken Sie ab, was bei Ihnen bereits vorhanden ist. Die Liste folgt den
            Voraussetzungen und Schritten der Dortmunder Gesamtstrategie
            {data.basis.length > 0 && (
              <>
                {' '}
                und den{' '}
                {data.basis.map((b, i) => (
                  <React.Fragment key={b.url}>
                    {i > 0 && ', '}
                    <Link to={b.url}>{b.title}</Link>
                  </React.Fragment>
                ))}
              </>
            )}
            . Ihre Häkchen bleiben nur in diesem Browser gespeichert; nichts wird übertragen.
          </p>
          {!store.persistent && <p className={styles.warning}>Ihr Browser erlaubt kein Speichern: Die Häkchen gehen beim Verlassen der Seite verloren.</p>}
          <p role="status" aria-live="polite" className={styles.progress} id="selbstcheck-stand">
            {checked.size} von {total} Punkten erfüllt
          </p>
          <progress max={total} value={checked.size} aria-labelledby="selbstcheck-stand" className={styles.bar} />
          <form onSubmit={(e) => e.preventDefault()} aria-label="Selbstcheck">
            {data.groups.map((g) => (
              <fieldset key={g.id} className={styles.group} data-group={g.id}>
                <legend>
                  <Heading as="h2" className={styles.groupTitle}>
                    {g.title}
                  </Heading>
                </legend>
                <p className={styles.groupIntro}>{g.intro}</p>
                <ul className={styles.items}>
                  {g.items.map((item) => (
                    <li key={item.id} className={styles.item}>
                      <input type="checkbox" id={`check-${item.id}`} checked={checked.has(item.id)} disabled={!store.loaded} onChange={(e) => store.set(item.id, e.currentTarget.checked)} aria-describedby={`hint-${item.id}`} />
                      <div>
                        <label htmlFor={`check-${item.id}`} className={styles.itemText}>
                          {item.text}
                        </label>
                        <p id={`hint-${item.id}`} className={styles.hint}>
                          {item.hint} <Link to={item.url}>Zum Eintrag</Link>
                        </p>
                      </div>
                    </li>
                  ))}
                </ul>
              </fieldset>
            ))}
          </form>
          <div className={`${styles.actions} ${styles.noPrint}`}>
            <button type="button" className="button button--secondary" onClick={store.reset} disabled={checked.size === 0}>
              Alle Häkchen entfernen
            </button>
            <button type="button" className="button button--secondary" onClick={() => window.print()}>
              Drucken
            </button>
          </div>
          <div className={styles.noPrint}>{markdown && <MarkdownExport markdown={markdown} />}</div>
          <section aria-labelledby="weiterlesen" className={styles.next}>
            <Heading as="h2" id="weiterlesen">
              Zum Weiterlesen für Ihre offenen Punkte
            </Heading>
            {next.length === 0 ? (
              <p>
                Sie haben alle Punkte abgehakt. Im <Link to="/katalog?typ=praxis">Katalog der Maßnahmen</Link> finden Sie Projekte, die Sie
                übernehmen können.
              </p>
            ) : (
              <ol className={styles.suggestions}>
                {next.map((s) => (
                  <li key={s.entry.id}>
                    <Link to={s.entry.url}>{s.entry.title}</Link> <span className={styles.type}>({s.entry.typeLabel})</span>
                    <p className={styles.hint}>{s.entry.description}</p>
                    <p className={styles.hint}>
                      Passt zu {s.reasons.length === 1 ? 'einem offenen Punkt' : `${s.reasons.length} offenen Punkten`}: {reasonList(s.reasons)}
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
      </main>
    </Layout>
  );
}
