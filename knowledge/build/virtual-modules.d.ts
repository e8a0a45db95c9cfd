declare module 'virtual:odigos-bundled-packs' {
  import type { CompiledPack } from '../types';
  const packs: CompiledPack[];
  export default packs;
}
