import { fill } from '@/lib/i18n';
import { NO_ENTRY } from '@/knowledge/engine/cross-validate';
import type { ProblemEntryRef } from '@/studio/model/api';
import type { CvState } from '@/studio/model/ui';
import { FieldProblems } from './fields';
import { sayStudio } from './strings';

export interface QualityPaneProps {
  state: CvState;
  /** The entry's file in the folder, to add phrases to it. */
  fileOf(entryId: string): string | undefined;
  /** The entry in `file` (a saved one or a new draft checked there; undefined: none), to say where each error that blocks is. */
  entryAt(file: string): ProblemEntryRef | undefined;
  onRun(): void;
}

/** crossValidate gives rates (0–1). */
const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/** `odigos eval --cv` as a table of mix-ups: which entry's phrases bring up which other entry, with a jump to add phrases. */
export function QualityPane(props: QualityPaneProps) {
  const { state } = props;
  const result = state.result;
  const cv = result?.cv;
  const title = (id: string) => result?.titles[id] ?? id;
  const jump = (id: string) => {
    const file = props.fileOf(id);
    return file ? <a href={`#/triggers/${file}`}>{fill(sayStudio('cv.addTriggers'), { title: title(id) })}</a> : null;
  };
  return (
    <article class="st-quality" aria-labelledby="st-cv-h">
      <h1 id="st-cv-h">{sayStudio('cv.title')}</h1>
      <p class="st-hint">{sayStudio('cv.intro')}</p>
      <button type="button" class="primary" disabled={state.busy} onClick={props.onRun}>
        {sayStudio('cv.run')}
      </button>
      {state.busy && <p role="status">{sayStudio('editor.checking')}</p>}
      {result?.blocked && (
        <div role="alert">
          <p>{sayStudio('try.blocked')}</p>
          <FieldProblems id="cv-blocked" problems={result.blocked.slice(0, 8)} entryAt={props.entryAt} />
        </div>
      )}
      {cv && cv.cases === 0 && <p role="status">{sayStudio('cv.nothing')}</p>}
      {cv && cv.cases > 0 && (
        <>
          <p role="status" class="st-cv-summary">
            {fill(sayStudio('cv.summary'), { top1: percent(cv.top1), top3: percent(cv.top3), cases: cv.cases })}
          </p>
          {cv.confusions.length === 0 ? (
            <p>{sayStudio('cv.none')}</p>
          ) : (
            <table class="st-table st-confusions">
              <caption>{sayStudio('cv.matrix')}</caption>
              <thead>
                <tr>
                  <th scope="col">{sayStudio('cv.expected')}</th>
                  <th scope="col">{sayStudio('cv.got')}</th>
                  <th scope="col">{sayStudio('cv.count')}</th>
                  <th scope="col">{sayStudio('cv.example')}</th>
                  <th scope="col">
                    <span class="st-sr">{sayStudio('field.triggers')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {cv.confusions.map((c) => (
                  <tr key={`${c.expected}>${c.got}`} data-expected={c.expected} data-got={c.got}>
                    <th scope="row">{title(c.expected)}</th>
                    <td>{c.got === NO_ENTRY ? <em>{sayStudio('cv.gotNothing')}</em> : title(c.got)}</td>
                    <td>{c.count}</td>
                    <td class="st-pre">«{c.example}»</td>
                    <td>{jump(c.expected)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </article>
  );
}
