import { useCallback, useEffect, useRef, useState } from 'react';
import { complianceApi, type CheckResult } from '../../../api/compliance';
import { useNotifyError } from '../../../components/useNotifyError';

/** A result together with the exact text it was computed for: its offsets index that text only. */
export interface Checked {
  text: string;
  result: CheckResult;
}

/** Typing pause after which a text that was checked before is checked again. */
const RECHECK_DELAY_MS = 700;

/**
 * Runs checks and keeps the latest answer. Answers arriving out of order are dropped (only the
 * last request counts), so the result shown always belongs to `checked.text`. Once a text has
 * been checked, later edits are re-checked after a short pause.
 */
export function useChecker(text: string, maxChars: number) {
  const notifyError = useNotifyError();
  const seq = useRef(0);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [pending, setPending] = useState(false);

  const run = useCallback(
    async (input: string) => {
      const mine = ++seq.current;
      setPending(true);
      try {
        const result = await complianceApi.check(input);
        if (mine === seq.current) setChecked({ text: input, result });
      } catch (err) {
        if (mine === seq.current) notifyError(err);
      } finally {
        if (mine === seq.current) setPending(false);
      }
    },
    [notifyError],
  );

  const reset = useCallback(() => {
    seq.current++;
    setPending(false);
    setChecked(null);
  }, []);

  const stale = checked !== null && checked.text !== text;
  useEffect(() => {
    if (!stale) return;
    if (text.trim() === '') {
      reset();
      return;
    }
    if (text.length > maxChars) return;
    const timer = setTimeout(() => void run(text), RECHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [stale, text, maxChars, run, reset]);

  return { checked, stale, pending, run, reset };
}
