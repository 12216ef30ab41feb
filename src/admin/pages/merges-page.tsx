export function MergesPage() {
  return (
    <section>
      <h1>Merges</h1>
    </section>
  );
}
