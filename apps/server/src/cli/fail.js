import { ConfigError } from '../config/config.js';
import { DatabaseStartError } from '../platform/db/database.js';
/** Ends the process with one clear line and exit code 1: no stack trace for expected failures. */
export function fail(error) {
    if (error instanceof ConfigError) {
        console.error(`vern: ${error.message}`);
    }
    else if (error instanceof DatabaseStartError) {
        console.error(`vern: ${error.message}`);
    }
    else if (error.code === 'EADDRINUSE') {
        console.error(`vern: the port is already in use (set PORT to another one)`);
    }
    else {
        console.error(`vern: ${error.message ?? String(error)}`);
        if (process.env.VERN_DEBUG_STACK === 'true')
            console.error(error.stack);
    }
    process.exit(1);
}
//# sourceMappingURL=fail.js.map