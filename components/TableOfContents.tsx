import {getTranslations} from 'next-intl/server';
import type {TocEntry} from '@/lib/markdown';

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

export default async function TableOfContents({entries}: {entries: TocEntry[]}) {
  const t = await getTranslations('TableOfContents');
  if (entries.length === 0) return null;
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <details open>
        <summary id="toc-title">{t('title')}</summary>
        <ol>
          {nest(entries).map((section) => (
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
      </details>
    </nav>
  );
}
