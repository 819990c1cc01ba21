/**
 * What the legal pages show, computed at build time from the operator settings (routes/legal.ts).
 * Pure and without React, so it is tested without a browser. A value still holding the placeholder
 * becomes `null`, which the pages render as „noch nicht eingetragen“: nothing is made up.
 */
import {filled, filledLines} from '../../content/operator.ts';
import type {Operator} from '../../content/schema.ts';
import {BUDGET, LIGHTHOUSE_PAGES} from '../../quality/budget.ts';
import type {CheckedPage} from '../../quality/pages.ts';

/** A value, or null for „noch nicht eingetragen“ (null, not undefined: it survives JSON). */
export type Shown<T> = T | null;

const shown = (value: string | undefined): Shown<string> => filled(value) ?? null;
const shownLines = (lines: readonly string[] | undefined): Shown<string[]> => filledLines(lines) ?? null;

/** A body with its postal address. */
export interface Place {
  name: Shown<string>;
  address: Shown<string[]>;
}

const place = (p: {name: string; anschrift: string[]}): Place => ({name: shown(p.name), address: shownLines(p.anschrift)});

/** True when any shown value (at any depth) is null. */
export function isIncomplete(data: unknown): boolean {
  if (data === null) return true;
  if (Array.isArray(data)) return data.some(isIncomplete);
  if (data && typeof data === 'object') return Object.values(data).some(isIncomplete);
  return false;
}

export interface ImpressumData {
  operator: Place;
  representedBy: Shown<string>;
  /** § 18 Abs. 2 MStV: a role. */
  responsible: Shown<string>;
  email: Shown<string>;
  /** Left out of the settings: no line on the page (undefined is dropped from the JSON). */
  phone?: Shown<string>;
  supervisory?: Place;
  incomplete: boolean;
}

export function impressumData(op: Operator): ImpressumData {
  const data: Omit<ImpressumData, 'incomplete'> = {
    operator: place(op.betreiber),
    representedBy: shown(op.betreiber.vertreten_durch),
    responsible: shown(op.inhaltlich_verantwortlich),
    email: shown(op.kontakt.email),
    ...(op.kontakt.telefon !== undefined ? {phone: shown(op.kontakt.telefon)} : {}),
    ...(op.aufsicht ? {supervisory: place(op.aufsicht)} : {}),
  };
  return {...data, incomplete: isIncomplete(data)};
}

export interface DatenschutzData {
  controller: Place;
  controllerEmail: Shown<string>;
  /** Left out of the settings: requests go to the controller. */
  dpoEmail?: Shown<string>;
  host: Place & {privacyUrl: Shown<string>};
  authority: Place & {url: Shown<string>};
  incomplete: boolean;
}

export function datenschutzData(op: Operator): DatenschutzData {
  const data: Omit<DatenschutzData, 'incomplete'> = {
    controller: place(op.betreiber),
    controllerEmail: shown(op.kontakt.email),
    ...(op.datenschutz.beauftragte_email !== undefined ? {dpoEmail: shown(op.datenschutz.beauftragte_email)} : {}),
    host: {...place(op.hosting), privacyUrl: shown(op.hosting.url)},
    authority: {...place(op.datenschutz.aufsichtsbehoerde), url: shown(op.datenschutz.aufsichtsbehoerde.url)},
  };
  return {...data, incomplete: isIncomplete(data)};
}

/** A part of the site that is not (fully) accessible, and where the same content is accessible. */
export interface KnownLimit {
  id: string;
  title: string;
  /** What is missing or not accessible. */
  text: string;
  /** The accessible alternative, if there is one; the link's label reads on its own („Zum Glossar“). */
  alternative?: {text: string; link?: {label: string; to: string}};
  /** The limit and its alternative in Einfache Sprache, for /einfache-sprache. */
  plain: string;
}

/**
 * The known limits of the statement. Each one is a reason for „teilweise vereinbar“; when one is
 * resolved, delete it here and the status follows (conformanceStatus).
 */
