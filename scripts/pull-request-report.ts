// `npm run content:report`: what a pull request changes in the legal documents, in Markdown, for a
// reviewer who reads it on GitHub (CI appends it to the job summary): each new version with its
// dates, notice period and listed changes, where each translation stands, and the word-level
// comparison with the version before (GitHub shows a new version as a wholly added file). Also the
// translation table that `content:check` prints, and which pages `content:preview` saves.
import path from 'node:path';
import type {Locale} from 'next-intl';
import {routing} from '@/i18n/routing';
import type {Catalog} from '@/lib/content/catalog';
import type {Amendment} from '@/lib/content/base';
import {baseFromEnvironment} from '@/lib/content/git';
import {readContent, type Content} from '@/lib/content/load';
import {translationStatus} from '@/lib/content/translations';
import {dayToDate, publishedDay, today} from '@/lib/dates';
import {diffDocuments, type DiffBlock, type DiffSection, type Part} from '@/lib/diff';
import type {Version} from '@/lib/model';
import {paths} from '@/lib/routes';
import {contentDir, materialNoticeDays} from '@/lib/site';

const ENGLISH = routing.defaultLocale;
const LANGUAGES: Record<string, string> = {en: 'English', zh: 'Chinese'};
const language = (locale: string) => LANGUAGES[locale] ?? locale;

// ---------------------------------------------------------------------------------------------
// Where the translations stand: one row per document, language and period (in force today, then
// from each announced effective date), with the version shown then and, for a translation, its
// numbered sections against the English shown then.

export type TranslationRow = {
  document: string;
  locale: Locale;
  /** null: in force today; else the day from which this row applies. */
  from: string | null;
  /** The version readers see then, or null when the language has none. */
  version: Version | null;
  /** For a translation: the English version it says it translates ("translates"), as written. */
  follows?: string;
  /** English: every numbered section. A translation: those that follow the English shown then. */
  upToDate: string[];
  /** Sections the translation has whose English changed (or was removed) since the version it follows. */
  changed: string[];
  /** Sections of the English shown then that the translation lacks. */
  missing: string[];
  /** For a translation: no English version is shown then, so nothing to compare with. */
  noEnglish?: boolean;
  /** For a translation: "translates" is missing or names no English version, so what changed since is unknown. */
  unknown?: boolean;
};

/**
 * Every document's rows, English first; none at all when no document has a translation. The numbers
 * are those of translationStatus (the pages' "translation is behind" notes), split so that they add
 * up: up to date + changed are the sections the translation has, missing those it lacks.
 */
export function translationRows(catalog: Catalog, day: string): TranslationRow[] {
  if (!catalog.all.some((version) => version.locale !== ENGLISH)) return [];
  const rows: TranslationRow[] = [];
  const documents = [...new Set(catalog.all.map((version) => version.document))].sort();
  for (const document of documents) {
    const announced = catalog.all.filter((v) => v.document === document && v.effective > day).map((v) => v.effective);
    const days = [day, ...[...new Set(announced)].sort()];
    for (const locale of [ENGLISH, ...routing.locales.filter((l) => l !== ENGLISH)]) {
      let last = '';
      for (const on of days) {
        const from = on === day ? null : on;
        const shown = catalog.inForce(document, locale, on);
        const english = catalog.inForce(document, ENGLISH, on);
        // A row only when what readers see changes.
        const key = `${shown?.file ?? '-'} ${english?.file ?? '-'}`;
        if ((!shown && !english) || key === last) continue;
        last = key;
        if (locale === ENGLISH) {
          if (shown) rows.push({document, locale, from, version: shown, upToDate: shown.sections.map((s) => s.number), changed: [], missing: []});
          continue;
        }
        if (!shown) {
          rows.push({document, locale, from, version: null, upToDate: [], changed: [], missing: english!.sections.map((s) => s.number)});
          continue;
        }
        const status = translationStatus(catalog, shown, on);
        const own = new Set(shown.sections.map((s) => s.number));
        const changed = status.changed.filter((number) => own.has(number));
        const upToDate = (status.english?.sections ?? []).map((s) => s.number).filter((n) => own.has(n) && !changed.includes(n));
        const unknown = !status.translates;
        rows.push({document, locale, from, version: shown, follows: shown.translates, upToDate, changed, missing: status.missing, noEnglish: !status.english, unknown});
      }
    }
  }
  return rows;
}

