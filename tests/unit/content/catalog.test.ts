import {describe, expect, it} from 'vitest';
import {createCatalog} from '@/lib/content/catalog';
import type {Version} from '@/lib/model';

const version = (date: string, effective = date, locale: 'en' | 'zh' = 'en'): Version => ({
  document: 'privacy',
  locale,
  date,
  effective,
  title: 'Privacy Policy',
  description: 'A description.',
  body: '',
  html: '',
  toc: [],
  anchors: [],
  sections: [],
  preamble: '',
  links: [],
  corrections: [],
  changes: [],
  file: `content/privacy/${locale}/${date}.md`,
  source: '',
  sha256: '',
  lines: {fields: {}, changes: []},
  bodyLine: 1
});

describe('choosing the version in force', () => {
  const catalog = createCatalog([version('2026-01-10'), version('2026-07-01', '2026-07-15'), version('2026-04-02'), version('2026-03-17', '2026-03-17', 'zh')]);
  const dates = (list: Version[]) => list.map((v) => v.date);

  it('lists a document in one language newest first', () => {
    expect(dates(catalog.versions('privacy', 'en'))).toEqual(['2026-07-01', '2026-04-02', '2026-01-10']);
    expect(dates(catalog.versions('privacy', 'zh'))).toEqual(['2026-03-17']);
    expect(catalog.versions('terms', 'en')).toEqual([]);
  });

  it('the day before an effective date keeps the previous version and announces the next', () => {
    expect(catalog.inForce('privacy', 'en', '2026-07-14')?.date).toBe('2026-04-02');
    expect(dates(catalog.upcoming('privacy', 'en', '2026-07-14'))).toEqual(['2026-07-01']);
  });

  it('switches on the effective day itself and stays after it', () => {
    expect(catalog.inForce('privacy', 'en', '2026-07-15')?.date).toBe('2026-07-01');
    expect(catalog.upcoming('privacy', 'en', '2026-07-15')).toEqual([]);
    expect(catalog.inForce('privacy', 'en', '2026-07-16')?.date).toBe('2026-07-01');
  });

  it('has no version in force before the first one takes effect', () => {
    expect(catalog.inForce('privacy', 'en', '2026-01-09')).toBeNull();
  });

  it('knows each version’s place: previous, and current, upcoming or archived on a day', () => {
    const [upcoming, current, first] = catalog.versions('privacy', 'en');
    expect(catalog.previous(upcoming)).toBe(current);
    expect(catalog.previous(first)).toBeNull();
    expect([upcoming, current, first].map((v) => catalog.status(v, '2026-06-15'))).toEqual(['upcoming', 'current', 'archived']);
  });
});

describe('a version replaced before it applied', () => {
  // Announced on 2026-12-07 for 2027-01-15; an urgent version the same day applies at once, and a
  // copy of the announced one with the urgent change in it (published after it, the same effective
  // day) takes its place.
  const catalog = createCatalog([version('2026-04-02'), version('2026-12-07', '2027-01-15'), version('2026-12-07-2', '2026-12-07'), version('2026-12-07-3', '2027-01-15')]);
  const [replacing, announced, urgent, first] = catalog.versions('privacy', 'en');

  it('is the one published earlier of two taking effect the same day, and names the one that replaces it', () => {
    expect([replacing, announced, urgent, first].map((v) => v.date)).toEqual(['2026-12-07-3', '2026-12-07', '2026-12-07-2', '2026-04-02']);
    expect(catalog.replacement(announced)).toBe(replacing);
    expect([replacing, urgent, first].map((v) => catalog.replacement(v))).toEqual([null, null, null]);
    expect(catalog.replaced(replacing)).toEqual([announced]);
    expect(catalog.replaced(urgent)).toEqual([]);
  });

  it('is never announced and never in force, on any day: before, on and after its effective day', () => {
    for (const day of ['2026-12-07', '2027-01-14', '2027-01-15', '2030-01-01']) {
      expect(catalog.status(announced, day), day).toBe('replaced');
      expect(catalog.upcoming('privacy', 'en', day), day).not.toContain(announced);
      expect(catalog.inForce('privacy', 'en', day), day).not.toBe(announced);
    }
    expect(catalog.inForce('privacy', 'en', '2027-01-14')).toBe(urgent);
    expect(catalog.upcoming('privacy', 'en', '2027-01-14')).toEqual([replacing]);
    expect(catalog.inForce('privacy', 'en', '2027-01-15')).toBe(replacing);
    expect([replacing, urgent, first].map((v) => catalog.status(v, '2026-12-08'))).toEqual(['upcoming', 'current', 'archived']);
  });
});

