/** The date an offline copy is "from", in the forms the banner, LIESMICH.txt and file names need. */

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** Set by scripts/build-offline.ts for its Docusaurus build, so banner, LIESMICH.txt and PDF carry one date. */
export const OFFLINE_DATE_ENV = 'PRAXISATLAS_OFFLINE_DATE';

/**
 * `YYYY-MM-DD` of the build. PRAXISATLAS_OFFLINE_DATE or PRAXISATLAS_TODAY fix it (one build
 * run, tests); otherwise the calendar day in Germany, because the readers are there and a build
 * at 0:30 would otherwise carry yesterday's date.
 */
export function buildDate(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  for (const fixed of [env[OFFLINE_DATE_ENV], env.PRAXISATLAS_TODAY]) {
    if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  }
  return new Intl.DateTimeFormat('en-CA', {timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit'}).format(now);
}

/** `2026-11-26` → `26. November 2026`. */
export function germanDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Kein Datum im Format JJJJ-MM-TT: „${iso}“`);
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) throw new Error(`Kein gültiger Monat in „${iso}“`);
  return `${Number(m[3])}. ${month} ${m[1]}`;
}
