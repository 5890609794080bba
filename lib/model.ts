// The model: what a version of a document is, and the shapes of the files it comes from (front
// matter, the lock file). Data from outside is checked with the zod schemas here, and the types are
// derived from them. Imports nothing of this project, so every other module may import it.
import type {Locale} from 'next-intl';
import {z} from 'zod';

/** What `npm run policy:new` puts in "summary"; publishing it unchanged is refused. */
export const SUMMARY_PLACEHOLDER = 'TODO: say in one line what changed in this version';

// Plain text only, and short: these fields also end up in <title>, meta tags, structured data, the
// history and the feed, where markup would be escaped at best and break out of its element at worst.
const text = (label: string, max: number) =>
  z
    .string({error: (issue) => (issue.input === undefined ? `"${label}" is required` : `"${label}" must be text`)})
    .refine((value) => !/[<>]/.test(value), `"${label}" must be plain text: remove "<" and ">"`)
    .refine((value) => value.trim().length <= max, {
      error: (issue) => `"${label}" must be at most ${max} characters (it has ${String(issue.input).trim().length})`
    });

const FIELDS = ['title', 'description', 'effective', 'summary'];

export const frontMatterSchema = z.strictObject(
  {
    title: text('title', 120).trim().min(1, '"title" must not be empty'),
    description: text('description', 160)
      .trim()
      .refine((value) => value.length >= 50 && value.length <= 160, {
        error: (issue) => `"description" must be 50–160 characters (it has ${String(issue.input).trim().length})`
      }),
    effective: z
      .string({error: '"effective" must be a date written YYYY-MM-DD'})
      .pipe(z.iso.date({error: (issue) => `"effective" is no real date: "${issue.input}" (write YYYY-MM-DD)`}))
      .optional(),
    summary: text('summary', 300)
      .trim()
      .refine((value) => !value.includes('\n'), '"summary" must be one line')
      .refine((value) => !value.startsWith('TODO'), '"summary" still has the placeholder: say in one line what changed in this version')
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
            previous: sha256
          })
        )
        .optional()
    })
  )
});

export type Lock = z.infer<typeof lockSchema>;
export type Correction = NonNullable<Lock['versions'][string]['corrections']>[number];

/** A problem found in a content file, located precisely enough for a non-engineer to fix it. */
export type ContentIssue = {
  /** Relative to the repository, e.g. content/privacy/en/2026-04-02.md. */
  file: string;
  line: number;
  message: string;
  severity: 'error' | 'warning';
};

export type TocEntry = {depth: 2 | 3; id: string; text: string};

/** A numbered heading ("2.1 …"): what translations and versions are compared by. */
export type NumberedSection = {number: string; depth: number; line: number; id: string};

/** A link to a page of the site ("/en/privacy#section-2"), checked against the other files. */
export type SiteLink = {url: string; line: number};

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
  /** The Markdown after the front matter. */
  body: string;
  /** Sanitized HTML of the body. */
  html: string;
  toc: TocEntry[];
  /** Every heading id, for links from other documents. */
  anchors: string[];
  sections: NumberedSection[];
  links: SiteLink[];
  /** Typo fixes made after publication, oldest first, from the lock file. */
  corrections: Correction[];
  /** Path relative to the repository, for messages and "view source" links. */
  file: string;
};

/** Where a version stands on a given day. */
export type VersionStatus = 'current' | 'upcoming' | 'archived';
