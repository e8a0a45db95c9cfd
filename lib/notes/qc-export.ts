import { parquetWriteBuffer } from 'hyparquet-writer';
import { buildQcRows, maskNote, type QcExportMeta } from '@/knowledge/qc/records';
import { pseudonymsFor } from '@/knowledge/qc/mask';
import { COLUMN_NAMES, COLUMNS, type QcPart, type QcRow } from '@/knowledge/qc/schema';
import type { Note } from './model';

/**
 * The export made for aggregation (docs/qc-export.md): every note of the period as QC rows, masked unless the
 * agent turns masking off, as JSON Lines (one row a line) or Parquet (one column per schema column).
 */
export interface QcExportOptions {
  agentId: string;
  agent?: string;
  team?: string;
  omit?: readonly QcPart[];
  mask: boolean;
  key?: CryptoKey;
  from?: number;
  to?: number;
  now?: number;
}

const randomId = () => Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');

export async function qcRows(notes: readonly Note[], options: QcExportOptions): Promise<QcRow[]> {
  const now = options.now ?? Date.now();
  const to = options.to ?? now;
  const inPeriod = notes.filter((n) => n.updatedAt >= (options.from ?? -Infinity) && n.createdAt <= to);
  const sorted = [...inPeriod].sort((a, b) => a.createdAt - b.createdAt || a.interactionId.localeCompare(b.interactionId));
  const pseudonyms = options.mask && options.key ? await pseudonymsFor(sorted.map((n) => n.fields.customer), options.key) : new Map<string, string>();
  const ready = options.mask ? sorted.map((n) => maskNote(n, {}, pseudonyms)) : sorted;
  const meta: QcExportMeta = {
    exportId: randomId(),
    exportedAt: now,
    periodFrom: options.from,
    periodTo: to,
    agentId: options.agentId,
    agent: options.agent,
    team: options.team,
    masked: options.mask,
    omit: options.omit,
  };
  return buildQcRows(ready, meta);
}

export function toJsonLines(rows: readonly QcRow[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

const PARQUET_TYPE = {
  VARCHAR: 'STRING',
  TIMESTAMP: 'TIMESTAMP',
  BIGINT: 'INT64',
  DOUBLE: 'DOUBLE',
  BOOLEAN: 'BOOLEAN',
  'VARCHAR[]': 'JSON',
  'BIGINT[]': 'JSON',
} as const;

/** Parquet with every schema column (lists as JSON text, the JSON logical type); empty columns are left out. */
export function toParquet(rows: readonly QcRow[]): ArrayBuffer {
  const columnData = COLUMN_NAMES.flatMap((name) => {
    const type = PARQUET_TYPE[COLUMNS[name].type];
    const data = rows.map((r) => {
      const v = r[name];
      if (v === undefined || v === null) return null;
      if (type === 'TIMESTAMP') return new Date(v as string);
      if (type === 'INT64') return BigInt(v as number);
      return v;
    });
    return data.some((v) => v !== null) ? [{ name, data, type }] : [];
  });
  return parquetWriteBuffer({ columnData });
}
