import type { Segment } from '@/knowledge/text/mark';

/** Segments as text nodes, the marked ones inside <mark> (never HTML parsing of page or pack text). */
export function Marked(props: { segments: readonly Segment[] }) {
  return <>{props.segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}
