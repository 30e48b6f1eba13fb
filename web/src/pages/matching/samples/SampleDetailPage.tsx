/** Placeholder until the page is written (issue 5 in progress). */
export function SampleDetailPage({ base }: { base: string }) {
  return <div data-testid="page-todo">{base}</div>;
}
