/** The plugin's search index data file (src/plugins/routes/search.ts); checked at runtime by isSearchIndexData. */
declare module '@generated/praxisatlas/default/search-index.json' {
  const data: unknown;
  export default data;
}
