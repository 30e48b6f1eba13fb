import { recordAudit } from '../../../core/audit/audit.service.js';
import { DomainError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/fsm/workflow-events.repo.js';
import { nowIso, shanghaiDate } from '../../../core/time.js';
import { deskActor, type DeskViewer } from '../desk.access.js';
import * as repo from './tickets.repo.js';
import { MACHINE, toFollowup, visibleTicket, type DeskDeps } from './tickets.service.js';

/** Follow-up calls after a rating of 1–2 (SPEC §2.4), for the officers of the departments concerned. */
export async function listFollowups(deps: DeskDeps, viewer: DeskViewer, openOnly: boolean) {
  const today = shanghaiDate();
  const rows = await repo.followupsUnder(deps.db, viewer.officerScope.pathPrefixes, openOnly);
  return { items: rows.map((r) => toFollowup(r, today)) };
}

export async function completeFollowup(deps: DeskDeps, viewer: DeskViewer, id: string, note: string) {
  const followup = await repo.findFollowup(deps.db, id);
  if (!followup) throw new DomainError('NOT_FOUND', '回访任务不存在');
  await deps.db.transaction().execute(async (trx) => {
    const { row, relations } = await visibleTicket(trx, viewer, followup.ticket_id);
    if (!relations.some((r) => r === 'officer' || r === 'head')) throw new DomainError('NOT_FOUND', '回访任务不存在');
    const current = await repo.findFollowup(trx, id);
    if (current?.status !== 'open') throw new DomainError('CONFLICT', '该回访已记录');
    await repo.updateFollowup(trx, id, { status: 'done', note, done_by: viewer.userId, done_at: nowIso() });
    await recordTransition(trx, { machine: MACHINE, entityId: row.id, from: row.status, to: row.status, event: 'followup_done', actorId: viewer.userId, note });
    await recordAudit(trx, deskActor(viewer, { unitPath: row.unit_path, departmentPath: row.department_path }), { action: 'desk.followup.done', entityType: 'desk_ticket', entityId: row.id, after: { followupId: id, note } });
  });
  return toFollowup((await repo.followupOf(deps.db, followup.ticket_id))!, shanghaiDate());
}
