import type {ReactNode} from 'react';
import type {Version} from '@/lib/model';
import CorrectionNotice from './CorrectionNotice';
import DocumentBody from './DocumentBody';
import DocumentHeader from './DocumentHeader';
import DocumentLinks from './DocumentLinks';
import JsonLd from './JsonLd';
import SourceLinks from './SourceLinks';
import TableOfContents from './TableOfContents';

/** One version of a document: header, notices, table of contents, text and history links. */
type Props = {
  version: Version;
  previous: Version | null;
  /** The page's own path and the date the document was first published, for structured data. */
  path: string;
  firstPublished: string;
  notices?: ReactNode;
};

export default function DocumentView({version, previous, path, firstPublished, notices}: Props) {
  return (
    <article className="document">
      <JsonLd version={version} path={path} firstPublished={firstPublished} />
      <DocumentHeader title={version.title} date={version.date} locale={version.locale} />
      {(notices || version.corrections.length > 0) && (
        <div className="document-notices">
          {notices}
          <CorrectionNotice corrections={version.corrections} locale={version.locale} />
        </div>
      )}
      <TableOfContents entries={version.toc} />
      <div className="document-main">
        <DocumentBody html={version.html} />
        <DocumentLinks version={version} previous={previous} />
        <SourceLinks file={version.file} />
      </div>
    </article>
  );
}
