import type {ReactNode} from 'react';
import type {TranslationStatus} from '@/lib/content/translations';
import type {Version} from '@/lib/model';
import {sectionId} from '@/lib/routes';
import CorrectionNotice from './CorrectionNotice';
import DocumentBody from './DocumentBody';
import DocumentHeader from './DocumentHeader';
import DocumentLinks from './DocumentLinks';
import JsonLd from './JsonLd';
import PrevailingLanguage from './PrevailingLanguage';
import SourceLinks from './SourceLinks';
import SectionNote from './SectionNote';
import TableOfContents from './TableOfContents';
import TranslationNotice from './TranslationNotice';
import VersionRecord from './VersionRecord';

/** One version of a document: header, notices, table of contents, text and history links. */
type Props = {
  version: Version;
  previous: Version | null;
  /** The page's own path and the date the document was first published, for structured data. */
  path: string;
  firstPublished: string;
  notices?: ReactNode;
  /** Today, read once by the page. */
  day: string;
  /** Replaced before it applied (catalog.replacement): its header says it was to take effect. */
  replaced?: boolean;
  /** For a translation: where it stands against the English, shown in a notice and in the sections behind. */
  translation?: TranslationStatus;
  /** The language whose text prevails, from the document's settings: said at the top of the other languages. */
  prevails?: string;
};

/** A note in each section of a translation whose English changed, or changes on an announced day. */
function sectionNotes(version: Version, status: TranslationStatus | undefined): Record<string, ReactNode> {
  const notes: Record<string, ReactNode> = {};
  if (!status?.english) return notes;
  const own = new Set(version.sections.map((section) => section.number));
  const {translates, english, upcoming} = status;
  for (const number of status.changed.filter((n) => own.has(n))) {
    notes[sectionId(number)] = <SectionNote key="changed" locale={version.locale} number={number} from={translates!} to={english} />;
  }
  for (const number of (upcoming?.changed ?? []).filter((n) => own.has(n))) {
    const note = <SectionNote key="upcoming" locale={version.locale} number={number} from={english} to={upcoming!.version} upcoming />;
    notes[sectionId(number)] = notes[sectionId(number)] ? [notes[sectionId(number)], note] : note;
  }
  return notes;
}

export default function DocumentView({version, previous, path, firstPublished, notices, day, replaced, translation, prevails}: Props) {
  return (
    <article className="document">
      <JsonLd version={version} path={path} firstPublished={firstPublished} />
      <DocumentHeader title={version.title} date={version.date} effective={version.effective} day={day} replaced={replaced} locale={version.locale}>
        <PrevailingLanguage locale={version.locale} prevails={prevails} />
      </DocumentHeader>
      {(notices || translation || version.corrections.length > 0) && (
        <div className="document-notices">
          {notices}
          {translation && <TranslationNotice status={translation} locale={version.locale} />}
          <CorrectionNotice corrections={version.corrections} locale={version.locale} />
        </div>
      )}
      <TableOfContents entries={version.toc} />
      <div className="document-main">
        <DocumentBody html={version.html} notes={sectionNotes(version, translation)} />
        <DocumentLinks version={version} previous={previous} />
        <VersionRecord version={version} />
        <SourceLinks version={version} />
      </div>
    </article>
  );
}
