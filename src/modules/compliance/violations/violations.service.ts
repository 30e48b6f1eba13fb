import type { Kysely } from 'kysely';
import { recordAudit } from '../../../core/audit/audit.service.js';
import type { DB } from '../../../core/db/schema.js';
import { DomainError } from '../../../core/errors.js';
import { historyOf, recordTransition } from '../../../core/fsm/workflow-events.repo.js';
import { activeStreamer } from '../../../core/identity/users.repo.js';
import { newId } from '../../../core/ids.js';
import { notify } from '../../../core/notifications/notifications.service.js';
import { nowIso } from '../../../core/time.js';
import { actorFor, isStaffFor, type CatalogViewer } from '../../catalog/access.js';
import { attachFiles, filesOf, toFileRef } from '../../catalog/files/files.service.js';
import { staffOver } from '../../catalog/producers/producers.service.js';
import * as conventionRepo from '../convention/convention.repo.js';
import { canStillRespond, violationMachine, type ViolationFacts, type ViolationSource, type ViolationStatus } from './violation.machine.js';
import * as repo from './violations.repo.js';
import type { ReportInput, TransitionInput, Violation } from './violations.schema.js';

/**
 * Violations of the streamer convention (SPEC §2.3). Base staff see and decide those of streamers
 * in their units; the streamer sees their own and may respond until a decision; a reporter sees
 * what became of their report, never who else was involved.
 */
const MACHINE = violationMachine.name;
/** Stands for the input a decision dialog asks for, when listing the buttons a viewer has. */
const ASKED_FOR = 'asked-for-in-the-dialog';

type ViewerRelation = Violation['viewerIs'];

function relationOf(viewer: CatalogViewer, row: repo.ViolationRow): ViewerRelation | null {
  if (isStaffFor(viewer, row.unit_path)) return 'staff';
  if (row.streamer_id === viewer.userId) return 'accused';
  if (row.reporter_id === viewer.userId) return 'reporter';
  return null;
}

async function visibleViolation(db: Kysely<DB>, viewer: CatalogViewer, id: string) {
  const row = await repo.findViolation(db, id);
  const relation = row && relationOf(viewer, row);
  if (!row || !relation) throw new DomainError('NOT_FOUND', '违规记录不存在或无权查看');
  return { row, relation };
}

const staffRoles = (viewer: CatalogViewer, relation: ViewerRelation) => (relation === 'staff' ? viewer.roles : []);

async function clauseTextOf(db: Kysely<DB>, clause: number | null): Promise<string | null> {
  if (clause === null) return null;
  const c = await conventionRepo.latestConvention(db);
  if (!c) return null;
  return (await conventionRepo.clausesOf(db, c.id)).find((k) => k.number === clause)?.text ?? null;
}

function toSummary(row: repo.ViolationRow) {
  return {
    id: row.id,
    status: row.status as ViolationStatus,
    source: row.source as ViolationSource,
    streamer: { userId: row.streamer_id, displayName: row.streamer_name, unitName: row.unit_name },
    summary: row.summary,
    clause: row.decided_clause ?? row.clause,
    occurredOn: row.occurred_on,
    reportedAt: row.created_at,
    hasResponse: row.response_text !== null,
    creditDeduction: row.credit_deduction,
  };
}

export async function getViolation(db: Kysely<DB>, viewer: CatalogViewer, id: string): Promise<Violation> {
  const { row, relation } = await visibleViolation(db, viewer, id);
  const [files, history, clauseText] = await Promise.all([filesOf(db, 'violation', [id]), historyOf(db, MACHINE, id), clauseTextOf(db, row.decided_clause)]);
  const status = row.status as ViolationStatus;
  const asked: ViolationFacts = { clauseExists: true, evidence: ASKED_FOR, creditDeduction: 1, reason: ASKED_FOR };
  const roles = staffRoles(viewer, relation);
  return {
    ...toSummary(row),
    details: row.details,
    place: row.place,
    evidenceText: row.evidence_text,
    evidenceFiles: files.map(toFileRef),
    finding: row.finding_json ? JSON.parse(row.finding_json) : null,
    reporterName: relation === 'staff' ? row.reporter_name : null,
    response: row.response_text && row.responded_at ? { text: row.response_text, at: row.responded_at } : null,
    decision: row.decided_at
      ? { clause: row.decided_clause, clauseText, evidence: row.decided_evidence, creditDeduction: row.credit_deduction, note: row.decision_note, decidedByName: row.decided_by_name, at: row.decided_at }
      : null,
    rectification: row.rectification_note && row.rectified_at ? { note: row.rectification_note, at: row.rectified_at } : null,
    // The accused sees who acted only as "base staff"; the reporter sees the steps, not the names.
    history: history.map((h) => ({ event: h.event, from: h.from_state, to: h.to_state, actorName: relation === 'staff' ? h.actor_name : null, note: relation === 'reporter' ? null : h.note, at: h.at })),
    viewerIs: relation,
    actions: violationMachine.available(status, asked, roles),
    blockedActions: violationMachine.blocked(status, asked, roles),
    canRespond: relation === 'accused' && canStillRespond(status),
  };
}

