// The words around a version in its PDF (running header, first-page record, page numbers), from
// messages/*.json like every other interface string.
import {createTranslator, type Locale} from 'next-intl';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';
import {formatDay} from '../format';
import type {Version} from '../model';
import {paths} from '../routes';
import {absoluteUrl, siteName} from '../site';

/** What a PDF is made from: a checked version, as it can be handed to another thread. */
export type PdfVersion = Pick<Version, 'document' | 'locale' | 'date' | 'effective' | 'title' | 'description' | 'body' | 'sha256'>;

export type PdfLabels = {
  /** Every page: the title, the version's date and the day it applies. */
  header: string;
  /** The first page: the SHA-256 of the source file, as in the lock file. */
  record: string;
  /** Every page: the version's permanent address. */
  address: string;
  page: (page: number, pages: number) => string;
};

const messages: Record<Locale, typeof en> = {en, zh};

export function pdfLabels(version: PdfVersion): PdfLabels {
  const {locale} = version;
  const t = createTranslator({locale, messages: messages[locale], namespace: 'VersionPdf'});
  const day = (value: string) => formatDay(locale, value);
  return {
    header: t('header', {title: version.title, date: day(version.date), effective: day(version.effective)}),
    record: t('record', {hash: version.sha256}),
    address: absoluteUrl(paths.version(locale, version.document, version.date)),
    page: (page, pages) => t('page', {page, pages})
  };
}

/** infermesh-privacy-en-2026-04-02.pdf: the name a download is saved under. */
export function pdfFileName({document, locale, date}: Pick<Version, 'document' | 'locale' | 'date'>): string {
  return `${siteName.toLowerCase().replace(/[^a-z0-9]+/g, '')}-${document}-${locale}-${date}.pdf`;
}
