import {getTranslations} from 'next-intl/server';
import {getCatalog} from '@/lib/content/load';

/** The contact address is content (content/site.yml): the legal team changes it like a document. */
export default async function SiteFooter() {
  const t = await getTranslations('SiteFooter');
  const email = getCatalog().site?.contact;
  return (
    <footer className="site-footer">
      <p>{t('copyright')}</p>
      <p>
        {email && (
          <>
            {t.rich('contact', {email, link: (chunks) => <a href={`mailto:${email}`}>{chunks}</a>})}
            {' · '}
          </>
        )}
        <a href="https://infermesh.io">{t('website')}</a>
      </p>
    </footer>
  );
}
