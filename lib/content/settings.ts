// The settings files: `content/<document>/document.yml` (what holds for a document in every language)
// and `content/site.yml` (what holds for the whole site). Pure: text in, settings or problems out.
import {hasLocale} from 'next-intl';
import type {z} from 'zod';
import {routing} from '@/i18n/routing';
import {documentSettingsSchema, siteSettingsSchema, type DocumentSettings, type SiteSettings} from '../model';
import {versionText} from './frontmatter';
import {readYaml} from './yaml';

type Parsed<T> = {settings: T | null; problems: {line: number; message: string}[]};

/** The line of a top-level setting, for messages. */
function lineOf(text: string, key: PropertyKey | undefined): number {
  if (typeof key !== 'string') return 1;
  const index = text.split('\n').findIndex((line) => new RegExp(`^${key}\\s*:`).test(line));
  return index + 1 || 1;
}

/** The line of each "- " entry of a top-level list setting (none for a list written on one line). */
export function entryLines(text: string, key: string): number[] {
  const lines: number[] = [];
  let inside = false;
  text.split('\n').forEach((line, i) => {
    if (/^[^\s#-]/.test(line)) inside = new RegExp(`^${key}\\s*:`).test(line);
    else if (inside && /^\s*-(\s|$)/.test(line)) lines.push(i + 1);
  });
  return lines;
}

/** The line of an issue's path: a setting, or an entry of a list setting. */
function lineOfPath(text: string, [key, index]: PropertyKey[]): number {
  return (typeof key === 'string' && typeof index === 'number' && entryLines(text, key)[index]) || lineOf(text, key);
}

function parse<T>(text: string, schema: z.ZodType<T>): Parsed<T> {
  const {data, problems} = readYaml(versionText(text));
  if (problems.length > 0) return {settings: null, problems};
  const result = schema.safeParse(data ?? {});
  if (result.success) return {settings: result.data, problems: []};
  return {
    settings: null,
    problems: result.error.issues.map((issue) => ({
      line: issue.code === 'unrecognized_keys' ? lineOf(text, issue.keys[0]) : lineOfPath(text, issue.path),
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
