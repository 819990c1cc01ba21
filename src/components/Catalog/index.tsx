/** /katalog: every entry as a card, grouped by type. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {CatalogEntry} from '@site/src/plugins/catalog-data';
import {entryTypes} from '@site/src/content/vocabularies';

export default function Catalog({entries}: {entries: CatalogEntry[]}): ReactNode {
  const types = Object.keys(entryTypes) as CatalogEntry['type'][];
  return (
    <Layout title="Katalog" description="Alle Einträge des Praxisatlas Neuzuwanderung: Maßnahmen, Szenarien, Playbook-Schritte, Lektionen und Kontext.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Katalog</Heading>
        <p>{entries.length} Einträge</p>
        {types.map((t) => {
          const list = entries.filter((e) => e.type === t);
          if (list.length === 0) return null;
          return (
            <section key={t} aria-labelledby={`typ-${t}`}>
              <Heading as="h2" id={`typ-${t}`}>{entryTypes[t].label}</Heading>
              <ul>
                {list.map((e) => (
                  <li key={e.id}>
                    <Link to={e.url}>{e.title}</Link> – {e.description}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </main>
    </Layout>
  );
}
