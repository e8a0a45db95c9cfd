import { defineStrings } from '@/lib/i18n';

const say = defineStrings({ choose: { el: 'Επιλογή αρχείου…', en: 'Choose a file…' } });

interface FileChooserProps {
  /** What the file is (the input's name). */
  label: string;
  accept: string;
  disabled?: boolean;
  /** The file chosen, said beside the button (the browser's own field said it, in the browser's language). */
  chosen?: string;
  /** A file was chosen: the input, with its files. */
  onChoose(input: HTMLInputElement): void;
}

/**
 * A file field in the agent's language. The browser's own draws «Choose File» and «No file chosen» in the browser's
 * locale whatever language the agent chose (English words on the Greek notes page and Options), and no page can
 * change them: the input stays (the keyboard, the file picker, screen readers and tests reach it, named by the label)
 * but is drawn as a button with our words. What the file does is said where it is used (an import acts at once).
 */
export function FileChooser({ label, accept, disabled, chosen, onChoose }: FileChooserProps) {
  return (
    <label class="file-chooser">
      {label}
      <input type="file" class="file-chooser-input" accept={accept} disabled={disabled} onChange={(e) => onChoose(e.currentTarget)} />
      <span class="file-chooser-button" aria-hidden="true">
        {say('choose')}
      </span>
      {chosen && (
        <span class="file-chooser-name" aria-hidden="true">
          {chosen}
        </span>
      )}
    </label>
  );
}
