// Starts Swagger UI on the page's own OpenAPI document. A file, not an inline script, so the
// reference page works under a Content-Security-Policy without 'unsafe-inline'.
const reference = document.getElementById('reference');
window.SwaggerUIBundle({ url: reference.dataset.specUrl, domNode: reference, deepLinking: true });
