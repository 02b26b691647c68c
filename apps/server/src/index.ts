export { loadConfig, ConfigError, Secret, type Config } from './config/config.js';
export { startServer, banner, type RunningServer } from './server.js';
export { openDatabase, openPGlite, openPostgres, type Database } from './platform/db/database.js';
