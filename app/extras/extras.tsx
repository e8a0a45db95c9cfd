import { render } from 'preact';
import { DetailView } from '@/components/overlay/DetailView';
import { KeyHelp } from '@/components/overlay/KeyHelp';
import { SaveFailedNotice } from '@/components/overlay/SaveFailed';
import { ForgetFailed } from '@/components/overlay/ForgetFailed';
import { BuiltInOnlyNotice } from '@/components/overlay/BuiltInOnly';
import detailCss from '@/components/overlay/detail.css?inline';
import { uiLang } from '@/lib/i18n';
import type { BuiltInOnlyMountProps, DetailMountProps, ExtrasApi, ForgetFailedMountProps, KeyHelpMountProps, SaveFailedMountProps } from './api';
import { mountPicker } from './picker-view';
import { insertTemplate, showPalette } from './caret-templates';
import { typeHeld } from './held-keys';
import { settledPage } from './settled-page';
import { addShadowStyles } from '@/lib/shadow-styles';
import { genericReader } from '@/lib/crm/generic-reader';
import { insertIntoEditor } from '@/lib/editors/index';
import { copyText } from '@/lib/editors/notice';
import { watchFolding } from './fold-watch';
import { describeCommonFailure } from '@/components/failure-words';
import { mountNotes } from './notes-view';
import { sessionLater } from '@/lib/overlay/session-later';

/** The extras' side of the API: each call renders with this bundle's Preact into the container it is given. */
export function createExtras(alive: () => boolean): ExtrasApi {
  return {
    alive,
    genericReader,
    insertIntoEditor,
    copyText,
    describeFailure: describeCommonFailure,
    sessionLater,
    mountNotes,
    mountDetail(container, props) {
      addShadowStyles(container, detailCss);
      const draw = ({ view, lang }: DetailMountProps) => {
        uiLang.value = lang;
        render(<DetailView {...view} />, container);
      };
      draw(props);
      return { update: draw, unmount: () => render(null, container) };
    },
    mountKeyHelp(container, props) {
      addShadowStyles(container, detailCss); // the key list's rules live there, out of the content script
      const draw = ({ view, lang }: KeyHelpMountProps) => {
        uiLang.value = lang;
        render(<KeyHelp {...view} />, container);
      };
      draw(props);
      return { update: draw, unmount: () => render(null, container) };
    },
    mountSaveFailed(container, props) {
      addShadowStyles(container, detailCss); // its rules live there, out of the content script
      const draw = ({ view, lang }: SaveFailedMountProps) => {
        uiLang.value = lang;
        render(<SaveFailedNotice {...view} />, container);
      };
      draw(props);
      return { update: draw, unmount: () => render(null, container) };
    },
    mountForgetFailed(container, props) {
      // Its classes are the panel's own (overlay.css, already in the shadow root).
      const draw = ({ view, lang }: ForgetFailedMountProps) => {
        uiLang.value = lang;
        render(<ForgetFailed {...view} />, container);
      };
      draw(props);
      return { update: draw, unmount: () => render(null, container) };
    },
    mountBuiltInOnly(container, props) {
      const draw = ({ view, lang }: BuiltInOnlyMountProps) => {
        uiLang.value = lang;
        render(<BuiltInOnlyNotice {...view} />, container);
      };
      draw(props);
      return { update: draw, unmount: () => render(null, container) };
    },
    mountPicker: (container, props) => mountPicker(container, props),
    showPalette,
    insertTemplate,
    typeHeld,
    settledPage,
    clear: (container) => render(null, container),
    watchFolding,
  };
}
