/**
 * The only place that knows the frontmatter fields. Validator, TypeScript types, JSON Schema,
 * field reference, forms, catalog facets, metadata box and scaffolder all read from here.
 * Every field carries `meta.description` (German, for authors) and `meta.examples`.
 */
import * as z from 'zod';
import {PLACEHOLDER} from './rules.ts';
import {actors, entryTypes, evidenceLevels, fields, funding, lessonKinds, levels, qualifiers, statuses, valuesOf} from './vocabularies.ts';

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const YEAR_MIN = 1990;
const YEAR_MAX = 2100;

// Limits where validation, build or page cost grows with the input (a hostile file could make
// it hang or exhaust memory). Real content stays far below: at most 10 keywords, 17 related,
// 9 outcomes, 9 sources per entry; largest outcome 933,195; 18 works, 25 glossary terms, 25
// synonym groups of up to 5 words.
export const MAX_KEYWORDS = 30;
export const MAX_KEYWORD_CHARS = 60;
export const MAX_RELATED = 30;
export const MAX_OUTCOMES = 20;
export const MAX_SOURCES = 30;
/** Persons or euros of one city measure stay far below; 1.7e308 made the chart axis loop forever. */
export const MAX_OUTCOME_VALUE = 1_000_000_000;
export const MAX_BIBLIOGRAPHY_WORKS = 500;
export const MAX_GLOSSARY_TERMS = 500;
export const MAX_GLOSSARY_RELATED = 30;
export const MAX_SYNONYM_GROUPS = 500;
export const MIN_SYNONYM_WORDS = 2;
export const MAX_SYNONYM_WORDS = 12;
export const MAX_SYNONYM_CHARS = 60;
export const MIN_KEY_POINTS = 2;
export const MAX_KEY_POINTS = 5;
export const MAX_KEY_POINT_CHARS = 200;
export const MIN_QUESTIONS = 1;
export const MAX_QUESTIONS = 5;
export const MAX_QUESTION_CHARS = 120;
export const MAX_DELIVERABLE_CHARS = 300;
export const MAX_RESOURCE_CHARS = 200;

const id = z.string().regex(ID_PATTERN);
const year = z.int().min(YEAR_MIN).max(YEAR_MAX);
/** A YAML scalar that authors may write with or without quotes (`section: 2.3`). */
const looseText = z.union([z.string().min(1).max(80), z.number()]).transform(String);

/** One line of plain text (no line break): key points, questions and resources are shown as they are. */
export const ONE_LINE = /^[^\p{Cc}\u2028\u2029]*$/u;
export const QUESTION_END = /\?$/;
const plainLine = (min: number, max: number) => z.string().trim().min(min).max(max).regex(ONE_LINE);

const vocabularyList = <const T extends string>(values: [T, ...T[]]) => z.array(z.enum(values));

/** One figure the source states: rendered as data in the metadata box and charts. */
export const outcomeSchema = z.strictObject({
  /** What is counted. */
  label: z.string().min(2).max(160).meta({description: 'Was gezählt wird, z. B. „In Arbeit vermittelte Menschen“.', examples: ['In Erwerbsarbeit vermittelte Menschen']}),
  /** The number, as a YAML number. */
  // z.number() refuses `.inf` and `.nan` itself; the chart axes start at zero.
  value: z.number().min(0).max(MAX_OUTCOME_VALUE).meta({description: 'Die Zahl als YAML-Zahl: `8515`, nicht `8.515`; nicht negativ und höchstens eine Milliarde (`1000000000`).', examples: [1000]}),
  /** Unit of the value. */
  unit: z.string().min(1).max(40).optional().meta({description: 'Einheit, z. B. „Personen“, „Prozent“, „Euro“.', examples: ['Personen']}),
  /** Time the value refers to. */
  period: looseText.optional().meta({description: 'Zeitraum oder Zeitpunkt, z. B. „2016–2017“ oder „Ende 2017“.', examples: ['2016–2017']}),
  /** For approximate figures. */
  qualifier: z.enum(valuesOf(qualifiers)).optional().meta({description: 'Für ungefähre Angaben der Quelle: etwa, rund, über, unter, bis-zu.', examples: ['etwa']}),
});

