import { healthRoutes } from './health/health.routes.js';
/** Every module's routes, registered under /api in this order. */
export const MODULES = [healthRoutes];
//# sourceMappingURL=index.js.map