import { defineMachine } from '../fsm/fsm.js';

export type UserStatus = 'active' | 'disabled';

export interface UserStatusFacts {
  actorId: string;
  targetId: string;
}

const notSelf = (f: UserStatusFacts) =>
  f.actorId !== f.targetId ? (true as const) : { reason: 'self', message: '不能停用自己的账号' };

/** Account status: an admin disables and re-enables accounts; nobody disables themself. */
export const userStatusMachine = defineMachine<UserStatus, UserStatusFacts>({
  name: 'user_status',
  states: ['active', 'disabled'],
  initial: 'active',
  transitions: [
    { event: 'disable', from: 'active', to: 'disabled', roles: ['admin'], guard: notSelf },
    { event: 'enable', from: 'disabled', to: 'active', roles: ['admin'] },
  ],
});
