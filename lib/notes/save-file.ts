/**
 * Hands an exported file to the agent and knows what became of it. A download link cannot know: a policy that
 * blocks downloads, or a Save-as dialog cancelled, left the page saying the file was saved. Where the page has the
 * browser's save dialog (window.showSaveFilePicker: Chromium, no permission needed) it is used, so a cancel is
 * known and the file is written where and under the name the agent chose; elsewhere (Firefox) the download link is
 * kept and the outcome is said as what it is: the browser was asked.
 */

import { downloadText } from './download';

/** The part of the File System Access API used here (not in TypeScript's DOM types). */
export type SavePicker = (options: {
  suggestedName: string;
  types?: Array<{ description?: string; accept: Record<string, string[]> }>;
}) => Promise<{ name: string; createWritable(): Promise<SaveWritable> }>;

export interface SaveWritable {
  write(data: Blob): Promise<void>;
  close(): Promise<void>;
  abort(reason?: unknown): Promise<void>;
}

/** A file to hand over: its name, bytes and MIME type. */
export interface FileToSave {
  name: string;
  data: string | ArrayBuffer;
  type: string;
}

export type SaveOutcome =
  /** Written and closed where the agent chose; `name` is the name chosen (the dialog lets the agent change it). */
  | { how: 'written'; name: string }
  /** The agent closed the dialog: nothing written. */
  | { how: 'cancelled' }
  /** The download link was clicked: the browser may still block it or its own dialog be cancelled, unseen here. */
  | { how: 'asked'; name: string }
  /** The chosen file could not be written (a full disk, a folder refused); `reason` is the browser's English. */
  | { how: 'unwritten'; name: string; reason: string };

export interface SaveDeps {
  /** The browser's save dialog, where the page has one. */
  picker?: SavePicker;
  /** The download link (lib/notes/download.ts). */
  download(name: string, data: string | ArrayBuffer, type: string): void;
}

const errorName = (e: unknown) => (e instanceof Error || e instanceof DOMException ? e.name : '');
const reasonOf = (e: unknown) => (e instanceof Error || e instanceof DOMException ? e.message || e.name : String(e));

/** The dialog's file type: the MIME type without its parameters (the picker refuses "text/csv;charset=utf-8"). */
function fileType(file: FileToSave) {
  const dot = file.name.lastIndexOf('.');
  return dot > 0 ? [{ accept: { [file.type.split(';')[0]!.trim()]: [file.name.slice(dot)] } }] : undefined;
}

export async function saveFile(file: FileToSave, deps: SaveDeps): Promise<SaveOutcome> {
  const asked = (): SaveOutcome => {
    deps.download(file.name, file.data, file.type);
    return { how: 'asked', name: file.name };
  };
  if (!deps.picker) return asked();
  let handle: Awaited<ReturnType<SavePicker>>;
  try {
    handle = await deps.picker({ suggestedName: file.name, types: fileType(file) });
  } catch (e) {
    if (errorName(e) === 'AbortError') return { how: 'cancelled' };
    // The dialog would not open: the click's activation was spent while a large file was made (it lasts seconds), or
    // a policy keeps the page from it. The download link still works then, and is said as such.
    if (errorName(e) === 'SecurityError' || errorName(e) === 'NotAllowedError') return asked();
    throw e;
  }
  let writable: SaveWritable | undefined;
  try {
    writable = await handle.createWritable();
    await writable.write(new Blob([file.data], { type: file.type }));
    await writable.close();
    return { how: 'written', name: handle.name };
  } catch (e) {
    // Chromium writes beside the file and moves it into place on close: aborting drops that half-written copy.
    await writable?.abort().catch(() => undefined);
    return { how: 'unwritten', name: handle.name, reason: reasonOf(e) };
  }
}

/** An extension page's own ways: its save dialog where the browser gives it one (read at each save), else the link. */
export function pageSaveDeps(): SaveDeps {
  const picker = (window as unknown as { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
  return { picker: typeof picker === 'function' ? picker.bind(window) : undefined, download: downloadText };
}
