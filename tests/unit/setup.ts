import 'fake-indexeddb/auto';
import { configure } from '@testing-library/dom';

// `findBy…` and `waitFor` wait for a condition and end as soon as it holds: their bound may be
// generous (a loaded machine renders slowly) while staying under Vitest's 5 s per test.
configure({ asyncUtilTimeout: 4_000 });
