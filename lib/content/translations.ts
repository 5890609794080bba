// A translation should have the sections of the original: numbered ## and ### headings of the newest
// version in each language are compared with the default language's. Warnings only: a translation may lag.
import {routing} from '@/i18n/routing';
import type {ContentIssue, Version} from '../model';
import type {Catalog} from './catalog';

const name = (v: Version) => `${v.locale}/${v.date}.md`;

export function checkTranslations(catalog: Catalog): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const warn = (file: string, line: number, message: string) => issues.push({file, line, message, severity: 'warning'});
  for (const document of catalog.documents(routing.defaultLocale)) {
    const [original] = catalog.versions(document, routing.defaultLocale);
    for (const locale of routing.locales.filter((l) => l !== routing.defaultLocale)) {
      const [translation] = catalog.versions(document, locale);
      if (!translation) continue;
      const numbers = new Set(translation.sections.map((s) => s.number));
      const originalNumbers = new Set(original.sections.map((s) => s.number));
      for (const section of original.sections) {
        if (!numbers.has(section.number)) warn(translation.file, 1, `no section ${section.number}, which ${name(original)} has`);
      }
      for (const section of translation.sections) {
        if (!originalNumbers.has(section.number)) warn(translation.file, section.line, `section ${section.number} is not in ${name(original)}`);
      }
    }
  }
  return issues;
}
