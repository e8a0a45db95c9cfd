/** Save text (or bytes) as a file from an extension page (an object URL and a click; no permission needed). */
export function downloadText(filename: string, text: string | ArrayBuffer, type: string): void {
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

/** "odigos-qc-a-1f2e…-2026-03-14.jsonl": the agent id keeps two agents' files apart in one folder. */
export const qcFileName = (agentId: string, ext: 'jsonl' | 'parquet', now = new Date()) =>
  `odigos-qc-${agentId}-${now.toISOString().slice(0, 10)}.${ext}`;
