// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fieldOfProblem } from '@/studio/server/problem-fields';

/** Which field of a form a validator problem is shown under. */
describe('a problem\'s field', () => {
  it('pack.yaml\'s problem with no line map takes the field it names: under Version, not above the pack\'s form', () => {
    const version = { line: 3, code: 'version.invalid' as const, params: { field: 'version', value: 'one' } };
    expect(fieldOfProblem(version, [])).toBe('version');
    expect(fieldOfProblem({ ...version, code: 'packId.invalid' as const, params: { field: 'id', value: 'Α' } }, [])).toBe('id');
  });

  it('a line the form knows still decides before the named field', () => {
    const fields = ['', '', 'title'];
    expect(fieldOfProblem({ line: 2, code: 'field.empty', params: { field: 'heading' } }, fields)).toBe('title');
  });
});
