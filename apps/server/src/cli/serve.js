import { loadConfig } from '../config/config.js';
import { banner, startServer } from '../server.js';
import { fail } from './fail.js';
export async function runServe() {
    let config;
    try {
        config = loadConfig(process.env);
    }
    catch (error) {
        fail(error);
    }
    let server;
    try {
        server = await startServer(config);
    }
    catch (error) {
        fail(error);
    }
    process.stdout.write(banner(config, server));
    let stopping = false;
    const stop = async (signal) => {
        if (stopping)
            return;
        stopping = true;
        server.app.log.info({ signal }, 'stopping');
        const timer = setTimeout(() => process.exit(1), 10_000);
        timer.unref();
        await server.close();
        process.exit(0);
    };
    process.on('SIGTERM', () => void stop('SIGTERM'));
    process.on('SIGINT', () => void stop('SIGINT'));
}
//# sourceMappingURL=serve.js.map