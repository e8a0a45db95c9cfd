import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PublishPane } from '@/components/studio/PublishPane';
import { StudioShell } from '@/components/studio/StudioShell';
import { refusalText } from '@/components/studio/refusals';
import { STUDIO_STRINGS } from '@/components/studio/strings';
import { uiLang } from '@/lib/i18n';
import { ApiError, asRefusal, createApi } from '@/studio/client/api';
import type { StudioState } from '@/studio/model/api';
import { REFUSAL_CODES, refusalOf, unexpected } from '@/studio/model/refusal';
import type { PublishState } from '@/studio/model/ui';
import { useRenderRoot } from '../overlay/render-root';

const root = useRenderRoot();

/** An English sentence of the server's (two or more English words in a row), which a Greek page must not show. */
const ENGLISH_SENTENCE = /\b(?:no key at|is no longer|not above|changed meanwhile|cannot be read|the pack has errors|request too large|folder lock)\b/i;

const noKey = refusalOf('publish.noKey', { path: '/home/eleni/.odigos/keys/acme-support.key', base: '/home/eleni/.odigos/keys/acme-support' });

/**
 * The server's refusals reached the page as English sentences set inside Greek ones («Η δημοσίευση σταμάτησε: no
 * key at …»). The server now sends a code and its data; the page words it in the trainer's language.
 */
