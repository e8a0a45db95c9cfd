/**
 * The CRM reading module: importing it registers every helpdesk adapter. The element picker and the profile
 * store are separate imports (lib/crm/picker, lib/crm/site-profiles) so the content script loads them only
 * when the agent asks.
 */
import './adapters/zendesk';
import './adapters/freshdesk';
import './adapters/hubspot';
import './adapters/salesforce';
import './adapters/zammad';
import './adapters/intercom';
import './adapters/helpscout';
import './adapters/gmail';
import './adapters/front';

export { pickAdapter, readConversation, registeredAdapters, type ConversationRead } from './registry';
export { genericAdapter } from './generic';
export { profileAdapter } from './profile-adapter';
export { watchConversation, type ConversationWatch } from './watch';
export { describeSnapshot } from './describe';
export { AdapterError, type ConversationSnapshot, type CrmAdapter, type Person } from './types';
