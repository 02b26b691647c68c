#!/usr/bin/env node
import { runServe } from './cli/serve.js';
await runServe();
//# sourceMappingURL=main.js.map