export const CSP_HEADER: 'content-security-policy';
export const staticPolicy: string;
export function inlineScripts(html: string): string[];
export function pagePolicy(html: string): string;
/** The page without Next.js's scripts and script preloads; JSON-LD data blocks stay. */
export function withoutScripts(html: string): string;
