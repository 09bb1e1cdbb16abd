package vn.eoffice.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Errors Tomcat answers itself, before any servlet is chosen (an encoded slash in the path, a request it cannot
 * map): under {@code /api/} a problem detail like every other API error, instead of Tomcat's HTML page. Replaces the
 * error report valve Spring Boot installs, so it runs after Boot's own customizer.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ObjectProvider<ErrorRendering> rendering;

    ContainerErrors(ObjectProvider<ErrorRendering> rendering) {
        this.rendering = rendering;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(""); // or the host adds Tomcat's own valve again when it starts
            }
            var pipeline = context.getParent().getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new ProblemReportValve(rendering));
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    static final class ProblemReportValve extends ErrorReportValve {

        private final ObjectProvider<ErrorRendering> rendering;

        ProblemReportValve(ObjectProvider<ErrorRendering> rendering) {
            this.rendering = rendering;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            String uri = request.getDecodedRequestURI() == null ? request.getRequestURI()
                    : request.getDecodedRequestURI();
            if (uri == null || !uri.startsWith("/api/") || response.getStatus() < 400
                    || response.getContentWritten() > 0 || !response.setErrorReported()) {
                super.report(request, response, throwable);
                return;
            }
            try {
                byte[] problem = rendering.getObject().containerProblem(response.getStatus(), request.getRequestURI())
                        .getBytes(StandardCharsets.UTF_8);
                response.setContentType(ProblemView.MEDIA_TYPE);
                response.setCharacterEncoding("UTF-8");
                response.getOutputStream().write(problem);
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response was taken: nothing is left to answer
            }
        }
    }
}
