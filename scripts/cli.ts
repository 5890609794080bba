// Shared by the command-line tools: how they report and refuse.
import {formatIssue, type ContentIssue} from '@/lib/issues';

/** Prints the reason and stops with exit code 1; nothing has been written. */
export function refuse(message: string, issues: ContentIssue[] = []): never {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(message);
  process.exit(1);
}

export const errorsIn = (issues: ContentIssue[]) => issues.filter((issue) => issue.severity === 'error');
