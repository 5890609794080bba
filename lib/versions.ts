// Which version is in force on a given day. Pure: versions in, choice out.
import type {Version} from './content';

type Dated = Pick<Version, 'date' | 'effective'>;

/** The newest version already in effect on `day`, or null if none is. `versions` are newest first. */
export function currentVersion<V extends Dated>(versions: V[], day: string): V | null {
  return versions.find((v) => v.effective <= day) ?? null;
}

/** Versions that take effect after `day`, soonest first. */
export function upcomingVersions<V extends Dated>(versions: V[], day: string): V[] {
  return versions.filter((v) => v.effective > day).sort((a, b) => a.effective.localeCompare(b.effective));
}

/** The version published just before `date`, if any. `versions` are newest first. */
export function previousVersion<V extends Dated>(versions: V[], date: string): V | null {
  return versions.find((v) => v.date < date) ?? null;
}
