import {getTranslations} from 'next-intl/server';
import {getDayFormatter} from '@/lib/format';
import type {Version} from '@/lib/model';
import {paths} from '@/lib/routes';

/** At the top of a version that is not the current one: archived, not yet in effect, or replaced before it applied. */
export default async function VersionNotice({version, current, replacedBy}: {version: Version; current: Version | null; replacedBy: Version | null}) {
  const t = await getTranslations('VersionNotice');
  const formatDay = await getDayFormatter(version.locale);
  const href = paths.document(version.locale, version.document);
  const link = (chunks: React.ReactNode) => <a href={href}>{chunks}</a>;
  let text: React.ReactNode;
  if (replacedBy) {
    const replacement = (chunks: React.ReactNode) => <a href={paths.version(replacedBy.locale, replacedBy.document, replacedBy.date)}>{chunks}</a>;
    text = t.rich('replaced', {date: formatDay(replacedBy.date), effective: formatDay(version.effective), link: replacement});
  } else if (!current) text = t('noCurrent', {date: formatDay(version.date)});
  else if (version.effective > current.effective)
    text = t.rich('upcoming', {effective: formatDay(version.effective), link});
  else text = t.rich('archived', {date: formatDay(version.date), current: formatDay(current.date), link});
  return (
    <div className="notice notice-version" role="note">
      <p>{text}</p>
    </div>
  );
}
