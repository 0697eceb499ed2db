import net from "node:net";

/**
 * How the network between the app and PostgreSQL behaves:
 * - `up`: bytes flow both ways.
 * - `refuse`: every open connection is reset and new ones are refused (ECONNREFUSED), as when the database
 *   host is up but PostgreSQL is not.
 * - `blackhole`: nothing is answered and nothing is closed, as when a host or a route vanishes. Connections
 *   open at that moment stay dead for good, even after `up()` (as after a failover to another host); the
 *   app has to notice and drop them itself. This is the fault that makes apps hang.
 */
export type ProxyMode = "up" | "refuse" | "blackhole";

interface Pair {
  client: net.Socket;
  upstream: net.Socket | null;
  dead: boolean;
}

/** A TCP proxy in front of PostgreSQL whose network can be cut in the ways above, for fault tests. */
export class TcpProxy {
  private server: net.Server | null = null;
  private readonly pairs = new Set<Pair>();
  private currentMode: ProxyMode = "up";
  /** Connections accepted since start, to show that the app really reconnected. */
  connections = 0;
  /** Sees every chunk the app sends to PostgreSQL: the SQL it runs can be counted. */
  onSent: ((chunk: Buffer) => void) | null = null;

  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  get mode(): ProxyMode {
    return this.currentMode;
  }

  async up(): Promise<void> {
    this.currentMode = "up";
    if (!this.server) await this.listen();
  }

  async refuse(): Promise<void> {
    this.currentMode = "refuse";
    for (const pair of this.pairs) this.destroy(pair);
    await this.unlisten();
  }

  async blackhole(): Promise<void> {
    this.currentMode = "blackhole";
    for (const pair of this.pairs) pair.dead = true;
    if (!this.server) await this.listen();
  }

  async close(): Promise<void> {
    for (const pair of this.pairs) this.destroy(pair);
    await this.unlisten();
  }

  private listen(): Promise<void> {
    const server = net.createServer((client) => this.accept(client));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
  }

  private unlisten(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return Promise.resolve();
    return new Promise((resolve) => server.close(() => resolve()));
  }

  private accept(client: net.Socket): void {
    this.connections += 1;
    const pair: Pair = { client, upstream: null, dead: this.currentMode === "blackhole" };
    this.pairs.add(pair);
    client.on("error", () => this.destroy(pair));
    client.on("close", () => this.destroy(pair));
    // A black-holed connection is accepted (the handshake is the kernel's) and then never answered.
    if (pair.dead) return;
    const upstream = net.connect(this.target.port, this.target.host);
    pair.upstream = upstream;
    upstream.on("error", () => this.destroy(pair));
    // PostgreSQL hanging up on a black-holed connection must not reach the app either.
    upstream.on("close", () => {
      if (!pair.dead) this.destroy(pair);
    });
    // Forwarded by hand rather than piped, so that a black hole can swallow bytes without closing anything.
    client.on("data", (chunk) => {
      this.onSent?.(chunk);
      if (!pair.dead) upstream.write(chunk);
    });
    upstream.on("data", (chunk) => {
      if (!pair.dead) client.write(chunk);
    });
  }

  private destroy(pair: Pair): void {
    if (!this.pairs.delete(pair)) return;
    pair.client.destroy();
    pair.upstream?.destroy();
  }
}
