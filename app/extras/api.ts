import type { TemplateHit } from '@/lib/background/templates-service';
import type { DetailProps } from '@/components/overlay/DetailView';
import type { KeyHelpProps } from '@/components/overlay/KeyHelp';
import type { SaveFailedNoticeProps } from '@/components/overlay/SaveFailed';
import type { ForgetFailedProps } from '@/components/overlay/ForgetFailed';
import type { BuiltInOnlyProps } from '@/components/overlay/BuiltInOnly';
import type { ViewHandle } from '@/components/overlay/ExtrasSlot';
import type { Caret } from '@/lib/editors/caret-anchor';
import type { UiLang } from '@/lib/i18n';
import type { GenericReader } from '@/lib/crm/generic';
import type { insertIntoEditor } from '@/lib/editors/index';
import type { PageConversation } from '@/lib/shortcuts/context';
import type { TimelineEvent } from '@/lib/timeline';
import type { Failure } from '@/lib/failure';
import type { ConversationSnapshot } from '@/lib/crm/types';
import type { SessionLater } from '@/lib/overlay/session-later';
import type { FoldWatchOptions } from './fold-watch';

export type { Anchor, Caret } from '@/lib/editors/caret-anchor';
export type { ViewHandle };

/**
 * The "extras" content script (entrypoints/extras.content.ts) holds the UI an agent opens only now and then —
 * an opened SOP or template, the template palette with its fill-in form and the insertion of a template at the
 * caret, the element picker, the link to the notes frame — so the content
 * script every CRM page loads stays small. (The notes themselves are typed in an extension page framed in the
 * overlay, out of the page's reach; lib/notes/frame-protocol.ts.) Both scripts share the frame's isolated world: extras publish this API on its global, and the
 * main script (app/extras/load.ts) asks the background to inject them on first use.
 *
 * Extras bring their own Preact: they render into containers the main script hands over, and only plain values
 * and callbacks cross (never signals or vnodes of the other Preact).
 */
export const EXTRAS_GLOBAL = '__odigosExtras';

export interface DetailMountProps {
  view: DetailProps;
  lang: UiLang;
}

export interface KeyHelpMountProps {
  view: KeyHelpProps;
  lang: UiLang;
}

export interface SaveFailedMountProps {
  view: SaveFailedNoticeProps;
  lang: UiLang;
}

export interface ForgetFailedMountProps {
  view: ForgetFailedProps;
  lang: UiLang;
}

export interface BuiltInOnlyMountProps {
  view: BuiltInOnlyProps;
  lang: UiLang;
}

export interface NotesMountProps {
  /** The panel's notes token (lib/overlay/notes-frame.ts newToken): the frame it shows answers to it. */
  token: string;
  /** The token of the notes frame an extension update left behind: the new frame takes over its text. */
  handover?: string;
  /** The conversation the panel read (the notes are about it), or none. */
  snapshot: ConversationSnapshot | undefined;
  lang: UiLang;
  theme: 'light' | 'dark';
  /** The frame's title (the notes button's words). */
  title: string;
  /** Put focus in the text once shown (the agent opened the notes, or had focus there before an update). */
  focus: boolean;
  /** Esc in the notes: focus goes back to the panel. */
  onEscape(): void;
  /** The frame's port closed: the frame went away, or the extension under both did. */
  onDisconnect(): void;
  /** The frame took over the text of the one an update left behind. */
  onHandoverDone(): void;
}

export interface PickerMountProps {
  lang: UiLang;
  /** The picker stopped: `saved` when a profile for this page was stored (the overlay re-reads with it). */
  onDone(saved: boolean): void;
}

export interface PaletteOptions {
  /** The palette opens beside the caret; a pick or Esc puts the caret back there. */
  caret: Caret;
  theme: 'light' | 'dark';
  lang: UiLang;
  /** Keys the agent typed while the palette was loading. */
  initialQuery?: string;
  /** Opened by Tab after a shortcut no template has (`/allagh`, as typed): the palette says so and searches for it. */
  unknownShortcut?: string;
  /** The conversation the tab read: an empty query lists what the panel suggests for it first, previews fill from it. */
  page: PageConversation;
  /** A template was picked (the palette is gone, the caret back): the content script inserts it (insertTemplate). */
  onPick(hit: TemplateHit): void;
  onClose(): void;
}

