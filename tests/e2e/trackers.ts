// What a tracker such as Open Terms Archive keeps of a document's page: the declarations of
// docs/trackers.md applied to the built page, and the document's own text to compare it with.
import fs from 'node:fs';
import type {Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {remark} from 'remark';
import remarkGfm from 'remark-gfm';
import {SKIP, visit} from 'unist-util-visit';
import type {APIRequestContext, Page} from '@playwright/test';
import {parseFrontMatter} from '../../lib/content/frontmatter';

type Selectors = string | string[];
type Entry = {fetch: string; select: Selectors; remove?: Selectors};
type Declaration = {name: string; terms: Record<string, Entry>};

/** Every declaration in docs/trackers.md, each entry with the path it fetches. */
export function trackedPages(): {name: string; terms: string; path: string; entry: Entry}[] {
  const text = fs.readFileSync('docs/trackers.md', 'utf8');
  const blocks = [...text.matchAll(/```json\n([\s\S]*?)```/g)].map(([, json]) => JSON.parse(json) as Declaration);
  return blocks.flatMap((declaration) =>
    Object.entries(declaration.terms).map(([terms, entry]) => ({name: declaration.name, terms, path: new URL(entry.fetch).pathname, entry}))
  );
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text a tracker records: the selected elements, in page order, without the removed ones. */
export async function trackedText(page: Page, {select, remove = []}: Entry): Promise<string> {
  const list = (selectors: Selectors) => (Array.isArray(selectors) ? selectors : [selectors]);
  const text = await page.evaluate(
    ([selected, removed]) =>
      [...document.querySelectorAll(selected.join(','))]
        .map((element) => {
          const copy = element.cloneNode(true) as Element;
          for (const selector of removed) copy.querySelectorAll(selector).forEach((node) => node.remove());
          return copy.textContent ?? '';
        })
        .join('\n'),
    [list(select), list(remove)]
  );
  return words(text);
}

/** The text of a Markdown body: every block's words, in order (what a reader of the file reads). */
function plainText(markdown: string): string {
  const tree: Root = remark().use(remarkGfm).parse(markdown);
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell' && node.type !== 'code') return;
    blocks.push(toString(node));
    return SKIP;
  });
  return words(blocks.join('\n'));
}

/** The title and text of the version in force at `path` (/en/privacy), from its own Markdown file. */
export async function documentText(request: APIRequestContext, path: string): Promise<{date: string; text: string}> {
  const history = (await (await request.get(`${path}/versions.json`)).json()) as {current: string; versions: {date: string; source: string}[]};
  const source = history.versions.find((version) => version.date === history.current)!.source;
  const parsed = parseFrontMatter((await (await request.get(new URL(source).pathname)).text()).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  return {date: history.current, text: words(`${parsed.data!.title}\n${plainText(parsed.body)}`)};
}
