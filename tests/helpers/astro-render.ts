/**
 * Renders .astro components to HTML in a test, with Astro's container API.
 * The components are compiled by a Vite server set up from Astro's own Vite
 * config (without the site's astro.config.mjs or the dev toolbar), so the
 * container and the components share one Astro runtime.
 */
import { createServer, type ViteDevServer } from 'vite';
import { getViteConfig } from 'astro/config';
// Types only: the container itself is loaded through the Vite server, to share its Astro runtime.
import type * as AstroContainerModule from 'astro/container';

type Component = Parameters<AstroContainerModule.experimental_AstroContainer['renderToString']>[0];

export interface Renderer {
  render(component: string, props: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}

export async function astroRenderer(): Promise<Renderer> {
  const make = getViteConfig(
    { server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'silent' } as never,
    { configFile: false, logLevel: 'error', devToolbar: { enabled: false } } as never,
  ) as unknown as (env: { mode: string; command: string }) => Promise<Record<string, unknown>>;
  const server: ViteDevServer = await createServer({ ...(await make({ mode: 'test', command: 'serve' })), configFile: false });
  const { experimental_AstroContainer } = (await server.ssrLoadModule('astro/container')) as typeof AstroContainerModule;
  const container = await experimental_AstroContainer.create();
  return {
    async render(component, props) {
      const mod = (await server.ssrLoadModule(component)) as { default: Component };
      return container.renderToString(mod.default, { props });
    },
    close: () => server.close(),
  };
}
