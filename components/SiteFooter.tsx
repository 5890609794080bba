import {getTranslations} from 'next-intl/server';

export default async function SiteFooter() {
  const t = await getTranslations('SiteFooter');
  const email = 'privacy@infermesh.io';
  return (
    <footer className="site-footer">
      <p>{t('copyright')}</p>
      <p>
        {t.rich('contact', {email, link: (chunks) => <a href={`mailto:${email}`}>{chunks}</a>})}
        {' · '}
        <a href="https://infermesh.io">{t('website')}</a>
      </p>
    </footer>
  );
}
