import { DomainError } from '../errors.js';

/**
 * A small generic finite-state machine (after Vendure's finite-state-machine.ts). Every workflow
 * in LiveBase is a transition table checked by this one piece of code. Guards are pure functions
 * over facts the service loads beforehand, so rules stay testable without a database.
 */
export type GuardResult = true | { reason: string; message?: string };

export interface Transition<S extends string, F> {
  event: string;
  from: S | readonly S[];
  to: S;
  /** Roles allowed to fire the event; omitted means "whoever the route already allowed". */
  roles?: readonly string[];
  guard?: (facts: F) => GuardResult;
}

export interface MachineDefinition<S extends string, F> {
  name: string;
  states: readonly S[];
  initial: S;
  /** States with no way out (completed, cancelled…). */
  terminal?: readonly S[];
  transitions: readonly Transition<S, F>[];
}

export type Decision<S extends string> =
  | { ok: true; to: S; event: string }
  | { ok: false; code: 'INVALID_TRANSITION' | 'FORBIDDEN' | 'GUARD_FAILED'; reason: string; message?: string };

export interface Machine<S extends string, F> {
  readonly name: string;
  readonly states: readonly S[];
  readonly initial: S;
  decide(from: S, event: string, facts: F, actorRoles?: readonly string[]): Decision<S>;
  /** Like decide, but throws the matching DomainError. Returns the next state. */
  apply(from: S, event: string, facts: F, actorRoles?: readonly string[]): S;
  /** Events that could fire from `from` for these roles and facts (for the UI's buttons). */
  available(from: S, facts: F, actorRoles?: readonly string[]): string[];
  /** Events these roles may fire from `from` but whose guard refuses now, with the guard's message (for hints beside disabled buttons). */
  blocked(from: S, facts: F, actorRoles?: readonly string[]): { event: string; reason: string; message: string }[];
  isTerminal(state: S): boolean;
}

export class MachineDefinitionError extends Error {}

function froms<S extends string>(t: { from: S | readonly S[] }): readonly S[] {
  return typeof t.from === 'string' ? [t.from as S] : (t.from as readonly S[]);
}

/** Checks a table for mistakes; called when the machine is defined, i.e. at start-up. */
export function validateDefinition<S extends string, F>(def: MachineDefinition<S, F>): void {
  const fail = (msg: string) => {
    throw new MachineDefinitionError(`machine ${def.name}: ${msg}`);
  };
  const states = new Set<string>(def.states);
  if (states.size === 0) fail('has no states');
  if (states.size !== def.states.length) fail('lists a state twice');
  if (!states.has(def.initial)) fail(`initial state ${def.initial} is not a state`);
  const terminal = new Set<string>(def.terminal ?? []);
  for (const t of terminal) if (!states.has(t)) fail(`terminal state ${t} is not a state`);
  const seen = new Set<string>();
  const outgoing = new Map<string, string[]>();
  for (const t of def.transitions) {
    if (!t.event) fail('has a transition without an event name');
    if (!states.has(t.to)) fail(`event ${t.event} goes to unknown state ${t.to}`);
    for (const f of froms(t)) {
      if (!states.has(f)) fail(`event ${t.event} leaves unknown state ${f}`);
      if (terminal.has(f)) fail(`terminal state ${f} has outgoing event ${t.event}`);
      const key = `${f}\u0000${t.event}`;
      if (seen.has(key)) fail(`event ${t.event} is defined twice from ${f}`);
      seen.add(key);
      outgoing.set(f, [...(outgoing.get(f) ?? []), t.to]);
    }
  }
  // Every state must be reachable from the initial one, or the table has a typo.
  const reached = new Set<string>([def.initial]);
  const queue: string[] = [def.initial];
  while (queue.length) {
    for (const next of outgoing.get(queue.shift()!) ?? []) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  for (const s of def.states) if (!reached.has(s)) fail(`state ${s} cannot be reached from ${def.initial}`);
  for (const s of def.states) {
    if (!terminal.has(s) && !outgoing.has(s) && def.terminal) fail(`state ${s} is a dead end but not marked terminal`);
  }
}

export function defineMachine<S extends string, F = void>(def: MachineDefinition<S, F>): Machine<S, F> {
  validateDefinition(def);
  const byKey = new Map<string, Transition<S, F>>();
  for (const t of def.transitions) for (const f of froms(t)) byKey.set(`${f}\u0000${t.event}`, t);
  const terminal = new Set<string>(def.terminal ?? []);

  const decide = (from: S, event: string, facts: F, actorRoles?: readonly string[]): Decision<S> => {
    const t = byKey.get(`${from}\u0000${event}`);
    if (!t) return { ok: false, code: 'INVALID_TRANSITION', reason: `${def.name}: ${event} is not allowed from ${from}` };
    if (t.roles && actorRoles && !t.roles.some((r) => actorRoles.includes(r))) {
      return { ok: false, code: 'FORBIDDEN', reason: `${def.name}: ${event} needs one of ${t.roles.join(', ')}` };
    }
    if (t.guard) {
      const result = t.guard(facts);
      if (result !== true) return { ok: false, code: 'GUARD_FAILED', reason: result.reason, message: result.message };
    }
    return { ok: true, to: t.to, event };
  };

  return {
    name: def.name,
    states: def.states,
    initial: def.initial,
    decide,
    apply(from, event, facts, actorRoles) {
      const d = decide(from, event, facts, actorRoles);
      if (d.ok) return d.to;
      throw new DomainError(d.code, d.message, { reason: d.reason, from, event });
    },
    available(from, facts, actorRoles) {
      return def.transitions
        .filter((t) => froms(t).includes(from))
        .map((t) => t.event)
        .filter((event) => decide(from, event, facts, actorRoles).ok);
    },
    blocked(from, facts, actorRoles) {
      const out: { event: string; reason: string; message: string }[] = [];
      for (const t of def.transitions) {
        if (!froms(t).includes(from)) continue;
        const d = decide(from, t.event, facts, actorRoles);
        if (!d.ok && d.code === 'GUARD_FAILED') out.push({ event: t.event, reason: d.reason, message: d.message ?? d.reason });
      }
      return out;
    },
    isTerminal: (state) => terminal.has(state),
  };
}