/** Where a fact comes from. */
export const sourceRefSchema = z.strictObject({
  /** Key of the bibliography. */
  ref: id.meta({description: 'Schlüssel eines Werks aus `data/sources.yml`.', examples: ['certa-vernetzung']}),
  /** Section of the article. */
  section: looseText.optional().meta({description: 'Abschnitt des Artikels, z. B. „2.3“.', examples: ['2.3']}),
  /** Pages of the cited work. */
  pages: looseText.optional().meta({description: 'Seiten im zitierten Werk, z. B. „29–54“.', examples: ['29–54']}),
  /** The work that quotes this one. */
  via: id.optional().meta({description: 'Schlüssel des Werks, das diese Quelle zitiert, wenn sie nur darüber bekannt ist.', examples: ['certa-vernetzung']}),
});

/** What a measure needed (`praxis`); every part optional, shown as „in der Quelle nicht angegeben“ when missing. */
export const resourcesSchema = z.strictObject({
  /** Staff. */
  staff: plainLine(2, MAX_RESOURCE_CHARS).optional().meta({description: 'Personal, z. B. „ein muttersprachliches Team aus vier Beratungskräften“.', examples: ['muttersprachliches Beratungsteam']}),
  /** Money. */
  budget: plainLine(2, MAX_RESOURCE_CHARS).optional().meta({description: 'Kosten oder Fördersumme, mit Zeitraum.', examples: ['Landesmittel, Höhe nicht veröffentlicht']}),
  /** Funding period. */
  period: plainLine(2, MAX_RESOURCE_CHARS).optional().meta({description: 'Förder- oder Laufzeit, z. B. „2016–2018“.', examples: ['2016–2018']}),
  /** Anything else a city should know about the effort. */
  note: plainLine(2, MAX_RESOURCE_CHARS).optional().meta({description: 'Weitere Hinweise zum Aufwand, z. B. Räume oder Kooperationsverträge.', examples: ['Räume stellt die Stadt']}),
});

