export default function SourcesView() {
  return <section className="panel">Sources</section>;
}
