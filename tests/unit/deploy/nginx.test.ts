import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {securityHeaders} from '@/lib/http/policy.mjs';

const config = fs.readFileSync('deploy/nginx.conf', 'utf8');

describe('deploy/nginx.conf', () => {
  it('answers a refused method with exactly the security headers of the origin', () => {
    const block = /location @method_not_allowed \{([\s\S]*?)\n {4}\}/.exec(config)?.[1] ?? '';
    const added = [...block.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map(([, key, value]) => ({key, value}));
    const security = added.filter(({key}) => !['Allow', 'Cache-Control'].includes(key));
    expect(security).toEqual(securityHeaders);
  });

  it('answers what it cannot read itself (a target such as `*`) with the security headers, never to be stored', () => {
    // The server's own add_header lines: nginx uses them for the answers it makes before any location.
    const server = /\nserver \{([\s\S]*?)\n {4}location \//.exec(config)?.[1] ?? '';
    const added = [...server.matchAll(/^ {4}add_header ([\w-]+) "([^"]*)" always;/gm)].map(([, key, value]) => ({key, value}));
    expect(added[0]).toEqual({key: 'Cache-Control', value: 'private, no-store'});
    expect(added.slice(1)).toEqual(securityHeaders);
  });

  it('lets only GET and HEAD through, and keys the cache on the address alone', () => {
    expect(config).toMatch(/if \(\$request_method !~ \^\(\?:GET\|HEAD\)\$\) \{\s*return 405;/);
    expect(config).toContain('proxy_cache_key $scheme$host$request_uri;');
    // Nothing that would make nginx ignore what the origin says may be stored.
    expect(config).not.toMatch(/proxy_ignore_headers|proxy_hide_header/);
  });

  it('stores nothing the origin did not mark to share, only real answers, and no query but the day form', () => {
    // proxy_cache_valid gives a lifetime to answers that have none: an error of Node.js, say.
    expect(config).not.toMatch(/^\s*proxy_cache_valid\b/m);
    expect(config).toMatch(/^\s*proxy_no_cache \$infermesh_not_an_answer \$infermesh_query_not_stored;/m);
    const statuses = /map \$upstream_status \$infermesh_not_an_answer \{([\s\S]*?)\}/.exec(config)?.[1] ?? '';
    expect(statuses).toContain('~^(?:200|307|308)$ 0;');
    expect(statuses).toContain('default 1;');
    const queries = /map \$request_uri \$infermesh_query_not_stored \{([\s\S]*?)\n\}/.exec(config)?.[1] ?? '';
    const stored = [...queries.matchAll(/"~(.*)" 0;/g)].map(([, pattern]) => new RegExp(pattern));
    const kept = (uri: string) => stored.some((pattern) => pattern.test(uri));
    expect(['/en/privacy', '/zh/privacy/versions/2026-04-02', '/en/privacy/on?date=2026-05-01'].filter(kept)).toHaveLength(3);
    expect(['/en/privacy?utm_source=x', '/en/privacy/on?date=2026-05-01&x=1', '/en/privacy/on?date=', '/en/privacy?'].filter(kept)).toEqual([]);
  });
});
