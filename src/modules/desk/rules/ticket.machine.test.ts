import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../core/errors.js';
import {
  OPEN_TICKET_STATUSES,
  TICKET_EVENT_LABELS,
  TICKET_STATUS_LABELS,
  TICKET_STATUSES,
  ticketMachine,
  type TicketActorRole,
  type TicketFacts,
  type TicketStatus,
} from './ticket.machine.js';

/** Facts under which every guard passes. */
const ok: TicketFacts = { officerChosen: true, reason: '不属于本部门职责', resolution: '已电话答复并寄送办理指南', rating: 4, departmentChosen: true };
/** Facts under which every guard refuses. */
const bare: TicketFacts = { officerChosen: false, reason: null, resolution: null, rating: null, departmentChosen: false };

const REQ = ['requester'];
const OFF = ['officer'];
const ASG = ['assignee'];
const HEAD = ['head'];
const DSP = ['dispatcher'];
const SYS = ['system'];
const ALL_ROLES: TicketActorRole[] = ['requester', 'officer', 'assignee', 'head', 'dispatcher', 'system'];
const EVENTS = ['assign', 'reassign', 'start', 'resolve', 'return', 'reroute', 'close', 'auto_close', 'reopen', 'withdraw'] as const;

/** The whole table, written out independently of the machine: from → event → to. */
const TABLE: Record<TicketStatus, Partial<Record<(typeof EVENTS)[number], TicketStatus>>> = {
  submitted: { assign: 'assigned', return: 'returned', withdraw: 'withdrawn' },
  assigned: { reassign: 'assigned', start: 'in_progress', resolve: 'resolved', return: 'returned', withdraw: 'withdrawn' },
  in_progress: { reassign: 'assigned', resolve: 'resolved' },
  resolved: { close: 'closed', auto_close: 'closed', reopen: 'reopened' },
  reopened: { reassign: 'assigned', start: 'in_progress', resolve: 'resolved' },
  returned: { reroute: 'submitted', withdraw: 'withdrawn' },
  closed: {},
  withdrawn: {},
};

/** Who may fire each event (the machine's role lists). */
const ROLES: Record<(typeof EVENTS)[number], TicketActorRole[]> = {
  assign: ['officer', 'head'],
  reassign: ['head'],
  start: ['assignee', 'head'],
  resolve: ['assignee', 'head'],
  return: ['officer', 'head'],
  reroute: ['dispatcher'],
  close: ['requester'],
  auto_close: ['system'],
  reopen: ['requester'],
  withdraw: ['requester'],
};

