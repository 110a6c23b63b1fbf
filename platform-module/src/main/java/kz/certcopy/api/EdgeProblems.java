package kz.certcopy.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.ObjectMapper;

/**
 * Requests refused before they reach a controller still get problem+json: those Spring Security's firewall rejects
 * ({@code //}, {@code ;}, {@code ..}, encoded characters — 400 {@code INVALID_PATH}) and those Tomcat itself refuses
 * before any servlet runs (an encoded slash or NUL in the path, a broken request line — 400 {@code INVALID_REQUEST}),
 * which Tomcat would otherwise answer with its HTML error page.
 */
@Configuration(proxyBeanMethods = false)
class EdgeProblems {

    @Bean
    RequestRejectedHandler problemForRejectedRequests(Problems problems, LocaleResolver locales, ObjectMapper json) {
        return (request, response, rejected) ->
                write(request, response, 400, "INVALID_PATH", problems, locales, json);
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemForTomcatErrors(Problems problems,
            LocaleResolver locales, ObjectMapper json) {
        return new ProblemValveCustomizer() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                // added after Spring Boot's own ErrorReportValve, so it sits nearer the request and reports first
                factory.addContextCustomizers(context -> context.getParent().getPipeline()
                        .addValve(new ProblemValve(problems, locales, json)));
            }

            @Override
            public int getOrder() {
                return Ordered.LOWEST_PRECEDENCE;
            }
        };
    }

    /** Runs after Spring Boot's customizers (which add their own ErrorReportValve). */
    private interface ProblemValveCustomizer
            extends WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String code,
                              Problems problems, LocaleResolver locales, ObjectMapper json) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(),
                problems.of(status, code, new Object[0], locales.resolveLocale(request)));
    }

    /** Tomcat's error report as problem+json, without server details. */
    static final class ProblemValve extends ErrorReportValve {
        private final Problems problems;
        private final LocaleResolver locales;
        private final ObjectMapper json;

        ProblemValve(Problems problems, LocaleResolver locales, ObjectMapper json) {
            this.problems = problems;
            this.locales = locales;
            this.json = json;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable failure) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                response.resetBuffer();
                write(request, response, status, status < 500 ? "INVALID_REQUEST" : "INTERNAL_ERROR", problems,
                        locales, json);
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response already committed: nothing more to tell
            }
        }
    }
}
