/** Save text as a file from an extension page (an object URL and a click; no permission needed). */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const exportFileName = (ext: 'csv' | 'json', now = new Date()) =>
  `odigos-notes-${now.toISOString().slice(0, 10)}.${ext}`;