function sourceOf(viewer: CatalogViewer, input: ReportInput, staffForStreamer: boolean): ViolationSource {
  if (input.finding) return 'checker';
  if (staffForStreamer) return 'staff';
  if (viewer.roles.includes('producer')) return 'producer';
  if (viewer.roles.includes('streamer')) return 'streamer';
  // Staff may only report streamers in their own units; anyone else has no standing here.
  throw new DomainError('NOT_FOUND', '该主播不存在或不在您的管辖范围内');
}

export async function reportViolation(db: Kysely<DB>, viewer: CatalogViewer, input: ReportInput): Promise<Violation> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const streamer = await activeStreamer(trx, input.streamerId);
    if (!streamer) throw new DomainError('NOT_FOUND', '该主播不存在或已停用');
    if (input.streamerId === viewer.userId) throw new DomainError('VALIDATION_FAILED', '不能举报自己', [{ field: 'streamerId', message: '不能举报自己' }]);
    const staffForStreamer = isStaffFor(viewer, streamer.unit_path);
    const source = sourceOf(viewer, input, staffForStreamer);
    if (source === 'checker' && !staffForStreamer) throw new DomainError('FORBIDDEN', '只有主播所在单位的工作人员可以把检查结果登记为违规');
    const now = nowIso();
    await repo.insertViolation(trx, {
      id,
      streamer_id: input.streamerId,
      unit_id: streamer.unit_id,
      status: violationMachine.initial,
      source,
      reporter_id: viewer.userId,
      summary: input.summary,
      details: input.details || null,
      clause: input.clause ?? input.finding?.clause ?? null,
      occurred_on: input.occurredOn ?? null,
      place: input.place || null,
      evidence_text: input.evidenceText || null,
      finding_json: input.finding ? JSON.stringify(input.finding) : null,
      response_text: null,
      responded_at: null,
      decided_clause: null,
      decided_evidence: null,
      credit_deduction: null,
      decision_note: null,
      decided_by: null,
      decided_at: null,
      rectification_note: null,
      rectified_at: null,
      created_at: now,
      updated_at: now,
    });
    await attachFiles(trx, { ids: input.evidenceFileIds, purposes: ['violation_evidence'], entityType: 'violation', entityId: id, userId: viewer.userId, detachOthers: false });
    await recordTransition(trx, { machine: MACHINE, entityId: id, from: null, to: 'reported', event: 'report', actorId: viewer.userId, note: input.summary });
    await recordAudit(trx, actorFor(viewer, streamer.unit_path), { action: 'compliance.violation.report', entityType: 'violation', entityId: id, after: { streamerId: input.streamerId, source, summary: input.summary, clause: input.clause ?? null } });
    await notify(trx, input.streamerId, {
      kind: 'compliance.violation.reported',
      title: '您有一条违规举报待处理',
      body: `「${input.summary}」已登记，基地核查前您可以陈述和申辩。`,
      link: `/compliance/my-violations/${id}`,
    });
    const staff = (await staffOver(trx, streamer.unit_path)).filter((u) => u !== viewer.userId);
    await notify(trx, staff, { kind: 'compliance.violation.new', title: '新的违规举报', body: `主播「${streamer.display_name}」：${input.summary}`, link: `/compliance/violations/${id}` });
  });
  return getViolation(db, viewer, id);
}

export async function respondToViolation(db: Kysely<DB>, viewer: CatalogViewer, id: string, text: string): Promise<Violation> {
  await db.transaction().execute(async (trx) => {
    const { row, relation } = await visibleViolation(trx, viewer, id);
    if (relation !== 'accused') throw new DomainError('FORBIDDEN', '只有被举报的主播本人可以陈述申辩');
    if (!canStillRespond(row.status as ViolationStatus)) throw new DomainError('INVALID_TRANSITION', '已作出处理决定，不能再陈述申辩');
    const now = nowIso();
    await repo.updateViolation(trx, id, { response_text: text, responded_at: now, updated_at: now });
    await recordAudit(trx, { ...viewer.actor, unitId: row.unit_id }, { action: 'compliance.violation.respond', entityType: 'violation', entityId: id, before: { response: row.response_text }, after: { response: text } });
    await notify(trx, await staffOver(trx, row.unit_path), { kind: 'compliance.violation.response', title: '主播提交了陈述申辩', body: `「${row.streamer_name}」就「${row.summary}」提交了陈述申辩。`, link: `/compliance/violations/${id}` });
  });
  return getViolation(db, viewer, id);
}

