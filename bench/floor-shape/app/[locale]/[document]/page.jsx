export const revalidate = 3600;
export const dynamicParams = false;

export function generateStaticParams() {
  return [
    {locale: 'en', document: 'privacy'},
    {locale: 'zh', document: 'privacy'}
  ];
}

export default async function Page({params}) {
  const {locale, document} = await params;
  return (
    <main>
      <h1>
        Floor {locale} {document}
      </h1>
      <p>A static page with no data, no styles and no client components.</p>
    </main>
  );
}
