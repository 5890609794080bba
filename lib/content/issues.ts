// How content problems are printed: `file:line: message`, the form every tool and message table uses.
import type {ContentIssue} from '../model';

export function formatIssue(issue: ContentIssue): string {
  const prefix = issue.severity === 'warning' ? 'warning: ' : '';
  return `${issue.file}:${issue.line}: ${prefix}${issue.message}`;
}

export const errorsIn = (issues: ContentIssue[]) => issues.filter((issue) => issue.severity === 'error');

/** Thrown when content with errors is about to be rendered: the build fails with every message. */
export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(
      `Content has ${issues.length} error${issues.length === 1 ? '' : 's'}:\n` +
        issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')
    );
    this.name = 'ContentError';
  }
}
