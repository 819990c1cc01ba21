/**
 * The GitHub issue form „Neue Praxis vorschlagen“ (.github/ISSUE_TEMPLATE/neue-praxis.yml): the
 * way in for people who do not want to edit files. Dropdowns come from the vocabularies, the
 * text boxes from the praxis fields and section headings, so the form asks exactly for what an
 * entry needs. Also the template chooser's config.yml with links to the guide and the field list.
 */
import {stringify} from 'yaml';
import {SECTIONS} from '../sections.ts';
import {vocabularies} from '../vocabularies.ts';
import {typeFields, type FieldSpec} from './field-model.ts';
import {fieldLabel} from './labels.ts';
import {REPOSITORY, repositoryUrl} from './repository.ts';

/** The first line of every generated YAML file. */
export const GENERATED_NOTE = 'Erzeugt aus src/content/schema.ts mit „npm run generate“. Nicht von Hand bearbeiten.';

type FormElement = {type: string; id?: string; attributes: Record<string, unknown>; validations?: {required: boolean}};

/** Fields the maintainers fill in, not the proposer: id from the title, type fixed, dates, links. */
const MAINTAINER_FIELDS = new Set(['id', 'type', 'last_reviewed', 'related', 'outcomes', 'keywords', 'as_of']);

/** A dropdown option: the label readers know, the value maintainers type into the entry. */
export const optionText = (label: string, value: string): string => `${label} (${value})`;

function element(spec: FieldSpec): FormElement {
  const attributes: Record<string, unknown> = {label: fieldLabel(spec.name), description: spec.description};
  const validations = {required: spec.required};
  switch (spec.kind) {
    case 'enum':
    case 'enumList': {
      const vocab = vocabularies[spec.vocabulary!] as Record<string, {label: string}>;
      attributes.multiple = spec.kind === 'enumList';
      attributes.options = Object.entries(vocab).map(([value, term]) => optionText(term.label, value));
      return {type: 'dropdown', id: spec.name, attributes, validations};
    }
    case 'longText':
    case 'objectList':
    case 'object':
    case 'textList':
      return {type: 'textarea', id: spec.name, attributes, validations};
    default:
      if (spec.example !== undefined && typeof spec.example !== 'object') attributes.placeholder = String(spec.example);
      return {type: 'input', id: spec.name, attributes, validations};
  }
}

const SOURCES_HELP = 'Je Zeile ein Werk: Autorin oder Organisation, Jahr, Titel, Webadresse – und wo im Werk die Angaben stehen (Abschnitt oder Seiten). Die Redaktion trägt neue Werke in data/sources.yml ein.';

/** How to write list and group answers, so that the converter (src/content/issue-entry.ts) reads them. */
const LIST_HELP: Record<string, string> = {
  sources: SOURCES_HELP,
  key_points: '2 bis 5 kurze Sätze, je Zeile einer (höchstens 200 Zeichen): das Wichtigste auf einen Blick. Der erste Satz fasst die Maßnahme allein zusammen.',
  questions: '1 bis 5 Fragen, je Zeile eine, mit „?“ am Ende: Was würden Kolleginnen und Kollegen fragen, worauf Ihr Eintrag antwortet?',
  resources: 'Soweit bekannt, je Zeile eine Angabe: „Personal: …“, „Kosten: …“, „Laufzeit: …“, „Hinweis: …“. Was Sie nicht wissen, lassen Sie weg.',
};

export function issueForm(): Record<string, unknown> {
  const fields = typeFields('praxis').filter((f) => !MAINTAINER_FIELDS.has(f.name)).map((f) => {
    const el = element(f);
    if (Object.hasOwn(LIST_HELP, f.name)) el.attributes.description = LIST_HELP[f.name];
    return el;
  });
  const sections: FormElement[] = SECTIONS.praxis.map((s, i) => ({
    type: 'textarea',
    id: `abschnitt-${i + 1}`,
    attributes: {label: `Abschnitt „${s.heading}“`, description: s.hint},
    validations: {required: i === 0},
  }));
  return {
    name: 'Neue Praxis vorschlagen',
    description: 'Eine Maßnahme oder ein Projekt aus Ihrer Kommune für den Praxisatlas vorschlagen – ohne Dateien zu bearbeiten.',
    title: '[Praxis]: ',
    labels: ['neuer-eintrag'],
    body: [
      {
        type: 'markdown',
        attributes: {
          value: [
            'Danke, dass Sie eine Maßnahme teilen! Füllen Sie aus, was Sie wissen; Pflichtfelder sind mit * markiert.',
            'Nach dem Absenden wird daraus automatisch ein Eintrag mit Pull Request; die Prüfung meldet sich hier im Issue, falls noch etwas fehlt. Die Redaktion bittet Sie im Pull Request um einen letzten Blick.',
            `Was die Felder bedeuten, steht unter [Felder und Werte](${REPOSITORY.siteUrl}/felder); die Anleitung für Beiträge in [CONTRIBUTING.md](${repositoryUrl(`/blob/${REPOSITORY.branch}/CONTRIBUTING.md`)}).`,
            '',
            '**Bitte keine personenbezogenen Daten** (Namen, Telefonnummern oder E-Mail-Adressen von Einzelpersonen) und keine Texte, die Sie nicht weitergeben dürfen.',
          ].join('\n'),
        },
      },
      ...fields,
      ...sections,
      {
        type: 'checkboxes',
        id: 'zustimmung',
        attributes: {
          label: 'Zustimmung',
          options: [
            {label: 'Ich habe die Texte in eigenen Worten geschrieben und die Quellen angegeben.', required: true},
            {label: 'Die Texte dürfen unter CC BY 4.0 veröffentlicht werden, damit andere Kommunen sie übernehmen können.', required: true},
            {label: 'Der Vorschlag enthält keine personenbezogenen Daten.', required: true},
          ],
        },
      },
    ],
  };
}

export function issueFormYaml(): string {
  return `# ${GENERATED_NOTE}\n${stringify(issueForm(), {lineWidth: 0})}`;
}

/** The template chooser: blank issues stay possible; links to the guide and the field list. */
export function issueConfigYaml(): string {
  const config = {
    blank_issues_enabled: true,
    contact_links: [
      {name: 'Anleitung: Einträge beitragen', url: repositoryUrl(`/blob/${REPOSITORY.branch}/CONTRIBUTING.md`), about: 'Schritt für Schritt: einen Eintrag im Browser oder lokal anlegen und einen Pull Request öffnen.'},
      {name: 'Felder und Werte', url: `${REPOSITORY.siteUrl}/felder`, about: 'Alle Felder eines Eintrags und alle erlaubten Werte mit Erklärung.'},
    ],
  };
  return `# ${GENERATED_NOTE}\n${stringify(config, {lineWidth: 0})}`;
}
