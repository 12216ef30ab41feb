export function DuplicatesPage({ clusterId }: { clusterId?: string }) {
  return (
    <section>
      <h1>Duplicates</h1>
      {clusterId}
    </section>
  );
}
