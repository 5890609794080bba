import {Fragment, type ReactNode} from 'react';

/** The HTML of a version cut right after the heading of each section that has a note. */
function cutAfterHeadings(html: string, ids: string[]): {html: string; id?: string}[] {
  const parts: {html: string; id?: string}[] = [];
  let rest = html;
  const cuts = ids
    .map((id) => {
      // A heading and its "#" link are wrapped together (lib/content/markdown.ts): cut after the wrapper.
      const match = new RegExp(`<div class="heading"><h[23] id="${id}">[\\s\\S]*?</div>`).exec(html);
      return match ? {id, at: match.index + match[0].length} : null;
    })
    .filter((cut) => cut !== null)
    .sort((a, b) => a.at - b.at);
  let done = 0;
  for (const {id, at} of cuts) {
    parts.push({html: rest.slice(0, at - done), id});
    rest = rest.slice(at - done);
    done = at;
  }
  parts.push({html: rest});
  return parts;
}

/**
 * The one place that injects HTML: the output of lib/content/markdown.ts, sanitized when it was
 * rendered, or with `comparison`, of lib/comparison.ts, escaped when it was set (not a version's
 * text, so not #document-text). `notes` are shown inside the sections they belong to, right after
 * their headings; each carries `data-annotation`, so trackers (docs/trackers.md) can take
 * `#document-text` without them.
 */
export default function DocumentBody({html, notes = {}, comparison = false}: {html: string; notes?: Record<string, ReactNode>; comparison?: boolean}) {
  const ids = Object.keys(notes);
  const attributes = comparison ? {className: 'document-body diff'} : {id: 'document-text', className: 'document-body'};
  if (ids.length === 0) return <div {...attributes} dangerouslySetInnerHTML={{__html: html}} />;
  return (
    <div {...attributes}>
      {cutAfterHeadings(html, ids).map((part, index) => (
        <Fragment key={index}>
          <div className="document-part" dangerouslySetInnerHTML={{__html: part.html}} />
          {part.id && notes[part.id]}
        </Fragment>
      ))}
    </div>
  );
}