const when = (row: TranslationRow) => (row.from ? `from ${row.from}` : 'in force');
const followsText = (row: TranslationRow) =>
  row.locale === ENGLISH || !row.version
    ? ''
    : row.follows
      ? `follows ${ENGLISH}/${row.follows}.md${row.unknown ? ' (no such version)' : ''}`
      : 'follows ? ("translates" is missing)';
const counts = (row: TranslationRow) =>
  row.locale === ENGLISH
    ? `${row.upToDate.length} section${row.upToDate.length === 1 ? '' : 's'}`
    : row.noEnglish
      ? 'no English version'
      : row.unknown
        ? `? / ? / ${row.missing.length}`
        : `${row.upToDate.length} / ${row.changed.length} / ${row.missing.length}`;

/** The rows as `content:check` prints them: plain text in aligned columns; no lines when there are no rows. */
export function formatTranslationTable(rows: TranslationRow[]): string[] {
  if (rows.length === 0) return [];
  const cells = rows.map((row) => [row.document, row.locale, when(row), row.version ? `${row.version.date}.md` : '(none)', followsText(row), counts(row)]);
  const widths = cells[0].map((_, column) => Math.max(...cells.map((cell) => cell[column].length)));
  return [
    'Translations (sections: up to date / English changed since / not translated)',
    ...cells.map((cell) => `  ${cell.map((text, column) => text.padEnd(widths[column])).join('  ')}`.trimEnd())
  ];
}

// ---------------------------------------------------------------------------------------------
// Escaping. Every text from content/ goes through one of these: in Markdown, the characters that can
// start markup are escaped with a backslash; in HTML (the comparison, inside <details>), the five
// characters of HTML. A blank line would end an HTML block, so white space is collapsed too.

const markdown = (text: string) => text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|~&$]/g, '\\$&');
const ENTITIES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};
const html = (text: string) => text.replace(/\s+/g, ' ').replace(/[&<>"']/g, (c) => ENTITIES[c]);
/** A path or file name in a code span; ours never hold a backtick, but a code span cannot escape one. */
const code = (text: string) => `\`${text.replace(/[`\s]/g, '')}\``;

// ---------------------------------------------------------------------------------------------
// Which versions are new: not in the base branch's lock file, or not in the lock file at all.

const keyOf = (version: Version) => `${version.document}/${version.locale}/${version.date}.md`;

/** Ordered by document, English first, then by date. */
const byDocument = (a: Version, b: Version) =>
  a.document.localeCompare(b.document) ||
  Number(b.locale === ENGLISH) - Number(a.locale === ENGLISH) ||
  a.locale.localeCompare(b.locale) ||
  a.date.localeCompare(b.date);

/** The pages of a version that `content:preview` saves: its permalink, and the comparison with the one before. */
export function previewPages(catalog: Catalog, version: Version): {path: string; file: string; label: string}[] {
  const {locale, document, date} = version;
  const page = (pathname: string, label: string) => ({path: pathname, file: `${pathname.slice(1)}.html`, label});
  const previous = catalog.previous(version);
  return [
    page(paths.version(locale, document, date), `${version.title} (${language(locale)}), version of ${date}`),
    ...(previous ? [page(paths.compare(locale, document, previous.date, date), `${version.title} (${language(locale)}): changes from ${previous.date} to ${date}`)] : [])
  ];
}

export type NewVersions = {
  /** New versions without errors, ordered by document, language and date. */
  versions: Version[];
  /** New files that have errors (content:check names them). */
  broken: string[];
  /** Why the base branch could not be compared with, if it could not. */
  problem?: string;
};

/** The versions a pull request adds: not on the base branch (when read), else not in the lock file. */
export function newVersions(content: Content): NewVersions {
  // On the base branch a file is published, recorded in its lock file yet or not.
  const published = content.base && 'published' in content.base ? new Set(content.base.published) : null;
  const isNew = (key: string) => (published ? !published.has(key) : !content.lock?.versions[key]);
  const valid = new Set(content.versions.map(keyOf));
  return {
    versions: content.versions.filter((version) => isNew(keyOf(version))).sort(byDocument),
    broken: content.files.filter((file) => isNew(file.key) && !valid.has(file.key)).map((file) => file.file),
    problem: content.base && 'problem' in content.base ? content.base.problem : undefined
  };
}

