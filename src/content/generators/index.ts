/**
 * Every file generated from the schema, with its path in the project. `npm run generate` writes
 * them, `npm run generate -- --check` (CI) and the tests fail when a committed copy is stale.
 */
import {entryJsonSchema} from '../json-schema.ts';
import {issueConfigYaml, issueFormYaml} from './issue-form.ts';

export interface GeneratedFile {
  /** Project-relative path with `/`. */
  path: string;
  generate(): string;
}

export const GENERATED_FILES: readonly GeneratedFile[] = [
  {path: 'static/schema/entry.schema.json', generate: entryJsonSchema},
  {path: '.github/ISSUE_TEMPLATE/neue-praxis.yml', generate: issueFormYaml},
  {path: '.github/ISSUE_TEMPLATE/config.yml', generate: issueConfigYaml},
];
