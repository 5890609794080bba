// The heavy part of a comparison page as one pure function, run in a worker thread (lib/tasks): the
// changes between two versions, word by word, as HTML, and what the page shows around them. HTML
// rather than React elements: two long versions make tens of thousands of elements, and rendering
// them on the request thread blocked every other visitor about as long as comparing the words did.
// hast-util-to-html escapes every text and attribute, as React would.
import type {ElementContent, Properties} from 'hast';
import {toHtml} from 'hast-util-to-html';
import type {Locale} from 'next-intl';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';
import {diffDocuments, type DiffBlock, type Part} from './diff';

/** Two versions' bodies (Markdown) and their language. */
export type ComparisonInput = {before: string; after: string; locale: Locale};
type Labels = {added: string; removed: string};

const labelsOf: Record<Locale, Labels> = {en: en.ComparePage, zh: zh.ComparePage};

export type Comparison = {
  /** The compared text, section by section, for the page to inject (components/DocumentBody). */
  html: string;
  /** The sections that changed: their anchor and heading as it reads now. */
  changed: {id: string; heading: string}[];
  /** Every anchor in `html`'s sections and headings, without the `changes-` prefix. */
  anchors: string[];
};

const element = (tagName: string, properties: Properties, children: ElementContent[]): ElementContent => ({type: 'element', tagName, properties, children});

/** Text set as in the document; a link is not followed but its address is shown after it. */
function text({text: value, format}: Part): ElementContent {
  let node: ElementContent = {type: 'text', value};
  if (format?.code) node = element('code', {}, [node]);
  if (format?.strike) node = element('s', {}, [node]);
  if (format?.emphasis) node = element('em', {}, [node]);
  if (format?.strong) node = element('strong', {}, [node]);
  if (format?.target) node = element('span', {className: ['link-target']}, [node]);
  return node;
}

/** Consecutive parts of one kind share one <ins> or <del>, so its label is read once. */
function parts(list: Part[], labels: Labels): ElementContent[] {
  const runs: Part[][] = [];
  for (const part of list) {
    const last = runs.at(-1);
    if (last?.[0].kind === part.kind) last.push(part);
    else runs.push([part]);
  }
  return runs.flatMap((run) => {
    const kind = run[0].kind;
    if (kind === 'same') return run.map(text);
    const label = element('span', {className: ['visually-hidden']}, [{type: 'text', value: kind === 'ins' ? labels.added : labels.removed}]);
    return [element(kind, {}, [label, ...run.map(text)])];
  });
}

function block(item: DiffBlock, labels: Labels): ElementContent {
  const properties: Properties = item.changed ? {className: ['diff-changed']} : {};
  if (item.type === 'h3' && item.id) properties.id = `changes-${item.id}`;
  return element(item.type, properties, parts(item.parts, labels));
}

/** Consecutive list items share one list. */
function blocks(items: DiffBlock[], labels: Labels): ElementContent[] {
  const out: ElementContent[] = [];
  let list: ElementContent[] | null = null;
  for (const item of items) {
    if (item.type !== 'li') {
      list = null;
      out.push(block(item, labels));
    } else if (list) {
      list.push(block(item, labels));
    } else {
      list = [block(item, labels)];
      out.push(element('ul', {}, list));
    }
  }
  return out;
}

/** Compares two Markdown bodies (lib/diff.ts) and sets the result as HTML. */
export function compareVersions({before, after, locale}: ComparisonInput): Comparison {
  const sections = diffDocuments(before, after, locale);
  const labels = labelsOf[locale];
  const html = toHtml(
    sections.map((section) =>
      element('section', {id: `changes-${section.id}`, className: section.changed ? ['diff-section', 'changed'] : ['diff-section']}, blocks(section.blocks, labels))
    )
  );
  return {
    html,
    changed: sections
      .filter((section) => section.changed)
      .map((section) => ({id: section.id, heading: section.blocks[0]?.parts.map((part) => (part.kind === 'del' ? '' : part.text)).join('') ?? ''})),
    anchors: sections.flatMap((section) => [section.id, ...section.blocks.flatMap((item) => (item.id ? [item.id] : []))])
  };
}
