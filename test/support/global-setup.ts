/** Gives the run an id, so test files can share one build (see built-site.ts). */
export default function setup(): void {
  process.env.PRAXISATLAS_TEST_RUN = String(Date.now());
}
