/**
 * /impressum: provider information (§ 5 DDG) and the person responsible for content (§ 18 Abs. 2
 * MStV), from data/betreiber.yml through routes/legal.ts. Roles, not names.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {ImpressumData} from './model';
import {Email, IncompleteNotice, PlaceBlock, Text} from './parts';
import styles from './styles.module.css';

export default function Impressum({data}: {data: ImpressumData}): ReactNode {
  return (
    <Layout title="Impressum" description="Wer den Praxisatlas Neuzuwanderung betreibt und für den Inhalt verantwortlich ist, und wie Sie die Stelle erreichen.">
      <main className="container margin-vert--lg">
        <div className={styles.page}>
          <Heading as="h1">Impressum</Heading>
          <IncompleteNotice incomplete={data.incomplete} />

          <Heading as="h2" id="anbieter">
            Anbieter
          </Heading>
          <p>Angaben nach § 5 Digitale-Dienste-Gesetz (DDG). Den Praxisatlas Neuzuwanderung betreibt:</p>
          <PlaceBlock place={data.operator} />
          <p>
            Vertreten durch: <Text value={data.representedBy} />
          </p>

          <Heading as="h2" id="kontakt">
            Kontakt
          </Heading>
          <dl className={styles.terms}>
            <dt>E-Mail</dt>
            <dd>
              <Email value={data.email} />
            </dd>
            {data.phone !== undefined && (
              <>
                <dt>Telefon</dt>
                <dd>
                  <Text value={data.phone} />
                </dd>
              </>
            )}
          </dl>

          {data.supervisory && (
            <>
              <Heading as="h2" id="aufsicht">
                Aufsichtsbehörde
              </Heading>
              <PlaceBlock place={data.supervisory} />
            </>
          )}

          <Heading as="h2" id="verantwortlich">
            Inhaltlich verantwortlich
          </Heading>
          <p>
            Verantwortlich nach § 18 Abs. 2 Medienstaatsvertrag (MStV): <Text value={data.responsible} />, erreichbar unter der Anschrift des Anbieters.
          </p>

          <Heading as="h2" id="inhalte">
            Inhalte und Quellen
          </Heading>
          <p>
            Die Einträge beruhen auf dem Artikel von Christiane Certa, „Möglichkeiten und Chancen guter Vernetzung am Beispiel der Dortmunder Gesamtstrategie“, und den dort
            zitierten Werken; jeder Eintrag nennt seine Quellen. Beiträge aus anderen Kommunen prüft die Redaktion, bevor sie erscheinen. Links auf Websites anderer
            Anbieter führen zu Inhalten, für die diese verantwortlich sind.
          </p>
          <p>
            Texte stehen unter der Lizenz CC BY 4.0, der Programmcode unter MIT: siehe <Link to="/lizenz">Lizenz und Zitierweise</Link>. Wie die Website mit Daten umgeht,
            steht in der <Link to="/datenschutz">Datenschutzerklärung</Link>, wie barrierefrei sie ist, in der{' '}
            <Link to="/barrierefreiheit">Erklärung zur Barrierefreiheit</Link>.
          </p>
        </div>
      </main>
    </Layout>
  );
}
