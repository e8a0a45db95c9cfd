import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SopSteps } from '@/components/studio/SopSteps';
import type { StepForm } from '@/studio/model/entry-form';
import { useRenderRoot } from '../overlay/render-root';

const root = useRenderRoot();
const buttons = () => [...root().querySelectorAll('button')].map((b) => b.textContent);

function show(steps: StepForm[]) {
  const onChange = vi.fn();
  act(() => render(<SopSteps steps={steps} problems={[]} templates={[]} onChange={onChange} />, root()));
  return onChange;
}

/** A step's «Αλλιώς» is what is left when no condition holds: one per step, read last. */
describe('SopSteps: one «Αλλιώς» per step, conditions before it', () => {
  it('offers «Αλλιώς» only to a step without one', () => {
    show([
      { text: 'Ρωτήστε τι θέλει', branches: [{ otherwise: false, condition: 'θέλει να τον κλείσει', goto: '2' }, { otherwise: true, condition: '', goto: '3' }] },
      { text: 'Κλείστε τον λογαριασμό', branches: [] },
      { text: 'Ενημερώστε', branches: [] },
    ]);
    expect(buttons().filter((t) => t === 'Προσθήκη «Αλλιώς»')).toHaveLength(2);
    expect(buttons().filter((t) => t === 'Προσθήκη «Αν…»')).toHaveLength(3);
  });

  it('puts a new «Αν…» before the step’s «Αλλιώς»', () => {
    const onChange = show([{ text: 'Ρωτήστε', branches: [{ otherwise: true, condition: '', goto: '2' }] }, { text: 'Τέλος', branches: [] }]);
    act(() => [...root().querySelectorAll('button')].find((b) => b.textContent === 'Προσθήκη «Αν…»')!.click());
    expect(onChange.mock.calls[0][0][0].branches.map((b: { otherwise: boolean }) => b.otherwise)).toEqual([false, true]);
  });
});
