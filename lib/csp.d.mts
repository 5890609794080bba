export const CSP_HEADER: 'content-security-policy';
export const staticPolicy: string;
export function inlineScripts(html: string): string[];
export function pagePolicy(html: string): string;
