import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { defineMachine, MachineDefinitionError, validateDefinition, type MachineDefinition } from './fsm.js';

type S = 'draft' | 'submitted' | 'verified' | 'rejected' | 'suspended';
interface Facts {
  hasEvidence: boolean;
}

const def: MachineDefinition<S, Facts> = {
  name: 'product_verification',
  states: ['draft', 'submitted', 'verified', 'rejected', 'suspended'],
  initial: 'draft',
  terminal: ['rejected'],
  transitions: [
    { event: 'submit', from: 'draft', to: 'submitted', guard: (f) => (f.hasEvidence ? true : { reason: 'no_evidence', message: '缺少有效检测报告' }) },
    { event: 'verify', from: 'submitted', to: 'verified', roles: ['base_staff'] },
    { event: 'reject', from: 'submitted', to: 'rejected', roles: ['base_staff'] },
    { event: 'suspend', from: 'verified', to: 'suspended' },
    { event: 'restore', from: 'suspended', to: 'verified' },
  ],
};
const m = defineMachine(def);

describe('finite-state machine', () => {
  it('moves along the table', () => {
    expect(m.apply('draft', 'submit', { hasEvidence: true })).toBe('submitted');
    expect(m.apply('submitted', 'verify', { hasEvidence: true }, ['base_staff'])).toBe('verified');
    expect(m.apply('verified', 'suspend', { hasEvidence: true })).toBe('suspended');
    expect(m.apply('suspended', 'restore', { hasEvidence: true })).toBe('verified');
  });

  it('refuses an event not allowed from the state', () => {
    const d = m.decide('draft', 'verify', { hasEvidence: true }, ['base_staff']);
    expect(d).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(() => m.apply('rejected', 'submit', { hasEvidence: true })).toThrowError(DomainError);
  });

  it('refuses a role not listed on the transition', () => {
    expect(m.decide('submitted', 'verify', { hasEvidence: true }, ['streamer'])).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('runs the guard over the facts and carries its message', () => {
    const d = m.decide('draft', 'submit', { hasEvidence: false });
    expect(d).toEqual({ ok: false, code: 'GUARD_FAILED', reason: 'no_evidence', message: '缺少有效检测报告' });
    try {
      m.apply('draft', 'submit', { hasEvidence: false });
      expect.unreachable();
    } catch (err) {
      expect((err as DomainError).code).toBe('GUARD_FAILED');
      expect((err as DomainError).message).toBe('缺少有效检测报告');
    }
  });

  it('lists the events available to a role', () => {
    expect(m.available('submitted', { hasEvidence: true }, ['base_staff']).sort()).toEqual(['reject', 'verify']);
    expect(m.available('submitted', { hasEvidence: true }, ['streamer'])).toEqual([]);
    expect(m.available('draft', { hasEvidence: false })).toEqual([]);
    // Refused by a guard (not by role or state): listed with the guard's message for the UI.
    expect(m.blocked('draft', { hasEvidence: false })).toEqual([{ event: 'submit', reason: 'no_evidence', message: '缺少有效检测报告' }]);
    expect(m.blocked('draft', { hasEvidence: true })).toEqual([]);
    expect(m.blocked('submitted', { hasEvidence: false }, ['streamer'])).toEqual([]);
    expect(m.isTerminal('rejected')).toBe(true);
    expect(m.isTerminal('verified')).toBe(false);
  });

  it('accepts several from-states for one event', () => {
    const cancel = defineMachine<'a' | 'b' | 'x', void>({
      name: 'multi',
      states: ['a', 'b', 'x'],
      initial: 'a',
      terminal: ['x'],
      transitions: [
        { event: 'next', from: 'a', to: 'b' },
        { event: 'cancel', from: ['a', 'b'], to: 'x' },
      ],
    });
    expect(cancel.apply('a', 'cancel', undefined)).toBe('x');
    expect(cancel.apply('b', 'cancel', undefined)).toBe('x');
  });

  describe('validation of the table at definition', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately malformed tables
    type Loose = MachineDefinition<string, any>;
    const bad = (patch: Partial<Loose>) => () => validateDefinition({ ...(def as Loose), ...patch });
    it('rejects unknown states', () => {
      expect(bad({ transitions: [{ event: 'go', from: 'draft', to: 'nowhere' }] })).toThrow(MachineDefinitionError);
      expect(bad({ transitions: [{ event: 'go', from: 'limbo', to: 'draft' }] })).toThrow(/unknown state limbo/);
      expect(bad({ initial: 'limbo' })).toThrow(/initial/);
    });
    it('rejects duplicate events from one state and duplicate states', () => {
      expect(bad({ transitions: [...def.transitions, { event: 'submit', from: 'draft', to: 'verified' }] })).toThrow(/defined twice/);
      expect(bad({ states: [...def.states, 'draft'] })).toThrow(/twice/);
    });
    it('rejects unreachable states, exits from terminal states and unmarked dead ends', () => {
      expect(bad({ transitions: def.transitions.filter((t) => t.event !== 'suspend') })).toThrow(/suspended cannot be reached/);
      expect(bad({ transitions: [...def.transitions, { event: 'reopen', from: 'rejected', to: 'draft' }] })).toThrow(/terminal state rejected/);
      expect(bad({ terminal: [] })).toThrow(/dead end/);
    });
    it('rejects an empty table', () => {
      expect(bad({ states: [], initial: 'draft' })).toThrow(/no states/);
    });
  });
});
