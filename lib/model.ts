// The model: what a version of a document is, and the shapes of the files it comes from (front
// matter, the lock file). Data from outside is checked with the zod schemas here, and the types are
// derived from them. Imports nothing of this project, so every other module may import it.
import type {Locale} from 'next-intl';
import {z} from 'zod';

/** What `npm run policy:new` puts in "summary" of a change; publishing it unchanged is refused. */
export const CHANGE_PLACEHOLDER = 'TODO: say in one sentence what changed in this section and why it matters to a reader';

// Plain text only, and short: these fields also end up in <title>, meta tags, structured data, the
// history and the feed, where markup would be escaped at best and break out of its element at worst.
const text = (label: string, max: number) =>
  z
    .string({error: (issue) => (issue.input === undefined ? `"${label}" is required` : `"${label}" must be text`)})
    .refine((value) => !/[<>]/.test(value), `"${label}" must be plain text: remove "<" and ">"`)
    .refine((value) => value.trim().length <= max, {
      error: (issue) => `"${label}" must be at most ${max} characters (it has ${String(issue.input).trim().length})`
    });

const FIELDS = ['title', 'description', 'effective', 'summary', 'changes', 'notice', 'translates'];

/** A version's name: its day, "-2" for a second version that day (lib/dates.ts). */
const VERSION = /^\d{4}-\d{2}-\d{2}(?:-[2-9])?$/;

const day = (label: string) =>
  z
    .string({error: `"${label}" must be a date written YYYY-MM-DD`})
    .pipe(z.iso.date({error: (issue) => `"${label}" is no real date: "${issue.input}" (write YYYY-MM-DD)`}));

/**
 * One entry of `changes`: what changed in a numbered section (or in `all` of the document), and
 * whether it is material (it changes a reader's rights or obligations: announced in advance) or
 * editorial (wording, clarity, typography: applies at once).
 */
