// ESLint with Next.js's rules (core web vitals, TypeScript) and one rule of the house: no import cycles.
import {defineConfig, globalIgnores} from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    settings: {'import/resolver': {typescript: {project: './tsconfig.json'}}},
    rules: {
      // Modules import each other in one direction only (model ← content ← pages).
      'import/no-cycle': ['error', {ignoreExternal: true}],
      // The site has no client router: pages are served without scripts, so every link is a plain
      // <a>, a full load of a cacheable static page. <Link> would only add a client component.
      '@next/next/no-html-link-for-pages': 'off'
    }
  },
  globalIgnores(['.next/**', '.next-*/**', 'out/**', 'next-env.d.ts', 'bench/floor/.next/**', 'bench/floor-shape/.next/**', 'bench/tmp/**', 'test-results/**', 'playwright-report/**'])
]);
