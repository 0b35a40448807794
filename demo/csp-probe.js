// The first script of demo/csp.html (a classic script, so it runs before anything else
// the page loads): records every Content-Security-Policy violation of this page into
// window.__violations, so that a test, or anyone with the console open, can see that
// the widget works under the page's strict policy without one.
(function () {
  var violations = (window.__violations = []);
  document.addEventListener('securitypolicyviolation', function (event) {
    violations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: String(event.blockedURI || ''),
      source: String(event.sourceFile || ''),
      line: event.lineNumber || 0,
      sample: String(event.sample || ''),
    });
    console.warn(
      'CSP violation: ' + (event.effectiveDirective || event.violatedDirective) + ' ' + (event.blockedURI || ''),
    );
  });
})();
