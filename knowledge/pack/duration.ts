const UNIT_MINUTES = { m: 1, h: 60, d: 24 * 60 } as const;

/** `15m`, `2h`, `1d`, `1.5h` → minutes; undefined when it is not such a duration. Days are calendar days. */
export function parseDuration(value: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([mhd])\s*$/.exec(value);
  if (!m) return undefined;
  return Math.round(Number(m[1]) * UNIT_MINUTES[m[2] as keyof typeof UNIT_MINUTES]);
}
