/**
 * True for a WebAssembly trap (`WebAssembly.RuntimeError`: out of memory, a Rust panic), after which the
 * instance may be unusable. Checked by name: the `WebAssembly` global has no type in our `lib` settings.
 */
export function isWasmTrap(error: unknown): boolean {
  return error instanceof Error && error.name === 'RuntimeError';
}
