import {getTranslations} from 'next-intl/server';
import {getDayFormatter} from '@/lib/format';

export default async function DocumentHeader({title, date}: {title: string; date: string}) {
  const t = await getTranslations('DocumentHeader');
  const formatDay = await getDayFormatter();
  return (
    <header className="document-header">
      <h1>{title}</h1>
      <p className="document-updated">
        {t.rich('lastUpdated', {date: formatDay(date), time: (chunks) => <time dateTime={date}>{chunks}</time>})}
      </p>
      <p className="document-tagline">{t('tagline')}</p>
    </header>
  );
}
