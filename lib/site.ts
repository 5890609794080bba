// Deployment settings, read from the environment in one place.
import {availableParallelism} from 'node:os';
import path from 'node:path';

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

export const siteName = 'Infer Mesh';

/**
 * How long before it applies a material change must be published (section 10 of the policy promises
 * notice; GitHub gives 30 days for its terms). A change the law requires at once says so in `notice`.
 */
export const materialNoticeDays = 30;

/** The largest version file content:check accepts: a legal document is text, far below it. */
export const maxFileBytes = 200 * 1024;

/** How old the version in force may grow before content:check reminds that a review is due (California's CCPA: every 12 months). */
export const reviewAfterDays = 365;

/** How far ahead a version may be announced: further is a mistyped year ("2072" for "2027"). */
export const maxAnnounceDays = 365;
export const siteUrl = withoutTrailingSlash(process.env.SITE_URL || 'https://infermesh.io');
export const repositoryUrl = withoutTrailingSlash(
  process.env.REPOSITORY_URL || 'https://github.com/infermesh/legal'
);
export const repositoryBranch = process.env.REPOSITORY_BRANCH || 'main';

/** Where the Markdown lives; tests point it at fixture content. */
export const contentDir = path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR || 'content');

/** Threads that compare versions off the request thread (lib/tasks): by default one core stays with the requests. */
export const workerThreads = Number.parseInt(process.env.WORKER_THREADS ?? '', 10) || Math.max(1, Math.min(4, availableParallelism() - 1));

export function absoluteUrl(pathname: string): string {
  return `${siteUrl}${pathname}`;
}
