/** The pack library with its Node-only parts: folders and files read and written (the CLI, the studio, tests). */
export * from '../pack';
export { compilePack, compileSource, packFilesOnDisk, readPackSource, validateSource } from './compile';
export { loadPack } from './load';
export type { LoadedPack } from './load';
export { writeFileAtomic, writePack } from './write';
