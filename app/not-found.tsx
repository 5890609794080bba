import type {Metadata} from 'next';
import {policyLinks} from '@/lib/metadata';
import './globals.css';

// Every unknown address ends here, whatever its language prefix, so the page speaks both languages.
// (A localized not-found under app/[locale] would need notFound() thrown at request time, and
// Next.js then sends the page without server-rendered content: blank without JavaScript.)
export const metadata: Metadata = {
  title: 'Page not found · 页面不存在 · Infer Mesh',
  robots: {index: false}
};

export default function NotFound() {
  return (
    <html lang="en">
      <head>
        {/* In both languages, like the page: the addresses that negotiate the visitor's. */}
        {policyLinks(null).map(({rel, href}) => (
          <link key={rel} rel={rel} href={href} />
        ))}
      </head>
      <body>
        <header className="site-header">
          <a className="site-name" href="/">
            Infer Mesh
          </a>
        </header>
        <main id="main" className="not-found">
          <h1>
            Page not found <span lang="zh-CN">页面不存在</span>
          </h1>
          <p>There is no page at this address.</p>
          <p lang="zh-CN">您访问的页面不存在。</p>
          <ul>
            <li>
              <a href="/en" hrefLang="en">
                Legal documents
              </a>
            </li>
            <li>
              <a href="/zh" hrefLang="zh-CN" lang="zh-CN">
                法律文件
              </a>
            </li>
          </ul>
        </main>
      </body>
    </html>
  );
}
