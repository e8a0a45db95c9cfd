import { browser } from 'wxt/browser';
import { request } from '../messages';
import { removeDraftUpTo, writeDraft } from '../store/notes-drafts';
import { notesChangedItem } from '../store/notes-items';
import type { NotesTransport } from './session';

/** The notes editor's way to storage in the extension's documents: through the background, drafts stored at once. */
export const backgroundTransport: NotesTransport = {
  get: (interactionId) => request('notes.get', { interactionId }),
  save: (req) => request('notes.save', req),
  writeDraft,
  removeDraft: removeDraftUpTo,
  watch: (cb) => notesChangedItem.watch((v) => v && cb(v)),
  beacon: (req) => {
    browser.runtime.sendMessage({ odigos: 'notes.save', payload: req }).catch(() => undefined);
  },
};
