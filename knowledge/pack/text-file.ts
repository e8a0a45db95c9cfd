/** Decoding a pack file: UTF-8 only, no binary content; BOM removed and line endings made '\n'. */

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.includes(0)) return { ok: false, message: 'binary file (expected UTF-8 text)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: 'not valid UTF-8 text (save the file as UTF-8)' };
  }
  return { ok: true, text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}
