// What vite.config.ts defines for the apps; undefined where no bundler runs (the browser tests).
interface ImportMeta {
  readonly env?: { readonly WWE_ORIGIN?: string };
}
