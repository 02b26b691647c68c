import type { Enhetsregisteret } from './enhetsregisteret/enhetsregisteret.js';

/**
 * The Enhetsregisteret adapter enqueueForsendelse uses when its caller passes none. The module's
 * route plugin sets it from the configuration when the app is built (the fake in development and
 * tests, the open API in production), so a use case elsewhere (sending a letter) needs only its
 * transaction. Tests may pass their own adapter instead.
 */
let defaultRegister: Enhetsregisteret | null = null;

export function setDefaultEnhetsregisteret(register: Enhetsregisteret): void {
  defaultRegister = register;
}

export function defaultEnhetsregisteret(): Enhetsregisteret {
  if (!defaultRegister)
    throw new Error('no Enhetsregisteret adapter: build the app (forsendelse routes) or pass one');
  return defaultRegister;
}
