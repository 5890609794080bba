// Deployment settings, read from the environment in one place.
import path from 'node:path';

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

export const siteName = 'Infer Mesh';
export const siteUrl = withoutTrailingSlash(process.env.SITE_URL || 'https://infermesh.io');
export const repositoryUrl = withoutTrailingSlash(
  process.env.REPOSITORY_URL || 'https://github.com/infermesh/legal'
);
export const repositoryBranch = process.env.REPOSITORY_BRANCH || 'main';

/** Where the Markdown lives; tests point it at fixture content. */
export const contentDir = path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR || 'content');

export function absoluteUrl(pathname: string): string {
  return `${siteUrl}${pathname}`;
}
