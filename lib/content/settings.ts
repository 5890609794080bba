// The settings files: `content/<document>/document.yml` (what holds for a document in every language)
// and `content/site.yml` (what holds for the whole site). Pure: text in, settings or problems out.
import {hasLocale} from 'next-intl';
import type {z} from 'zod';
import {routing} from '@/i18n/routing';
import {documentSettingsSchema, siteSettingsSchema, type DocumentSettings, type SiteSettings} from '../model';
import {readYaml} from './yaml';

type Parsed<T> = {settings: T | null; problems: {line: number; message: string}[]};

/** The line of a top-level setting, for messages. */
function lineOf(text: string, key: PropertyKey | undefined): number {
  if (typeof key !== 'string') return 1;
  const index = text.split('\n').findIndex((line) => new RegExp(`^${key}\\s*:`).test(line));
  return index + 1 || 1;
}

function parse<T>(text: string, schema: z.ZodType<T>): Parsed<T> {
  const {data, problems} = readYaml(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  if (problems.length > 0) return {settings: null, problems};
  const result = schema.safeParse(data ?? {});
  if (result.success) return {settings: result.data, problems: []};
  return {
    settings: null,
    problems: result.error.issues.map((issue) => ({
      line: lineOf(text, issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0]),
      message: issue.message
    }))
  };
}

export function parseDocumentSettings(text: string): Parsed<DocumentSettings> {
  const parsed = parse(text, documentSettingsSchema);
  const prevails = parsed.settings?.prevails;
  if (prevails !== undefined && !hasLocale(routing.locales, prevails)) {
    return {settings: null, problems: [{line: lineOf(text, 'prevails'), message: `"prevails" must be a language of the site, e.g. ${routing.defaultLocale}; not "${prevails}"`}]};
  }
  return parsed;
}

export function parseSiteSettings(text: string): Parsed<SiteSettings> {
  return parse(text, siteSettingsSchema);
}
