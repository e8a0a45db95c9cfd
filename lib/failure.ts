import { errorText } from '@/knowledge/error-text';
import type { Said } from '@/knowledge/pack/problem-words';

/**
 * Why the background refused something, as data: a code and what it names (pack, version, entry, field, line).
 * The background's own words stay English (the CLI's, for the trainer's detail); the page that shows a failure
 * words it in the agent's UI language from the code (components/failure-words.tsx for what every surface meets, components/options/pack-errors.ts, components/notes/NotesPage.tsx, components/Popup.tsx).
 * It crosses the message boundary beside the English message (lib/messages.ts).
 */

/** One of the validator's problems, located: what the view names in the UI language; `text` is the English detail. */
export interface ProblemSpot {
  line?: number;
  /** The entry's id (or `#3` when it has none usable). */
  entry?: string;
  /** The field's path within the entry (or `meta.…`), as the validator writes it. */
  field?: string;
  /**
   * What is wrong, as the validator's code and parameters (knowledge/pack/problem-words.ts), without the entry it
   * names (the view names it from `entry`): the options page says it in the agent's language. A refusal stored by an
   * older version has none.
   */
  said?: Said;
  text: string;
}

export type PackRefusal =
  | { code: 'pack.webPage'; file: string }
  | { code: 'pack.notJson'; file: string; line?: number }
  | { code: 'pack.notText'; file: string }
  | { code: 'pack.tooLarge'; file: string; size: string; max: string }
  | { code: 'pack.notPack'; file: string }
  /** A file of a pack's source (an entry's Markdown, a pack.yaml) where the built pack.json was wanted. */
  | { code: 'pack.source'; file: string; kind: 'entry' | 'settings' }
  | { code: 'pack.unusable'; file: string; pack?: string; version?: string; problems: ProblemSpot[]; errors: number }
  | { code: 'pack.signature'; file: string }
  | { code: 'pack.fromUrl'; file: string; pack: string; url: string }
  | { code: 'pack.sameVersion'; file: string; pack: string; version: string }
  | { code: 'pack.older'; file: string; pack: string; version: string; current: string }
  /** Subscribing to an address whose pack is already installed (from that address, another, or a file). */
  | { code: 'pack.urlTaken'; url: string; pack: string }
  /** Pack storage (lib/store/pack-db.ts): the browser has no room left, or refused to read or write. */
  /**
   * A write refused for room: `disk` when the computer's disk is full (the browser's words name it, or its estimate
   * shows no room left; lib/store/pack-db.ts writeRefusal), where removing a pack frees almost nothing.
   */
  | { code: 'pack.storageFull'; disk?: true }
  /** The browser would not even open the pack storage because the disk is full (lib/store/pack-db.ts openRefusal): nothing stored is lost. */
  | { code: 'pack.diskFull' }
  /** `restartTried`: first seen in an earlier browser session (lib/store/storage-trouble.ts): no restart asked again. */
  | { code: 'pack.storageFailed'; restartTried?: true }
  /** A pack in use switched off (lib/background/pack-library.ts switchOffFailedPack, lib/store/packs.ts). */
  | { code: 'pack.damaged'; pack: string; version: string }
  | { code: 'pack.searchFailed'; pack: string }
  | { code: 'pack.failsChecks'; pack: string; version: string }
  /** A download from the pack's address (lib/background/pack-fetch.ts); a web page, not UTF-8 or too large name the url as `file`. */
  | { code: 'pack.badUrl'; url: string }
  | { code: 'pack.notHttps'; url: string }
  | { code: 'pack.http'; url: string; status: number }
  | { code: 'pack.unreachable'; url: string }
  | { code: 'pack.timeout'; url: string }
  | { code: 'pack.interrupted'; url: string }
  | { code: 'pack.downloadTooLarge'; url: string; max: string }
  /** An update from the pack's address that is another pack than the one installed from it. */
  | { code: 'pack.otherPack'; url: string; pack: string; served: string }
  /** A first download (nothing kept from that address yet) answered 304 Not Modified: the server's or a proxy's fault. */
  | { code: 'pack.notModifiedFirst'; url: string }
  /** A policy address that serves a pack another policy address already provides (the administrator's to settle). */
  | { code: 'pack.policyTwice'; url: string; pack: string; other: string }
  /** The signing key given to pin a subscription is no Ed25519 public key; a private key is named, never quoted. */
  | { code: 'pack.badKey'; private: boolean }
  /**
   * "Check for updates" where some packs' checks threw (not a failed download, kept on the card): the storage full
   * or failing, the pack removed meanwhile. `cause`: the first one's reason, when it came as data.
   */
  | { code: 'pack.checkFailed'; packs: string[]; cause?: PackRefusal }
  /** "Check now" on a pack that no longer comes from an address (removed and imported from a file since). */
  | { code: 'pack.notFromUrl'; pack: string }
  /** Accept or reject with no update waiting (done already, or from a stale Options tab): the version in use. */
  | { code: 'pack.noUpdate'; pack: string; current: string }
  /** The update waiting is another version than the one the agent reviewed (a newer one arrived since). */
  | { code: 'pack.updateChanged'; pack: string; seen: string; version: string }
  /** The downloaded update's copy is gone from the pack storage: the offer is dropped, the next check downloads it again. */
  | { code: 'pack.updateMissing'; pack: string; version: string }
  /** The local actions on an installed pack (lib/background/pack-library.ts). */
  | { code: 'pack.managed'; pack: string }
  | { code: 'pack.notInstalled'; pack: string }
  | { code: 'pack.builtIn'; pack: string }
  | { code: 'pack.rollbackGone'; pack: string; version: string }
  | { code: 'pack.rollbackMissing'; pack: string; version: string };

