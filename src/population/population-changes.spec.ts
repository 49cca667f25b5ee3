import { actionOf } from './population-changes.service.js';

describe('what accepting a change of residence does', () => {
  const places = {
    provinceOf: (code: string) => (['00004', '00008'].includes(code) ? '01' : null),
  };
  const change = (
    kind: 'birth' | 'moved_in' | 'moved_out',
    otherCommuneCode: string | null = null,
  ) => ({
    kind,
    communeCode: '00004',
    otherCommuneCode,
  });
  const here = { communeCode: '00004' };
  const elsewhere = { communeCode: '00008' };

  it('adds a child no record holds, and moves here one recorded elsewhere', () => {
    expect(actionOf(change('birth'), null, places)).toBe('add');
    expect(actionOf(change('moved_in'), null, places)).toBe('add');
    expect(actionOf(change('moved_in'), elsewhere, places)).toBe('move_here');
    expect(actionOf(change('birth'), here, places)).toBe('none');
  });

  it('moves away a record here only to a current commune the database names', () => {
    expect(actionOf(change('moved_out', '00008'), here, places)).toBe('move_away');
    expect(actionOf(change('moved_out', null), here, places)).toBe('check');
    expect(actionOf(change('moved_out', '99999'), here, places)).toBe('check');
    expect(actionOf(change('moved_out', '00004'), here, places)).toBe('check');
    expect(actionOf(change('moved_out', '00008'), elsewhere, places)).toBe('none');
    expect(actionOf(change('moved_out', '00008'), null, places)).toBe('none');
  });
});
