import routes from './routes';
import menus from './menus';
import locales from './locales/core';

/**
 * The extension entry the console imports on every page load: only routes, menus, locales and
 * lazy loaders may live here, so it stays tiny.
 */
const extensionConfig = { routes, menus, locales };

export default extensionConfig;
