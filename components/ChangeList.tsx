import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import type {Change} from '@/lib/model';

type Props = {
  changes: Change[];
  locale: Locale;
  /** Where each change links to (its section), or nothing. */
  href?: (change: Change) => string | undefined;
  /** Why a material change applies at once, shown after the list. */
  notice?: string;
  /** False where the list is introduced as material changes already: each item then names its section only. */
  kinds?: boolean;
};

/** What changed in a version, section by section; whether a change is material is said in words. */
export default async function ChangeList({changes, locale, href, notice, kinds = true}: Props) {
  if (changes.length === 0) return null;
  const t = await getTranslations({locale, namespace: 'ChangeList'});
  return (
    <>
      <ul className="change-list">
        {changes.map((change, index) => {
          const section = change.section === 'all' ? t('all') : t('section', {number: change.section});
          const target = href?.(change);
          return (
            <li key={index} className={`change change-${change.kind}`}>
              {t.rich(kinds ? 'item' : 'itemWithoutKind', {
                summary: change.summary,
                kind: () => <span className="change-kind">{t(change.kind)}</span>,
                section: () => (target ? <a href={target}>{section}</a> : section)
              })}
            </li>
          );
        })}
      </ul>
      {notice && <p className="change-notice">{t('notice', {reason: notice})}</p>}
    </>
  );
}
