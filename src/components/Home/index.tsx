/**
 * Home: what this is in two sentences, the four ways in, then the playbook as a sequence of
 * steps and the scenarios with their measures, so the structure shows before anyone reads.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {HomeData} from '@site/src/plugins/home-data';
import PlaybookSequence from '@site/src/components/PlaybookSequence';
import ScenarioGrid from '@site/src/components/ScenarioGrid';
import styles from './styles.module.css';

interface Door {
  title: string;
  to: string;
  text: string;
  count: number;
}

export default function Home({data}: {data: HomeData}): ReactNode {
  const first = data.playbook[0]?.url ?? '/katalog';
  const doors: Door[] = [
    {title: 'Koordinations-Playbook', to: first, text: 'In neun Schritten vom ersten Erkennen der Problemlagen bis zur Steuerungsstruktur.', count: data.counts.koordination},
    {title: 'Szenarien', to: data.scenarios[0]?.url ?? '/katalog', text: 'Die sechs Lösungsszenarien des Handlungsrahmens und wie Dortmund sie umsetzt.', count: data.counts.szenario},
    {title: 'Maßnahmen', to: '/katalog?typ=praxis', text: 'Konkrete Projekte mit Ergebnissen und Hinweisen, was eine Stadt für den Start braucht.', count: data.counts.praxis},
    {title: 'Lektionen', to: data.lessons[0]?.url ?? '/katalog', text: 'Gelingensbedingungen, offene Fragen und Empfehlungen für andere Kommunen.', count: data.counts.lektion},
  ];
  return (
    <Layout title="Start" description="Der Praxisatlas Neuzuwanderung zeigt an der Dortmunder Gesamtstrategie, wie Kommunen Neuzuwanderung mit einem Netzwerk aus Verwaltung und freien Trägern gestalten.">
      {/* The hero sits inside <main>: the skip link focuses <main>, and the page's h1 belongs to it. */}
      <main>
        <header className={styles.hero}>
          <div className="container">
            <Heading as="h1">Praxisatlas Neuzuwanderung</Heading>
            <p className={styles.lead}>
              Der Praxisatlas macht die Dortmunder „Gesamtstrategie Neuzuwanderung“ für andere Kommunen nutzbar: wie
              Verwaltung und freie Träger ein Netzwerk aufbauen, steuern und gemeinsam Angebote für Zugewanderte in
              schwierigen Lebenslagen schaffen. Jede Seite ist ein geprüfter Eintrag mit Quellen, den Sie lesen,
              vergleichen und für Ihre Stadt übernehmen können.
            </p>
          </div>
        </header>
        <div className="container margin-vert--lg">
          <ul className={styles.doors}>
            {doors.map((d) => (
              <li key={d.title} className={styles.door}>
                <Heading as="h2" className={styles.doorTitle}>
                  <Link to={d.to}>{d.title}</Link>
                </Heading>
                <p>{d.text}</p>
                <p className={styles.count}>{d.count} Einträge</p>
              </li>
            ))}
          </ul>
          {/* Headings with an id get a hash link labelled with their text only if it is one string. */}
          {data.playbook.length > 0 && (
            <section aria-labelledby="playbook" className="margin-top--xl">
              <Heading as="h2" id="playbook">{`Der Dortmunder Weg in ${data.playbook.length} Schritten`}</Heading>
              <p className={styles.sectionIntro}>
                Das Koordinations-Playbook: wie aus ersten Beobachtungen ein Netzwerk und eine verbindliche Steuerung wurde.
              </p>
              <PlaybookSequence steps={data.playbook} />
            </section>
          )}
          {data.scenarios.length > 0 && (
            <section aria-labelledby="szenarien" className="margin-top--xl">
              <Heading as="h2" id="szenarien">{`Die ${data.scenarios.length} Szenarien und ihre Maßnahmen`}</Heading>
              <p className={styles.sectionIntro}>
                Die Lösungsszenarien des Handlungsrahmens und die Projekte, mit denen Dortmund sie umsetzt.
              </p>
              <ScenarioGrid scenarios={data.scenarios} />
            </section>
          )}
          <section aria-labelledby="werkzeuge" className="margin-top--xl">
            <Heading as="h2" id="werkzeuge">Finden, vergleichen, übernehmen</Heading>
            <ul className={styles.tools}>
              <li>
                <Link to="/katalog">Katalog</Link>: alle Einträge nach Handlungsfeld, Akteuren, Ebene, Status und Zeitraum filtern.
              </li>
              <li>
                <Link to="/handlungsfelder">Handlungsfelder</Link> und <Link to="/akteure">Akteure</Link>: jede Seite zeigt, was es dazu im
                Atlas gibt.
              </li>
              <li>
                <Link to="/zahlen">Zahlen und Fakten</Link>: die Entwicklung der Zuwanderung und die Ergebnisse der Maßnahmen als Diagramm und
                Tabelle.
              </li>
              <li>
                <Link to="/tischvorlage">Tischvorlage</Link>: der Dortmunder Ansatz auf zwei Seiten für Ausschuss oder Verwaltungsvorstand, auch als PDF.
              </li>
              <li>
                <Link to="/selbstcheck">Selbstcheck</Link>: abhaken, was Ihre Stadt schon hat, und sehen, was Sie als Nächstes lesen sollten.
              </li>
            </ul>
          </section>
        </div>
      </main>
    </Layout>
  );
}
