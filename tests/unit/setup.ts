// The generic reader comes with the extras bundle in the browser; unit tests read with it directly.
import '@/lib/crm/generic-reader';
