// Browsable view of the server's MicroProfile OpenAPI document (served by Payara at /openapi).
window.onload = function () {
    window.ui = SwaggerUIBundle({url: '/openapi', dom_id: '#swagger-ui', deepLinking: true});
};
