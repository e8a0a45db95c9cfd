/** Where the English word vectors are in the repository; the build copies the file to the package root under its own name. */
export const EN_VECTORS_FILE = 'knowledge/vectors/en-vectors.bin';
/** Its path in the extension package (see wxt.config.ts). */
export const EN_VECTORS_PATH = '/en-vectors.bin';
