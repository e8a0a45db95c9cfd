import { browser } from 'wxt/browser';
import { resolveUiLang, type UiLang } from '../ui-lang';
import type { Note } from '../notes/model';
import { sayNotes } from '../notes/strings';
import { shortWhen } from '../notes/when';
import type { NotesRepo } from '../store/notes-db';
import { getSettings } from '../store/settings';

/**
 * Promised call-backs: an alarm per note with a follow-up time, a notification when it comes, and a click on the
 * notification opens the ticket. A daily alarm purges notes past their retention. Alarms survive service worker
 * restarts; they are re-synced on start-up anyway.
 */
export const FOLLOW_UP_ALARM = 'odigos-followup:';
export const PURGE_ALARM = 'odigos-notes-purge';
const DAY_MINUTES = 24 * 60;
/** A small teal "Ο" for the notification (the extension ships no icon files yet). */
const ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAdklEQVR4nO3W0QkAIQwDUDdwU/f/0wVOTJrKVUjBz8QnHKetjzH/XM0AAyKh3VwFsJMKiE4KQB0JwJZGEFtA9ERsjgIoH6wMQDdn858AdXOmxwADagIyEGj+nR8RimBzdS+jUyk6p/76D5IoAu1951F6axlgwAJuKICQPnXP2wAAAABJRU5ErkJggg==';

export interface Reminders {
  set(interactionId: string, when: number): Promise<void>;
  clear(interactionId: string): Promise<void>;
}

/** What a note needs: an alarm at its follow-up time unless resolved or already reminded for that time. */
export async function syncReminder(reminders: Reminders, note: Note): Promise<void> {
  const at = note.fields.followUpAt;
  if (at !== null && note.fields.status !== 'resolved' && note.remindedFor !== at) {
    await reminders.set(note.interactionId, at);
  } else {
    await reminders.clear(note.interactionId);
  }
}

export const alarmReminders: Reminders = {
  async set(interactionId, when) {
    // An alarm in the past fires at once: a follow-up already due is shown now.
    await browser.alarms.create(FOLLOW_UP_ALARM + interactionId, { when: Math.max(when, Date.now() + 1000) });
  },
  async clear(interactionId) {
    await browser.alarms.clear(FOLLOW_UP_ALARM + interactionId);
  },
};

/** The call-back notification's words in the UI language: the ticket, when it was promised, to whom. */
export function reminderText(note: Note, lang: UiLang): { title: string; message: string; contextMessage: string } {
  const when = shortWhen(new Date(note.fields.followUpAt!).getTime(), lang);
  return {
    title: sayNotes('notes.reminder.title', lang),
    message: [note.label || note.url, when, note.fields.customer].filter(Boolean).join(' — '),
    contextMessage: sayNotes('notes.reminder.open', lang),
  };
}

async function notify(note: Note): Promise<void> {
  const lang = resolveUiLang((await getSettings()).uiLang);
  await browser.notifications.create(FOLLOW_UP_ALARM + note.interactionId, { type: 'basic', iconUrl: ICON, ...reminderText(note, lang), priority: 2 });
}

export function startReminders(repo: NotesRepo, purge: () => Promise<number>): Reminders {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PURGE_ALARM) {
      void purge();
      return;
    }
    if (!alarm.name.startsWith(FOLLOW_UP_ALARM)) return;
    const id = alarm.name.slice(FOLLOW_UP_ALARM.length);
    void (async () => {
      const note = await repo.update(id, (n) =>
        n && n.fields.followUpAt !== null && n.fields.status !== 'resolved' ? { ...n, remindedFor: n.fields.followUpAt } : undefined,
      );
      if (note && note.remindedFor === note.fields.followUpAt && note.fields.status !== 'resolved') await notify(note);
    })();
  });
  browser.notifications.onClicked.addListener((notificationId) => {
    if (!notificationId.startsWith(FOLLOW_UP_ALARM)) return;
    void (async () => {
      const note = await repo.get(notificationId.slice(FOLLOW_UP_ALARM.length));
      if (note?.url) await browser.tabs.create({ url: note.url });
      await browser.notifications.clear(notificationId);
    })();
  });
  const ensure = async () => {
    if (!(await browser.alarms.get(PURGE_ALARM))) {
      await browser.alarms.create(PURGE_ALARM, { delayInMinutes: 1, periodInMinutes: DAY_MINUTES });
    }
    for (const note of await repo.all()) if (note.fields.followUpAt !== null) await syncReminder(alarmReminders, note);
  };
  browser.runtime.onStartup.addListener(() => void ensure());
  browser.runtime.onInstalled.addListener(() => void ensure());
  return alarmReminders;
}