const changeSchema = z.strictObject(
  {
    section: z
      .string({error: '"section" is required: the number of a heading, as written in it (2.3), or all'})
      .regex(/^(?:all|\d+(?:\.\d+)*)$/, {error: (issue) => `"section" must be the number of a heading, as written in it (2.3), or all; not "${issue.input}"`}),
    kind: z.enum(['material', 'editorial'], {
      error: (issue) => (issue.input === undefined ? '"kind" is required: material or editorial' : `"kind" must be material or editorial, not "${issue.input}"`)
    }),
    summary: text('summary', 300)
      .trim()
      .min(1, '"summary" must not be empty')
      .refine((value) => !value.includes('\n'), '"summary" must be one sentence on one line')
      .refine((value) => !value.startsWith('TODO'), '"summary" of a change still has the placeholder: say in one sentence what changed and why it matters to a reader')
  },
  {error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field "${issue.keys[0]}" in a change (allowed: section, kind, summary)` : undefined)}
);

export type Change = z.infer<typeof changeSchema>;

export const frontMatterSchema = z.strictObject(
  {
    title: text('title', 120).trim().min(1, '"title" must not be empty'),
    description: text('description', 160)
      .trim()
      .refine((value) => value.length >= 50 && value.length <= 160, {
        error: (issue) => `"description" must be 50–160 characters (it has ${String(issue.input).trim().length})`
      }),
    effective: day('effective').optional(),
    summary: text('summary', 300)
      .trim()
      .refine((value) => !value.includes('\n'), '"summary" must be one line')
      .refine((value) => !value.startsWith('TODO'), '"summary" still has the placeholder: say in one line what changed in this version')
      .optional(),
    changes: z.array(changeSchema, {error: '"changes" must be a list: one "- section: …" entry per change'}).optional(),
    /** Why a material change applies without the notice period: a legal requirement. Shown to readers. */
    notice: text('notice', 300)
      .trim()
      .min(1, '"notice" must not be empty')
      .refine((value) => !value.includes('\n'), '"notice" must be one sentence on one line')
      .optional(),
    /** In a translation: the date of the English version it translates ("2026-12-07", or "2026-12-07-2" for a second that day). */
    translates: z
      .string({error: '"translates" must be the date of an English version, written YYYY-MM-DD'})
      .refine((value) => VERSION.test(value) && z.iso.date().safeParse(value.slice(0, 10)).success, {
        error: (issue) => `"translates" is no version's date: "${issue.input}" (write YYYY-MM-DD, as the English file is named)`
      })
      .optional()
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (allowed: ${FIELDS.join(', ')})`
        : undefined
  }
);

export type FrontMatter = z.infer<typeof frontMatterSchema>;

const unknownSettings = (allowed: string[]) => (issue: {code: string; keys?: string[]}) =>
  issue.code === 'unrecognized_keys' && issue.keys
    ? `unknown setting${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (allowed: ${allowed.join(', ')})`
    : undefined;

/**
 * Why an old address is not written as a path the site can answer, or null. A plain path: from the
 * first "/", lower case like every address of the site, no query, fragment, percent-encoding or dot
 * segment (a request is compared with it as written), no "/" at the end (the server drops it first).
 */
function oldAddressProblem(address: string): string | null {
  const url = /^[a-z][a-z+.-]*:\/\/[^/?#]*(.*)$/i.exec(address);
  if (url) return `is a full web address: write the path only, ${url[1] || '/'}`;
  if (!address.startsWith('/')) return `must start with "/": write /${address}`;
  const path = address.replace(/[?#].*$/, '');
  if (path !== address) return `has a "${address[path.length]}" part: write the path only, ${path} (what follows "?" or "#" is not part of the address)`;
  if (address.length > 1 && address.endsWith('/')) return `ends with "/": write ${address.replace(/\/+$/, '') || '/'} (the site sends ${address} on to it by itself)`;
  if (address !== address.toLowerCase()) return `has capital letters: write ${address.toLowerCase()} (every address of the site is lower case)`;
  if (address !== '/' && !/^(?:\/[a-z0-9][a-z0-9._-]*)+$/.test(address)) {
    return 'may only have lower-case letters, digits, "-", "_" and "." between the "/" (no space, "%" or other sign, no empty part, no part that starts with ".")';
  }
  return null;
}

/**
 * `content/<document>/document.yml`: what holds for a document in every language. Every setting is
 * optional; a document without the file has none.
 */
export const documentSettingsSchema = z.strictObject(
  {
    /** The language whose text prevails where a translation differs from it (the legal team's decision). */
    prevails: z.string({error: '"prevails" must be a language of the site, e.g. en; not a list'}).optional(),
    /** Addresses the document used to have ("/privacy-policy"): each redirects to it, in the reader's language. */
    formerly: z
      .array(
        z.string({error: 'each address in "formerly" must be text, e.g. /privacy-policy'}).superRefine((address, context) => {
          const problem = oldAddressProblem(address);
          if (problem) context.addIssue({code: 'custom', message: `"formerly": "${address}" ${problem}`});
        }),
        {error: '"formerly" must be a list of addresses, one "- /address" a line'}
      )
      .optional()
  },
  {error: unknownSettings(['prevails', 'formerly'])}
);

export type DocumentSettings = z.infer<typeof documentSettingsSchema>;

/** `content/site.yml`: what holds for the whole site, edited like the documents. */
export const siteSettingsSchema = z.strictObject(
  {
    /** The address under "Privacy questions" at the foot of every page. */
    contact: z
      .string({error: (issue) => (issue.input === undefined ? '"contact" is required: the e-mail address for privacy questions' : '"contact" must be an e-mail address')})
      .trim()
      .pipe(z.email({error: (issue) => `"contact" must be one e-mail address, such as privacy@infermesh.io; not "${issue.input}"`})),
    /** Names kept as they are in every language ("Infer Mesh"): a run of English words in a translation is refused unless it is one of these. */
    names: z.array(z.string({error: 'each entry of "names" must be text'}).trim().min(1), {error: '"names" must be a list, one "- Name" a line'}).optional()
  },
  {error: unknownSettings(['contact', 'names'])}
);

export type SiteSettings = z.infer<typeof siteSettingsSchema>;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 hexadecimal digits');

export const lockSchema = z.strictObject({
  about: z.string().optional(),
  versions: z.record(
    z.string(),
    z.strictObject({
      sha256,
      /** Typo fixes accepted after publication, oldest first. */
      corrections: z
        .array(
          z.strictObject({
            date: z.iso.date('must be a date written YYYY-MM-DD'),
            reason: z.string().trim().min(1, 'must not be empty'),
            /** The hash before the correction, so the history of the record stays visible. */
            previous: sha256,
            /**
             * The words as they were and as they are, one entry per place corrected, shown to readers.
             * Absent from corrections recorded before `content:correct` compared the words.
             */
            edits: z.array(z.strictObject({before: z.string(), after: z.string()})).optional()
          })
        )
        .optional(),
      /**
       * A version taken out of the archive, with the reason (e.g. a file whose date misstated when its
       * text applied): the file is gone, the record of it and of why stays.
       */
      withdrawn: z
        .strictObject({
          date: z.iso.date('must be a date written YYYY-MM-DD'),
          reason: z.string().trim().min(1, 'must not be empty')
        })
        .optional()
    })
  )
});

export type Lock = z.infer<typeof lockSchema>;
export type Correction = NonNullable<Lock['versions'][string]['corrections']>[number];
/** The words a correction changed: what was recorded, and what replaced it. */
export type CorrectionEdit = NonNullable<Correction['edits']>[number];

/** A version withdrawn from the archive: what the history still says of it. */
export type Withdrawal = {document: string; locale: Locale; date: string; sha256: string; withdrawn: string; reason: string};

/** A problem found in a content file, located precisely enough for a non-engineer to fix it. */
export type ContentIssue = {
  /** Relative to the repository, e.g. content/privacy/en/2026-04-02.md. */
  file: string;
  line: number;
  message: string;
  severity: 'error' | 'warning';
};

export type TocEntry = {depth: 2 | 3; id: string; text: string};

/**
 * A numbered heading ("2.1 …") and its own Markdown up to the next numbered heading, whitespace
 * collapsed: what translations and versions are compared by.
 */
export type NumberedSection = {number: string; depth: number; line: number; id: string; /** The heading without its number. */ title: string; text: string};

/** A link to a page of the site ("/en/privacy#section-2"), checked against the other files. */
export type SiteLink = {url: string; line: number};

/** Where each field of the front matter is, and each entry of `changes`: lines of the file, for messages. */
export type FieldLines = {fields: Record<string, number>; changes: number[]};

/** One version of one document in one language: a file of content/, checked and rendered. */
export type Version = {
  document: string;
  locale: Locale;
  /** The file's date: the day the text was published. */
  date: string;
  /** The day it applies; the file's date unless the front matter says otherwise. */
  effective: string;
  title: string;
  description: string;
  summary?: string;
  /** What changed since the version before, section by section; empty for a first version and for versions published before changes were recorded. */
  changes: Change[];
  /** Why a material change applies without the notice period. */
  notice?: string;
  /** In a translation: the date of the version of the default language it translates. */
  translates?: string;
  /** The Markdown after the front matter. */
  body: string;
  /** Sanitized HTML of the body. */
  html: string;
  toc: TocEntry[];
  /** Every heading id, for links from other documents. */
  anchors: string[];
  sections: NumberedSection[];
  /** The text before the first numbered heading, whitespace collapsed. */
  preamble: string;
  links: SiteLink[];
  /** Typo fixes made after publication, oldest first, from the lock file. */
  corrections: Correction[];
  /** Path relative to the repository, for messages and "view source" links. */
  file: string;
  /** The file exactly as it is, to be downloaded, and the SHA-256 of its bytes (as in the lock file). */
  source: string;
  sha256: string;
  lines: FieldLines;
  /** The file line where the body (the Markdown after the front matter) starts. */
  bodyLine: number;
};

/** Where a version stands on a given day. */
/** Where a version stands on a given day; `replaced`: another version took its place before it ever applied. */
export type VersionStatus = 'current' | 'upcoming' | 'archived' | 'replaced';

const address = z.url({protocol: /^https?$/});

/**
 * /<language>/<document>/versions.json: the history for machines. A product can announce a change in
 * its interface when a version with a material change is `upcoming`; `sha256` is the lock file's.
 */
export const versionsJsonSchema = z.strictObject({
  document: z.string(),
  language: z.string(),
  title: z.string(),
  url: address,
  /** The date of the version in force, if one is. */
  current: z.string().regex(VERSION).nullable(),
  /** How many days before it applies a material change is published. */
  noticeDays: z.number().int().positive(),
  /** The language whose text prevails where the languages differ (`prevails` in content/<document>/document.yml), or null when none is said to. */
  prevails: z.string().nullable(),
  /**
   * In a translation: the language it is translated from, the day its first version applies (`since`),
   * that language's history, and the versions of it that applied before `since`, each until the day
   * before the next (`until`, inclusive). Null in the original language.
   */
  translatedFrom: z
    .strictObject({
      language: z.string(),
      since: z.iso.date(),
      history: address,
      versionsJson: address,
      before: z.array(z.strictObject({date: z.iso.date(), effective: z.iso.date(), until: z.iso.date(), permalink: address}))
    })
    .nullable(),
  versions: z.array(
    z.strictObject({
      /** The day it was published; "-2" follows the day of a second version published that day. */
      date: z.string().regex(VERSION),
      effective: z.iso.date(),
      status: z.enum(['current', 'upcoming', 'archived', 'replaced']),
      /** For a `replaced` version: the version that takes effect in its place, on the same day. */
      replacedBy: z.string().regex(VERSION).nullable(),
      title: z.string(),
      summary: z.string().nullable(),
      changes: z.array(z.strictObject({section: z.string(), kind: z.enum(['material', 'editorial']), summary: z.string()})),
      material: z.boolean(),
      notice: z.string().nullable(),
      translates: z.string().regex(VERSION).nullable(),
      /** Where it is read now: the document's page while it is current, else its permalink. */
      page: address,
      permalink: address,
      source: address,
      /** The version as a PDF to keep, A4, and the SHA-256 of its bytes (the same on every build). */
      pdf: address,
      pdfSha256: z.string().regex(/^[0-9a-f]{64}$/),
      /** The comparison with the version before it, if there is one. */
      compare: address.nullable(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      corrections: z.array(z.strictObject({date: z.iso.date(), reason: z.string()}))
    })
  ),
  /** Versions taken out of the archive: their file is gone, their record stays. */
  withdrawn: z.array(z.strictObject({date: z.string().regex(VERSION), withdrawn: z.iso.date(), reason: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/)}))
});

export type VersionsJson = z.infer<typeof versionsJsonSchema>;
