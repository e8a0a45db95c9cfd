/** The words of a thrown value: an Error's message, anything else as a string (a rejection may carry any value). */
export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
