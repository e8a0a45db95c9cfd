/** Where the English word vectors (knowledge/vectors/en-vectors.ts) are in the extension package (see wxt.config.ts). */
export const EN_VECTORS_PATH = '/en-vectors.bin';
