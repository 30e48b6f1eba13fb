import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

/**
 * Puts the server's validation messages (`details: [{ field, message }]`) on the form fields they
 * name. Returns true when at least one field was marked. `rename` maps server field names to form
 * field names where they differ (e.g. imageIds → images). Callers still show the
 * message as a toast, for fields the form does not render.
 */
export function applyFieldErrors(form: FormInstance, err: unknown, rename: Record<string, string> = {}): boolean {
  if (!(err instanceof ApiError) || !Array.isArray(err.details)) return false;
  const fields: { name: string; errors: string[] }[] = [];
  for (const d of err.details as { field?: string | null; message?: string }[]) {
    if (!d?.field || !d.message) continue;
    const top = d.field.split('.')[0]!;
    const name = rename[top] ?? top;
    const existing = fields.find((f) => f.name === name);
    if (existing) existing.errors.push(d.message);
    else fields.push({ name, errors: [d.message] });
  }
  if (fields.length === 0) return false;
  form.setFields(fields);
  form.scrollToField(fields[0]!.name, { block: 'center' });
  return true;
}
