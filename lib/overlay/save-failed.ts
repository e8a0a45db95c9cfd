import type { SopEntry } from '@/knowledge/types';
import type { SaveFailure } from './progress';
import type { ShownFailure } from '../failure';

/** A template an SOP's step links that did not open (gone from its pack, or the background silent): said under that step. */
export interface LinkFailed {
  /** The SOP whose step linked it, and the template. */
  sopId: string;
  templateId: string;
  failed: ShownFailure;
}

/**
 * A change to the progress that could not be stored (the agent's tick was taken back), and why. Apart from the
 * session (which messages the background) so the views that show it import nothing that reaches the browser.
 */
export interface SaveFailed {
  change: { kind: 'step'; packId: string; entry: SopEntry; step: number; done: boolean } | { kind: 'resolved'; resolved: boolean };
  why: SaveFailure;
}

/** The step of this SOP whose change was not saved, if any: the SOP view says it under that step, where the agent ticked. */
export const failedStep = (sopId: string, failed: SaveFailed | undefined): number | undefined =>
  failed?.change.kind === 'step' && failed.change.entry.id === sopId ? failed.change.step : undefined;
