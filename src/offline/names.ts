/** File and folder names of the offline copy and the PDF: one place, shared by scripts, config and tests. */

/** The zip at the project root and on the web site (a stable name; the date is inside). */
export const OFFLINE_ZIP = 'praxisatlas-offline.zip';
/** The PDF of playbook, scenarios and lessons, at the project root, in the web build and in the zip. */
export const PLAYBOOK_PDF = 'praxisatlas-playbook.pdf';
/** The committee brief (/tischvorlage) as a PDF of at most two A4 pages, next to the playbook PDF. */
export const BRIEF_PDF = 'praxisatlas-tischvorlage.pdf';
/** The most pages the brief may have: a department head puts it before a committee. */
export const BRIEF_MAX_PAGES = 2;
/** Where `npm run build:offline` builds the hash-router site. */
export const OFFLINE_BUILD_DIR = 'build-offline';
/** The reader's instructions in the zip. */
export const README_NAME = 'LIESMICH.txt';

/** The one folder inside the zip, so unpacking never spills files and the date shows in the name. */
export function zipRootFolder(date: string): string {
  return `praxisatlas-offline-${date}`;
}

/** The environment switch docusaurus.config.ts reads to build the offline (hash-router) variant. */
export const OFFLINE_ENV = 'PRAXISATLAS_OFFLINE';

export function isOfflineBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[OFFLINE_ENV] === '1';
}
