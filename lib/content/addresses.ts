// Old addresses (`formerly` in content/<document>/document.yml): each leads to its document for good,
// so it must be no address of the site, one document's only, and never dropped once published.
// Pure: what the base branch lists comes from lib/content/git.ts, through load.ts.
import path from 'node:path';
import type {ContentIssue, DocumentSettings} from '../model';
import {siteAddress} from '../routes';
import {entryLines} from './settings';

/** One address a document.yml lists under `formerly`, where it is written. */
export type OldAddress = {address: string; document: string; file: string; line: number};

/** The addresses a document's settings list, each with its line in `text` (the file as read). */
export function oldAddressesOf(document: string, file: string, text: string, settings: DocumentSettings): OldAddress[] {
  const lines = entryLines(text, 'formerly');
  const fallback = text.split('\n').findIndex((line) => /^formerly\s*:/.test(line)) + 1 || 1;
  return (settings.formerly ?? []).map((address, i) => ({address, document, file, line: lines[i] ?? fallback}));
}

/**
 * The old addresses the site can answer (address → document), and why the others cannot: an address
 * of the site itself, or one claimed twice. `isDocument` tells which documents have versions.
 */
export function checkOldAddresses(claims: OldAddress[], isDocument: (name: string) => boolean): {redirects: Map<string, string>; issues: ContentIssue[]} {
  const redirects = new Map<string, string>();
  const first = new Map<string, OldAddress>();
  const issues: ContentIssue[] = [];
  for (const claim of claims) {
    const error = (message: string) => issues.push({file: claim.file, line: claim.line, message: `"formerly": "${claim.address}" ${message}`, severity: 'error'});
    const taken = siteAddress(claim.address, isDocument);
    const earlier = first.get(claim.address);
    if (taken) {
      error(`is an address of the site (${taken}): an old address must be one the site no longer answers; remove it`);
    } else if (earlier?.document === claim.document) {
      error(`is listed twice (first on line ${earlier.line}): remove one of the two lines`);
    } else if (earlier) {
      error(`is also listed by ${earlier.file} (line ${earlier.line}): an old address leads to one document; remove it from one of the two files`);
      redirects.delete(claim.address);
    } else {
      first.set(claim.address, claim);
      // A document without a version yet has no page to lead to.
      if (isDocument(claim.document)) redirects.set(claim.address, claim.document);
    }
  }
  return {redirects, issues};
}

/**
 * An old address listed on the base branch must still be listed: readers, bookmarks and other sites
 * keep using it. It may go only where the site itself now answers it (a document took that name).
 */
export function checkOldAddressesKept(root: string, base: string, before: Map<string, string>, claims: OldAddress[], isDocument: (name: string) => boolean): ContentIssue[] {
  const now = new Set(claims.map((claim) => claim.address));
  return [...before]
    .filter(([address]) => !now.has(address) && !siteAddress(address, isDocument))
    .map(([address, document]) => {
      const file = path.relative(process.cwd(), path.join(root, document, 'document.yml'));
      const listed = claims.find((claim) => claim.document === document);
      return {
        file,
        line: listed?.line ?? 1,
        message: `"formerly": "${address}" is listed on ${base} and gone here: an old address is kept for good (readers and other sites still use it); put it back`,
        severity: 'error' as const
      };
    });
}
