/** A problem found in a content file, located precisely enough for a non-engineer to fix it. */
export type ContentIssue = {
  file: string; // relative to the repository, e.g. content/privacy/en/2026-04-02.md
  line: number;
  message: string;
  severity: 'error' | 'warning';
};

export function formatIssue(issue: ContentIssue): string {
  const prefix = issue.severity === 'warning' ? 'warning: ' : '';
  return `${issue.file}:${issue.line}: ${prefix}${issue.message}`;
}

export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(
      `Content has ${issues.length} error${issues.length === 1 ? '' : 's'}:\n` +
        issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')
    );
    this.name = 'ContentError';
  }
}