export type NotesFailure =
  | { code: 'notes.notJson' }
  | { code: 'notes.notExport' }
  | { code: 'notes.version'; version: string; supported: string }
  /** A field of the export that is missing or wrong: its path (`notes[2].fields.status`) kept as written. */
  | { code: 'notes.field'; path: string };

/**
 * The browser will not open the notes database (not for room: lib/store/notes-db.ts), a damaged store as Chromium
 * refuses it after every restart. `restartTried`: it was first seen in an earlier browser session
 * (lib/store/storage-trouble.ts), so the words send the agent to the notes page's remedy, not to another restart.
 */
export type NotesStorageFailure = { code: 'notes.storageFailed'; restartTried?: true };

/** The notes frame opened where it has no tab (lib/notes/frame-client.ts): it has no panel to join. */
export type NotesFrameFailure = { code: 'notes.outsideTab' };

/** The popup's switch for a site, refused (lib/background/site-access.ts). */
export type SiteRefusal = { code: 'site.notWeb'; url: string } | { code: 'site.noPermission'; pattern: string } | { code: 'site.managed'; host: string };

/**
 * The panel's «forget this page's layout» the extension's storage refused (lib/crm/site-profiles.ts): the disk full,
 * or another refusal; the layout pointed at is still the one read.
 */
export type SiteProfileRefusal = { code: 'siteProfile.notForgotten'; diskFull: boolean };

/**
 * What the in-page panel meets: the background did not answer; a template no longer in its pack; the clipboard
 * refused; the extras (opened SOP or template, copy, insert, notes, palette: app/extras/load.ts) did not start in
 * this page, or were asked for by a frame that is in no tab (lib/background/extras.ts).
 */
export type PanelFailure =
  | { code: 'ext.noAnswer' }
  | { code: 'template.gone'; pack: string; entry: string }
  | { code: 'clipboard.refused' }
  | { code: 'ext.extrasFailed' }
  | { code: 'ext.noTab' };

/**
 * A panel's SOP progress change the background did not store (lib/background/progress-service.ts): a ticket of
 * another site than the asking page's, or the extension's storage refused the write (full, or failing).
 */
export type ProgressRefusal = { code: 'progress.otherSite' } | { code: 'progress.notStored' };

/**
 * An own template the Options page could not save (lib/store/snippets.ts): the disk is full, or the organisation
 * turned own templates off while the page was open. What was typed stays in the form either way.
 */
export type SnippetRefusal = { code: 'snippet.diskFull' } | { code: 'snippet.turnedOff' };

export type Failure = PackRefusal | NotesFailure | NotesStorageFailure | SiteRefusal | PanelFailure | ProgressRefusal | SnippetRefusal | SiteProfileRefusal | NotesFrameFailure;

/** An Error that carries its failure: `serve` sends both, `request` throws one back on the page's side. */
export class FailureError extends Error {
  constructor(
    readonly failure: Failure,
    message: string,
  ) {
    super(message);
    this.name = 'FailureError';
  }
}

/** Copying a template refused by the browser (the page not focused, or copying not allowed): the template view words it. */
export const clipboardRefused = () => new FailureError({ code: 'clipboard.refused' }, 'the browser did not let Odigos write to the clipboard');

/** A failure as a view keeps it: the English message (the technical detail) and the failure when it came as data. */
export interface ShownFailure {
  message: string;
  failure?: Failure;
}

/** What a view keeps of a caught error. */
export const shownFailure = (e: unknown): ShownFailure => {
  const failure = failureOf(e);
  return { message: errorText(e), ...(failure ? { failure } : {}) };
};

/** The failure an error carries (thrown here, or rebuilt by `request` from a reply), if any. */
export function failureOf(e: unknown): Failure | undefined {
  const failure = (e as { failure?: unknown } | null)?.failure;
  return typeof failure === 'object' && failure !== null && typeof (failure as Failure).code === 'string' ? (failure as Failure) : undefined;
}
