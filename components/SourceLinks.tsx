import {getTranslations} from 'next-intl/server';
import {repositoryBranch, repositoryUrl} from '@/lib/site';

/** Links to the Markdown file of a version in the repository; `file` is relative to the repository. */
export default async function SourceLinks({file}: {file: string}) {
  const segments = file.split(/[\\/]/);
  // Content outside the repository (a preview of another folder) has no page there.
  if (segments[0] === '..' || segments[0] === '') return null;
  const t = await getTranslations('SourceLinks');
  const path = segments.map(encodeURIComponent).join('/');
  const branch = encodeURIComponent(repositoryBranch);
  return (
    <nav className="document-links" aria-label={t('label')}>
      <ul>
        <li>
          <a href={`${repositoryUrl}/blob/${branch}/${path}`}>{t('view')}</a>
        </li>
        <li>
          <a href={`${repositoryUrl}/edit/${branch}/${path}`}>{t('edit')}</a>
        </li>
      </ul>
    </nav>
  );
}
