/**
 * Where the project lives on GitHub. The issue form and the guide link there.
 * The site is the organisation's GitHub Pages site (baseUrl `/`), hence the `.github.io` repository.
 */
export const REPOSITORY = {
  slug: 'praxisatlas-neuzuwanderung/praxisatlas-neuzuwanderung.github.io',
  branch: 'main',
  siteUrl: 'https://praxisatlas-neuzuwanderung.github.io',
} as const;

export const repositoryUrl = (path = ''): string => `https://github.com/${REPOSITORY.slug}${path}`;
