import { describe, expect, it } from 'vitest';
import { readTypedDay, readTypedWhen, typedDay, typedWhen } from '@/lib/notes/typed-date';

/**
 * The notes' dates typed day first in both languages: the browser's own fields were month first on an English
 * Chrome («12/10/2026, 02:00 PM» for 10 December, 14:00), whatever language the agent chose.
 */
describe('dates typed day first', () => {
  const dec10 = new Date(2026, 11, 10, 14, 0).getTime();

  it('writes the day first, hours 0–23', () => {
    expect(typedWhen(dec10)).toBe('10/12/2026 14:00');
    expect(typedDay(new Date(2026, 1, 3, 9, 5).getTime())).toBe('03/02/2026');
    expect(typedWhen(new Date(2026, 1, 3, 9, 5).getTime())).toBe('03/02/2026 09:05');
  });

  it('reads what it writes, the day first with / . or -, and ISO with the year first', () => {
    expect(readTypedWhen('10/12/2026 14:00')).toBe(dec10);
    expect(readTypedWhen(' 10.12.2026  14.00 ')).toBe(dec10);
    expect(readTypedWhen('10-12-2026, 14:00')).toBe(dec10);
    expect(readTypedWhen('2026-12-10T14:00')).toBe(dec10);
    expect(readTypedDay('1/2/2026')).toBe(new Date(2026, 1, 1).getTime());
    expect(readTypedDay('2026-02-01')).toBe(new Date(2026, 1, 1).getTime());
  });

  it('an empty field is no date; what does not read as one is undefined, never another day', () => {
    expect(readTypedWhen('  ')).toBeNull();
    expect(readTypedDay('')).toBeNull();
    // Month first, as an American date: the 31st month does not exist, and it is not read as 12 December.
    expect(readTypedWhen('12/31/2026 14:00')).toBeUndefined();
    expect(readTypedDay('31/02/2026')).toBeUndefined();
    expect(readTypedWhen('10/12/2026')).toBeUndefined();
    expect(readTypedWhen('10/12/2026 24:00')).toBeUndefined();
    expect(readTypedWhen('10/12/2026 14:0')).toBeUndefined();
    expect(readTypedWhen('10/12/2026 2:00 PM')).toBeUndefined();
    expect(readTypedDay('10/12/26')).toBeUndefined();
    expect(readTypedDay('αύριο')).toBeUndefined();
  });
});
