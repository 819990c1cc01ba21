/** /evidenz: the evidence levels of the vocabulary with the `praxis` entries on each level. Pure. */
import type {Entry} from '../content/normalize.ts';
import {evidenceLevels} from '../content/vocabularies.ts';

export interface EvidenceLevel {
  value: string;
  label: string;
  description: string;
  entries: {title: string; url: string}[];
}

export function evidencePageData(entries: readonly Entry[]): EvidenceLevel[] {
  return Object.entries(evidenceLevels).map(([value, term]) => ({
    value,
    label: term.label,
    description: term.description,
    entries: entries.filter((e) => e.evidence?.value === value).map((e) => ({title: e.title, url: e.url})).sort((a, b) => a.title.localeCompare(b.title, 'de')),
  }));
}
