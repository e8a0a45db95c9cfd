import { stored } from '../stored';

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

export const siteChoicesItem = stored<SiteChoices>('local:sites', { enabled: [], disabled: [] });

/** Per-site overlay placement, remembered across reloads. */
export interface OverlayPlacement {
  collapsed: boolean;
  side: 'left' | 'right';
  /** The docked panel's width in CSS pixels, as the agent last dragged it on this site. */
  width?: number;
}

/** The panel's default width: a quarter of a 1280 px screen or less, so the helpdesk keeps its reply box in view. */
export const PANEL_WIDTH = 300;
export const PANEL_MIN_WIDTH = 260;
export const PANEL_MAX_WIDTH = 600;

/** A stored width kept within what the panel allows (an older or hand-edited value never breaks the page). */
export function panelWidth(placement: OverlayPlacement): number {
  const w = placement.width;
  return typeof w === 'number' && Number.isFinite(w) ? Math.round(Math.min(PANEL_MAX_WIDTH, Math.max(PANEL_MIN_WIDTH, w))) : PANEL_WIDTH;
}

export const overlayPlacementItem = stored<Record<string, OverlayPlacement>>('local:overlayPlacement', {});

export async function getOverlayPlacement(origin: string): Promise<OverlayPlacement> {
  const all = await overlayPlacementItem.getValue();
  return all[origin] ?? { collapsed: false, side: 'right', width: PANEL_WIDTH };
}

export async function setOverlayPlacement(origin: string, placement: OverlayPlacement): Promise<void> {
  const all = await overlayPlacementItem.getValue();
  await overlayPlacementItem.setValue({ ...all, [origin]: placement });
}
