import { describe, expect, it } from 'vitest';
import { cooperationDueStep, cooperationMachine, proposalProblem, type CooperationFacts } from './cooperation.machine.js';

const facts = (over: Partial<CooperationFacts> = {}): CooperationFacts => ({
  actingSide: 'producer',
  proposedBySide: 'streamer',
  streamerSignedConvention: true,
  supplyPriceFen: 3000,
  productSupplyPriceFen: 3000,
  reason: '档期冲突',
  ...over,
});

describe('cooperation workflow', () => {
  it('goes proposed → accepted → active → completed', () => {
    expect(cooperationMachine.apply('proposed', 'accept', facts(), ['producer'])).toBe('accepted');
    expect(cooperationMachine.apply('accepted', 'activate', facts(), ['system'])).toBe('active');
    expect(cooperationMachine.apply('active', 'complete', facts(), ['streamer'])).toBe('completed');
  });

  it('is accepted by the other side only, with a signed convention and a fair supply price', () => {
    expect(cooperationMachine.decide('proposed', 'accept', facts({ actingSide: 'streamer' }), ['streamer'])).toMatchObject({ ok: false, reason: 'own_proposal' });
    expect(cooperationMachine.decide('proposed', 'accept', facts({ streamerSignedConvention: false }), ['producer'])).toMatchObject({ ok: false, reason: 'convention_unsigned' });
    expect(cooperationMachine.decide('proposed', 'accept', facts({ supplyPriceFen: 2999 }), ['producer'])).toMatchObject({ ok: false, reason: 'below_supply_price' });
    expect(cooperationMachine.decide('proposed', 'accept', facts({ supplyPriceFen: 3500 }), ['producer']).ok).toBe(true);
  });

  it('terminates from every open state with a reason, and ends there', () => {
    for (const s of ['proposed', 'accepted', 'active'] as const) expect(cooperationMachine.apply(s, 'terminate', facts(), ['streamer'])).toBe('terminated');
    expect(cooperationMachine.decide('active', 'terminate', facts({ reason: '' }), ['producer'])).toMatchObject({ ok: false, reason: 'reason_missing' });
    expect(cooperationMachine.available('terminated', facts(), ['streamer', 'producer'])).toEqual([]);
    expect(cooperationMachine.decide('proposed', 'terminate', facts(), ['system']).ok).toBe(false);
  });

  it('checks a proposal’s terms before it is stored', () => {
    expect(proposalProblem({ streamerSignedConvention: true, supplyPriceFen: 3000, productSupplyPriceFen: 3000 })).toBeNull();
    expect(proposalProblem({ streamerSignedConvention: true, supplyPriceFen: 2000, productSupplyPriceFen: 3000 })).toContain('30.00 元');
    expect(proposalProblem({ streamerSignedConvention: false, supplyPriceFen: 3000, productSupplyPriceFen: 3000 })).toContain('公约');
  });

  it('starts on the first day of the window and completes the day after the last', () => {
    const c = { windowFrom: '2026-12-01', windowTo: '2026-12-10' };
    expect(cooperationDueStep({ ...c, status: 'accepted' }, '2026-11-30')).toBeNull();
    expect(cooperationDueStep({ ...c, status: 'accepted' }, '2026-12-01')).toBe('activate');
    expect(cooperationDueStep({ ...c, status: 'active' }, '2026-12-10')).toBeNull();
    expect(cooperationDueStep({ ...c, status: 'active' }, '2026-12-11')).toBe('complete');
    expect(cooperationDueStep({ ...c, status: 'proposed' }, '2026-12-05')).toBeNull();
  });
});