export const KNOWN_LIMITS: readonly KnownLimit[] = [
  {
    id: 'diagramme',
    title: 'Diagramme',
    text: 'Ablaufdiagramme werden im Browser als Grafik gezeichnet. Für einen Screenreader oder bei starker Vergrößerung sind sie schwer zu erfassen.',
    alternative: {text: 'Unmittelbar unter jedem Ablaufdiagramm steht sein Inhalt als Text („Das Diagramm in Worten“). Die Diagramme auf „Zahlen und Fakten“ haben je eine Tabelle mit denselben Werten.', link: {label: 'Zu „Zahlen und Fakten“', to: '/zahlen'}},
    plain: 'Manche Bilder zeigen Abläufe. Unter jedem Bild steht der Inhalt auch als Text.',
  },
  {
    id: 'pdf',
    title: 'PDF-Dateien',
    text: 'Das Playbook und die Tischvorlage gibt es auch als PDF. Die PDF-Dateien werden automatisch aus den Webseiten erzeugt, mit Lesezeichen und Dokumentstruktur, sind aber nicht nach PDF/UA geprüft.',
    alternative: {text: 'Derselbe Inhalt steht barriereärmer auf den Webseiten, zum Beispiel die Tischvorlage.', link: {label: 'Zur Tischvorlage als Webseite', to: '/tischvorlage'}},
    plain: 'Die PDF-Dateien sind nicht ganz barrierefrei. Der gleiche Inhalt steht auch auf der Website.',
  },
  {
    id: 'fachsprache',
    title: 'Fachsprache',
    text: 'Die Einträge verwenden Begriffe aus Verwaltung, Recht und Sozialarbeit.',
    alternative: {text: 'Das Glossar erklärt die wichtigsten Begriffe in einfachem Deutsch.', link: {label: 'Zum Glossar', to: '/glossar'}},
    plain: 'Die Texte benutzen oft schwere Wörter aus der Verwaltung. Das Glossar erklärt sie.',
  },
  {
    id: 'gebaerdensprache',
    title: 'Deutsche Gebärdensprache',
    text: 'Die BITV 2.0 verlangt auf der Startseite Erläuterungen zu Inhalt und Bedienung in Deutscher Gebärdensprache. Es gibt noch keine Videos in Deutscher Gebärdensprache.',
    plain: 'Es gibt noch keine Videos in Deutscher Gebärdensprache.',
  },
  {
    id: 'leichte-sprache',
    title: 'Leichte Sprache',
    text: 'Die Erläuterungen zu Inhalt und Bedienung gibt es noch nicht in Leichter Sprache. Ein Text in Leichter Sprache muss von einer Prüfgruppe aus Menschen mit Lernschwierigkeiten geprüft werden; das ist noch nicht geschehen.',
    alternative: {text: 'Es gibt die Erläuterungen in Einfacher Sprache.', link: {label: 'Zur Seite in Einfacher Sprache', to: '/einfache-sprache'}},
    plain: 'Es gibt noch keine Texte in Leichter Sprache. Es gibt nur diese Seite in Einfacher Sprache.',
  },
];

export type ConformanceStatus = 'vollständig vereinbar' | 'teilweise vereinbar';

/** The automated checks find no violation (a failing check stops publication); the status is set by the known limits. */
export function conformanceStatus(limits: readonly KnownLimit[]): ConformanceStatus {
  return limits.length > 0 ? 'teilweise vereinbar' : 'vollständig vereinbar';
}

export interface StatementData {
  status: ConformanceStatus;
  /** Build date, `YYYY-MM-DD` and German („7. Dezember 2026“). */
  date: {iso: string; german: string};
  operatorName: Shown<string>;
  feedbackEmail: Shown<string>;
  conciliation: Place & {url: Shown<string>; email: Shown<string>};
  /** How the statement names the pages axe and the keyboard walk run on. */
  checkedPages: string[];
  lighthousePages: string[];
  lighthouseMinimum: number;
  limits: KnownLimit[];
  incomplete: boolean;
}

export function statementData(op: Operator, opts: {date: {iso: string; german: string}; pages: readonly CheckedPage[]}): StatementData {
  const label = (path: string) => opts.pages.find((p) => p.path === path)?.label ?? path;
  const settings = {
    operatorName: shown(op.betreiber.name),
    feedbackEmail: shown(op.barrierefreiheit_kontakt.email),
    conciliation: {...place(op.schlichtung), url: shown(op.schlichtung.url), email: shown(op.schlichtung.email)},
  };
  return {
    status: conformanceStatus(KNOWN_LIMITS),
    date: opts.date,
    ...settings,
    checkedPages: opts.pages.map((p) => p.label),
    lighthousePages: LIGHTHOUSE_PAGES.map(label),
    lighthouseMinimum: BUDGET.accessibility,
    limits: [...KNOWN_LIMITS],
    incomplete: isIncomplete(settings),
  };
}

export interface PlainLanguageData {
  operatorName: Shown<string>;
  feedbackEmail: Shown<string>;
  /** The conformance status as a plain sentence. */
  status: string;
  /** What is missing, one plain sentence or two each. */
  limits: string[];
}

const PLAIN_STATUS: Record<ConformanceStatus, string> = {
  'teilweise vereinbar': 'Der Praxisatlas ist nur zum Teil barrierefrei.',
  'vollständig vereinbar': 'Der Praxisatlas ist barrierefrei.',
};

export function plainLanguageData(op: Operator): PlainLanguageData {
  return {
    operatorName: shown(op.betreiber.name),
    feedbackEmail: shown(op.barrierefreiheit_kontakt.email),
    status: PLAIN_STATUS[conformanceStatus(KNOWN_LIMITS)],
    limits: KNOWN_LIMITS.map((l) => l.plain),
  };
}
