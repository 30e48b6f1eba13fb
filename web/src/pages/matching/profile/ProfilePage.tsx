/** Placeholder until the page is written (issue 5 in progress). */
export function ProfilePage() {
  return <div data-testid="page-todo">…</div>;
}