/** Fields every entry type has. */
const common = {
  /** Permanent id, equal to the file name. */
  id: id.meta({description: 'Dauerhafte Kennung in Kleinbuchstaben mit Bindestrichen, gleich dem Dateinamen ohne `.md`.', examples: ['clearingstelle-gesundheit']}),
  /** Title shown on the page. */
  title: z.string().min(3).max(120).meta({description: 'Titel des Eintrags, 3 bis 120 Zeichen.', examples: ['Clearingstelle Gesundheit']}),
  /** Teaser for catalog, search and meta tags. */
  description: z.string().min(40).max(400).meta({description: 'Kurzbeschreibung als reiner Text, 40 bis 400 Zeichen: erscheint im Katalog, in der Suche und in Vorschauen.', examples: ['Ein muttersprachliches Team berät zum Versicherungsschutz und bringt Zugewanderte in eine Krankenversicherung.']}),
  /** Municipality the entry reports on. */
  city: z.string().min(2).max(80).meta({description: 'Die Kommune, über die der Eintrag berichtet; „Deutschland“ oder „EU“ für Übergreifendes.', examples: ['Dortmund']}),
  /** Handlungsfelder. */
  fields: vocabularyList(valuesOf(fields)).min(1).meta({description: 'Mindestens ein Handlungsfeld aus dem Vokabular, ohne Wiederholung.', examples: [['gesundheit']]}),
  /** Kinds of actors involved. */
  actors: vocabularyList(valuesOf(actors)).optional().meta({description: 'Beteiligte Akteursgruppen aus dem Vokabular.', examples: [['freie-traeger', 'krankenversicherung']]}),
  /** Government levels involved. */
  levels: vocabularyList(valuesOf(levels)).optional().meta({description: 'Beteiligte Ebenen.', examples: [['kommune', 'land']]}),
  /** Start year. */
  since: year.optional().meta({description: `Startjahr, ganze Zahl von ${YEAR_MIN} bis ${YEAR_MAX}.`, examples: [2016]}),
  /** End year. */
  until: year.optional().meta({description: 'Endjahr, nicht vor `since`.', examples: [2018]}),
  /** Status as of `as_of`. */
  status: z.enum(valuesOf(statuses)).optional().meta({description: 'Stand der Maßnahme: geplant, laufend oder beendet (Pflicht bei Praxis-Einträgen).', examples: ['laufend']}),
  /** Funding sources. */
  funding: vocabularyList(valuesOf(funding)).optional().meta({description: 'Finanzierungsquellen aus dem Vokabular.', examples: [['landesmittel']]}),
  /** Figures that describe a result or a size. */
  outcomes: z.array(outcomeSchema).max(MAX_OUTCOMES).optional().meta({description: `Zahlen aus der Quelle, die ein Ergebnis oder eine Größe beschreiben, höchstens ${MAX_OUTCOMES}.`}),
  /** Where the facts come from. */
  sources: z.array(sourceRefSchema).min(1).max(MAX_SOURCES).meta({description: `Mindestens eine, höchstens ${MAX_SOURCES} Quellen aus der Bibliografie, mit Abschnitt oder Seiten.`}),
  /** Ids of related entries. */
  related: z.array(id).max(MAX_RELATED).optional().meta({description: `Kennungen verwandter Einträge, höchstens ${MAX_RELATED}; jede muss existieren, keine darf der Eintrag selbst sein.`, examples: [['szenario-fonds-clearingstelle']]}),
  /** Date of the last content review. */
  last_reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({description: 'Datum der letzten inhaltlichen Prüfung, `JJJJ-MM-TT`, ein echtes Datum, nicht in der Zukunft.', examples: ['2026-11-26']}),
  /** Year (or month) the facts describe. */
  as_of: z.union([year, z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/)]).optional().meta({description: 'Jahr (oder `JJJJ-MM`), auf das sich die Angaben beziehen: „Stand der Angaben“.', examples: [2018]}),
  /** Web address of the organisation or project. */
  url: z.url({protocol: /^https$/}).optional().meta({description: 'Webadresse der Organisation oder des Projekts, mit `https://` (keine persönlichen Kontaktdaten).', examples: ['https://www.dortmund.de']}),
  /** „Auf einen Blick“: the entry in 2–5 sentences; the committee brief is built from them. */
  key_points: z.array(plainLine(10, MAX_KEY_POINT_CHARS)).min(MIN_KEY_POINTS).max(MAX_KEY_POINTS).meta({description: `„Auf einen Blick“: ${MIN_KEY_POINTS} bis ${MAX_KEY_POINTS} kurze, vollständige Sätze mit je höchstens ${MAX_KEY_POINT_CHARS} Zeichen, oben auf der Seite und in der Tischvorlage.`, examples: [['Ein muttersprachliches Team klärt den Versicherungsschutz.', 'Sechs Krankenversicherer arbeiten mit.']]}),
  /** Questions a practitioner asks that this entry answers. */
  questions: z.array(plainLine(5, MAX_QUESTION_CHARS).regex(QUESTION_END)).min(MIN_QUESTIONS).max(MAX_QUESTIONS).meta({description: `${MIN_QUESTIONS} bis ${MAX_QUESTIONS} Fragen aus der Praxis, die der Eintrag beantwortet, in den Worten der Fragenden, je höchstens ${MAX_QUESTION_CHARS} Zeichen, mit „?“ am Ende; die Suche findet den Eintrag über sie.`, examples: [['Wie bekommen nicht versicherte Kinder ärztliche Hilfe?']]}),
  /** Extra search words (the one Docusaurus key allowed). */
  keywords: z.array(z.string().min(1).max(MAX_KEYWORD_CHARS)).max(MAX_KEYWORDS).optional().meta({description: `Zusätzliche Suchbegriffe, höchstens ${MAX_KEYWORDS} mit je bis zu ${MAX_KEYWORD_CHARS} Zeichen.`, examples: [['Krankenversicherung', 'EU2']]}),
};

const typeLiteral = <T extends keyof typeof entryTypes>(t: T) =>
  z.literal(t).meta({description: `Art des Eintrags: \`${t}\`; muss zum Ordner passen.`, examples: [t]});

