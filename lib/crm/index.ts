/**
 * The CRM reading module: importing it registers every helpdesk adapter (adapter-list.ts). The element picker and the profile
 * store are separate imports (lib/crm/picker, lib/crm/site-profiles) so the content script loads them only
 * when the agent asks.
 */

export { pickAdapter, readConversation, registeredAdapters, type ConversationRead } from './registry';
export { genericAdapter } from './generic';
export { profileAdapter } from './profile-adapter';
export { watchConversation, type ConversationWatch } from './watch';
export { describeSnapshot } from './describe';
export { AdapterError, type ConversationSnapshot, type CrmAdapter, type Person } from './types';