export interface InsertTemplateOptions {
  hit: TemplateHit;
  /** The agent's editor and caret; `saved` is replaced (a typed shortcut) or where the text goes. */
  caret: Caret;
  via: Extract<TimelineEvent, { kind: 'template-inserted' }>['via'];
  /** What the placeholders are filled from (the tab's reading of the page). */
  page: PageConversation;
  theme: 'light' | 'dark';
  lang: UiLang;
  /**
   * Keys the agent typed into the editor since asking for the template, held by the content script (which adds to it
   * meanwhile): those typed before the fill-in form showed go into it; the rest stay, typed after the template.
   */
  held?: string[];
  /** Remember the name the agent gave in the form (the content script holds the settings; the extras load none). */
  saveAgentName(name: string): Promise<void>;
}

export interface ExtrasApi {
  /** False once the extension was reloaded or updated under this page (the old copy cannot reach it). */
  alive(): boolean;
  /** Reads pages no helpdesk adapter knows, by evidence (the content script reads through it). */
  genericReader: GenericReader;
  /** Put text into the agent's editor (the inserters of every editor family come with the extras). */
  insertIntoEditor: typeof insertIntoEditor;
  /** The panel session's opening of a template an SOP step links, and its record of an insertion. */
  sessionLater: SessionLater;
  /** Why a request failed, in the agent's language, for the kinds every surface words (the panel's failure words). */
  describeFailure(failure: Failure): string | undefined;
  /** Copy text to the clipboard; false when the browser refused. */
  copyText(text: string): Promise<boolean>;
  /** The SOP or template the agent opened from the suggestions. */
  mountDetail(container: HTMLElement, props: DetailMountProps): ViewHandle<DetailMountProps>;
  /** The notes frame in the panel, linked to this tab (made when the agent opens the notes, gone when they close). */
  mountNotes(container: HTMLElement, props: NotesMountProps): ViewHandle<NotesMountProps>;
  /** The list of every key (`?` in the panel). */
  mountKeyHelp(container: HTMLElement, props: KeyHelpMountProps): ViewHandle<KeyHelpMountProps>;
  /** What is said of a change to the SOP progress not saved, where the SOP view is not (the list's stage bar). */
  mountSaveFailed(container: HTMLElement, props: SaveFailedMountProps): ViewHandle<SaveFailedMountProps>;
  /** What is said when forgetting the pointed layout was refused by the storage (under the site layout bar). */
  mountForgetFailed(container: HTMLElement, props: ForgetFailedMountProps): ViewHandle<ForgetFailedMountProps>;
  /** Why the suggestions come from the built-in packs only (the pack storage refused: a full disk, or it will not open). */
  mountBuiltInOnly(container: HTMLElement, props: BuiltInOnlyMountProps): ViewHandle<BuiltInOnlyMountProps>;
  /**
   * The element picker with its panel: the agent points at the message area and the reply box, and the profile
   * is saved for this origin. Unmounting stops a pick under way (nothing saved).
   */
  mountPicker(container: HTMLElement, props: PickerMountProps): ViewHandle<PickerMountProps>;
  /** The template palette renders into a container in a shadow root; `clear` takes it away. */
  showPalette(container: HTMLElement, options: PaletteOptions): void;
  /**
   * A template the agent asked for at the caret (a shortcut, the palette's pick): its fill-in form in the container
   * when it has fields, then expanded, inserted, learnt and recorded. Resolves when done or cancelled.
   */
  insertTemplate(container: HTMLElement, options: InsertTemplateOptions): Promise<void>;
  /**
   * The reading a shortcut or a pick fills its template from, once it names the customer of the ticket it names (a
   * page opened a moment ago may still be loading that part): `readPage` again at each change while the page is young.
   */
  settledPage(readPage: () => Promise<PageConversation>): Promise<PageConversation>;
  /**
   * Keys the agent typed into the editor while a template went in (held by the content script, which may add more
   * meanwhile), typed in order once it is in; a Tab among them expands the shortcut before it when `expand` knows it
   * (true: the rest waits for that template), else does Tab's job. True when an expansion took over.
   */
  typeHeld(held: string[], expand: (root: HTMLElement | null) => boolean): Promise<boolean>;
  clear(container: HTMLElement): void;
  /** Where the page has no room beside the panel: the agent's typing it steps aside for, and the tab's place. */
  watchFolding(options: FoldWatchOptions): { place(): void };
}

declare global {
  var __odigosExtras: ExtrasApi | undefined;
}
