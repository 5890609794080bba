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

  it('lets only GET and HEAD through, and keys the cache on the address alone', () => {
    expect(config).toMatch(/if \(\$request_method !~ \^\(\?:GET\|HEAD\)\$\) \{\s*return 405;/);
    expect(config).toContain('proxy_cache_key $scheme$host$request_uri;');
    // Nothing that would make nginx ignore what the origin says may be stored.
    expect(config).not.toMatch(/proxy_ignore_headers|proxy_hide_header/);
  });
});