/** Fields that only one entry type has, by type. */
const specific = {
  kontext: {},
  koordination: {
    /** Order of the playbook steps. */
    step: z.int().min(1).max(99).meta({description: 'Position im Koordinations-Playbook, ganze Zahl ab 1, eindeutig.', examples: [3]}),
    /** What the step produces and who decides. */
    deliverable: plainLine(10, MAX_DELIVERABLE_CHARS).meta({description: `Was der Schritt hervorbringt (ein Gremium, ein Papier, ein Beschluss) und wer entscheidet, höchstens ${MAX_DELIVERABLE_CHARS} Zeichen.`, examples: ['Ein Handlungsrahmen mit sechs Szenarien; beschlossen vom Rat der Stadt.']}),
  },
  szenario: {
    /** Number of the scenario in the Handlungsrahmen. */
    scenario: z.int().min(1).max(6).meta({description: 'Nummer des Szenarios im Handlungsrahmen, 1 bis 6, eindeutig.', examples: [2]}),
  },
  praxis: {
    status: common.status.unwrap().meta({description: 'Stand der Maßnahme: geplant, laufend oder beendet.', examples: ['laufend']}),
    /** How strong the evidence is. */
    evidence: z.enum(valuesOf(evidenceLevels)).meta({description: 'Belegstärke: beschrieben (von den Tragenden beschrieben), mit-zahlen (Ergebniszahlen in `outcomes`) oder evaluiert (eine Evaluation ist in `sources` zitiert); erklärt auf /evidenz.', examples: ['beschrieben']}),
    /** What the measure needed. */
    resources: resourcesSchema.optional().meta({description: 'Aufwand: Personal (`staff`), Geld (`budget`), Laufzeit (`period`), Hinweis (`note`), je ein kurzer Text; Fehlendes erscheint als „in der Quelle nicht angegeben“.'}),
  },
  lektion: {
    /** Kind of lesson. */
    kind: z.enum(valuesOf(lessonKinds)).meta({description: 'Art der Lektion: gelingensbedingung, offene-frage oder empfehlung.', examples: ['empfehlung']}),
  },
} as const;

export type EntryType = keyof typeof entryTypes;
export const ENTRY_TYPES = valuesOf(entryTypes);

// Key order is the order authors should write the fields in (scaffolder, forms). Written out
// per type (not through a generic helper) so that TypeScript sees `status` required on praxis.
const {id: idField, ...rest} = common;

export const entrySchemas = {
  kontext: z.strictObject({id: idField, type: typeLiteral('kontext'), ...rest, ...specific.kontext}),
  koordination: z.strictObject({id: idField, type: typeLiteral('koordination'), ...rest, ...specific.koordination}),
  szenario: z.strictObject({id: idField, type: typeLiteral('szenario'), ...rest, ...specific.szenario}),
  praxis: z.strictObject({id: idField, type: typeLiteral('praxis'), ...rest, ...specific.praxis}),
  lektion: z.strictObject({id: idField, type: typeLiteral('lektion'), ...rest, ...specific.lektion}),
} as const;

/** All entries: a union discriminated by `type` (used for the JSON Schema and the types). */
export const entrySchema = z.discriminatedUnion('type', [
  entrySchemas.kontext,
  entrySchemas.koordination,
  entrySchemas.szenario,
  entrySchemas.praxis,
  entrySchemas.lektion,
]);

/** What authors write. */
export type EntryInput = z.input<typeof entrySchema>;
/** What code reads after validation. */
export type EntryFrontmatter = z.output<typeof entrySchema>;
export type Outcome = z.output<typeof outcomeSchema>;
export type SourceRef = z.output<typeof sourceRefSchema>;
export type Resources = z.output<typeof resourcesSchema>;

/** Every field name that any entry type knows, with the types that know it. */
export const FIELD_TYPES: ReadonlyMap<string, EntryType[]> = (() => {
  const map = new Map<string, EntryType[]>();
  for (const t of ENTRY_TYPES) {
    for (const key of Object.keys(entrySchemas[t].shape)) map.set(key, [...(map.get(key) ?? []), t]);
  }
  return map;
})();

/** Fields every type requires, in the order authors should write them. */
export function requiredFields(t: EntryType): string[] {
  const shape = entrySchemas[t].shape as Record<string, z.ZodType>;
  return Object.keys(shape).filter((k) => !shape[k].safeParse(undefined).success);
}

