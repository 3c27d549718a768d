import { describe, expect, it } from 'vitest';
import {
  comparePhases,
  groupRunbooks,
  matchesFilter,
  stepThrough,
  visibleOrder,
} from '../../../renderer/state/runbooks/runbookGrouping';
import { summary } from './runbooksFakeHost';

const workspace = [
  summary('checklists/after', { title: 'After the test', kind: 'checklist', phase: 'after' }),
  summary('checklists/day-before', { title: 'Day before', kind: 'checklist', phase: '24h-before' }),
  summary('notes', { title: 'Team notes' }),
  summary('checklists/hour-before', { title: 'Hour before', kind: 'checklist', phase: '1h-before' }),
  summary('checklists/wrap', { title: 'Wrap-up', kind: 'checklist', phase: 'wrap-up' }),
  summary('drills/redis', { title: 'Redis restart', kind: 'drill', phase: 'during' }),
  summary('checklists/during', { title: 'During', kind: 'checklist', phase: 'during' }),
  summary('checklists/loose', { title: 'Loose ends', kind: 'checklist', phase: null }),
  summary('checklists/audit', { title: 'Audit', kind: 'checklist', phase: 'audit' }),
  summary('fixes/scale', { title: 'Scale up', kind: 'quickfix' }),
  summary('drills/app-crash', { title: 'App crash drill', kind: 'drill', phase: 'during' }),
  summary('checklists/hour-before-db', { title: 'DB hour before', kind: 'checklist', phase: '1h-before' }),
];

describe('runbook list grouping', () => {
  it('groups by kind in the order Checklists, Quick fixes, Drills, Other', () => {
    expect(groupRunbooks(workspace).map((group) => group.label)).toEqual([
      'Checklists',
      'Quick fixes',
      'Drills',
      'Other',
    ]);
  });

  it('orders checklists by phase through the day, then other phases alphabetically, then none', () => {
    const checklists = groupRunbooks(workspace)[0];
    expect(checklists?.sections.map((section) => section.phase)).toEqual([
      '24h-before',
      '1h-before',
      'during',
      'after',
      'audit',
      'wrap-up',
      null,
    ]);
    expect(checklists?.sections[1]?.rows.map((row) => row.title)).toEqual(['DB hour before', 'Hour before']);
  });

  it('keeps the other kinds in one section, by title', () => {
    const drills = groupRunbooks(workspace).find((group) => group.id === 'drill');
    expect(drills?.sections).toHaveLength(1);
    expect(drills?.sections[0]?.rows.map((row) => row.id)).toEqual(['drills/app-crash', 'drills/redis']);
  });

  it('leaves out groups the filter empties, matching every word in title, id, kind or phase', () => {
    expect(matchesFilter(workspace[5] ?? summary('x'), 'REDIS drill')).toBe(true);
    expect(matchesFilter(workspace[5] ?? summary('x'), 'redis quickfix')).toBe(false);
    const groups = groupRunbooks(workspace, '  before ');
    expect(groups.map((group) => group.id)).toEqual(['checklist']);
    expect(visibleOrder(groups)).toEqual([
      'checklists/day-before',
      'checklists/hour-before-db',
      'checklists/hour-before',
    ]);
    expect(groupRunbooks(workspace, 'nothing-like-this')).toEqual([]);
  });

  it('sorts phases: day phases first in day order, unknown words after, no phase last', () => {
    const phases = ['zeta', null, 'after', 'alpha', '24h-before', 'during', '1h-before'];
    expect([...phases].sort(comparePhases)).toEqual([
      '24h-before',
      '1h-before',
      'during',
      'after',
      'alpha',
      'zeta',
      null,
    ]);
  });

  it('moves through the visible order with the arrow keys, held at both ends', () => {
    const order = ['a', 'b', 'c'];
    expect(stepThrough(order, null, 1)).toBe('a');
    expect(stepThrough(order, null, -1)).toBe('c');
    expect(stepThrough(order, 'a', 1)).toBe('b');
    expect(stepThrough(order, 'c', 1)).toBe('c');
    expect(stepThrough(order, 'a', -1)).toBe('a');
    expect(stepThrough(order, 'gone', 1)).toBe('a');
    expect(stepThrough([], 'a', 1)).toBeNull();
  });
});
