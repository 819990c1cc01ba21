/**
 * /tischvorlage: the committee brief, at most two A4 pages when printed
 * (praxisatlas-tischvorlage.pdf). Every sentence comes from an entry's `key_points` or
 * `deliverable`, every figure from its `outcomes` (src/catalog/brief.ts); nothing is written here.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {BriefItem, CommitteeBrief} from '@site/src/catalog/brief';
import {formatDate, formatOutcomeValue} from '../format';
import styles from './styles.module.css';

export const BRIEF_TITLE = 'Tischvorlage: Gesamtstrategie Neuzuwanderung nach Dortmunder Vorbild';

function Section({id, title, children}: {id: string; title: string; children: ReactNode}): ReactNode {
  return (
    <section aria-labelledby={id} className={styles.section}>
      <Heading as="h2" id={id} className={styles.h2}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

const COUNT_WORDS = ['null', 'einem', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'];
/** „neun“ for 9 (dative plural reads the same), digits beyond twelve. */
const countWord = (n: number) => COUNT_WORDS[n] ?? String(n);

/** Title (linked) and the entry's one-sentence summary, per item. */
function SummaryList({items, ordered = false}: {items: BriefItem[]; ordered?: boolean}): ReactNode {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className={styles.list}>
      {items.map((item) => (
        <li key={item.url}>
          <Link to={item.url} className={styles.itemTitle}>
            {item.title}
          </Link>
          : {item.summary}
        </li>
      ))}
    </List>
  );
}

export default function Tischvorlage({brief}: {brief: CommitteeBrief}): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const pdf = String(siteConfig.customFields?.briefPdfHref ?? '');
  const web = String(siteConfig.customFields?.webAddress ?? '');
  return (
    <Layout title="Tischvorlage" description="Zwei Seiten für Ausschuss und Verwaltungsvorstand: der Dortmunder Ansatz in neun Schritten, sechs Szenarien, vier Gelingensbedingungen, Zahlen und erste Schritte.">
      <main className="container margin-vert--lg">
        <article className={styles.brief}>
          <header className={styles.header}>
            <p className={styles.kicker}>
              Praxisatlas Neuzuwanderung · Tischvorlage{brief.reviewed ? ` · Stand der Einträge: ${formatDate(brief.reviewed)}` : ''}
            </p>
            <Heading as="h1" className={styles.h1}>
              {BRIEF_TITLE}
            </Heading>
            <p className={styles.lead}>
              Wie Dortmund die Zuwanderung aus Südosteuropa gemeinsam mit freien Trägern und weiteren Partnern bearbeitet – zusammengestellt aus {brief.entryCount} geprüften Einträgen des Praxisatlas. Grundlage ist ein Artikel der Dortmunder Sozialplanung; die Angaben beschreiben den Stand von 2017/2018.
            </p>
            {pdf && (
              <p className={styles.screenOnly}>
                <a href={pdf} download>
                  Tischvorlage als PDF herunterladen (zwei Seiten A4)
                </a>
              </p>
            )}
          </header>

          <Section id="schritte" title={`Der Ansatz in ${countWord(brief.steps.length)} Schritten`}>
            <table className={styles.table}>
              <caption className={'visually-hidden'}>Schritte mit Ergebnis, Entscheidung und Jahr in Dortmund</caption>
              <thead>
                <tr>
                  <th scope="col">Schritt</th>
                  <th scope="col">Ergebnis und Entscheidung</th>
                  <th scope="col">In Dortmund</th>
                </tr>
              </thead>
              <tbody>
                {brief.steps.map((s) => (
                  <tr key={s.url}>
                    <th scope="row">
                      {s.step}. <Link to={s.url}>{s.title}</Link>
                    </th>
                    <td>{s.deliverable}</td>
                    <td>{s.years ?? 'nicht angegeben'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>

          <Section id="szenarien" title={`Die ${countWord(brief.scenarios.length)} Szenarien des Handlungsrahmens`}>
            <SummaryList items={brief.scenarios} ordered />
          </Section>

          <Section id="gelingen" title="Bedingungen für das Gelingen">
            <SummaryList items={brief.conditions} />
          </Section>

          {brief.figures.length > 0 && (
          <Section id="zahlen" title="Zahlen aus Dortmund">
            <table className={styles.table}>
              <caption className={'visually-hidden'}>Zahlen aus den Einträgen mit Zeitpunkt</caption>
              <thead>
                <tr>
                  <th scope="col">Angabe</th>
                  <th scope="col">Wert (Zeitpunkt)</th>
                </tr>
              </thead>
              <tbody>
                {brief.figures.map((f) => (
                  <tr key={`${f.entry.url}|${f.label}`}>
                    <th scope="row">
                      <Link to={f.entry.url}>{f.label}</Link>
                    </th>
                    <td>
                      {f.values.map((v, i) => (
                        <React.Fragment key={i}>
                          {i > 0 && (
                            <>
                              <span aria-hidden="true"> → </span>
                              <span className={'visually-hidden'}>, danach </span>
                            </>
                          )}
                          {`${formatOutcomeValue(v.outcome)} (${v.outcome.period ?? (f.asOf ? `Stand ${f.asOf}` : 'Zeitpunkt nicht angegeben')})`}
                        </React.Fragment>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
          )}

          {brief.firstSteps.points.length > 0 && (
          <Section id="erste-schritte" title="Erste Schritte für eine Stadt">
            <ul className={styles.list}>
              {brief.firstSteps.points.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
            {brief.firstSteps.source && (
              <p className={styles.note}>
                Empfehlungen des Praxisatlas aus der Dortmunder Erfahrung: <Link to={brief.firstSteps.source.url}>{brief.firstSteps.source.title}</Link>
              </p>
            )}
          </Section>
          )}

          <Section id="mehr" title="Weiterlesen">
            <p className={styles.note}>
              Alle Schritte, Szenarien und Maßnahmen mit Quellenangaben{web ? ` unter ${web}` : ''}
              {brief.readMore.length > 0 && ', außerdem: '}
              {brief.readMore.map((r, i) => (
                <React.Fragment key={r.url}>
                  {i > 0 && ' · '}
                  <Link to={r.url}>{r.title}</Link>
                </React.Fragment>
              ))}
              . Die Belegstärke der Maßnahmen erklärt die Seite <Link to="/evidenz">Belegstärke</Link>.
            </p>
          </Section>
        </article>
      </main>
    </Layout>
  );
}
