/** Placeholder until the page is written (issue 5 in progress). */
export function SampleRequestsPage() {
  return <div data-testid="page-todo">…</div>;
}
