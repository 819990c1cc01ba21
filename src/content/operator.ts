/**
 * The operator settings (data/betreiber.yml) between the gate and the legal pages. A fresh copy of
 * the atlas ships the file with `AUSFÜLLEN: …` placeholders: they validate (so the site builds and
 * can be previewed) but every one is a warning with its line, and the pages show „noch nicht
 * eingetragen“ instead of the placeholder, so nothing is invented on a page with legal weight.
 */
import * as z from 'zod';
import type {RawEntry} from './parse.ts';
import {formatProblem, type Problem} from './problem.ts';
import {OPERATOR_PATH} from './paths.ts';
import {PLACEHOLDER, POLICY} from './rules.ts';
import {isPlaceholder, operatorSchema, type Operator} from './schema.ts';
import {problemAt} from './validate.ts';

export {PLACEHOLDER, isPlaceholder};

/** The value, or undefined when it is missing or still the placeholder. */
export function filled(value: string | undefined): string | undefined {
  return value === undefined || isPlaceholder(value) ? undefined : value;
}

/** An address: all lines, or undefined when it is missing or any line is still a placeholder. */
export function filledLines(lines: readonly string[] | undefined): string[] | undefined {
  return lines && lines.length > 0 && !lines.some(isPlaceholder) ? [...lines] : undefined;
}

export type OperatorPath = (string | number)[];

/**
 * The fields still holding the placeholder, as paths (`['betreiber', 'name']`). An address counts
 * once, as one field. Optional fields left out are not listed: leaving them out is a decision.
 */
export function unfilledFields(operator: Operator): OperatorPath[] {
  const out: OperatorPath[] = [];
  const walk = (value: unknown, at: OperatorPath) => {
    if (typeof value === 'string') {
      if (isPlaceholder(value)) out.push(at);
    } else if (Array.isArray(value)) {
      if (value.some((v) => typeof v === 'string' && isPlaceholder(v))) out.push(at);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, [...at, k]);
    }
  };
  walk(operator, []);
  return out;
}

function unwrapOptional(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
}

/** The part of the schema at a path, or undefined when the path leaves it. */
function schemaAt(path: ReadonlyArray<PropertyKey>): z.ZodType | undefined {
  let schema: z.ZodType = operatorSchema;
  for (const segment of path) {
    const inner = unwrapOptional(schema);
    if (inner instanceof z.ZodObject && typeof segment === 'string' && Object.hasOwn(inner.shape, segment)) schema = inner.shape[segment] as z.ZodType;
    else if (inner instanceof z.ZodArray && typeof segment === 'number') schema = inner.element as z.ZodType;
    else return undefined;
  }
  return schema;
}

/** The field's description from the schema: an instruction („Tragen Sie … ein“), so it is also the fix. */
export function fieldDescription(path: ReadonlyArray<PropertyKey>): string | undefined {
  let schema = schemaAt(path);
  while (schema) {
    const description = schema.meta()?.description;
    if (description) return description;
    schema = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : undefined;
  }
  return undefined;
}

/** Keys allowed at a path of the settings (for „Meinten Sie …?“ after an unknown key). */
export function operatorKeysAt(path: ReadonlyArray<PropertyKey>): string[] | undefined {
  const schema = schemaAt(path);
  const inner = schema && unwrapOptional(schema);
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : undefined;
}

/** One warning per unfilled field, at its line, with what to enter. */
export function operatorPlaceholderProblems(raw: RawEntry, operator: Operator): Problem[] {
  return unfilledFields(operator).map((path) =>
    problemAt(raw, path, `Noch nicht eingetragen. ${fieldDescription(path) ?? `Ersetzen Sie den Platzhalter „${PLACEHOLDER}“.`}`, {severity: POLICY.placeholder}),
  );
}

const todo = (what: string) => `${PLACEHOLDER}: ${what}`;

/**
 * The settings when data/betreiber.yml is missing or invalid: every value a placeholder, so the
 * pages render and say „noch nicht eingetragen“ (an invalid file stops a build anyway; this
 * serves the preview and copies without the file).
 */
export const PLACEHOLDER_OPERATOR: Operator = {
  betreiber: {name: todo('Name der betreibenden Stelle'), anschrift: [todo('Anschrift')], vertreten_durch: todo('Funktion der Vertretung')},
  inhaltlich_verantwortlich: todo('Funktion der inhaltlich verantwortlichen Person'),
  kontakt: {email: todo('E-Mail-Adresse')},
  barrierefreiheit_kontakt: {email: todo('E-Mail-Adresse für Meldungen zur Barrierefreiheit')},
  schlichtung: {name: todo('Schlichtungsstelle'), anschrift: [todo('Anschrift')], url: todo('Webadresse'), email: todo('E-Mail-Adresse')},
  datenschutz: {aufsichtsbehoerde: {name: todo('Datenschutz-Aufsichtsbehörde'), anschrift: [todo('Anschrift')], url: todo('Webadresse')}},
  hosting: {name: todo('Hoster'), anschrift: [todo('Anschrift')], url: todo('Webadresse der Datenschutzhinweise')},
};

/**
 * What the site build prints while the settings are incomplete: the validator's warning lines and
 * one German sentence; nothing when every field is filled in.
 */
export function operatorWarningReport(problems: readonly Problem[]): string[] {
  const warnings = problems.filter((p) => p.path === OPERATOR_PATH && p.severity === 'warning');
  if (!warnings.length) return [];
  return [
    ...warnings.map(formatProblem),
    `Die Angaben zum Betreiber in ${OPERATOR_PATH} sind unvollständig (${warnings.length} ${warnings.length === 1 ? 'Feld' : 'Felder'}): Impressum, Datenschutzerklärung und Erklärung zur Barrierefreiheit zeigen dort „noch nicht eingetragen“. Tragen Sie die Angaben vor der Veröffentlichung ein.`,
  ];
}
