import type { MetadataRoute } from "next";

/** Served as /manifest.webmanifest (and linked from every page): what a phone needs to install the app. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Todo Chat",
    short_name: "Todo Chat",
    description: "Manage your todo list by chatting with an assistant.",
    start_url: "/chat",
    scope: "/",
    display: "standalone",
    background_color: "#fafafa",
    theme_color: "#4f46e5",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
