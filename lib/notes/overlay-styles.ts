import css from '@/components/notes/notes.css?inline';
import { addShadowStyles } from '../extras/styles';

/** The notes editor adds its own sheet to the overlay's shadow root (the overlay's styles stay with the overlay). */
export function adoptNotesStyles(inside: Node): void {
  addShadowStyles(inside, css);
}
