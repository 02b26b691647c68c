import type { Config } from '../../config/config.js';
import type { ChannelSet } from './channels/channel.js';
import { httpChannel } from './channels/channels.js';
import { NO_FAULTS, parseFaults } from './channels/fake-faults.js';
import { httpKontaktregister } from './channels/kontaktregister.js';
import type { Enhetsregisteret } from './enhetsregisteret/enhetsregisteret.js';
import { httpEnhetsregisteret } from './enhetsregisteret/enhetsregisteret-http.js';
import { FakeDispatchServices } from './fake-services.js';

export interface DispatchServices {
  enhetsregisteret: Enhetsregisteret;
  /** null: no channels configured (production without VERN_FORSENDELSE_CHANNELS_URL). */
  channels: ChannelSet | null;
  /** The in-process fakes, when they are what is used (development, tests, the demo). */
  fakes: FakeDispatchServices | null;
}

/** In the demo a letter is in the inbox after 5 seconds and read after a minute (unless never). */
const DEMO_TIMING = { ...NO_FAULTS, deliverAfterMs: 5_000, readAfterMs: 60_000 };

const cache = new WeakMap<Config, DispatchServices>();

/**
 * The adapters the configuration names, made once per configuration so the routes, the relay and
 * the poller share them (and, with the fakes, the fakes' state): the real APIs at their URLs, or
 * the local fakes outside production.
 */
export function dispatchServicesFor(config: Config): DispatchServices {
  const cached = cache.get(config);
  if (cached) return cached;
  const s = config.forsendelse;
  const needFakes = s.enhetsregisteretUrl === null || (s.channelsUrl === null && config.env !== 'production');
  const fakes = needFakes
    ? new FakeDispatchServices({ faults: parseFaults(s.fakeFaults ?? undefined, DEMO_TIMING) })
    : null;
  const timeoutMs = s.timeoutMs;
  let channels: ChannelSet | null = null;
  if (s.channelsUrl) {
    const krr = httpKontaktregister(`${s.channelsUrl}/krr`, { timeoutMs });
    channels = {
      svarut: httpChannel('svarut', `${s.channelsUrl}/svarut`, { timeoutMs }),
      digital: httpChannel('digital', `${s.channelsUrl}/digital`, { timeoutMs, krr }),
      print: httpChannel('print', `${s.channelsUrl}/print`, { timeoutMs }),
    };
  } else if (fakes && config.env !== 'production') {
    channels = fakes.channels();
  }
  const services: DispatchServices = {
    enhetsregisteret:
      s.enhetsregisteretUrl !== null
        ? httpEnhetsregisteret(s.enhetsregisteretUrl, { timeoutMs: Math.min(timeoutMs, 10_000) })
        : (fakes ?? new FakeDispatchServices()).register,
    channels,
    fakes,
  };
  cache.set(config, services);
  return services;
}
