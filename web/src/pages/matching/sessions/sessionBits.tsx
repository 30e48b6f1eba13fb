import { Steps, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Platform } from '../../../../../src/modules/matching/profiles/profiles.schema';
import { SESSION_STATUSES, type PriceMark, type SessionStatus } from '../../../../../src/modules/matching/rules/session.machine';
import type { Session, SessionSummary } from '../../../api/cooperation';
import { useI18n, type TFunction } from '../../../i18n/context';

/** Every platform once (a Record, so a new platform in the schema fails the type check here). */
const PLATFORM_SET: Record<Platform, true> = { douyin: true, kuaishou: true, shipinhao: true, taobao: true, xiaohongshu: true };
export const PLATFORM_LIST = Object.keys(PLATFORM_SET) as Platform[];

export const SESSION_STATUS_COLORS: Record<SessionStatus, string> = { draft: 'default', scheduled: 'processing', live: 'red', ended: 'gold', reported: 'success', cancelled: 'default' };

export function SessionStatusTag({ status }: { status: SessionStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={SESSION_STATUS_COLORS[status]} data-testid="session-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`session.status.${status}`)}
    </Tag>
  );
}

export function sessionStatusLabel(t: TFunction, s: string): string {
  if (s === 'override') return t('session.overrideEntry');
  return (SESSION_STATUSES as readonly string[]).includes(s) ? t(`session.status.${s as SessionStatus}`) : s;
}

export function PartyDemoTag() {
  const { t } = useI18n();
  return (
    <Tag color="red" data-testid="session-party-demo" style={{ marginInlineEnd: 0 }}>
      {t('session.partyDemo')}
    </Tag>
  );
}

/** 红 低于供货价 / 橙 远低于建议零售价: information for the parties, never a block. */
export function PriceMarkTags({ marks }: { marks: readonly PriceMark[] }) {
  const { t } = useI18n();
  return (
    <>
      {marks.map((m) => (
        <Tag key={m} color={m === 'below_supply' ? 'red' : 'orange'} data-testid="price-mark" data-mark={m} style={{ marginInlineEnd: 0 }}>
          {t(`session.mark.${m}`)}
        </Tag>
      ))}
    </>
  );
}

const wallFmt = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });

/** An instant as Shanghai wall-clock time, 'YYYY-MM-DD HH:mm'. */
export function shanghaiWall(iso: string): string {
  const p = Object.fromEntries(wallFmt.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour === '24' ? '00' : p.hour}:${p.minute}`;
}

/** Picker values are Shanghai wall-clock times (the app shows Asia/Shanghai everywhere). */
export const pickerValue = (iso: string): Dayjs => dayjs(shanghaiWall(iso).replace(' ', 'T'));
export const toInstant = (d: Dayjs): string => `${d.format('YYYY-MM-DDTHH:mm')}:00+08:00`;

/** 2026-11-01 20:00 – 22:00 (the end's date only when it differs). */
export function timeRange(startsAt: string, endsAt: string): string {
  const a = shanghaiWall(startsAt);
  const b = shanghaiWall(endsAt);
  return `${a} – ${a.slice(0, 10) === b.slice(0, 10) ? b.slice(11) : b}`;
}

const PATH = ['draft', 'scheduled', 'live', 'ended', 'reported'] as const;

/** 草稿 → 已排期 → 直播中 → 已结束 → 已提交战报; a cancelled session stops in red. */
export function SessionSteps({ s }: { s: Session }) {
  const { t } = useI18n();
  const cancelled = s.status === 'cancelled';
  let current = (PATH as readonly string[]).indexOf(s.status);
  if (cancelled) {
    const from = [...s.history].reverse().find((h) => h.to === 'cancelled')?.from ?? 'draft';
    current = Math.min(Math.max((PATH as readonly string[]).indexOf(from), 0) + 1, PATH.length - 1);
  }
  const reachedAt = (st: string) => [...s.history].reverse().find((h) => h.to === st && h.event !== 'override')?.at;
  return (
    <Steps
      data-testid="session-steps"
      data-current={current}
      type="dot"
      size="small"
      responsive={false}
      current={current}
      status={cancelled ? 'error' : s.status === 'reported' ? 'finish' : 'process'}
      style={{ margin: '12px 0 4px' }}
      items={PATH.map((p, i) => {
        const at = i <= current && !(cancelled && i === current) ? reachedAt(p) : undefined;
        return {
          key: p,
          title: cancelled && i === current ? t('session.status.cancelled') : t(`session.step.${p}`),
          content: at ? <span style={{ fontSize: 11 }}>{shanghaiWall(at).slice(5)}</span> : undefined,
        };
      })}
    />
  );
}

/** Flags of a session: 党员示范直播间, must-fix wording in the script, the report due or overdue. */
export function SessionFlags({ s }: { s: SessionSummary }) {
  const { t } = useI18n();
  return (
    <>
      {s.partyDemo && <PartyDemoTag />}
      {s.scriptMustFix > 0 && s.status === 'draft' && (
        <Tag color="red" data-testid="session-must-fix" data-n={s.scriptMustFix} style={{ marginInlineEnd: 0 }}>
          {t('session.mustFixTag', { n: s.scriptMustFix })}
        </Tag>
      )}
      {s.reportOverdue ? (
        <Tag color="red" data-testid="session-report-overdue" style={{ marginInlineEnd: 0 }}>
          {t('session.reportOverdue')}
        </Tag>
      ) : (
        s.status === 'ended' &&
        s.reportDueAt && (
          <Tag color="gold" data-testid="session-report-due" style={{ marginInlineEnd: 0 }}>
            {t('session.reportDue', { at: shanghaiWall(s.reportDueAt) })}
          </Tag>
        )
      )}
    </>
  );
}
