// Entry of the bundled action (dist/index.js).
import { run } from './action.js';

await run();
