/** Placeholder until the page is written (issue 5 in progress). */
export function MySamplesPage() {
  return <div data-testid="page-todo">…</div>;
}
