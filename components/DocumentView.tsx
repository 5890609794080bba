import type {ReactNode} from 'react';
import type {Version} from '@/lib/content';
import DocumentBody from './DocumentBody';
import DocumentHeader from './DocumentHeader';
import DocumentLinks from './DocumentLinks';
import TableOfContents from './TableOfContents';

/** One version of a document: header, notices, table of contents, text and history links. */
export default function DocumentView({version, previous, notices}: {version: Version; previous: Version | null; notices?: ReactNode}) {
  return (
    <article className="document">
      <DocumentHeader title={version.title} date={version.date} />
      {notices && <div className="document-notices">{notices}</div>}
      <TableOfContents entries={version.toc} />
      <div className="document-main">
        <DocumentBody html={version.html} />
        <DocumentLinks version={version} previous={previous} />
      </div>
    </article>
  );
}
