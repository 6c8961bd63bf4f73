/**
 * Evaluates a `System.register` module the way SystemJS does, with the dependencies supplied by
 * the caller, so tests can read what the built entry really exports without a browser.
 */
export interface RegisteredModule {
  deps: string[];
  exports: Record<string, unknown>;
}

type Declare = (
  exportFn: (name: string | Record<string, unknown>, value?: unknown) => unknown,
  context: { meta: { url: string }; import: (id: string) => Promise<unknown> },
) => { setters: ((m: unknown) => void)[]; execute: () => unknown };

export async function evaluateSystemModule(
  code: string,
  url: string,
  resolveDependency: (id: string) => unknown,
): Promise<RegisteredModule> {
  let registration: { deps: string[]; declare: Declare } | undefined;
  const System = {
    register(deps: string[], declare: Declare) {
      registration = { deps, declare };
    },
  };
  new Function('System', code)(System);
  if (!registration) throw new Error('the module did not call System.register');
  const exports: Record<string, unknown> = {};
  const exportFn = (name: string | Record<string, unknown>, value?: unknown) => {
    if (typeof name === 'string') exports[name] = value;
    else Object.assign(exports, name);
    return value;
  };
  const { setters, execute } = registration.declare(exportFn, {
    meta: { url },
    import: () => Promise.reject(new Error('dynamic import is not evaluated here')),
  });
  registration.deps.forEach((dep, i) => setters[i]?.(resolveDependency(dep)));
  await execute();
  return { deps: registration.deps, exports };
}
