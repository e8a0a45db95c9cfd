// The generic reader comes with the extras bundle in the browser; unit tests read with it directly.
import '@/lib/crm/generic-reader';

// The CLI remembers the packs it checked (knowledge/cli/checked-packs.ts) in the user's cache folder: tests check
// every pack in full and leave no files behind, except the test of that memory, which gives its own folder.
process.env.ODIGOS_CACHE ??= 'off';
