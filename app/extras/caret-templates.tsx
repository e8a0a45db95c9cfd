import { render } from 'preact';
import { FieldsForm } from '@/components/palette/FieldsForm';
import { Palette } from '@/components/palette/Palette';
import paletteCss from '@/components/palette/palette.css?inline';
import { prefillFields } from '@/knowledge/template/prefill';
import type { TemplateHit } from '@/lib/background/templates-service';
import { caretAnchor } from '@/lib/editors/caret-anchor';
import { isTextField, select } from '@/lib/editors/dom';
import { insertIntoEditor } from '@/lib/editors/index';
import { isRange, type Replace } from '@/lib/editors/types';
import { defineStrings, uiLang } from '@/lib/i18n';
import { request } from '@/lib/messages';
import { latestEndIn, type PageConversation } from '@/lib/shortcuts/context';
import { typedNow, wordsBefore } from '@/lib/shortcuts/caret';
import { addShadowStyles } from '@/lib/shadow-styles';
import { typeIntoForm } from './held-keys';
import type { InsertTemplateOptions, PaletteOptions } from './api';

/**
 * Templates put in at the agent's caret, from a typed shortcut or the palette: the palette, the fill-in form, the
 * expansion, the insertion and its record. The content script only listens for the keys and hands over what the
 * agent asked for (app/content/shortcuts.ts); the rest comes with the extras, out of every CRM page's script.
 */
const say = defineStrings({
  agentName: { el: 'Το όνομά σας (θα το θυμάμαι)', en: 'Your name (Odigos will remember it)' },
});

/** The caret back where it was after Odigos' UI had focus. */
function refocus(root: HTMLElement | null, saved: Replace | undefined): void {
  if (!root) return;
  root.focus();
  if (isRange(saved)) select(root, saved);
  else if (saved && isTextField(root)) root.setSelectionRange(saved.start, saved.end);
}

/** The caret just after what `saved` covers: the agent's typed text stays, the caret at its end. */
function endOf(saved: Replace | undefined): Replace | undefined {
  if (!isRange(saved)) return saved && { start: saved.end, end: saved.end };
  const end = saved.cloneRange();
  end.collapse(false);
  return end;
}

/** The palette beside the caret; search and preview are asked of the background for the conversation the tab read. */
export function showPalette(container: HTMLElement, { lang, caret, page, onPick, onClose, ...props }: PaletteOptions): void {
  uiLang.value = lang;
  addShadowStyles(container, paletteCss);
  const { root, saved } = caret;
  // The agent has written before the caret: the preview shows what goes in, without a second salutation.
  const greeted = !!root && wordsBefore(root, saved);
  render(
    <Palette
      anchor={caretAnchor(caret, container)}
      {...props}
      // The panel's text: an empty query lists the templates it suggests for this conversation first.
      search={(query) =>
        request('templates.search', { query, limit: 30, conversation: page.suggestFor ?? page.customerText, latestEnd: latestEndIn(page), interactionId: page.interactionId })
      }
      preview={(hit) => request('templates.expand', { packId: hit.packId, entryId: hit.entryId, context: page.context, preview: true, greeted }).then((r) => r.text)}
      onPick={(hit) => {
        render(null, container);
        refocus(root, saved);
        onPick(hit);
      }}
      onClose={() => {
        render(null, container);
        // An unknown shortcut the palette searched for stays as typed, the caret after it (not selected).
        refocus(root, caret.typed ? endOf(saved) : saved);
        onClose();
      }}
    />,
    container,
  );
}

