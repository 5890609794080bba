import {getTranslations} from 'next-intl/server';
import {Fragment, type ReactNode} from 'react';
import type {DiffBlock, DiffSection, Part} from '@/lib/diff';

type Labels = {added: string; removed: string};

/** Text set as in the document; a link is not followed but its address is shown after it. */
function Text({part: {text, format}}: {part: Part}) {
  let node: ReactNode = text;
  if (format?.code) node = <code>{node}</code>;
  if (format?.strike) node = <s>{node}</s>;
  if (format?.emphasis) node = <em>{node}</em>;
  if (format?.strong) node = <strong>{node}</strong>;
  if (format?.target) node = <span className="link-target">{node}</span>;
  return node;
}

/** Consecutive parts of one kind share one <ins> or <del>, so its label is read once. */
function Parts({parts, labels}: {parts: Part[]; labels: Labels}) {
  const runs: Part[][] = [];
  for (const part of parts) {
    const last = runs.at(-1);
    if (last?.[0].kind === part.kind) last.push(part);
    else runs.push([part]);
  }
  return runs.map((run, index) => {
    const text = run.map((part, i) => <Text key={i} part={part} />);
    switch (run[0].kind) {
      case 'ins':
        return (
          <ins key={index}>
            <span className="visually-hidden">{labels.added}</span>
            {text}
          </ins>
        );
      case 'del':
        return (
          <del key={index}>
            <span className="visually-hidden">{labels.removed}</span>
            {text}
          </del>
        );
      default:
        return <Fragment key={index}>{text}</Fragment>;
    }
  });
}

function Block({block, labels}: {block: DiffBlock; labels: Labels}) {
  const content = <Parts parts={block.parts} labels={labels} />;
  const className = block.changed ? 'diff-changed' : undefined;
  switch (block.type) {
    case 'h2':
      return <h2 className={className}>{content}</h2>;
    case 'h3':
      return (
        <h3 className={className} id={block.id && `changes-${block.id}`}>
          {content}
        </h3>
      );
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
export default async function DiffView({sections}: {sections: DiffSection[]}) {
  const t = await getTranslations('ComparePage');
  const labels = {added: t('added'), removed: t('removed')};
  return (
    <div className="document-body diff">
      {sections.map((section) => (
        <section key={section.id} id={`changes-${section.id}`} className={section.changed ? 'diff-section changed' : 'diff-section'}>
          {group(section.blocks).map((item, index) =>
            Array.isArray(item) ? (
              <ul key={index}>
                {item.map((block, i) => (
                  <Block key={i} block={block} labels={labels} />
                ))}
              </ul>
            ) : (
              <Block key={index} block={item} labels={labels} />
            )
          )}
        </section>
      ))}
    </div>
  );
}
