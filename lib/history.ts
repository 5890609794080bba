// The state of one document in one language on a given day: which version is current, what is coming.
import {alternatesWhere, otherLocale, type Locale} from '@/i18n/routing';
import {versionsOf, type Version} from './content';
import {today} from './dates';
import {documentPath} from './routes';
import {currentVersion, upcomingVersions} from './versions';

export type History = {
  /** Newest first. */
  versions: Version[];
  current: Version | null;
  upcoming: Version[];
};

export function historyOf(document: string, locale: Locale, day: string = today()): History {
  const versions = versionsOf(document, locale);
  return {versions, current: currentVersion(versions, day), upcoming: upcomingVersions(versions, day)};
}

/** The other language's current version, when it is newer than this language's: a translation lags. */
export function newerTranslation(document: string, locale: Locale, day: string = today()): Version | null {
  const mine = historyOf(document, locale, day).current;
  const theirs = historyOf(document, otherLocale(locale), day).current;
  return mine && theirs && theirs.date > mine.date ? theirs : null;
}

export function findVersion(document: string, locale: Locale, date: string): Version | null {
  return versionsOf(document, locale).find((v) => v.date === date) ?? null;
}

/** The current page of the document in each language that has it. */
export function documentAlternates(document: string): Partial<Record<Locale, string>> {
  return alternatesWhere((l) => versionsOf(document, l).length > 0, (l) => documentPath(l, document));
}