/** The template's fill-in form beside the caret; undefined when cancelled. */
function askFields(container: HTMLElement, hit: TemplateHit, options: InsertTemplateOptions): Promise<Record<string, string> | undefined> {
  uiLang.value = options.lang;
  addShadowStyles(container, paletteCss);
  // What the customer already wrote fills its field (their order number), for the agent to check.
  const values = prefillFields(hit.fields, options.page.customerTexts ?? []);
  return new Promise((resolve) => {
    const done = (fields: Record<string, string> | undefined) => (render(null, container), resolve(fields));
    render(
      <FieldsForm
        anchor={caretAnchor(options.caret, container)}
        values={values}
        title={hit.title}
        fields={hit.fields}
        leadIns={hit.leadIns}
        theme={options.theme}
        onSubmit={(fields) => done(fields)}
        onCancel={() => done(undefined)}
      />,
      container,
    );
    // Keys the agent typed before it showed (the form has focus now: the next ones come to it by themselves).
    const dialog = container.querySelector('[role=dialog]');
    if (dialog && options.held) typeIntoForm(dialog, options.held);
  });
}

/**
 * The template's placeholders (and the agent's name, when it needs one that neither the page nor the options
 * know), asked in one form; the caret goes back where it was. Undefined when the agent cancelled.
 */
async function fillIn(container: HTMLElement, options: InsertTemplateOptions): Promise<{ fields?: Record<string, string>; page: PageConversation } | undefined> {
  const { hit, caret } = options;
  let { page } = options;
  const askName = hit.asksAgentName && !page.context.agent?.name;
  if (!hit.fields.length && !askName) return { page };
  const nameLabel = say('agentName');
  const fields = await askFields(container, { ...hit, fields: askName ? [...hit.fields, nameLabel] : hit.fields }, options);
  if (!fields) {
    refocus(caret.root, isRange(caret.saved) ? undefined : caret.saved);
    return undefined;
  }
  refocus(caret.root, caret.saved);
  if (!askName) return { fields, page };
  const { [nameLabel]: name = '', ...rest } = fields;
  if (name.trim()) {
    page = { ...page, context: { ...page.context, agent: { ...page.context.agent, name: name.trim() } } };
    // Remembered: the next template does not ask again.
    await options.saveAgentName(name.trim()).catch(() => undefined);
  }
  return { fields: rest, page };
}

/** What was inserted, in the interaction's timeline (a record, not a condition for inserting). */
async function recordInsertion(page: PageConversation, hit: TemplateHit, text: string, via: InsertTemplateOptions['via']): Promise<void> {
  try {
    await request('timeline.add', {
      interactionId: page.interactionId,
      label: page.label,
      url: location.href,
      at: Date.now(),
      customer: page.context.customer?.name,
      event: {
        kind: 'template-inserted',
        templateId: hit.entryId,
        packId: hit.packId,
        via,
        title: hit.title,
        // Compared with the reply the thread then shows (what agents change in templates), then dropped.
        text: text.slice(0, 2_000),
      },
    });
  } catch {
    // The timeline is a record, not a condition for inserting.
  }
}

/** Fill in, expand and insert a template at the agent's caret, then learn the choice and record it (done once inserted). */
export async function insertTemplate(container: HTMLElement, options: InsertTemplateOptions): Promise<void> {
  const { hit, caret, via } = options;
  const filled = await fillIn(container, options);
  if (!filled) return;
  const { fields, page } = filled;
  const at = () => (caret.typed && caret.root ? typedNow(caret.root, caret.saved, caret.typed) : caret.saved);
  // Words of the agent's before it («Hello Nick,», an earlier template): the template's salutation line stays out.
  const greeted = !!caret.root && wordsBefore(caret.root, at());
  const { text, cursorOffset } = await request('templates.expand', { packId: hit.packId, entryId: hit.entryId, context: page.context, fields, greeted });
  const saved = at();
  await insertIntoEditor(caret.root ?? document.body, { text, cursorOffset }, saved);
  // Chosen for this customer's message: it rises a little in the suggestions for similar ones (learnt locally).
  // Sent before the timeline's round trip: an agent who moves to the next ticket at once must not lose it.
  if (page.customerText) void request('knowledge.chose', { text: page.customerText, packId: hit.packId, entryId: hit.entryId }).catch(() => undefined);
  // Not awaited: the caller ignores the agent's next keys (the palette's hotkey, the next shortcut) until this
  // resolves, and the record's round trip through a busy background must not swallow them.
  void recordInsertion(page, hit, text, via);
}

