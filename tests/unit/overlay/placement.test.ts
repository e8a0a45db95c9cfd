import { describe, expect, it } from 'vitest';
import { foldAfter, MIN_PAGE_WIDTH, reachesBand, roomBeside, TAB, tabTop } from '@/lib/overlay/placement';

describe('room beside the panel', () => {
  it('is 900 px of page beside it: 1280 px at 100 % has it, 150 % and 200 % zoom and a narrow window do not', () => {
    expect(roomBeside(1280, 300)).toBe(true);
    expect(roomBeside(1400, 500)).toBe(true);
    expect(roomBeside(853, 300)).toBe(false); // 1280×720 at 150 %
    expect(roomBeside(683, 300)).toBe(false); // 1366×768 at 200 %
    expect(roomBeside(1000, 300)).toBe(false);
    expect(roomBeside(MIN_PAGE_WIDTH + 260, 260)).toBe(true);
  });

  it('a box reaches under the panel when it crosses the panel’s inner edge, on either side', () => {
    const reply = { left: 277, right: 646, top: 150, bottom: 350 };
    expect(reachesBand(reply, 'right', 300, 683)).toBe(true);
    expect(reachesBand(reply, 'right', 34, 683)).toBe(false); // the tab's strip: 646 < 649
    expect(reachesBand(reply, 'left', 300, 683)).toBe(true);
    expect(reachesBand(reply, 'left', 260, 683)).toBe(false);
    expect(reachesBand({ left: 700, right: 700, top: 0, bottom: 10 }, 'right', 300, 1000)).toBe(false); // no width: not drawn
  });
});

describe('the fold', () => {
  it('starts folded for now where the page has no room, open where it has, and as the agent left it always', () => {
    expect(foldAfter('open', { kind: 'start', room: false })).toBe('yielded');
    expect(foldAfter('open', { kind: 'start', room: true })).toBe('open');
    expect(foldAfter('chosen', { kind: 'start', room: true })).toBe('chosen');
    expect(foldAfter('chosen', { kind: 'start', room: false })).toBe('chosen');
  });

  it('the open panel steps aside when the agent types in a field under it, only where there is no room', () => {
    expect(foldAfter('open', { kind: 'typing', room: false, under: true })).toBe('yielded');
    // Docked beside the page, nothing lies under it; a field clear of the panel needs nothing.
    expect(foldAfter('open', { kind: 'typing', room: true, under: true })).toBe('open');
    expect(foldAfter('open', { kind: 'typing', room: false, under: false })).toBe('open');
  });

  it('the agent’s choice ends the fold for now, and nothing else folds or opens it for good', () => {
    expect(foldAfter('yielded', { kind: 'choose', collapsed: false })).toBe('open');
    expect(foldAfter('yielded', { kind: 'choose', collapsed: true })).toBe('chosen');
    expect(foldAfter('chosen', { kind: 'choose', collapsed: false })).toBe('open');
    const events = [
      { kind: 'start', room: false },
      { kind: 'start', room: true },
      { kind: 'typing', room: false, under: true },
      { kind: 'resize', room: false, before: true },
      { kind: 'resize', room: true, before: false },
    ] as const;
    for (const event of events) {
      expect(foldAfter('open', event)).not.toBe('chosen');
      expect(foldAfter('yielded', event)).not.toBe('chosen');
      expect(foldAfter('chosen', event)).toBe('chosen');
    }
  });

  it('a window narrowed under the panel folds it for now; widened again, it opens docked; other resizes change nothing', () => {
    expect(foldAfter('open', { kind: 'resize', room: false, before: true })).toBe('yielded');
    expect(foldAfter('yielded', { kind: 'resize', room: true, before: false })).toBe('open');
    // Opened by the agent over a narrow page: a resize that leaves it narrow does not fold it.
    expect(foldAfter('open', { kind: 'resize', room: false, before: false })).toBe('open');
    expect(foldAfter('yielded', { kind: 'resize', room: false, before: false })).toBe('yielded');
  });
});

describe('the tab’s place', () => {
  it('is at 40 % of the height when nothing is in its way', () => {
    expect(tabTop(384)).toBe(154);
    expect(tabTop(384, { top: 250, bottom: 380 })).toBe(154);
    expect(tabTop(384, { top: 0, bottom: 100 })).toBe(154);
  });

  it('goes just above or below the reply box, whichever is nearer and inside the window', () => {
    // The box from 150 to 350 at 384 px high: below does not fit, above does.
    expect(tabTop(384, { top: 150, bottom: 350 })).toBe(150 - TAB.gap - TAB.height);
    // 40 % of 800 is 320: below a box from 300 to 340 (348) is nearer than above it (244).
    expect(tabTop(800, { top: 300, bottom: 340 })).toBe(348);
    expect(tabTop(800, { top: 310, bottom: 500 })).toBe(310 - TAB.gap - TAB.height);
  });

  it('stays where it was when the box is as high as the window (nowhere is clear of it)', () => {
    expect(tabTop(400, { top: 20, bottom: 390 })).toBe(160);
  });
});
