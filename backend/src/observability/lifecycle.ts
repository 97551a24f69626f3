import type { Server } from 'node:http';
import type { NextFunction, Request, Response } from 'express';

/**
 * Graceful shutdown: once stopping, every new request (even on a kept-alive connection, /health
 * included) is answered 503 with `Connection: close`, while requests already running finish.
 */
export class Lifecycle {
  stopping = false;
  private inFlight = 0;
  private idle: Array<() => void> = [];

  get running(): number {
    return this.inFlight;
  }

  middleware() {
    return (_req: Request, res: Response, next: NextFunction): void => {
      if (this.stopping) {
        res.setHeader('Connection', 'close');
        res.setHeader('Retry-After', '5');
        res.status(503).type('text/plain').send('Rafiq is restarting; try again in a moment.');
        return;
      }
      this.inFlight += 1;
      let done = false;
      const finished = () => {
        if (done) return;
        done = true;
        this.inFlight -= 1;
        if (this.inFlight === 0) for (const resolve of this.idle.splice(0)) resolve();
      };
      res.once('finish', finished);
      res.once('close', finished);
      next();
    };
  }

  /**
   * Stops accepting connections, lets running requests finish for up to `timeoutMs`, then closes
   * every connection left. Resolves with the number of requests that were cut off.
   */
  async drain(server: Server, timeoutMs: number): Promise<number> {
    this.stopping = true;
    server.close();
    server.closeIdleConnections();
    if (this.inFlight > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        timer.unref();
        this.idle.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    const cut = this.inFlight;
    server.closeAllConnections();
    return cut;
  }
}
