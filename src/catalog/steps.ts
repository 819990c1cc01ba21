/** Previous/next navigation through the playbook, in step order (not sidebar or file order). */

export interface StepLink {
  title: string;
  url: string;
  /** The `step` number. */
  number?: number;
}

export interface StepNavigation {
  /** 1-based position among the steps. */
  position: number;
  total: number;
  previous?: StepLink;
  next?: StepLink;
}

/** Where `url` stands among the steps, or undefined when it is not a step. Numbers may have gaps. */
export function stepNavigation(steps: readonly StepLink[], url: string): StepNavigation | undefined {
  const ordered = [...steps].sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  const i = ordered.findIndex((s) => s.url === url);
  if (i < 0) return undefined;
  return {position: i + 1, total: ordered.length, previous: ordered[i - 1], next: ordered[i + 1]};
}
