/**
 * What the playbook PDF contains, in reading order: the coordination steps by `step`, the
 * scenarios by `scenario`, then the lessons – conditions for success, open questions,
 * recommendations (the order of the `kind` vocabulary), within a kind in sidebar order (by id).
 */
import type {Entry} from '../content/normalize.ts';
import {lessonKinds} from '../content/vocabularies.ts';

export type PartId = 'koordination' | 'szenario' | 'lektion';

export interface Part {
  id: PartId;
  title: string;
}

export const PARTS: Part[] = [
  {id: 'koordination', title: 'Koordinations-Playbook'},
  {id: 'szenario', title: 'Szenarien'},
  {id: 'lektion', title: 'Lektionen'},
];

export interface Chapter {
  /** The entry's id; chapter anchors in the PDF are `kap-<id>`. */
  id: string;
  part: PartId;
  title: string;
  /** The route, e.g. `/koordination/fachgruppen`. */
  url: string;
  /** The line above the title on the chapter's first page, unique in the document. */
  kicker: string;
  /** What the table of contents shows before the title, e.g. `Schritt 3`; empty when the title says it already. */
  label: string;
  /** Diagrams the page draws (see diagrams.ts); 0 when unknown. */
  diagrams: number;
}

const KIND_ORDER = Object.keys(lessonKinds);

/** `diagramsOf` tells how many diagrams an entry's page draws (the PDF waits for them). */
export function playbookChapters(entries: readonly Entry[], diagramsOf: (e: Entry) => number = () => 0): Chapter[] {
  const steps = entries.filter((e) => e.type === 'koordination').sort((a, b) => (a.step ?? 0) - (b.step ?? 0));
  const scenarios = entries.filter((e) => e.type === 'szenario').sort((a, b) => (a.scenario ?? 0) - (b.scenario ?? 0));
  const kindIndex = (e: Entry) => KIND_ORDER.indexOf(e.kind?.value ?? '');
  const lessons = entries.filter((e) => e.type === 'lektion').sort((a, b) => kindIndex(a) - kindIndex(b) || a.id.localeCompare(b.id));
  return [
    ...steps.map((e) => chapter(e, 'koordination', `Schritt ${e.step}`, `Koordinations-Playbook · Schritt ${e.step} von ${steps.length}`)),
    ...scenarios.map((e) => chapter(e, 'szenario', `Szenario ${e.scenario}`, `Szenarien · Szenario ${e.scenario} von ${scenarios.length}`)),
    ...lessons.map((e, i) => chapter(e, 'lektion', e.kind?.label ?? 'Lektion', `Lektionen · ${e.kind?.label ?? 'Lektion'} · ${i + 1} von ${lessons.length}`)),
  ];

  function chapter(e: Entry, part: PartId, label: string, kicker: string): Chapter {
    // Scenario and lesson titles begin with their label already ("Szenario 3: …").
    return {id: e.id, part, title: e.title, url: e.url, label: e.title.startsWith(label) ? '' : label, kicker, diagrams: diagramsOf(e)};
  }
}

export function chapterAnchor(id: string): string {
  return `kap-${id}`;
}