const OUTCOME_TEXT: Partial<Record<TransitionInput['event'], string>> = { review: '进入核查', confirm: '已认定为违规', dismiss: '不予认定', rectify: '已确认整改' };

export async function transitionViolation(db: Kysely<DB>, viewer: CatalogViewer, id: string, input: TransitionInput): Promise<Violation> {
  await db.transaction().execute(async (trx) => {
    const { row, relation } = await visibleViolation(trx, viewer, id);
    const convention = await conventionRepo.latestConvention(trx);
    const clauses = convention ? await conventionRepo.clausesOf(trx, convention.id) : [];
    const facts: ViolationFacts = {
      clauseExists: input.clause != null && clauses.some((c) => c.number === input.clause),
      evidence: input.evidence ?? null,
      creditDeduction: input.creditDeduction ?? null,
      reason: input.reason ?? null,
    };
    const to = violationMachine.apply(row.status as ViolationStatus, input.event, facts, staffRoles(viewer, relation));
    const now = nowIso();
    const set: Partial<repo.ViolationRow> = { status: to, updated_at: now };
    if (input.event === 'confirm') Object.assign(set, { decided_clause: input.clause, decided_evidence: input.evidence, credit_deduction: input.creditDeduction, decision_note: input.reason || null, decided_by: viewer.userId, decided_at: now });
    if (input.event === 'dismiss') Object.assign(set, { decision_note: input.reason, decided_by: viewer.userId, decided_at: now });
    if (input.event === 'rectify') Object.assign(set, { rectification_note: input.reason, rectified_at: now });
    await repo.updateViolation(trx, id, set);
    const note = input.event === 'confirm' ? `第 ${input.clause} 条，扣 ${input.creditDeduction} 分${input.reason ? `；${input.reason}` : ''}` : (input.reason ?? null);
    await recordTransition(trx, { machine: MACHINE, entityId: id, from: row.status, to, event: input.event, actorId: viewer.userId, note });
    await recordAudit(trx, actorFor(viewer, row.unit_path), { action: `compliance.violation.${input.event}`, entityType: 'violation', entityId: id, before: { status: row.status }, after: { status: to, clause: input.clause ?? null, creditDeduction: input.creditDeduction ?? null, reason: input.reason ?? null } });
    const outcome = OUTCOME_TEXT[input.event]!;
    const deduction = input.event === 'confirm' ? `（公约第 ${input.clause} 条，信用扣 ${input.creditDeduction} 分）` : '';
    await notify(trx, row.streamer_id, { kind: `compliance.violation.${input.event}`, title: `违规记录${outcome}`, body: `「${row.summary}」${outcome}${deduction}`, link: `/compliance/my-violations/${id}` });
    // Producers and streamers who reported hear the outcome; staff reporters follow it in their queue.
    const outsideReporter = row.source === 'producer' || row.source === 'streamer';
    if (outsideReporter && (input.event === 'confirm' || input.event === 'dismiss')) {
      await notify(trx, row.reporter_id, { kind: `compliance.report.${input.event}`, title: `您的举报${outcome}`, body: `您举报的「${row.summary}」${outcome}。`, link: `/compliance/reports/${id}` });
    }
  });
  return getViolation(db, viewer, id);
}

export async function listViolations(db: Kysely<DB>, owner: repo.ViolationOwner, f: repo.ViolationFilter) {
  const page = await repo.pageOfViolations(db, owner, f);
  const counts = { reported: 0, under_review: 0, confirmed: 0, dismissed: 0, rectified: 0 } satisfies Record<ViolationStatus, number>;
  for (const c of page.counts) counts[c.status] = c.n;
  return { items: page.items.map(toSummary), total: page.total, counts };
}

/** Streamers a user may report: staff their units' streamers; producers and streamers anyone active. */
export async function streamersToReport(db: Kysely<DB>, viewer: CatalogViewer, q: string | undefined) {
  const everyone = viewer.roles.includes('producer') || viewer.roles.includes('streamer');
  const rows = await repo.pickStreamers(db, q, everyone ? null : viewer.staffScope.pathPrefixes, 20);
  return { items: rows.filter((r) => r.user_id !== viewer.userId).map((r) => ({ userId: r.user_id, displayName: r.display_name, unitName: r.unit_name })) };
}

/** A violation's evidence files are readable by whoever may read the violation. */
export async function canReadViolationFile(db: Kysely<DB>, viewer: CatalogViewer, violationId: string): Promise<boolean> {
  const row = await repo.findViolation(db, violationId);
  return Boolean(row && relationOf(viewer, row));
}
