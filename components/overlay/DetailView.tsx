import { SopView, type SopViewProps } from './SopView';
import { TemplateView, type TemplateViewProps } from './TemplateView';

/** An opened suggestion: its kind and the props of its view. */
export type DetailProps = ({ kind: 'sop' } & SopViewProps) | ({ kind: 'template' } & TemplateViewProps);

/** The SOP or template the agent opened (in the page it comes with the extras bundle; the side panel has it). */
export function DetailView(props: DetailProps) {
  return props.kind === 'sop' ? <SopView {...props} /> : <TemplateView {...props} />;
}
