/** Masking is pure and shared with the `odigos qc` command line (older exports are masked on the way in). */
export * from '@/knowledge/qc/mask';
