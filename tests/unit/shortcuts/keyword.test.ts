import { describe, expect, it } from 'vitest';
import { findTypedShortcut } from '@/lib/shortcuts/keyword';

describe('findTypedShortcut', () => {
  it('finds the keyword after the trigger at the caret', () => {
    expect(findTypedShortcut('Hello /sorry', '/')).toEqual({ keyword: 'sorry', start: 6 });
    expect(findTypedShortcut('/sorry', '/')).toEqual({ keyword: 'sorry', start: 0 });
  });

  it('takes Greek, accented and wrong-layout keywords as typed', () => {
    expect(findTypedShortcut('/σορρυ', '/')?.keyword).toBe('σορρυ');
    expect(findTypedShortcut('(/καλημέρα', '/')?.keyword).toBe('καλημέρα');
    expect(findTypedShortcut('/kalhsp;era', '/')?.keyword).toBe('kalhsp;era');
    expect(findTypedShortcut('/dbl-refund', '/')?.keyword).toBe('dbl-refund');
  });

  it('ignores a trigger inside a word or URL, after spaces, or with nothing after it', () => {
    expect(findTypedShortcut('see https://x.gr/sorry', '/')).toBeNull();
    expect(findTypedShortcut('and/or', '/')).toBeNull();
    expect(findTypedShortcut('/sorry now', '/')).toBeNull();
    expect(findTypedShortcut('/', '/')).toBeNull();
    expect(findTypedShortcut('no trigger', '/')).toBeNull();
  });

  it('honours another trigger', () => {
    expect(findTypedShortcut('Hi ;;bye', ';;')).toEqual({ keyword: 'bye', start: 3 });
    expect(findTypedShortcut('Hi /bye', ';;')).toBeNull();
  });
});