// ---------------------------------------------------------------------------------------------
// The report.

const daysBetween = (from: string, to: string) => Math.round((dayToDate(to).getTime() - dayToDate(from).getTime()) / 86_400_000);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function noticeLine(version: Version): string {
  const days = daysBetween(version.date, version.effective);
  const period = days === 0 ? 'none: it applies on the day it is published' : `${plural(days, 'day')}, from ${version.date} to ${version.effective}`;
  const material = version.changes.some((change) => change.kind === 'material');
  if (!material) {
    const stray = version.notice ? ` (it has a \`notice:\`, which only a material change needs: ${markdown(version.notice)})` : '';
    return `${period}. No material change is listed, so no notice period is required${stray}.`;
  }
  const rule = `It lists a material change: the ${materialNoticeDays}-day rule applies`;
  if (days >= materialNoticeDays) return `${period}. ${rule} and is met.`;
  if (version.notice) return `${period}. ${rule} and is **not met**, but \`notice:\` lifts it: “${markdown(version.notice)}”.`;
  return `${period}. ${rule} and is **not met**: content:check refuses this version (give "effective" ${materialNoticeDays} days after the file's date, or the legal reason in \`notice:\`).`;
}

function versionFacts(catalog: Catalog, version: Version): string[] {
  const previous = catalog.previous(version);
  const lines = [
    `#### ${markdown(version.title)}, ${language(version.locale)}, version of ${version.date}`,
    '',
    `- **File:** ${code(version.file)}`,
    `- **Title:** ${markdown(version.title)}`,
    `- **Published (the file's date):** ${version.date}`,
    `- **Takes effect:** ${version.effective}${version.effective === publishedDay(version.date) ? ' (the same day)' : ''}`,
    `- **Notice period:** ${noticeLine(version)}`
  ];
  if (version.locale !== ENGLISH) {
    const original = version.translates ? catalog.find(version.document, ENGLISH, version.translates) : null;
    lines.push(
      `- **Translates:** ${
        !version.translates
          ? 'not said ("translates" is missing)'
          : original
            ? `${code(original.file)} (${markdown(original.title)}, takes effect ${original.effective})`
            : `${ENGLISH}/${version.translates}.md, which does not exist`
      }`
    );
  }
  if (version.summary) lines.push(`- **Summary:** ${markdown(version.summary)}`);
  lines.push(`- **Version before it:** ${previous ? code(previous.file) : 'none: the first version of this document in this language'}`);
  lines.push('');
  if (version.changes.length === 0) {
    lines.push(previous ? '*No changes are listed.*' : '*No changes are listed (a first version has none).*', '');
  } else {
    lines.push('| Kind | Section | What changed |', '| --- | --- | --- |');
    for (const change of version.changes) {
      const kind = change.kind === 'material' ? '**Material**' : 'Editorial';
      lines.push(`| ${kind} | ${change.section === 'all' ? 'whole document' : markdown(change.section)} | ${markdown(change.summary)} |`);
    }
    lines.push('');
  }
  return lines;
}

function translationTableMarkdown(rows: TranslationRow[]): string[] {
  if (rows.length === 0) return ['No document has a translation.', ''];
  const list = (numbers: string[]) => (numbers.length === 0 ? '0' : `${numbers.length} (${numbers.map(markdown).join(', ')})`);
  const lines = [
    '| Document | Language | When | Version | Translates | Up to date | English changed since | Not translated |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |'
  ];
  for (const row of rows) {
    const version = row.version ? code(`${row.version.date}.md`) : 'none';
    const cells =
      row.locale === ENGLISH
        ? ['(the original)', `${row.upToDate.length} sections`, '', '']
        : row.noEnglish
          ? [row.follows ? code(`${ENGLISH}/${row.follows}.md`) : '?', 'no English version then', '', '']
          : row.unknown
            ? [row.follows ? `${code(`${ENGLISH}/${row.follows}.md`)}, which does not exist` : 'not said', '?', '?', list(row.missing)]
            : [row.version ? code(`${ENGLISH}/${row.follows}.md`) : '', String(row.upToDate.length), list(row.changed), list(row.missing)];
    lines.push(`| ${markdown(row.document)} | ${language(row.locale)} | ${when(row)} | ${version} | ${cells.join(' | ')} |`);
  }
  lines.push('');
  return lines;
}

