import type { Plugin } from 'vite';

/**
 * Odigos never renders HTML strings (pack content is data): take Preact's dangerouslySetInnerHTML path out
 * of every bundle (the extension's and the trainer's studio), so not even a future mistake can turn a pack's
 * text into markup, and web-ext lint finds no innerHTML assignment left. The build fails if Preact's code no
 * longer has the shape this expects.
 */
export function noHtmlStringsPlugin(): Plugin {
  const ASSIGNMENT = /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g;
  return {
    name: 'odigos-no-html-strings',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return undefined;
      const replaced = code.replace(ASSIGNMENT, '(()=>{throw Error("Odigos renders no HTML strings")})()');
      if (replaced === code) this.error('preact.mjs changed shape: update noHtmlStringsPlugin in knowledge/build/no-html-strings.ts');
      return { code: replaced, map: null };
    },
  };
}
