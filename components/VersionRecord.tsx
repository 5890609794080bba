import {getTranslations} from 'next-intl/server';
import type {Version} from '@/lib/model';
import {paths} from '@/lib/routes';

/** The record of a version: its source file as published, and the SHA-256 anyone can check it by. */
export default async function VersionRecord({version}: {version: Version}) {
  const t = await getTranslations({locale: version.locale, namespace: 'VersionRecord'});
  return (
    <section className="version-record" aria-label={t('label')}>
      <p>
        <a href={paths.source(version.locale, version.document, version.date)} type="text/markdown">
          {t('source')}
        </a>
      </p>
      <p>
        <a href={paths.pdf(version.locale, version.document, version.date)} type="application/pdf">
          {t('pdf')}
        </a>
      </p>
      <p>{t.rich('hash', {hash: version.sha256, code: (chunks) => <code className="hash">{chunks}</code>})}</p>
    </section>
  );
}