// The comparison, as one HTML block per changed section (<details>, open): inside an HTML block
// GitHub reads no Markdown, so only HTML needs escaping.

function renderParts(parts: Part[]): string {
  return parts
    .map(({kind, text, format}) => {
      let out = html(text);
      if (format?.code) out = `<code>${out}</code>`;
      if (format?.strike) out = `<s>${out}</s>`;
      if (format?.emphasis) out = `<em>${out}</em>`;
      if (format?.strong) out = `<strong>${out}</strong>`;
      if (kind === 'del') return `<del>${out}</del>`;
      if (kind === 'ins') return `<ins><b>${out}</b></ins>`;
      return out;
    })
    .join('');
}

const TAG: Record<DiffBlock['type'], string> = {h2: 'h4', h3: 'h4', h4: 'h5', p: 'p', li: 'li'};

/** A block in HTML, cut to `budget` bytes when it is longer (then `cut` is true). */
function renderBlock(block: DiffBlock, budget: number): {text: string; cut: boolean} {
  const tag = TAG[block.type];
  const whole = `<${tag}>${renderParts(block.parts)}</${tag}>`;
  if (Buffer.byteLength(whole) <= budget) return {text: whole, cut: false};
  // Too long: as many of its parts as fit, the last one shortened, then a mark where it is cut.
  const kept: Part[] = [];
  const size = (parts: Part[]) => Buffer.byteLength(`<${tag}>${renderParts(parts)} […]</${tag}>`);
  for (const part of block.parts) {
    if (size([...kept, part]) <= budget) {
      kept.push(part);
      continue;
    }
    let length = part.text.length;
    while (length > 0 && size([...kept, {...part, text: part.text.slice(0, length)}]) > budget) length = Math.floor(length / 2);
    if (length > 0) kept.push({...part, text: part.text.slice(0, length)});
    break;
  }
  return kept.length === 0 ? {text: '', cut: true} : {text: `<${tag}>${renderParts(kept)} […]</${tag}>`, cut: true};
}

/** The text of a section's heading, its removed words left out: how it is named in a note. */
const sectionName = (section: DiffSection) =>
  section.blocks[0]?.type === 'h2' ? section.blocks[0].parts.filter((p) => p.kind !== 'del').map((p) => p.text).join('') : 'the text before the first section';

/**
 * One changed section: its heading as the summary, then its changed blocks, each under the heading of
 * its sub-section; unchanged text in between is shown as "…". Null when not even its start fits.
 */
function renderSection(section: DiffSection, budget: number): {text: string; cut: boolean} | null {
  const [first, ...rest] = section.blocks;
  const heading = first?.type === 'h2';
  const summary = heading ? renderParts(first.parts) : '<i>Before the first section</i>';
  const blocks = heading ? rest : section.blocks;
  // Which blocks to show: the changed ones, and the unchanged heading of a sub-section with a change.
  const shown = blocks.map((block) => block.changed);
  blocks.forEach((block, i) => {
    if (block.changed || block.type === 'p' || block.type === 'li') return;
    for (let j = i + 1; j < blocks.length && (blocks[j].type === 'p' || blocks[j].type === 'li'); j++) if (blocks[j].changed) shown[i] = true;
  });
  const open = `<details open>\n<summary><b>${summary}</b></summary>\n`;
  const close = '</details>';
  let used = Buffer.byteLength(open + close) + 64;
  if (used > budget) return null;
  const out: string[] = [];
  let list = false;
  let skipped = false;
  let cut = false;
  for (const [i, block] of blocks.entries()) {
    if (!shown[i]) {
      skipped = true;
      continue;
    }
    const pieces: string[] = [];
    if (skipped || (list && block.type !== 'li')) {
      if (list) pieces.push('</ul>');
      list = false;
    }
    if (skipped) pieces.push('<p>…</p>');
    skipped = false;
    if (block.type === 'li' && !list) {
      pieces.push('<ul>');
      list = true;
    }
    const before = pieces.join('\n');
    const rendered = renderBlock(block, budget - used - Buffer.byteLength(before) - 16);
    if (rendered.text) {
      out.push(...pieces, rendered.text);
      used += Buffer.byteLength(`${before}\n${rendered.text}\n`);
    }
    if (rendered.cut) {
      cut = true;
      break;
    }
  }
  if (list) out.push('</ul>');
  if (skipped && !cut) out.push('<p>…</p>');
  if (cut) out.push('<p><i>[The rest of this section is cut: the summary would be too long.]</i></p>');
  return {text: `${open}${out.join('\n')}\n${close}`, cut};
}

