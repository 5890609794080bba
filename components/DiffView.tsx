import {getTranslations} from 'next-intl/server';
import type {DiffBlock, DiffSection, Part} from '@/lib/diff';

async function Parts({parts}: {parts: Part[]}) {
  const t = await getTranslations('ComparePage');
  return parts.map((part, index) =>
    part.kind === 'same' ? (
      part.text
    ) : part.kind === 'ins' ? (
      <ins key={index}>
        <span className="visually-hidden">{t('added')}</span>
        {part.text}
      </ins>
    ) : (
      <del key={index}>
        <span className="visually-hidden">{t('removed')}</span>
        {part.text}
      </del>
    )
  );
}

function Block({block}: {block: DiffBlock}) {
  const content = <Parts parts={block.parts} />;
  const className = block.changed ? 'diff-changed' : undefined;
  switch (block.type) {
    case 'h2':
      return <h2 className={className}>{content}</h2>;
    case 'h3':
      return <h3 className={className}>{content}</h3>;
    case 'h4':
      return <h4 className={className}>{content}</h4>;
    case 'li':
      return <li className={className}>{content}</li>;
    default:
      return <p className={className}>{content}</p>;
  }
}

/** Consecutive list items share one list. */
function group(blocks: DiffBlock[]): (DiffBlock | DiffBlock[])[] {
  const groups: (DiffBlock | DiffBlock[])[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.type === 'li' && Array.isArray(last)) last.push(block);
    else groups.push(block.type === 'li' ? [block] : block);
  }
  return groups;
}

/** The compared text, section by section; works without JavaScript. */
export default function DiffView({sections}: {sections: DiffSection[]}) {
  return (
    <div className="document-body diff">
      {sections.map((section) => (
        <section key={section.id} id={`changes-${section.id}`} className={section.changed ? 'diff-section changed' : 'diff-section'}>
          {group(section.blocks).map((item, index) =>
            Array.isArray(item) ? (
              <ul key={index}>
                {item.map((block, i) => (
                  <Block key={i} block={block} />
                ))}
              </ul>
            ) : (
              <Block key={index} block={item} />
            )
          )}
        </section>
      ))}
    </div>
  );
}
