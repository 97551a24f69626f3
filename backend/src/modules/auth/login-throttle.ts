import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { tooManyRequests } from '../../common/errors';

/**
 * Sign-in throttling, inside the service so that GraphQL aliases or several requests count alike.
 *
 * - per address: many failures from one address (any accounts) block that address;
 * - per account and address: a few failures for one account from one address block that pair;
 * - per account: many failures from everywhere block the account, but only for addresses that
 *   have never signed in to it successfully — a stranger cannot lock a real user out of her
 *   usual phone or office.
 * Counters are per process; docs/scaling.md says what to change with several instances.
 */
export interface ThrottleLimits {
  perAddress: number;
  perAccountAddress: number;
  perAccount: number;
  windowSeconds: number;
  blockSeconds: number;
}

export const DEFAULT_LIMITS: ThrottleLimits = {
  perAddress: 50,
  perAccountAddress: 5,
  perAccount: 20,
  windowSeconds: 15 * 60,
  blockSeconds: 15 * 60,
};

export class LoginThrottle {
  private readonly byAddress: RateLimiterMemory;
  private readonly byAccountAddress: RateLimiterMemory;
  private readonly byAccount: RateLimiterMemory;

  constructor(limits: ThrottleLimits = DEFAULT_LIMITS) {
    const common = { duration: limits.windowSeconds, blockDuration: limits.blockSeconds };
    this.byAddress = new RateLimiterMemory({ keyPrefix: 'ip', points: limits.perAddress, ...common });
    this.byAccountAddress = new RateLimiterMemory({ keyPrefix: 'acct-ip', points: limits.perAccountAddress, ...common });
    this.byAccount = new RateLimiterMemory({ keyPrefix: 'acct', points: limits.perAccount, ...common });
  }

  /**
   * Takes one attempt from every counter before the password is checked, so parallel requests
   * cannot slip past between a check and its failure. Throws TOO_MANY_REQUESTS when this attempt
   * must not be tried. `isKnownAddress` is asked only when the account-wide limit is reached.
   */
  async attempt(email: string, ip: string, isKnownAddress: () => Promise<boolean>): Promise<void> {
    await take(this.byAddress, ip);
    await take(this.byAccountAddress, `${email}|${ip}`);
    try {
      await take(this.byAccount, email);
    } catch (err) {
      if (!(await isKnownAddress())) throw err;
    }
  }

  /** A successful sign-in gives back its attempt and clears the account's counter for this address. */
  async succeeded(email: string, ip: string): Promise<void> {
    await Promise.all([this.byAccountAddress.delete(`${email}|${ip}`), this.byAddress.reward(ip, 1), this.byAccount.reward(email, 1)]);
  }
}

async function take(limiter: RateLimiterMemory, key: string): Promise<void> {
  try {
    await limiter.consume(key, 1);
  } catch (res) {
    if (res instanceof RateLimiterRes) throw tooManyRequests(Math.max(1, Math.ceil(res.msBeforeNext / 1000)));
    throw res;
  }
}
