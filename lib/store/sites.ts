import { storage } from 'wxt/utils/storage';

/**
 * Which sites the agent switched on or off. Known CRMs are on unless switched off; other sites are off
 * unless switched on (which also needs the optional host permission for that origin).
 */
export interface SiteChoices {
  /** Origin patterns ("https://support.example.com/*") the agent enabled. */
  enabled: string[];
  /** Origins ("https://acme.zendesk.com") the agent switched off, known CRMs included. */
  disabled: string[];
}

export const siteChoicesItem = storage.defineItem<SiteChoices>('local:sites', {
  fallback: { enabled: [], disabled: [] },
  version: 1,
});

/** Per-site overlay placement, remembered across reloads. */
export interface OverlayPlacement {
  collapsed: boolean;
  side: 'left' | 'right';
}

export const overlayPlacementItem = storage.defineItem<Record<string, OverlayPlacement>>(
  'local:overlayPlacement',
  { fallback: {}, version: 1 },
);

export async function getOverlayPlacement(origin: string): Promise<OverlayPlacement> {
  const all = await overlayPlacementItem.getValue();
  return all[origin] ?? { collapsed: false, side: 'right' };
}

export async function setOverlayPlacement(origin: string, placement: OverlayPlacement): Promise<void> {
  const all = await overlayPlacementItem.getValue();
  await overlayPlacementItem.setValue({ ...all, [origin]: placement });
}
