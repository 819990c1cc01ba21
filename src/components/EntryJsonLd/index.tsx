/**
 * The entry's schema.org Article as JSON-LD in the page's <head>, for search engines and
 * linked-data tools. Built by src/opendata/jsonld.ts; scriptJson() keeps contributed text from
 * closing the <script> element (react-helmet writes a script's children unescaped).
 */
import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {ClientEntry} from '@site/src/content/client';
import {entryJsonLd, scriptJson} from '@site/src/opendata/jsonld';

export default function EntryJsonLd({entry}: {entry: ClientEntry}): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const web = String(siteConfig.customFields?.webAddress ?? '');
  return (
    <Head>
      <script type="application/ld+json">{scriptJson(entryJsonLd(entry, web))}</script>
    </Head>
  );
}
