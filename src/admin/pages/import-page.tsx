export function ImportPage() {
  return (
    <section>
      <h1>Import</h1>
    </section>
  );
}
