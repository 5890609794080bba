import {getTranslations} from 'next-intl/server';
import type {TocEntry} from '@/lib/model';

type Section = TocEntry & {children: TocEntry[]};

function nest(entries: TocEntry[]): Section[] {
  const sections: Section[] = [];
  for (const entry of entries) {
    const parent = sections.at(-1);
    if (entry.depth === 3 && parent) parent.children.push(entry);
    else sections.push({...entry, children: []});
  }
  return sections;
}

function Sections({sections}: {sections: Section[]}) {
  return (
    <ol>
      {sections.map((section) => (
        <li key={section.id}>
          <a href={`#${section.id}`}>{section.text}</a>
          {section.children.length > 0 && (
            <ol>
              {section.children.map((child) => (
                <li key={child.id}>
                  <a href={`#${child.id}`}>{child.text}</a>
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}

/**
 * Rendered twice, and CSS shows one: on narrow screens a <details>, closed so the text comes first;
 * on wide screens a list that is always open beside the text. Neither needs JavaScript.
 */
export default async function TableOfContents({entries}: {entries: TocEntry[]}) {
  const t = await getTranslations('TableOfContents');
  if (entries.length === 0) return null;
  const sections = nest(entries);
  return (
    <>
      <nav className="toc toc-narrow" aria-labelledby="toc-title-narrow">
        <details>
          <summary id="toc-title-narrow">{t('title')}</summary>
          <Sections sections={sections} />
        </details>
      </nav>
      <nav className="toc toc-wide" aria-labelledby="toc-title-wide">
        <p className="toc-title" id="toc-title-wide">
          {t('title')}
        </p>
        <Sections sections={sections} />
      </nav>
    </>
  );
}
