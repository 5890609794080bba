import {describe, expect, it} from 'vitest';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';

const at = (messages: object, key: string): unknown => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages);

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('interface strings', () => {
  it('have the same keys in English and Chinese', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });

  it('are translated, not copied', () => {
    const same = keys(zh).filter((key) => at(zh, key) === at(en, key));
    expect(same.sort()).toEqual(['Metadata.siteName', 'PageFrame.siteName', 'SiteFooter.copyright']);
  });
});
