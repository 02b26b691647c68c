// A one-time message carried from a step form to the case page it returns to ("… er registrert").
let pending: string | null = null;

export function setFlash(message: string): void {
  pending = message;
}

/** Reads without clearing: React may call a state initializer twice in development. */
export function peekFlash(): string | null {
  return pending;
}

export function clearFlash(): void {
  pending = null;
}
