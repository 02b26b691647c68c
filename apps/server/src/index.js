export { loadConfig, ConfigError, Secret } from './config/config.js';
export { startServer, banner } from './server.js';
export { openDatabase, openPGlite, openPostgres } from './platform/db/database.js';
//# sourceMappingURL=index.js.map