function thrown(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('ticket machine: definition', () => {
  it('starts at submitted and ends only in closed or withdrawn', () => {
    expect(ticketMachine.name).toBe('service_ticket');
    expect(ticketMachine.initial).toBe('submitted');
    expect([...ticketMachine.states]).toEqual(['submitted', 'assigned', 'in_progress', 'resolved', 'reopened', 'returned', 'closed', 'withdrawn']);
    expect(TICKET_STATUSES.filter((s) => ticketMachine.isTerminal(s))).toEqual(['closed', 'withdrawn']);
  });

  it('counts every non-terminal state except resolved as open (the time limit runs)', () => {
    expect([...OPEN_TICKET_STATUSES].sort()).toEqual(['assigned', 'in_progress', 'reopened', 'returned', 'submitted']);
    expect(OPEN_TICKET_STATUSES).not.toContain('resolved');
    for (const s of OPEN_TICKET_STATUSES) expect(ticketMachine.isTerminal(s), s).toBe(false);
  });

  it('has a Chinese label for every status and every event', () => {
    expect(TICKET_STATUS_LABELS).toEqual({
      submitted: '待分派',
      assigned: '已分派',
      in_progress: '办理中',
      resolved: '已办结待评价',
      reopened: '重新办理',
      returned: '已退回待改派',
      closed: '已关闭',
      withdrawn: '已撤回',
    });
    for (const e of EVENTS) expect(TICKET_EVENT_LABELS[e], e).toMatch(/\p{Script=Han}/u);
    expect(TICKET_EVENT_LABELS.auto_close).toBe('到期自动关闭');
  });

  it('matches the expected table exactly: each listed pair goes where it should, every other pair is invalid', () => {
    for (const from of TICKET_STATUSES) {
      for (const event of EVENTS) {
        const d = ticketMachine.decide(from, event, ok, ALL_ROLES);
        const to = TABLE[from][event];
        if (to) expect(d, `${from} --${event}-->`).toEqual({ ok: true, to, event });
        else expect(d, `${from} --${event}-->`).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
      }
    }
  });
});

describe('ticket machine: happy paths', () => {
  it('walks submitted → assigned → in_progress → resolved → closed with the right party at each step', () => {
    expect(ticketMachine.apply('submitted', 'assign', ok, OFF)).toBe('assigned');
    expect(ticketMachine.apply('assigned', 'start', ok, ASG)).toBe('in_progress');
    expect(ticketMachine.apply('in_progress', 'resolve', ok, ASG)).toBe('resolved');
    expect(ticketMachine.apply('resolved', 'close', ok, REQ)).toBe('closed');
  });

  it('lets the head assign, start and resolve', () => {
    expect(ticketMachine.apply('submitted', 'assign', ok, HEAD)).toBe('assigned');
    expect(ticketMachine.apply('assigned', 'start', ok, HEAD)).toBe('in_progress');
    expect(ticketMachine.apply('in_progress', 'resolve', ok, HEAD)).toBe('resolved');
    expect(ticketMachine.apply('reopened', 'start', ok, HEAD)).toBe('in_progress');
    expect(ticketMachine.apply('reopened', 'resolve', ok, HEAD)).toBe('resolved');
  });

  it('resolves straight from assigned (a quick answer) and from reopened', () => {
    expect(ticketMachine.apply('assigned', 'resolve', ok, ASG)).toBe('resolved');
    expect(ticketMachine.apply('reopened', 'resolve', ok, ASG)).toBe('resolved');
  });

  it('reopens a resolved ticket and works it again', () => {
    expect(ticketMachine.apply('resolved', 'reopen', ok, REQ)).toBe('reopened');
    expect(ticketMachine.apply('reopened', 'start', ok, ASG)).toBe('in_progress');
  });

  it('returns a wrongly routed ticket and lets the dispatcher re-route it', () => {
    expect(ticketMachine.apply('submitted', 'return', ok, OFF)).toBe('returned');
    expect(ticketMachine.apply('assigned', 'return', ok, HEAD)).toBe('returned');
    expect(ticketMachine.apply('returned', 'reroute', ok, DSP)).toBe('submitted');
  });

  it('closes by itself when the system sweeps a resolved ticket, whatever the facts', () => {
    // auto_close has no guard: no rating is needed.
    expect(ticketMachine.apply('resolved', 'auto_close', bare, SYS)).toBe('closed');
  });

  it('lets the requester withdraw before work has started, and not after', () => {
    for (const s of ['submitted', 'assigned', 'returned'] as const) expect(ticketMachine.apply(s, 'withdraw', bare, REQ)).toBe('withdrawn');
    for (const s of ['in_progress', 'resolved', 'reopened', 'closed', 'withdrawn'] as const) {
      expect(ticketMachine.decide(s, 'withdraw', ok, REQ), s).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    }
  });

  it('returns the decision with the target state and event', () => {
    expect(ticketMachine.decide('submitted', 'assign', ok, OFF)).toEqual({ ok: true, to: 'assigned', event: 'assign' });
  });

  it('accepts an actor holding several roles if any of them is allowed', () => {
    // An officer of the department who is also the assignee.
    expect(ticketMachine.apply('assigned', 'start', ok, ['officer', 'assignee'])).toBe('in_progress');
    expect(ticketMachine.apply('assigned', 'return', ok, ['officer', 'assignee'])).toBe('returned');
  });
});

describe('ticket machine: role refusals', () => {
  it('refuses every event to every role not on its list, with FORBIDDEN', () => {
    for (const from of TICKET_STATUSES) {
      for (const event of EVENTS) {
        if (!TABLE[from][event]) continue;
        for (const role of ALL_ROLES) {
          const d = ticketMachine.decide(from, event, ok, [role]);
          if (ROLES[event].includes(role)) expect(d, `${role} ${from} ${event}`).toMatchObject({ ok: true });
          else expect(d, `${role} ${from} ${event}`).toEqual({ ok: false, code: 'FORBIDDEN', reason: `service_ticket: ${event} needs one of ${ROLES[event].join(', ')}` });
        }
      }
    }
  });

  it('keeps concrete cases to their party', () => {
    expect(ticketMachine.decide('submitted', 'assign', ok, REQ)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(ticketMachine.decide('submitted', 'assign', ok, ASG)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    // A plain officer who is not the assignee cannot start or resolve.
    expect(ticketMachine.decide('assigned', 'start', ok, OFF)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(ticketMachine.decide('in_progress', 'resolve', ok, OFF)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    // Only the requester rates; the department cannot close its own ticket.
    expect(ticketMachine.decide('resolved', 'close', ok, HEAD)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(ticketMachine.decide('resolved', 'close', ok, SYS)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    // Only the system auto-closes.
    expect(ticketMachine.decide('resolved', 'auto_close', ok, REQ)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(ticketMachine.decide('resolved', 'auto_close', ok, HEAD)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    // Only base staff re-route.
    expect(ticketMachine.decide('returned', 'reroute', ok, HEAD)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(ticketMachine.decide('returned', 'reroute', ok, REQ)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    // Only the requester withdraws or reopens.
    expect(ticketMachine.decide('submitted', 'withdraw', ok, DSP)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(ticketMachine.decide('resolved', 'reopen', ok, ASG)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('refuses an actor with no roles at all', () => {
    expect(ticketMachine.decide('submitted', 'withdraw', ok, [])).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('checks the role before the guard', () => {
    // Missing officer and wrong role: the role refusal is reported, not the guard's.
    expect(ticketMachine.decide('submitted', 'assign', bare, REQ)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(ticketMachine.decide('resolved', 'close', bare, HEAD)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('throws a FORBIDDEN DomainError from apply with the catalogue message', () => {
    const err = thrown(() => ticketMachine.apply('resolved', 'close', ok, HEAD));
    expect(err.code).toBe('FORBIDDEN');
    expect(err.message).toBe('无权执行此操作');
    expect(err.details).toEqual({ reason: 'service_ticket: close needs one of requester', from: 'resolved', event: 'close' });
  });
});

describe('ticket machine: guard refusals', () => {
  it('needs an officer to assign', () => {
    expect(ticketMachine.decide('submitted', 'assign', { ...ok, officerChosen: false }, HEAD)).toEqual({
      ok: false,
      code: 'GUARD_FAILED',
      reason: 'officer_missing',
      message: '请选择本部门的经办人',
    });
  });

  it('needs a non-blank reason to return or reopen', () => {
    for (const reason of [null, '', '   ', '\n\t']) {
      const facts = { ...ok, reason };
      for (const [from, event, roles] of [
        ['submitted', 'return', OFF],
        ['assigned', 'return', HEAD],
        ['resolved', 'reopen', REQ],
      ] as const) {
        expect(ticketMachine.decide(from, event, facts, roles), `${event} with ${JSON.stringify(reason)}`).toEqual({
          ok: false,
          code: 'GUARD_FAILED',
          reason: 'reason_missing',
          message: '请填写原因',
        });
      }
    }
    expect(ticketMachine.apply('resolved', 'reopen', { ...ok, reason: ' 仍未解决 ' }, REQ)).toBe('reopened');
  });

  it('needs a resolution of at least 5 characters after trimming', () => {
    const refused = { ok: false, code: 'GUARD_FAILED', reason: 'resolution_missing', message: '请写明办理结果（至少 5 个字）' };
    for (const resolution of [null, '', '     ', '已答复', '已经答复', '  已经答复  ']) {
      for (const from of ['assigned', 'in_progress', 'reopened'] as const) {
        expect(ticketMachine.decide(from, 'resolve', { ...ok, resolution }, ASG), `${from} ${JSON.stringify(resolution)}`).toEqual(refused);
      }
    }
    expect(ticketMachine.apply('in_progress', 'resolve', { ...ok, resolution: '已电话答复' }, ASG)).toBe('resolved');
    expect(ticketMachine.apply('in_progress', 'resolve', { ...ok, resolution: '  已电话答复  ' }, ASG)).toBe('resolved');
  });

  it('needs an integer rating from 1 to 5 to close', () => {
    const refused = { ok: false, code: 'GUARD_FAILED', reason: 'rating_missing', message: '请选择 1–5 分的满意度' };
    for (const rating of [null, 0, 6, -1, 3.5, Number.NaN]) {
      expect(ticketMachine.decide('resolved', 'close', { ...ok, rating }, REQ), String(rating)).toEqual(refused);
    }
    for (const rating of [1, 2, 3, 4, 5]) expect(ticketMachine.apply('resolved', 'close', { ...ok, rating }, REQ), String(rating)).toBe('closed');
  });

  it('needs a department to re-route', () => {
    expect(ticketMachine.decide('returned', 'reroute', { ...ok, departmentChosen: false }, DSP)).toEqual({
      ok: false,
      code: 'GUARD_FAILED',
      reason: 'department_missing',
      message: '请选择改派的部门',
    });
  });

  it('has no guard on start, withdraw or auto_close', () => {
    expect(ticketMachine.apply('assigned', 'start', bare, ASG)).toBe('in_progress');
    expect(ticketMachine.apply('reopened', 'start', bare, ASG)).toBe('in_progress');
    expect(ticketMachine.apply('submitted', 'withdraw', bare, REQ)).toBe('withdrawn');
    expect(ticketMachine.apply('resolved', 'auto_close', bare, SYS)).toBe('closed');
  });

  it('throws a GUARD_FAILED DomainError whose message is the guard\'s Chinese sentence', () => {
    const err = thrown(() => ticketMachine.apply('in_progress', 'resolve', { ...ok, resolution: '好' }, ASG));
    expect(err).toBeInstanceOf(DomainError);
    expect(err.code).toBe('GUARD_FAILED');
    expect(err.message).toBe('请写明办理结果（至少 5 个字）');
    expect(err.detailZh).toBe('请写明办理结果（至少 5 个字）');
    expect(err.details).toEqual({ reason: 'resolution_missing', from: 'in_progress', event: 'resolve' });
  });
});

describe('ticket machine: invalid transitions and terminal states', () => {
  it('refuses events that do not leave the current state, even for the right role', () => {
    expect(ticketMachine.decide('submitted', 'start', ok, ASG)).toEqual({ ok: false, code: 'INVALID_TRANSITION', reason: 'service_ticket: start is not allowed from submitted' });
    expect(ticketMachine.decide('submitted', 'resolve', ok, ASG)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(ticketMachine.decide('in_progress', 'return', ok, OFF)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(ticketMachine.decide('in_progress', 'close', ok, REQ)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(ticketMachine.decide('reopened', 'return', ok, OFF)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(ticketMachine.decide('reopened', 'assign', ok, HEAD)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(ticketMachine.decide('returned', 'assign', ok, HEAD)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(ticketMachine.decide('assigned', 'assign', ok, HEAD)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(ticketMachine.decide('submitted', 'auto_close', ok, SYS)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
  });

  it('refuses events the machine does not know (submit and extend are labels only)', () => {
    for (const event of ['submit', 'extend', 'delete', '']) {
      expect(ticketMachine.decide('submitted', event, ok, ALL_ROLES), event).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    }
  });

  it('checks the transition before the role: a wrong role on an invalid pair is INVALID_TRANSITION', () => {
    expect(ticketMachine.decide('closed', 'reopen', ok, HEAD)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
  });

  it('lets nothing out of closed or withdrawn', () => {
    for (const s of ['closed', 'withdrawn'] as const) {
      expect(ticketMachine.isTerminal(s)).toBe(true);
      for (const event of EVENTS) expect(ticketMachine.decide(s, event, ok, ALL_ROLES), `${s} ${event}`).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
      expect(ticketMachine.available(s, ok, ALL_ROLES)).toEqual([]);
      expect(ticketMachine.blocked(s, bare, ALL_ROLES)).toEqual([]);
    }
  });

  it('throws an INVALID_TRANSITION DomainError from apply', () => {
    const err = thrown(() => ticketMachine.apply('closed', 'reopen', ok, REQ));
    expect(err.code).toBe('INVALID_TRANSITION');
    expect(err.message).toBe('当前状态不允许此操作');
    expect(err.details).toEqual({ reason: 'service_ticket: reopen is not allowed from closed', from: 'closed', event: 'reopen' });
  });
});

describe('ticket machine: buttons for the UI', () => {
  /** state → role → events available when every guard passes. */
  const AVAILABLE: Record<TicketStatus, Record<TicketActorRole, string[]>> = {
    submitted: { requester: ['withdraw'], officer: ['assign', 'return'], assignee: [], head: ['assign', 'return'], dispatcher: [], system: [] },
    assigned: { requester: ['withdraw'], officer: ['return'], assignee: ['start', 'resolve'], head: ['reassign', 'start', 'resolve', 'return'], dispatcher: [], system: [] },
    in_progress: { requester: [], officer: [], assignee: ['resolve'], head: ['reassign', 'resolve'], dispatcher: [], system: [] },
    resolved: { requester: ['close', 'reopen'], officer: [], assignee: [], head: [], dispatcher: [], system: ['auto_close'] },
    reopened: { requester: [], officer: [], assignee: ['start', 'resolve'], head: ['reassign', 'start', 'resolve'], dispatcher: [], system: [] },
    returned: { requester: ['withdraw'], officer: [], assignee: [], head: [], dispatcher: ['reroute'], system: [] },
    closed: { requester: [], officer: [], assignee: [], head: [], dispatcher: [], system: [] },
    withdrawn: { requester: [], officer: [], assignee: [], head: [], dispatcher: [], system: [] },
  };

  it('offers each role exactly its buttons in each state when the facts are complete', () => {
    for (const s of TICKET_STATUSES) {
      for (const role of ALL_ROLES) expect(ticketMachine.available(s, ok, [role]), `${s} / ${role}`).toEqual(AVAILABLE[s][role]);
    }
  });

  it('blocks nothing when the facts are complete', () => {
    for (const s of TICKET_STATUSES) for (const role of ALL_ROLES) expect(ticketMachine.blocked(s, ok, [role]), `${s} / ${role}`).toEqual([]);
  });

  /** state → role → events offered when every guard refuses (only guard-free events remain). */
  const AVAILABLE_BARE: Partial<Record<TicketStatus, Partial<Record<TicketActorRole, string[]>>>> = {
    submitted: { requester: ['withdraw'], officer: [], head: [] },
    assigned: { requester: ['withdraw'], officer: [], assignee: ['start'], head: ['start'] },
    in_progress: { assignee: [], head: [] },
    resolved: { requester: [], system: ['auto_close'] },
    reopened: { assignee: ['start'], head: ['start'] },
    returned: { requester: ['withdraw'], dispatcher: [] },
  };

  /** state → role → guarded events shown disabled, with the guard's reason. */
  const BLOCKED_BARE: Partial<Record<TicketStatus, Partial<Record<TicketActorRole, [string, string][]>>>> = {
    submitted: { requester: [], officer: [['assign', 'officer_missing'], ['return', 'reason_missing']], head: [['assign', 'officer_missing'], ['return', 'reason_missing']] },
    assigned: { requester: [], officer: [['return', 'reason_missing']], assignee: [['resolve', 'resolution_missing']], head: [['reassign', 'officer_missing'], ['resolve', 'resolution_missing'], ['return', 'reason_missing']] },
    in_progress: { assignee: [['resolve', 'resolution_missing']], head: [['reassign', 'officer_missing'], ['resolve', 'resolution_missing']] },
    resolved: { requester: [['close', 'rating_missing'], ['reopen', 'reason_missing']], system: [] },
    reopened: { assignee: [['resolve', 'resolution_missing']], head: [['reassign', 'officer_missing'], ['resolve', 'resolution_missing']] },
    returned: { requester: [], dispatcher: [['reroute', 'department_missing']] },
  };

  it('offers only guard-free buttons when the facts are missing', () => {
    for (const [s, byRole] of Object.entries(AVAILABLE_BARE) as [TicketStatus, Partial<Record<TicketActorRole, string[]>>][]) {
      for (const [role, events] of Object.entries(byRole) as [TicketActorRole, string[]][]) {
        expect(ticketMachine.available(s, bare, [role]), `${s} / ${role}`).toEqual(events);
      }
    }
  });

  it('lists the guarded buttons with their reasons when the facts are missing', () => {
    for (const [s, byRole] of Object.entries(BLOCKED_BARE) as [TicketStatus, Partial<Record<TicketActorRole, [string, string][]>>][]) {
      for (const [role, expected] of Object.entries(byRole) as [TicketActorRole, [string, string][]][]) {
        const got = ticketMachine.blocked(s, bare, [role]).map((b) => [b.event, b.reason]);
        expect(got, `${s} / ${role}`).toEqual(expected);
      }
    }
  });

  it('gives the Chinese hint beside each disabled button', () => {
    expect(ticketMachine.blocked('submitted', bare, HEAD)).toEqual([
      { event: 'assign', reason: 'officer_missing', message: '请选择本部门的经办人' },
      { event: 'return', reason: 'reason_missing', message: '请填写原因' },
    ]);
    expect(ticketMachine.blocked('resolved', bare, REQ)).toEqual([
      { event: 'close', reason: 'rating_missing', message: '请选择 1–5 分的满意度' },
      { event: 'reopen', reason: 'reason_missing', message: '请填写原因' },
    ]);
    expect(ticketMachine.blocked('in_progress', bare, ASG)).toEqual([{ event: 'resolve', reason: 'resolution_missing', message: '请写明办理结果（至少 5 个字）' }]);
    expect(ticketMachine.blocked('returned', bare, DSP)).toEqual([{ event: 'reroute', reason: 'department_missing', message: '请选择改派的部门' }]);
  });

  it('does not show other roles\' buttons as blocked', () => {
    // The requester sees no disabled "assign" or "return"; the head sees no disabled "close".
    expect(ticketMachine.blocked('submitted', bare, REQ)).toEqual([]);
    expect(ticketMachine.blocked('resolved', bare, HEAD)).toEqual([]);
    expect(ticketMachine.blocked('returned', bare, REQ)).toEqual([]);
  });

  it('separates a partly complete form: rating given but no reason', () => {
    const facts = { ...bare, rating: 5 };
    expect(ticketMachine.available('resolved', facts, REQ)).toEqual(['close']);
    expect(ticketMachine.blocked('resolved', facts, REQ)).toEqual([{ event: 'reopen', reason: 'reason_missing', message: '请填写原因' }]);
  });

  it('combines the buttons of an actor with several roles', () => {
    expect(ticketMachine.available('assigned', ok, ['officer', 'assignee'])).toEqual(['start', 'resolve', 'return']);
    expect(ticketMachine.blocked('assigned', bare, ['officer', 'assignee'])).toEqual([
      { event: 'resolve', reason: 'resolution_missing', message: '请写明办理结果（至少 5 个字）' },
      { event: 'return', reason: 'reason_missing', message: '请填写原因' },
    ]);
  });
});
