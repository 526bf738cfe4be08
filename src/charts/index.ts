/**
 * Vega-Lite chart specifications built as plain JSON from the library's tidy outputs.
 *
 * @module
 */
export {};
