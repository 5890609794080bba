// The RFC 6903 links of a page as the server sends them (no browser: what a crawler reads).
import type {APIRequestContext} from '@playwright/test';

/** "rel href" of each privacy-policy and terms-of-service link in the head, and how many the whole page has. */
export async function policyLinks(request: APIRequestContext, path: string): Promise<{head: string[]; inPage: number; status: number}> {
  const response = await request.get(path, {maxRedirects: 0});
  const html = await response.text();
  const links = (text: string) => [...text.matchAll(/<link rel="(privacy-policy|terms-of-service)" href="([^"]*)"/g)].map(([, rel, href]) => `${rel} ${href}`);
  const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
  return {head: links(head), inPage: links(html).length, status: response.status()};
}
