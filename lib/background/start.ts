import { browser } from 'wxt/browser';
import { injectIntoOpenTabs, serveSiteAccess, syncRegistrations } from './site-access';
import { relayCommands } from './commands';
import { startNotes } from './notes-service';
import { getActivePacksWithLayers } from './active-packs';
import { isEscalation } from '@/knowledge/qc/confidence';
import { serveKnowledge } from './knowledge-service';
import { serveTemplates } from './templates-service';
import { serveActivePacksEngine } from './pack-engine';
import { startPackDistribution } from './pack-service';
import { servePackSiteProfiles } from './pack-site-profiles';
import { serveExtras } from './extras';
import { serveReadings } from './readings';
import { relayNotesFrames } from './notes-frame-relay';
import { serveProgress } from './progress-service';

/** Everything the service worker does, wired in one place; each module owns its own listeners. */
export function startBackground(): void {
  serveSiteAccess();
  // First, before anything slower: agent-enabled sites must get their content script back at once.
  void syncRegistrations();
  relayCommands();
  // Every panel's SOP progress is written here, one change after another (lib/background/progress-service.ts).
  serveProgress();
  // QC exports name the pack version each SOP and template came from, and which ones are escalations.
  startNotes(async (packId, entryId) => {
    const pack = (await getActivePacksWithLayers()).find((p) => p.pack.meta.id === packId)?.pack;
    return pack && { version: pack.meta.version, escalation: isEscalation(pack.entries.find((e) => e.id === entryId)) };
  });
  // One matcher over the active packs, for suggestions, shortcuts and the palette alike.
  const { engine } = serveActivePacksEngine();
  serveKnowledge(engine);
  serveTemplates(engine);
  startPackDistribution();
  servePackSiteProfiles();
  serveExtras();
  // A ticket's reply page without its conversation goes on from the reading of its conversation page.
  serveReadings();
  // Firefox's notes frames reach their overlay through here (they have no tabs API).
  relayNotesFrames();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    const sync = syncRegistrations();
    // Updated (a reload counts): the open CRM tabs get this version now, not at their next load.
    if (reason === 'update') void sync.then(injectIntoOpenTabs).catch(() => undefined);
  });
}
