import { Steps } from 'antd';
import type { Sample } from '../../../api/matching';
import type { SampleStatus } from '../../../../../src/modules/matching/rules/sample.machine';
import { useI18n } from '../../../i18n/context';

const PATH = ['requested', 'approved', 'shipped', 'received', 'evaluated'] as const;
const onPath = (s: SampleStatus): s is (typeof PATH)[number] => (PATH as readonly string[]).includes(s);

const shortTime = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));

/**
 * The workflow as a progress bar: 申请 → 同意 → 寄出 → 签收 → 评价. A request that left the path
 * (declined, expired, cancelled, overdue) shows the step where it stopped, in red, with its status.
 */
export function SampleSteps({ s }: { s: Sample }) {
  const { t, locale } = useI18n();
  const reachedAt = (status: SampleStatus) => [...s.history].reverse().find((h) => h.to === status)?.at;
  let current = onPath(s.status) ? PATH.indexOf(s.status) : -1;
  let stopped = false;
  if (current < 0) {
    const from = [...s.history].reverse().find((h) => h.to === s.status)?.from as SampleStatus | undefined;
    current = Math.min((from && onPath(from) ? PATH.indexOf(from) : 0) + 1, PATH.length - 1);
    stopped = true;
  }
  const done = s.status === 'evaluated';
  return (
    <Steps
      data-testid="sample-steps"
      data-current={current}
      type="dot"
      size="small"
      responsive={false}
      current={current}
      status={stopped ? 'error' : done ? 'finish' : 'process'}
      style={{ margin: '12px 0 4px' }}
      items={PATH.map((p, i) => {
        const at = i <= current && !(stopped && i === current) ? reachedAt(p) : undefined;
        return {
          key: p,
          title: stopped && i === current ? t(`sample.status.${s.status}`) : t(`sample.step.${p}`),
          content: at ? <span style={{ fontSize: 11 }}>{shortTime(at, locale)}</span> : undefined,
        };
      })}
    />
  );
}
