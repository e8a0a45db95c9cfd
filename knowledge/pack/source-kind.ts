/**
 * A file of a pack's source picked where the built pack is wanted: a trainer who has just written `pack.yaml` and
 * `sops/*.md` (by hand or in the studio) and imports one of them into Options. It is not JSON, so without this it
 * reads as a corrupt file; said for what it is, the trainer knows to build (or publish) the pack and import the
 * `.json`. Told from the text alone (the page gets bytes and a name, no folder).
 */

/** `entry`: an SOP or template in Markdown with front matter; `settings`: a pack.yaml. */
export type SourceKind = 'entry' | 'settings';

const FRONT_MATTER_TYPE = /^\uFEFF?---[ \t]*\r?\n(?:.*\r?\n)*?type:[ \t]*["']?(?:sop|template)\b/;
const KEY = (name: string) => new RegExp(`^${name}:[ \\t]*\\S`, 'm');

export function packSourceKind(text: string): SourceKind | undefined {
  if (/^\uFEFF?\s*[[{]/.test(text)) return undefined;
  if (FRONT_MATTER_TYPE.test(text)) return 'entry';
  if (KEY('id').test(text) && KEY('version').test(text) && (KEY('name').test(text) || KEY('lang').test(text))) return 'settings';
  return undefined;
}
