/**
 * Page script of bundle-before-host-app.html: loads our bundle, and only then the host app's
 * Lit and @lit/localize (dynamic imports, so nothing of the host is evaluated before our bundle).
 * The test reads `window.hostApp` once `ready` is set.
 */
import { BUNDLE_URL, countDefines, importUrl, recordErrors } from '../helpers.js';

const errors = recordErrors();
const defines = countDefines();
const ours = await importUrl(BUNDLE_URL);
const { startHostApp } = await import('./host-app.js');
const { setLocale, getLocale } = startHostApp();
await setLocale('de');

(window as any).hostApp = { ready: true, errors, defines, ours, setLocale, getLocale };