/** The comparison of a new version with the one before it, in at most `budget` bytes. */
function comparison(catalog: Catalog, version: Version, budget: number): string[] {
  const previous = catalog.previous(version);
  const lines = [`#### ${markdown(version.title)}, ${language(version.locale)}: ${previous ? `${previous.date} → ` : ''}${version.date}`, ''];
  if (!previous) return [...lines, 'The first version of this document in this language: there is nothing to compare it with.', ''];
  if (previous.title !== version.title) lines.push(`The title changes from “${markdown(previous.title)}” to “${markdown(version.title)}”.`, '');
  const changed = diffDocuments(previous.body, version.body, version.locale).filter((section) => section.changed);
  if (changed.length === 0) return [...lines, `The text is the same as in ${code(previous.file)}: only the front matter differs.`, ''];
  lines.push(`${plural(changed.length, 'section')} changed since ${code(previous.file)}:`, '');
  let left = budget - Buffer.byteLength(lines.join('\n'));
  for (const [i, section] of changed.entries()) {
    // Room for the note that says where it is cut and names the sections not shown.
    const reserve = 600 + Buffer.byteLength(changed.slice(i, i + 21).map(sectionName).join(', ')) * 2;
    const rendered = renderSection(section, left - reserve);
    if (rendered) {
      lines.push(rendered.text, '');
      left -= Buffer.byteLength(`${rendered.text}\n\n`);
    }
    if (!rendered || rendered.cut) {
      const rest = changed.slice(rendered ? i + 1 : i);
      const names = rest.slice(0, 20).map((s) => `“${markdown(sectionName(s))}”`);
      if (rest.length > 20) names.push(`${rest.length - 20} more`);
      const more = rest.length > 0 ? ` Not shown: ${names.join(', ')}.` : '';
      lines.push(`**The comparison is cut here:** GitHub shows at most 1 MiB of summary.${more} The preview below shows the whole comparison.`, '');
      break;
    }
  }
  return lines;
}

function previewNote(catalog: Catalog, versions: Version[], ci: boolean): string[] {
  const files = versions.flatMap((version) => previewPages(catalog, version));
  const first = files[0];
  const how = ci
    ? 'This check also builds the site and saves the pages of the new versions as they will look. Once the build has passed, scroll down this page to **Artifacts**, download **preview** (a zip file) and unzip it.'
    : 'To see the pages as they will look: `npm run build && npm run content:preview`; the pages are saved in the folder `preview`.';
  return [
    '### Preview: the new pages as they will look',
    '',
    how,
    `Then open ${code(`preview/${first.file}`)} in your browser (double-click it; it needs no internet connection), or ${code('preview/index.html')}, which lists every saved page:`,
    '',
    ...files.map((file) => `- ${code(`preview/${file.file}`)}: ${markdown(file.label)}`),
    '',
    'Links to pages that are not in the preview go to the published site.',
    ''
  ];
}

/** GitHub's limit for the summary of one step is 1 MiB; the report stays below it with room to spare. */
const SUMMARY_LIMIT = 1024 * 1024 - 32 * 1024;

export type ReportOptions = {
  root?: string;
  day?: string;
  /** The base branch (origin/main); null compares with the lock file here only. */
  base?: string | null;
  /** In GitHub Actions: the preview is an artifact of the run. */
  ci?: boolean;
  maxBytes?: number;
};

