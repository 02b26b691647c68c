import type { Actor, CitizenActor, StaffActor } from '@vern/domain';
import type { FastifyRequest } from 'fastify';
import { AppError, ErrorCode } from '../errors.js';

/** The signed-in actor, put on the request by the session hook (platform/auth). */
export function actorOf(request: FastifyRequest): Actor | undefined {
  return (request as FastifyRequest & { actor?: Actor }).actor;
}

export function staffActorOf(request: FastifyRequest): StaffActor {
  const actor = actorOf(request);
  if (actor?.kind !== 'staff') throw new AppError(ErrorCode.Unauthenticated, 'Sign in as staff to do this');
  return actor;
}

export function citizenActorOf(request: FastifyRequest): CitizenActor {
  const actor = actorOf(request);
  if (actor?.kind !== 'citizen') throw new AppError(ErrorCode.Unauthenticated, 'Sign in to do this');
  return actor;
}
