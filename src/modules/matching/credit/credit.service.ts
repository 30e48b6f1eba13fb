import type { Kysely } from 'kysely';
import type { DB } from '../../../core/db/schema.js';
import { hasSignedCurrent } from '../../compliance/convention/convention.service.js';
import { deductionsSince } from '../../compliance/violations/violations.repo.js';
import { creditScore, type CreditScore } from '../rules/credit-score.js';
import { reportRecord } from '../sessions/sessions.repo.js';
import { followThroughRate, sampleQuota } from '../rules/sample.machine.js';
import { openCount, outcomesOf } from '../samples/samples.repo.js';

export interface StreamerRecord {
  credit: CreditScore;
  sampleQuota: number;
  openSamples: number;
  followThrough: { rate: number | null; evaluated: number; overdue: number };
}

/**
 * A streamer's credit score from their record of the last 365 days: the convention, confirmed
 * violations, sample follow-through, sales reports on time, refunds and complaints.
 */
export async function streamerRecord(db: Kysely<DB>, streamerId: string, now = new Date()): Promise<StreamerRecord> {
  const since = new Date(now.getTime() - 365 * 86_400_000).toISOString();
  const [signed, deductions, lastYear, allTime, open, reports] = await Promise.all([
    hasSignedCurrent(db, streamerId),
    deductionsSince(db, streamerId, since),
    outcomesOf(db, streamerId, since),
    outcomesOf(db, streamerId, null),
    openCount(db, streamerId),
    reportRecord(db, streamerId, since, now.toISOString()),
  ]);
  const credit = creditScore({
    conventionSigned: signed,
    violationDeductions: deductions,
    samplesOverdue: lastYear.overdue,
    reportsLate: reports.late,
    reportsMissing: reports.missing,
    unitsSold: reports.unitsSold,
    unitsRefunded: reports.unitsRefunded,
    complaints: reports.complaints,
  });
  return {
    credit,
    sampleQuota: sampleQuota(credit.score),
    openSamples: open,
    followThrough: { rate: followThroughRate(allTime.evaluated, allTime.overdue), ...allTime },
  };
}