/** Each correction and withdrawal the pull request records, with its words and whether git bears it out. */
function amendmentLines(content: Content, amendments: Amendment[]): string[] {
  if (amendments.length === 0) return [];
  const fileOf = (key: string) => content.files.find((file) => file.key === key)?.file ?? `${path.relative(process.cwd(), contentDir)}/${key}`;
  const lines = ['### Corrections and withdrawals', '', 'Recorded in the lock file by this pull request, each checked against the text on the base branch.', ''];
  for (const amendment of amendments) {
    const what = amendment.kind === 'correction' ? 'Correction' : 'Withdrawal';
    lines.push(`- **${what}** of ${code(fileOf(amendment.key))}, dated ${amendment.date}: “${markdown(amendment.reason)}”`);
    if (amendment.kind === 'correction') {
      const words = amendment.edits.map((edit) => `“${markdown(edit.before)}” → “${markdown(edit.after)}”`).join(', ');
      lines.push(`  - Words recorded: ${words || 'none'}`);
    }
    lines.push(
      amendment.problem
        ? `  - **Not verified:** ${markdown(amendment.problem)}. The check refuses it: this pull request must not be merged as it is.`
        : amendment.kind === 'correction'
          ? '  - Verified: these are exactly the words that changed since the base branch, and they are a typo by the rules of corrections.'
          : '  - Verified: the file removed is the version as published, and the language keeps a version in force.'
    );
  }
  lines.push('');
  return lines;
}

/** The report, in GitHub-flavoured Markdown. */
export function pullRequestReport({root = contentDir, day = today(), base = 'main', ci = false, maxBytes = SUMMARY_LIMIT}: ReportOptions = {}): string {
  const content = readContent(root, day, base ? {ref: base} : undefined);
  const {catalog, issues} = content;
  const found = newVersions(content);
  const amendments = content.base && 'amendments' in content.base ? content.base.amendments : [];
  const unverified = amendments.filter((amendment) => amendment.problem).length;
  const errors = issues.filter((issue) => issue.severity === 'error');
  const warnings = issues.length - errors.length;
  const compared = content.base && 'name' in content.base ? `Compared with ${code(content.base.name)}` : `Compared with the lock file only (${markdown(found.problem ?? (base ? 'this folder is not in a git checkout' : 'no base branch given'))})`;
  const counted = (['correction', 'withdrawal'] as const).flatMap((kind) => {
    const n = amendments.filter((amendment) => amendment.kind === kind).length;
    return n > 0 ? [plural(n, kind)] : [];
  });
  const recorded = counted.length > 0 ? `, ${counted.join(' and ')}${unverified > 0 ? ` (${unverified} **not verified**)` : ''}` : '';
  const head = [
    '## Legal documents in this pull request',
    '',
    `${compared}: ${found.versions.length === 0 ? 'no new version' : plural(found.versions.length, 'new version')}${recorded}. ` +
      `Content check: ${plural(errors.length, 'error')}, ${plural(warnings, 'warning')}${errors.length > 0 ? ' (the "Check content" step lists them; the site cannot be built until they are fixed)' : ''}.`,
    ''
  ];
  if (found.broken.length > 0) {
    head.push(`New files with errors, not shown below: ${found.broken.map(code).join(', ')}.`, '');
  }
  const facts = [
    ...(found.versions.length > 0 ? ['### New versions', '', ...found.versions.flatMap((version) => versionFacts(catalog, version))] : []),
    ...amendmentLines(content, amendments)
  ];
  const table = ['### Translations', '', 'Numbered sections of each translation against the English shown at the same time.', '', ...translationTableMarkdown(translationRows(catalog, day))];
  const note = found.versions.length > 0 ? previewNote(catalog, found.versions, ci) : [];
  const join = (lines: string[]) => (lines.length > 0 ? `${lines.join('\n')}\n` : '');
  const fixed = join(head) + join(facts) + join(table) + join(note);
  let changes = '';
  if (found.versions.length > 0) {
    const intro = ['### Changes in the text', '', 'Only the sections that changed; removed words are ~~struck through~~, added words **bold and underlined**.', ''];
    let left = maxBytes - Buffer.byteLength(fixed) - Buffer.byteLength(join(intro));
    const parts = found.versions.map((version, i) => {
      // Each version gets an equal share of what is left, so that a long one cannot crowd out the others.
      const text = join(comparison(catalog, version, Math.floor(left / (found.versions.length - i))));
      left -= Buffer.byteLength(text);
      return text;
    });
    changes = join(intro) + parts.join('');
  }
  return join(head) + join(facts) + join(table) + changes + join(note);
}

function main() {
  process.stdout.write(pullRequestReport({base: baseFromEnvironment()?.ref ?? null, ci: process.env.GITHUB_ACTIONS === 'true'}));
}

// Run as `npm run content:report`; content:check, content:preview and the tests import the functions above.
if (path.basename(process.argv[1] ?? '') === 'pull-request-report.ts') main();