/** A work in the bibliography (`data/sources.yml`, keyed by `ref`). */
export const bibliographyItemSchema = z.strictObject({
  /** How the article cites it. */
  cite: z.string().min(2).max(120).meta({description: 'Wie der Artikel das Werk zitiert, z. B. „Stadt Dortmund 2018a“.', examples: ['Stadt Dortmund 2018a']}),
  /** Person(s). */
  author: z.string().min(2).max(200).optional().meta({description: 'Autorin oder Autor (Namen als Quelle sind erlaubt, keine Kontaktdaten).'}),
  /** Institution. */
  organisation: z.string().min(2).max(200).optional().meta({description: 'Herausgebende Institution.'}),
  /** Year of publication. */
  year: z.int().min(1900).max(YEAR_MAX).optional().meta({description: 'Erscheinungsjahr.'}),
  /** Title of the work. */
  title: z.string().min(2).max(300).optional().meta({description: 'Titel des Werks.'}),
  /** Publisher or series. */
  publisher: z.string().min(2).max(200).optional().meta({description: 'Verlag, Reihe oder Herausgeber.'}),
  /** Web address. */
  url: z.url({protocol: /^https$/}).optional().meta({description: 'Webadresse des Werks, mit `https://`.'}),
});

// z.record has no .max(); the issue has the shape of an array's, so messages.ts words both alike.
export const bibliographySchema = z.record(id, bibliographyItemSchema).check((ctx) => {
  const works = Object.keys(ctx.value).length;
  if (works > MAX_BIBLIOGRAPHY_WORKS) ctx.issues.push({code: 'too_big', origin: 'record', maximum: MAX_BIBLIOGRAPHY_WORKS, inclusive: true, input: ctx.value});
});
export type BibliographyItem = z.output<typeof bibliographyItemSchema>;
export type Bibliography = z.output<typeof bibliographySchema>;

/** A glossary term (`data/glossary.yml`), rendered at `/glossar#<id>`. */
export const glossaryTermSchema = z.strictObject({
  /** Anchor of the term. */
  id: id.meta({description: 'Anker des Begriffs auf der Glossarseite.'}),
  /** The term as readers see it. */
  term: z.string().min(2).max(80).meta({description: 'Der Begriff.'}),
  /** Definition in plain German. */
  definition: z.string().min(20).max(800).meta({description: 'Erklärung in einfachem Deutsch, 1 bis 3 Sätze.'}),
  /** Entries that explain it further. */
  related: z.array(id).max(MAX_GLOSSARY_RELATED).optional().meta({description: `Kennungen von Einträgen, die den Begriff vertiefen, höchstens ${MAX_GLOSSARY_RELATED}.`}),
});
export const glossarySchema = z.array(glossaryTermSchema).max(MAX_GLOSSARY_TERMS);
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;

/** One word of a synonym group: one line of text; YAML numbers (`2016`) count as text. */
const synonymWord = z.union([z.string(), z.number()]).transform(String)
  .pipe(z.string().min(1).max(MAX_SYNONYM_CHARS).regex(/^[^\p{Cc}\u2028\u2029]*$/u));
/** `data/synonyms.yml`: groups of words the search treats as one, e.g. `- [KV, Krankenversicherung]`. */
export const synonymsSchema = z.array(z.array(synonymWord).min(MIN_SYNONYM_WORDS).max(MAX_SYNONYM_WORDS)).max(MAX_SYNONYM_GROUPS);
/**
 * `data/begriffe.yml`: a reader's word and the words the atlas uses for the same matter, in one
 * direction (`{wort: Obdachlosigkeit, verwandt: [Wohnungsnot, Unterkünfte]}`): a search for the
 * word also finds the related words, at a lower weight, but not the other way round.
 */
export const conceptsSchema = z
  .array(
    z.strictObject({
      wort: synonymWord.meta({description: 'Das Wort, wie Leserinnen und Leser es suchen.'}),
      verwandt: z.array(synonymWord).min(1).max(MAX_SYNONYM_WORDS).meta({description: `Begriffe, unter denen der Atlas davon spricht, höchstens ${MAX_SYNONYM_WORDS}.`}),
    }),
  )
  .max(MAX_SYNONYM_GROUPS);
export type Concept = z.output<typeof conceptsSchema>[number];

