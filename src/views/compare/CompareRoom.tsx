export default function CompareRoom() {
  return <section className="panel">Compare</section>;
}
