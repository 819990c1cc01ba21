/** /evidenz: what the evidence levels of `praxis` entries mean, with the measures on each level. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {EvidenceLevel} from '@site/src/catalog/evidence';

export default function Evidence({data}: {data: EvidenceLevel[]}): ReactNode {
  return (
    <Layout title="Belegstärke" description="Wie gut ist eine Maßnahme belegt? Die drei Stufen des Praxisatlas – beschrieben, mit Zahlen, evaluiert – und welche Einträge auf welcher Stufe stehen.">
      <main className="container margin-vert--lg">
        <div style={{maxWidth: '48rem'}}>
          <Heading as="h1">Belegstärke</Heading>
          <p>
            Jede Maßnahme im Praxisatlas sagt, wie gut belegt ist, was sie berichtet. Die Stufe steht im Steckbrief des Eintrags (Feld <code>evidence</code>). Sie bewertet nicht die Maßnahme, sondern die Quellenlage: Eine gut funktionierende Maßnahme kann „beschrieben“ sein, weil niemand sie ausgewertet hat.
          </p>
          <p>
            Eine Stufe wird nicht vergeben, sondern belegt: „mit Zahlen“ verlangt Ergebniszahlen im Feld <code>outcomes</code> (das prüft der Validator), „evaluiert“ eine zitierte Evaluation in <code>sources</code> (das prüft die Redaktion beim Review). Wer eine Evaluation oder neue Zahlen kennt, kann den Eintrag ergänzen.
          </p>
          {data.map((level) => (
            <section key={level.value} aria-labelledby={`stufe-${level.value}`}>
              <Heading as="h2" id={`stufe-${level.value}`}>
                {level.label}
              </Heading>
              <p>{level.description}</p>
              {level.entries.length > 0 ? (
                <ul>
                  {level.entries.map((e) => (
                    <li key={e.url}>
                      <Link to={e.url}>{e.title}</Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <p>Derzeit steht keine Maßnahme auf dieser Stufe.</p>
              )}
            </section>
          ))}
        </div>
      </main>
    </Layout>
  );
}
