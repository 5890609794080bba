// Where a link may go: a host every reader can reach, written in plain letters. A look-alike letter
// ("іnfermesh.io" with a Cyrillic "і") sends readers elsewhere while reading right; a private name
// (wiki.infermesh.internal, localhost, 10.0.0.5) or a document editor's link (a Google Doc in edit
// mode, a SharePoint file) opens for nobody but its author, or shows a draft. Pure.
import {codePoint} from './characters';

/** The host of an http(s) or mailto address as written, or null. */
function hostOf(url: string): string | null {
  const web = /^https?:\/\/(?:[^/?#@]*@)?(\[[^\]]*\]|[^/?#:]*)/i.exec(url);
  if (web) return web[1];
  const mail = /^mailto:[^@]*@([^?#]*)$/i.exec(url);
  return mail ? mail[1] : null;
}

// Names no one outside an organisation can resolve: localhost (RFC 6761), .local (RFC 6762),
// .home.arpa (RFC 8375), .internal and the usual private suffixes.
const PRIVATE_SUFFIXES = ['localhost', 'local', 'internal', 'intranet', 'corp', 'home', 'lan', 'private', 'localdomain', 'home.arpa'];

function privateAddress(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (!name.includes('.') && !name.startsWith('[')) return true;
  if (PRIVATE_SUFFIXES.some((suffix) => name === suffix || name.endsWith(`.${suffix}`))) return true;
  const ip = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(name)?.slice(1).map(Number);
  if (ip) {
    const [a, b] = ip;
    return a === 10 || a === 127 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
  }
  const v6 = /^\[([0-9a-f:.]+)\]$/.exec(name)?.[1];
  return v6 !== undefined && (v6 === '::1' || v6 === '::' || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6));
}

/** Links that open a document for editing or a file shared from someone's drive, not a published page. */
function editorLink(url: string, host: string): boolean {
  const name = host.toLowerCase();
  const path = url.slice(url.indexOf(host) + host.length);
  if (name === 'docs.google.com' || name === 'drive.google.com' || name === 'onedrive.live.com' || name === '1drv.ms' || name === 'paper.dropbox.com') return true;
  if (name.endsWith('.sharepoint.com') || name === 'sharepoint.com') return true;
  if ((name === 'www.dropbox.com' || name === 'dropbox.com') && /^\/(?:s|scl|sh)\//.test(path)) return true;
  return /(?:^|\/)edit(?:[/?#]|$)/.test(path.split('?')[0]) || /[?&]usp=(?:sharing|drivesdk)\b/.test(path);
}

/** A letter outside plain ASCII in a host: a look-alike, or punctuation read as part of a bare address. */
function foreignProblem(shown: string, host: string): string | null {
  const foreign = [...host].find((character) => character > '\u007f');
  if (!foreign) return null;
  if (/\p{P}/u.test(foreign) && host.endsWith(foreign)) {
    return `"${shown}": the "${foreign}" right after the address is read as part of it, and the link goes nowhere: write the address as a link, [${shown.replace(foreign, '')}](${shown.replace(foreign, '')})${foreign}`;
  }
  return `"${shown}": the address has the character "${foreign}" (${codePoint(foreign)}), which is not a plain letter a-z and can stand in for one that looks the same: type the address again in plain letters`;
}

/** What is wrong with where a link goes, or null. */
export function hostProblem(url: string): string | null {
  const host = hostOf(url);
  if (host === null) return null;
  const foreign = foreignProblem(url, host);
  if (foreign) return `link ${foreign}`;
  if (privateAddress(host)) {
    return `link "${url}" goes to "${host}", a private address no reader can open: link to a public page (on infermesh.io), or remove the link`;
  }
  if (/^https?:/i.test(url) && editorLink(url, host)) {
    return `link "${url}" opens a document in an editor or a file shared from a drive, not a published page: publish the text on the site and link to it there, or remove the link`;
  }
  return null;
}

/** An address shown as text with a look-alike letter, e.g. "https://іnfermesh.io". */
export function shownHostProblem(shown: string): string | null {
  const host = hostOf(/^[a-z]+:/i.test(shown) ? shown : shown.includes('@') ? `mailto:${shown}` : `https://${shown}`);
  const foreign = host ? foreignProblem(shown, host) : null;
  return foreign ? `link text ${foreign}` : null;
}
