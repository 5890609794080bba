// A translation should have the sections of the original: numbered ## and ### headings of the newest
// version in each language are compared with the default language's. Warnings only: a translation may lag.
import {routing} from '@/i18n/routing';
import type {Version} from './content';
import type {ContentIssue} from './issues';

function newest(versions: Version[]): Version | undefined {
  return versions.reduce<Version | undefined>((best, v) => (!best || v.date > best.date ? v : best), undefined);
}

const name = (v: Version) => `${v.locale}/${v.date}.md`;

export function checkTranslations(versions: Version[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const warn = (file: string, line: number, message: string) => issues.push({file, line, message, severity: 'warning'});
  for (const document of new Set(versions.map((v) => v.document))) {
    const ofDocument = versions.filter((v) => v.document === document);
    const original = newest(ofDocument.filter((v) => v.locale === routing.defaultLocale));
    if (!original) continue;
    for (const locale of routing.locales.filter((l) => l !== routing.defaultLocale)) {
      const translation = newest(ofDocument.filter((v) => v.locale === locale));
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
