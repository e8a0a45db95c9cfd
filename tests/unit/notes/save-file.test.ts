import { describe, expect, it, vi } from 'vitest';
import { saveFile, type SavePicker, type SaveWritable } from '@/lib/notes/save-file';

/**
 * Handing an export to the agent: through the browser's save dialog where the page has one (a cancel is known, the
 * chosen name said), else the download link (only «asked»). It said «saved» after a download the browser blocked.
 */
const file = { name: 'odigos-notes-2026-12-07.csv', data: 'a,b\n', type: 'text/csv;charset=utf-8' };
const domError = (name: string, message = name) => new DOMException(message, name);

function writable(fail?: Error): SaveWritable & { written: Blob[]; closed: boolean; aborted: boolean } {
  const w = {
    written: [] as Blob[],
    closed: false,
    aborted: false,
    write: async (data: Blob) => {
      if (fail) throw fail;
      w.written.push(data);
    },
    close: async () => void (w.closed = true),
    abort: async () => void (w.aborted = true),
  };
  return w;
}

describe('saving an export', () => {
  it('with the save dialog: written where and under the name the agent chose, with the MIME type the dialog accepts', async () => {
    const w = writable();
    const picker = vi.fn<SavePicker>(async () => ({ name: 'my-notes.csv', createWritable: async () => w }));
    const download = vi.fn();
    expect(await saveFile(file, { picker, download })).toEqual({ how: 'written', name: 'my-notes.csv' });
    expect(picker).toHaveBeenCalledWith({ suggestedName: file.name, types: [{ accept: { 'text/csv': ['.csv'] } }] });
    expect(await w.written[0]!.text()).toBe('a,b\n');
    expect(w.closed).toBe(true);
    expect(download).not.toHaveBeenCalled();
  });

  it('a cancelled dialog is known: nothing written, nothing downloaded', async () => {
    const download = vi.fn();
    const picker: SavePicker = () => Promise.reject(domError('AbortError', 'The user aborted a request.'));
    expect(await saveFile(file, { picker, download })).toEqual({ how: 'cancelled' });
    expect(download).not.toHaveBeenCalled();
  });

  it('a write that fails (a full disk) is said with the browser\'s reason, and the half-written copy dropped', async () => {
    const w = writable(domError('QuotaExceededError', 'The disk is full.'));
    const picker: SavePicker = async () => ({ name: 'odigos-notes-2026-12-07.csv', createWritable: async () => w });
    expect(await saveFile(file, { picker, download: vi.fn() })).toEqual({ how: 'unwritten', name: file.name, reason: 'The disk is full.' });
    expect(w.aborted).toBe(true);
    expect(w.closed).toBe(false);
  });

  it('a file the browser will not open for writing is said as not written too', async () => {
    const picker: SavePicker = async () => ({ name: 'x.csv', createWritable: () => Promise.reject(domError('NotAllowedError', 'Permission denied.')) });
    expect(await saveFile(file, { picker, download: vi.fn() })).toEqual({ how: 'unwritten', name: 'x.csv', reason: 'Permission denied.' });
  });

  it('without the dialog (Firefox): the download link, said as asked of the browser, not as saved', async () => {
    const download = vi.fn();
    expect(await saveFile(file, { download })).toEqual({ how: 'asked', name: file.name });
    expect(download).toHaveBeenCalledWith(file.name, file.data, file.type);
  });

  it('a dialog that will not open (the click\'s activation spent while a large file was made) falls back to the link', async () => {
    const download = vi.fn();
    const picker: SavePicker = () => Promise.reject(domError('SecurityError', 'Must be handling a user gesture to show a file picker.'));
    expect(await saveFile(file, { picker, download })).toEqual({ how: 'asked', name: file.name });
    expect(download).toHaveBeenCalledOnce();
  });

  it('any other refusal of the dialog is thrown (the page says the export failed, with why)', async () => {
    const picker: SavePicker = () => Promise.reject(new TypeError('Invalid type'));
    await expect(saveFile(file, { picker, download: vi.fn() })).rejects.toThrow('Invalid type');
  });
});
