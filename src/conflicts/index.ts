/**
 * `practice-based-commissioning/conflicts`: see the conflicts guide in `docs/guide/`.
 *
 * @module conflicts
 */
export {};