// Operator settings (`data/betreiber.yml`): who runs this copy of the atlas. The legal pages
// (/impressum, /datenschutz, /barrierefreiheit, /einfache-sprache) are generated from them. Every
// value may still be the placeholder `AUSFÜLLEN: …` of the shipped file: that is a warning (see
// operator.ts), so a fresh copy builds, and its pages say „noch nicht eingetragen“ instead.
// Roles, never names of people: the pages must not change when a person leaves.
export const MAX_OPERATOR_TEXT = 200;
export const MAX_ADDRESS_LINES = 8;
export const MAX_ADDRESS_LINE = 120;
export const MAX_EMAIL = 254;
export const MAX_OPERATOR_URL = 500;

/** True for text that still holds the placeholder of the shipped settings or the scaffolder. */
export const isPlaceholder = (value: string): boolean => value.includes(PLACEHOLDER);

/**
 * A value with a format (e-mail, web address) that may also be the placeholder: the format's own
 * issue when it is neither, so the message says what was expected (messages.ts).
 */
function formatOrPlaceholder(format: z.ZodType<string>, max: number) {
  return z.string().trim().max(max).check((ctx) => {
    if (isPlaceholder(ctx.value)) return;
    const result = format.safeParse(ctx.value);
    if (!result.success) for (const issue of result.error.issues) ctx.issues.push({...issue, input: ctx.value} as z.core.$ZodRawIssue);
  });
}
const operatorText = (description: string, examples: string[]) => plainLine(2, MAX_OPERATOR_TEXT).meta({description, examples});
const operatorEmail = (description: string, examples: string[]) => formatOrPlaceholder(z.email(), MAX_EMAIL).meta({description, examples});
const operatorUrl = (description: string, examples: string[]) => formatOrPlaceholder(z.url({protocol: /^https$/}), MAX_OPERATOR_URL).meta({description, examples});
const operatorAddress = (description: string) =>
  z.array(plainLine(2, MAX_ADDRESS_LINE)).min(1).max(MAX_ADDRESS_LINES).meta({description, examples: [['Musterstraße 1', '12345 Musterstadt']]});

