import { expandTemplate, type ExpansionContext } from '@/knowledge/template/index';
import type { Lang } from '@/knowledge/types';
import { fill } from '@/lib/i18n';
import { sayStudio, type StudioStringKey } from './strings';

/** Customers whose names test the Greek rules: a man, a woman, and a CRM that writes names in capitals, surname first. */
export const SAMPLE_CUSTOMERS: Record<Lang, Array<{ name: string; kind: StudioStringKey }>> = {
  el: [
    { name: 'Γιώργος Παπαδόπουλος', kind: 'preview.male' },
    { name: 'Μαρία Κωνσταντίνου', kind: 'preview.female' },
    { name: 'ΠΑΠΑΔΑΚΗΣ ΝΙΚΟΛΑΟΣ', kind: 'preview.caps' },
  ],
  en: [
    { name: 'John Smith', kind: 'preview.male' },
    { name: 'Emma Brown', kind: 'preview.female' },
    { name: 'SMITH JOHN', kind: 'preview.caps' },
  ],
};

/** What the overlay gives the expander for a customer (the CRM shows a full name and a ticket number). */
export function sampleContext(name: string, agentName: string): ExpansionContext {
  return { customer: { name }, ticket: { id: '48213' }, agent: { name: agentName } };
}

/** A template filled as the overlay's preview fills it: values where known, fill-in fields shown as [Label]. */
export function previewText(body: string, context: ExpansionContext, lang: Lang): string {
  return expandTemplate(body, context, { lang, onMissing: 'keep' }).text.replace(/\{\{\s*field\s*:\s*([^}|]+?)\s*(?:\|[^}]*)?\}\}/g, '[$1]');
}

/** The template for three sample customers, with the salutation and the first name in the vocative shown apart. */
export function TemplatePreview(props: { body: string; lang: Lang }) {
  const agent = sayStudio('preview.agent');
  return (
    <section class="st-preview" aria-labelledby="st-preview-h">
      <h3 id="st-preview-h">{sayStudio('preview.title')}</h3>
      <p class="st-hint">{sayStudio('preview.intro')}</p>
      {!props.body.trim() ? (
        <p class="st-hint">{sayStudio('preview.empty')}</p>
      ) : (
        SAMPLE_CUSTOMERS[props.lang].map((c) => {
          const context = sampleContext(c.name, agent);
          const one = (placeholder: string) => expandTemplate(placeholder, context, { lang: props.lang }).text;
          return (
            <article key={c.name} class="st-sample" data-customer={c.name}>
              <h4>
                {fill(sayStudio('preview.customer'), { name: c.name })} <span class="st-muted">({sayStudio(c.kind)})</span>
              </h4>
              <dl class="st-facts">
                <dt>{sayStudio('preview.salutation')}</dt>
                <dd data-testid="salutation">{one('{{customer.salutation}}')}</dd>
                <dt>{sayStudio('preview.firstName')}</dt>
                <dd data-testid="vocative">{one('{{customer.firstName}}')}</dd>
              </dl>
              <p class="st-preview-text">{previewText(props.body, context, props.lang)}</p>
            </article>
          );
        })
      )}
    </section>
  );
}
