/** Which measures put a scenario into practice: `praxis` entries linked in either direction. */

export interface LinkedEntry {
  id: string;
  type: string;
  title: string;
  url: string;
}

export interface ScenarioLike {
  related: readonly LinkedEntry[];
  /** Entries that point to the scenario by `related` or by a Markdown link. */
  backlinks: readonly LinkedEntry[];
}

export function scenarioMeasures(scenario: ScenarioLike): {title: string; url: string}[] {
  const byId = new Map<string, LinkedEntry>();
  for (const e of [...scenario.related, ...scenario.backlinks]) if (e.type === 'praxis') byId.set(e.id, e);
  return [...byId.values()].sort((a, b) => a.title.localeCompare(b.title, 'de')).map((e) => ({title: e.title, url: e.url}));
}
