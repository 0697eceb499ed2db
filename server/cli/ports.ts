import net from "node:net";

/** Whether something already listens on `port`, at `host` (or at any address, when unset). */
export function portInUse(port: number, host?: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      error.code === "EADDRINUSE" ? resolve(true) : reject(error),
    );
    probe.listen({ port, host }, () => probe.close(() => resolve(false)));
  });
}

/** The value of Next.js's `--hostname` / `-H` option among `args`, as `--hostname x` or `--hostname=x`. */
export function hostnameOption(args: string[]): string | undefined {
  for (const [i, arg] of args.entries()) {
    if (arg === "--hostname" || arg === "-H") return args[i + 1];
    if (arg.startsWith("--hostname=")) return arg.slice("--hostname=".length);
  }
  return undefined;
}
