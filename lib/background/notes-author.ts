import type { NotesAuthor } from '../notes/export';
import { qcAgentId } from '../store/qc-identity';
import { getSettings } from '../store/settings';
import { getPolicy } from './policy';

/**
 * Who this agent is to a notes export, and to an import: this browser profile's random agent id and the display
 * name the agent chose (left out where the organisation leaves names out of what leaves the browser, policy
 * qcExportOmit). An export carries them so that restoring it is known as the agent's own backup (lib/notes/import).
 */
export async function notesAuthor(): Promise<NotesAuthor> {
  const [agentId, settings, policy] = await Promise.all([qcAgentId(), getSettings(), getPolicy()]);
  const agent = policy.qcExportOmit?.includes('agentName') ? '' : settings.agentName.trim();
  return agent ? { agentId, agent } : { agentId };
}
