// Browsers come from the system (Debian's chromium and firefox-esr, or a person's own
// install): never let puppeteer download one at install time.
module.exports = { skipDownload: true };
