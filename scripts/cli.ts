// Shared by the command-line tools: how they refuse.
import {formatIssue} from '@/lib/content/issues';
import type {ContentIssue} from '@/lib/model';

/** Prints the reason and stops with exit code 1; nothing has been written. */
export function refuse(message: string, issues: ContentIssue[] = []): never {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(message);
  process.exit(1);
}