export const operatorSchema = z.strictObject({
  /** The body that runs the atlas (§ 5 DDG). */
  betreiber: z.strictObject({
    name: operatorText('Tragen Sie den Namen der Stelle ein, die den Atlas betreibt, z. B. „Stadt Musterstadt, Sozialamt“.', ['Stadt Musterstadt, Sozialamt']),
    anschrift: operatorAddress(`Tragen Sie die Postanschrift der Stelle ein, eine Zeile je Listeneintrag (Straße und Hausnummer, Postleitzahl und Ort), höchstens ${MAX_ADDRESS_LINES} Zeilen.`),
    vertreten_durch: operatorText('Tragen Sie ein, wer die Stelle vertritt: eine Funktion, keinen Namen, z. B. „Oberbürgermeisterin oder Oberbürgermeister“.', ['Oberbürgermeisterin oder Oberbürgermeister']),
  }).meta({description: 'Die Stelle, die den Atlas betreibt (Angaben nach § 5 Digitale-Dienste-Gesetz).'}),
  /** § 18 Abs. 2 MStV. */
  inhaltlich_verantwortlich: operatorText('Tragen Sie die Funktion ein, die nach § 18 Abs. 2 Medienstaatsvertrag für den Inhalt verantwortlich ist (keinen Namen), z. B. „Leitung des Sozialamts“.', ['Leitung des Sozialamts']),
  /** How readers reach the operator quickly (§ 5 Abs. 1 Nr. 2 DDG). */
  kontakt: z.strictObject({
    email: operatorEmail('Tragen Sie eine E-Mail-Adresse der Stelle ein (ein Funktionspostfach, keine persönliche Adresse).', ['praxisatlas@musterstadt.example']),
    telefon: operatorText('Tragen Sie eine Telefonnummer der Stelle ein (Zentrale oder Servicenummer, keine Durchwahl einer Person).', ['0123 456-0']).optional(),
  }).meta({description: 'Wie Leserinnen und Leser die Stelle schnell erreichen.'}),
  /** Feedback channel of the accessibility statement (§ 12b BGG, BITV 2.0). */
  barrierefreiheit_kontakt: z.strictObject({
    email: operatorEmail('Tragen Sie die E-Mail-Adresse ein, an die Leserinnen und Leser Barrieren melden (ein Funktionspostfach). Die Stelle antwortet innerhalb eines Monats.', ['barrierefreiheit@musterstadt.example']),
  }).meta({description: 'Wohin Barrieren gemeldet werden (Feedback-Mechanismus der Erklärung zur Barrierefreiheit).'}),
  /** Supervisory authority of the operator, where there is one. */
  aufsicht: z.strictObject({
    name: operatorText('Tragen Sie die Aufsichtsbehörde der Stelle ein, z. B. die Bezirksregierung; gibt es keine, löschen Sie den Abschnitt „aufsicht“.', ['Bezirksregierung Musterstadt']),
    anschrift: operatorAddress('Tragen Sie die Postanschrift der Aufsichtsbehörde ein, eine Zeile je Listeneintrag.'),
  }).optional().meta({description: 'Aufsichtsbehörde der Stelle (wenn es eine gibt).'}),
  /** Conciliation body for accessibility complaints. */
  schlichtung: z.strictObject({
    name: operatorText('Tragen Sie die Schlichtungs- oder Ombudsstelle für Barrierefreiheit ein, die für die Stelle zuständig ist: für Stellen des Bundes die Schlichtungsstelle nach § 16 BGG, in Nordrhein-Westfalen die Ombudsstelle für barrierefreie Informationstechnik.', ['Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen']),
    anschrift: operatorAddress('Tragen Sie die Postanschrift der Schlichtungsstelle ein, eine Zeile je Listeneintrag.'),
    url: operatorUrl('Tragen Sie die Webadresse der Schlichtungsstelle ein, mit `https://`.', ['https://www.schlichtungsstelle-bgg.de']),
    email: operatorEmail('Tragen Sie die E-Mail-Adresse der Schlichtungsstelle ein, wie sie sie selbst veröffentlicht.', ['schlichtung@land.example']),
  }).meta({description: 'Wohin sich Leserinnen und Leser wenden, wenn eine Meldung zur Barrierefreiheit keine zufriedenstellende Antwort bekommt (Schlichtungsverfahren).'}),
  /** Data protection: officer and supervisory authority (Art. 13, 77 DSGVO). */
  datenschutz: z.strictObject({
    beauftragte_email: operatorEmail('Tragen Sie die E-Mail-Adresse der oder des behördlichen Datenschutzbeauftragten ein (ein Funktionspostfach).', ['datenschutz@musterstadt.example']).optional(),
    aufsichtsbehoerde: z.strictObject({
      name: operatorText('Tragen Sie die Datenschutz-Aufsichtsbehörde des Landes ein, in Nordrhein-Westfalen die Landesbeauftragte für Datenschutz und Informationsfreiheit.', ['Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen']),
      anschrift: operatorAddress('Tragen Sie die Postanschrift der Datenschutz-Aufsichtsbehörde ein, eine Zeile je Listeneintrag.'),
      url: operatorUrl('Tragen Sie die Webadresse der Datenschutz-Aufsichtsbehörde ein, mit `https://`.', ['https://www.ldi.nrw.de']),
    }).meta({description: 'Wo Leserinnen und Leser sich über die Verarbeitung ihrer Daten beschweren können (Art. 77 DSGVO).'}),
  }).meta({description: 'Angaben für die Datenschutzerklärung.'}),
  /** Where the site is hosted: the host sees every request. */
  hosting: z.strictObject({
    name: operatorText('Tragen Sie ein, wer die Website ausliefert (Hoster), z. B. „GitHub, Inc. (GitHub Pages)“.', ['GitHub, Inc. (GitHub Pages)']),
    anschrift: operatorAddress('Tragen Sie die Postanschrift des Hosters ein, eine Zeile je Listeneintrag.'),
    url: operatorUrl('Tragen Sie die Webadresse der Datenschutzhinweise des Hosters ein, mit `https://`.', ['https://docs.github.com/de/site-policy/privacy-policies/github-general-privacy-statement']),
  }).meta({description: 'Wer die Website ausliefert und dabei Zugriffsdaten verarbeitet.'}),
});
/** What operators write in data/betreiber.yml. */
export type OperatorInput = z.input<typeof operatorSchema>;
/** The settings after validation (placeholders still possible: see operator.ts `filled`). */
export type Operator = z.output<typeof operatorSchema>;
