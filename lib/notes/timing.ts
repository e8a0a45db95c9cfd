/** Timing is pure and shared with the QC export and `odigos qc` (knowledge/qc/timing.ts). */
export * from '@/knowledge/qc/timing';