describe('the studio server’s refusals, in the trainer’s language', () => {
  it('has Greek and English words for every refusal code', () => {
    for (const code of REFUSAL_CODES) expect(STUDIO_STRINGS, code).toHaveProperty([`refusal.${code}`]);
  });

  it('a publish refused for a missing key says where, and the keygen command that makes one (Greek and English)', () => {
    uiLang.value = 'el';
    expect(refusalText(noKey)).toBe(
      'Δεν βρέθηκε κλειδί υπογραφής στο /home/eleni/.odigos/keys/acme-support.key: δημιουργήστε ένα με `odigos keygen -o /home/eleni/.odigos/keys/acme-support` ή διορθώστε τη διαδρομή στο πεδίο «Κλειδί υπογραφής».',
    );
    uiLang.value = 'en';
    expect(refusalText(noKey)).toBe(
      'No signing key at /home/eleni/.odigos/keys/acme-support.key: make one with `odigos keygen -o /home/eleni/.odigos/keys/acme-support` or correct the path in the “Signing key” field.',
    );
    uiLang.value = 'el';
  });

  it('the publish page shows the refusal inside its Greek sentence, with no English one', () => {
    uiLang.value = 'el';
    const preview = { current: '1.0.0', next: '1.1.0', problems: [], outDir: '/tmp/out', keyFile: noKey.params!.path!, keyExists: true };
    const state: PublishState = { busy: false, bump: 'minor', changelog: '', outDir: '/tmp/out', keyFile: noKey.params!.path!, url: '', preview, error: noKey };
    act(() => render(<PublishPane state={state} unsaved={false} entryAt={() => undefined} onSet={() => undefined} onPreview={() => undefined} onPublish={() => undefined} />, root()));
    const alert = root().querySelector('[role="alert"]')!.textContent!;
    expect(alert).toMatch(/^Η δημοσίευση σταμάτησε: Δεν βρέθηκε κλειδί υπογραφής στο \/home\/eleni\/\.odigos\/keys\/acme-support\.key: δημιουργήστε ένα με `odigos keygen -o /);
    expect(alert).not.toMatch(ENGLISH_SENTENCE);
  });

  it('says each refusal with its data: a version not above the published, a file gone, a locked folder', () => {
    uiLang.value = 'el';
    expect(refusalText(refusalOf('publish.notAbove', { version: '1.1.0', published: '1.2.0' }))).toBe(
      'Η έκδοση 1.1.0 δεν είναι μεγαλύτερη από τη δημοσιευμένη 1.2.0: επιλέξτε νεότερη έκδοση ή άλλον φάκελο εξόδου.',
    );
    expect(refusalText(refusalOf('file.gone', { file: 'templates/refund.md' }))).toMatch(/^Το templates\/refund\.md δεν υπάρχει πια στον φάκελο .*: ανοίξτε την καταχώριση από τη λίστα\.$/);
    expect(refusalText(refusalOf('folder.locked'))).toBe('Ένα άλλο στούντιο γράφει αυτή τη στιγμή στον φάκελο: περιμένετε λίγο και δοκιμάστε ξανά.');
    uiLang.value = 'en';
    expect(refusalText(refusalOf('publish.notAbove', { version: '1.1.0', published: '1.2.0' }))).toBe(
      'Version 1.1.0 is not above the published 1.2.0: choose a newer version or another output folder.',
    );
    expect(refusalText(refusalOf('file.gone', { file: 'templates/refund.md' }))).toMatch(/^templates\/refund\.md is no longer in the folder/);
    uiLang.value = 'el';
  });

  it('keeps an unexpected error readable: a Greek lead sentence, then the raw detail; a code the page does not know too', () => {
    uiLang.value = 'el';
    const said = refusalText(unexpected('EACCES: permission denied, open \'/srv/pack/pack.yaml\''));
    expect(said).toMatch(/^Κάτι πήγε στραβά στο στούντιο: δοκιμάστε ξανά/);
    expect(said).toMatch(/Λεπτομέρεια: EACCES: permission denied, open '\/srv\/pack\/pack\.yaml'$/);
    const newer = refusalText({ code: 'publish.someday' as never, params: { path: '/x' } });
    expect(newer).toMatch(/^Κάτι πήγε στραβά στο στούντιο: .*publish\.someday .*\/x/);
  });

  it('the banner at the top of the page words the refusal in the language chosen', () => {
    const state = { folder: '/srv/pack', bundled: false, revision: 1, packLang: 'el', pack: { hash: 'h' }, entries: [], broken: [], newDrafts: [], packProblems: [], counts: { errors: 0, warnings: 0 } } as unknown as StudioState;
    const shell = () => (
      <StudioShell state={state} page={{ name: 'home' }} lang={uiLang.value} lost={false} message={refusalOf('file.gone', { file: 'templates/refund.md' })} list={null} onLang={() => undefined}>
        {null}
      </StudioShell>
    );
    uiLang.value = 'el';
    act(() => render(shell(), root()));
    expect(root().querySelector('.st-banner[role="alert"]')!.textContent).toMatch(/^Το templates\/refund\.md δεν υπάρχει πια στον φάκελο/);
    uiLang.value = 'en';
    act(() => render(shell(), root()));
    expect(root().querySelector('.st-banner[role="alert"]')!.textContent).toMatch(/^templates\/refund\.md is no longer in the folder/);
    uiLang.value = 'el';
  });
});

describe('the page reads a refusal from the server’s answer', () => {
  const answering = (status: number, body: string) => (async () => new Response(body, { status, statusText: 'Not Found' })) as unknown as typeof fetch;

  it('takes the refusal the server sent', async () => {
    const body = JSON.stringify({ error: 'templates/refund.md is no longer in the folder', refusal: { code: 'file.gone', params: { file: 'templates/refund.md' } } });
    const failed = await createApi('t', answering(404, body)).call('POST /api/entry', { file: 'templates/refund.md' }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(ApiError);
    expect(asRefusal(failed)).toEqual({ code: 'file.gone', params: { file: 'templates/refund.md' } });
  });

  it('an answer without one (a proxy’s page) or no answer at all is unexpected, its words kept as the detail', async () => {
    const failed = await createApi('t', answering(502, '<html>Bad gateway</html>')).call('GET /api/state', {}).catch((e: unknown) => e);
    expect(asRefusal(failed)).toEqual({ code: 'unexpected', params: { detail: '502 Not Found' } });
    expect(asRefusal(new TypeError('Failed to fetch'))).toEqual({ code: 'unexpected', params: { detail: 'Failed to fetch' } });
  });
});
