/** Copy text for the agent: the async clipboard where the page allows it, else a hidden textarea and copy. */
export async function copyText(text: string, scratchParent: Node = document.body): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Not focused or not allowed on this page: fall through to the older way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'odigos-scratch';
  scratchParent.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('the browser refused to copy');
}