describe('what changes on the day an announced version takes effect', () => {
  const change = (section: string, summary: string, kind: 'material' | 'editorial' = 'material') => ({section, kind, summary});
  const with_ = (v: Version, ...changes: ReturnType<typeof change>[]): Version => ({...v, changes});
  const retention = change('6', 'Kept for ten years.');
  const contact = change('11', 'Write to our data protection officer.');

  it('the urgent change carried into the replacing version is in force already: only the announced change is announced', () => {
    const catalog = createCatalog([
      version('2026-04-02'),
      with_(version('2026-12-07', '2027-01-15'), retention),
      with_(version('2026-12-07-2', '2026-12-07'), contact),
      // policy:new copies the urgent version's entries into the version that replaces the announced one.
      with_(version('2026-12-07-3', '2027-01-15'), contact)
    ]);
    const upcoming = catalog.upcoming('privacy', 'en', '2026-12-08')[0];
    expect(catalog.takingEffect(upcoming).map(({change: c, version: v}) => `${v.date} §${c.section}`)).toEqual(['2026-12-07 §6']);
  });

  it('without an urgent version, every change of the announced version and of the ones it replaced, oldest first', () => {
    const catalog = createCatalog([version('2026-04-02'), with_(version('2026-12-07', '2027-01-15'), retention), with_(version('2026-12-20', '2027-01-15'), contact, change('2', 'Wording.', 'editorial'))]);
    const upcoming = catalog.upcoming('privacy', 'en', '2026-12-21')[0];
    expect(catalog.takingEffect(upcoming).map(({change: c, version: v}) => `${v.date} §${c.section}`)).toEqual(['2026-12-07 §6', '2026-12-20 §11', '2026-12-20 §2']);
  });
});

describe('two versions of one day, both applying at once', () => {
  // Published in the morning and in force at once; a second version the same day, applying at once
  // too, follows it. The first applied until then: it is in the record as applied, not as replaced.
  const catalog = createCatalog([version('2026-04-02'), version('2026-12-07'), version('2026-12-07-2', '2026-12-07')]);
  const [second, morning, first] = catalog.versions('privacy', 'en');

  it('the second is in force from that day; the first is archived, never "replaced before it applied"', () => {
    expect(catalog.inForce('privacy', 'en', '2026-12-07')).toBe(second);
    expect(catalog.replacement(morning)).toBeNull();
    expect(catalog.replaced(second)).toEqual([]);
    expect([second, morning, first].map((v) => catalog.status(v, '2026-12-07'))).toEqual(['current', 'archived', 'archived']);
  });

  it('an announced version followed on its own effective day applied too; replaced the day before, it did not', () => {
    const onTheDay = createCatalog([version('2026-04-02'), version('2026-12-07', '2027-01-15'), version('2027-01-15')]);
    expect(onTheDay.replacement(onTheDay.find('privacy', 'en', '2026-12-07')!)).toBeNull();
    const dayBefore = createCatalog([version('2026-04-02'), version('2026-12-07', '2027-01-15'), version('2027-01-14', '2027-01-15')]);
    expect(dayBefore.replacement(dayBefore.find('privacy', 'en', '2026-12-07')!)?.date).toBe('2027-01-14');
    expect(dayBefore.status(dayBefore.find('privacy', 'en', '2026-12-07')!, '2027-02-01')).toBe('replaced');
  });
});

describe('before a translation existed', () => {
  const periods = (catalog: ReturnType<typeof createCatalog>) =>
    catalog.untranslated('privacy', 'zh', 'en').map(({version: v, from, until}) => `${v.date}: ${from}…${until}`);

  it('each English version that applied, with its days, up to the day before the first translation', () => {
    const catalog = createCatalog([
      version('2026-01-10'),
      version('2026-04-02'),
      version('2026-06-01', '2026-06-20'),
      // Published later, applying the same day: the one that applies.
      version('2026-06-05', '2026-06-20'),
      version('2026-09-01'),
      version('2026-07-01', '2026-07-01', 'zh')
    ]);
    expect(periods(catalog)).toEqual(['2026-01-10: 2026-01-10…2026-04-01', '2026-04-02: 2026-04-02…2026-06-19', '2026-06-05: 2026-06-20…2026-06-30']);
    expect(catalog.untranslated('privacy', 'en', 'en')).toEqual([]);
  });

  it('none when the translation began with the English', () => {
    expect(periods(createCatalog([version('2026-01-10'), version('2026-01-10', '2026-01-10', 'zh')]))).toEqual([]);
  });
});
