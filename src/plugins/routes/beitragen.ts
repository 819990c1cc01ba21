import fs from 'node:fs';
import path from 'node:path';
import {draftContext} from '../../content/draft.ts';
import {assistantForm} from '../../content/generators/assistant-form.ts';
import {REPOSITORY} from '../../content/generators/repository.ts';
import {filled} from '../../content/operator.ts';
import type {RouteBuilder} from './types.ts';

/** Folder (under the plugin's generated data) of the entries' source texts for the assistant's editing mode. */
export const SOURCE_TEXTS = 'quelltexte';

/**
 * /beitragen/eintrag: the entry assistant. Its page gets the form (from the schema) and what the
 * validator needs to know about the rest of the atlas; each entry's file text is a JSON module of
 * its own, which the page imports only when that entry is opened for editing, so no page carries
 * all texts and the size of other pages does not grow with the number of entries.
 */
export const addBeitragenRoutes: RouteBuilder = async ({content, actions, baseUrl, siteDir}) => {
  for (const e of content.entries) {
    // The file passed the gate in this run; its text is handed over as a string, never run.
    await actions.createData(`${SOURCE_TEXTS}/${e.id}.json`, JSON.stringify({path: e.path, text: fs.readFileSync(path.join(siteDir, e.path), 'utf8')}));
  }
  const data = await actions.createData('eintrag-assistent.json', JSON.stringify({form: assistantForm(), context: draftContext(content), repository: {slug: REPOSITORY.slug, branch: REPOSITORY.branch}, editorialEmail: filled(content.operator.kontakt.email) ?? ''}));
  actions.addRoute({path: `${baseUrl}beitragen/eintrag`, component: '@site/src/components/EntryAssistant', modules: {data}, exact: true});
};
