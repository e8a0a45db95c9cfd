import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { memoryList, type ListArea } from '../list-area';

/**
 * storage.session where the browser has it (Chrome MV3, Firefox 115+), else the service worker's memory: the list
 * outlives the service worker stopped in between (idle, or killed by the browser), and is still never written to
 * disk nor open to content scripts or pages (storage.session's default access level).
 */
export function sessionList<T>(key: `session:${string}`): ListArea<T> {
  if (!browser.storage?.session) return memoryList<T>();
  const item = storage.defineItem<T[]>(key, { fallback: [] });
  return { get: () => item.getValue(), set: (list) => item.setValue(list) };
}
