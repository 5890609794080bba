import {getTranslations} from 'next-intl/server';
import type {Version} from '@/lib/model';
import {paths} from '@/lib/routes';
import {absoluteUrl, repositoryBranch, repositoryUrl} from '@/lib/site';

/**
 * The Markdown file of a version in the repository, and a way to propose a change to the text. A
 * published file must never be edited (a change is a new version, made by the legal team), so the
 * proposal is a new issue that names the page and the file.
 */
export default async function SourceLinks({version}: {version: Version}) {
  const segments = version.file.split(/[\\/]/);
  // Content outside the repository (a preview of another folder) has no page there.
  if (segments[0] === '..' || segments[0] === '') return null;
  const t = await getTranslations({locale: version.locale, namespace: 'SourceLinks'});
  const file = segments.map(encodeURIComponent).join('/');
  const branch = encodeURIComponent(repositoryBranch);
  const issue = new URLSearchParams({
    title: t('issueTitle', {title: version.title, date: version.date}),
    body: t('issueBody', {page: absoluteUrl(paths.version(version.locale, version.document, version.date)), file: version.file})
  });
  return (
    <nav className="document-links" aria-label={t('label')}>
      <ul>
        <li>
          <a href={`${repositoryUrl}/blob/${branch}/${file}`}>{t('view')}</a>
        </li>
        <li>
          <a href={`${repositoryUrl}/issues/new?${issue}`}>{t('propose')}</a>
        </li>
      </ul>
    </nav>
  );
}
