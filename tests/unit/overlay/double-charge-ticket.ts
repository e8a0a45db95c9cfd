import type { ConversationSnapshot } from '@/lib/crm/types';

/** A ticket on an unknown desk, read with strong evidence: a customer charged twice (the panel's failure tests). */
export const doubleChargeTicket: ConversationSnapshot = {
  adapter: 'generic',
  interactionId: 'generic:desk.example:48213',
  ticketId: '48213',
  customer: {},
  agent: {},
  customerMessages: ['Με χρεώσατε δύο φορές για την ίδια παραγγελία.'],
  latestCustomerMessage: 'Με χρεώσατε δύο φορές για την ίδια παραγγελία.',
  evidence: 'strong',
};
