/** Imported first by test/a11y/light-root.test.ts: the suites it imports then mount with render-root="light". */
(globalThis as { ndRenderRootUnderTest?: string }).ndRenderRootUnderTest = 'light';
