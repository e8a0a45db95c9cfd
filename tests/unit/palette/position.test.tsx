import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { Palette } from '@/components/palette/Palette';
import { FieldsForm } from '@/components/palette/FieldsForm';
import { placeNear, placementStyle } from '@/components/palette/position';
import { useRenderRoot } from '../overlay/render-root';

const VIEW = { width: 1280, height: 800 };
const SIZE = { width: 440, height: 420 };

describe('placeNear: beside the caret, inside the window', () => {
  it('opens below the caret line when there is room', () => {
    const p = placeNear({ x: 300, y: 100, height: 20 }, SIZE, VIEW);
    expect(p).toEqual({ left: 300, top: 124, maxHeight: 800 - 8 - 124 });
  });

  it('opens above the caret line, held by its bottom edge, when the caret is low on the screen', () => {
    const p = placeNear({ x: 300, y: 700, height: 20 }, SIZE, VIEW);
    // Its lower edge sits 4 px above the caret line whatever height the content takes.
    expect(p).toEqual({ left: 300, bottom: 800 - 696, maxHeight: 696 - 8 });
  });

  it('takes the roomier side, shortened, when it fits on neither', () => {
    const p = placeNear({ x: 300, y: 200, height: 20 }, SIZE, { width: 1280, height: 500 });
    expect(p.top).toBe(224);
    expect(p.maxHeight).toBe(500 - 8 - 224);
    const q = placeNear({ x: 300, y: 300, height: 20 }, SIZE, { width: 1280, height: 500 });
    expect(q.bottom).toBe(500 - 296);
    expect(q.maxHeight).toBe(296 - 8);
  });

  it('at 200 % zoom (a 683×384 CSS px window), takes the window’s height rather than a squeezed side', () => {
    const zoomed = { width: 683, height: 384 };
    // The caret in the middle: 205 px above, 159 below. Before: held above the line, 195 px high (three rows cut).
    const p = placeNear({ x: 300, y: 205, height: 20 }, SIZE, zoomed);
    expect(p).toEqual({ left: 683 - 440 - 8, top: 8, maxHeight: 384 - 16 });
    // More room below: pinned to the window's bottom, growing up only as far as its content needs.
    expect(placeNear({ x: 100, y: 150, height: 20 }, SIZE, zoomed)).toEqual({ left: 100, bottom: 8, maxHeight: 384 - 16 });
    // A form of one field (144 px) still fits beside the caret.
    expect(placeNear({ x: 100, y: 205, height: 20 }, { width: 360, height: 144 }, zoomed)).toEqual({ left: 100, top: 229, maxHeight: 384 - 8 - 229 });
  });

  it('in a window narrower than itself (200 % zoom on half a screen: 360 CSS px), takes the window’s width', () => {
    const p = placeNear({ x: 200, y: 100, height: 20 }, SIZE, { width: 360, height: 700 });
    // Before: 440 px wide from x = 8, its right 96 px (the shortcuts, the ends of titles) outside the window.
    expect(p).toEqual({ left: 8, top: 124, maxHeight: 700 - 8 - 124, maxWidth: 344 });
    expect(placementStyle(p).maxWidth).toBe('344px');
    // Wide enough: no limit given (the stylesheet's width holds).
    expect(placeNear({ x: 200, y: 100, height: 20 }, SIZE, VIEW).maxWidth).toBeUndefined();
  });

  it('keeps below the page\'s pinned bars (osTicket\'s fixed header and sticky ticket bar) where it has the room', () => {
    const view = { width: 1366, height: 768 };
    // osTicket at 1366×768, the reply box's caret at 388 px under 120 px of pinned bars: 376 px above the line but
    // only 260 of them below the bars, 348 px under it. Before: above, from y = 8, over the navigation and the ticket's bar.
    expect(placeNear({ x: 460, y: 388, height: 20, pinned: 120 }, SIZE, view)).toEqual({ left: 460, top: 412, maxHeight: 768 - 8 - 412 });
    expect(placeNear({ x: 460, y: 388, height: 20 }, SIZE, view).bottom).toBe(768 - 384);
    // Low on the screen, above the caret as before, stopping at the bars.
    expect(placeNear({ x: 460, y: 700, height: 20, pinned: 120 }, SIZE, view)).toEqual({ left: 460, bottom: 768 - 696, maxHeight: 696 - 124 });
    // Where the bars leave neither side its room, the popup lies over them rather than be squeezed.
    expect(placeNear({ x: 300, y: 205, height: 20, pinned: 120 }, SIZE, { width: 683, height: 384 })).toEqual({ left: 683 - 440 - 8, top: 8, maxHeight: 384 - 16 });
  });

  it('stays inside the window at the right edge', () => {
    expect(placeNear({ x: 1200, y: 100, height: 20 }, SIZE, VIEW).left).toBe(1280 - 440 - 8);
  });

  it('writes every value with its unit (Preact 11 drops bare numbers)', () => {
    expect(placementStyle({ left: 10.4, bottom: 96, maxHeight: 420 })).toEqual({ left: '10px', bottom: '96px', maxHeight: '420px' });
  });
});

describe('palette and fill-in form rendered where placeNear says', () => {
  const root = useRenderRoot();
  const anchor = { x: 200, y: 600, height: 20 };

  it('the palette carries its place as pixel values the browser applies', () => {
    render(
      <Palette anchor={anchor} theme="light" search={async () => []} preview={async () => ''} onPick={() => undefined} onClose={() => undefined} />,
      root(),
    );
    const box = root().querySelector<HTMLElement>('[role=dialog]')!;
    expect(box.style.left).toBe('200px');
    expect(box.style.bottom).toBe(`${innerHeight - 596}px`);
    expect(box.style.top).toBe('');
  });

  it('the fill-in form too', () => {
    render(<FieldsForm title="T" fields={['Order']} anchor={{ x: 50, y: 40, height: 20 }} theme="light" onSubmit={() => undefined} onCancel={() => undefined} />, root());
    const box = root().querySelector<HTMLElement>('[role=dialog]')!;
    expect(box.style.left).toBe('50px');
    expect(box.style.top).toBe('64px');
  });
});
