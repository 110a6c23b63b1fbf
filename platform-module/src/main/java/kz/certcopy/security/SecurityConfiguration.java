package kz.certcopy.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kz.certcopy.api.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.ObjectMapper;

/**
 * Two filter chains: the API ({@code /api/**}) with HTTP Basic, stateless, answering 401/403 as problem+json; and
 * the web UI with form login. Same-origin calls of the web workspace may use the API with the session + CSRF token. Passwords are bcrypt hashes behind Spring's delegating encoder ({@code {bcrypt}...}),
 * so the algorithm can change later without invalidating stored hashes.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** True when the web workspace (share-module) is deployed; without it Spring's generated login page is used. */
    private static final boolean WEB_WORKSPACE = org.springframework.util.ClassUtils.isPresent(
            "kz.certcopy.web.Workspace", SecurityConfiguration.class.getClassLoader());

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Problems problems, LocaleResolver locales, ObjectMapper json)
            throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/audit/**").hasAnyRole(Role.ADMIN.name(), Role.SUPERVISOR.name())
                        .requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, e) ->
                        write(res, req, 401, "UNAUTHENTICATED", problems, locales, json)))
                .exceptionHandling(x -> x
                        .authenticationEntryPoint((req, res, e) -> write(res, req, 401,
                                workspaceScript(req) ? "SESSION_EXPIRED" : "UNAUTHENTICATED", problems, locales, json))
                        // a page opened before its session ended (or before a new sign-in) holds a stale token
                        .accessDeniedHandler((req, res, e) -> write(res, req, 403,
                                e instanceof CsrfException ? "SESSION_EXPIRED" : "ACCESS_DENIED", problems, locales,
                                json)))
                // The web workspace's own scripts and links reuse the signed-in session (same origin): the API reads
                // an existing session but never creates one; such calls must carry the session's CSRF token.
                // Basic-auth calls stay stateless and need no token (there is no cookie to forge).
                .securityContext(c -> c.securityContextRepository(new HttpSessionSecurityContextRepository()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(c -> c.requireCsrfProtectionMatcher(SecurityConfiguration::sessionChange))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, ObjectProvider<WebChainCustomizer> workspace) throws Exception {
        http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error",
                                "/login", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> {
                    if (WEB_WORKSPACE) { // share-module serves its own localized sign-in page at /login
                        f.loginPage("/login").permitAll();
                    }
                })
                .logout(Customizer.withDefaults());
        for (WebChainCustomizer c : workspace.orderedStream().toList()) {
            c.customize(http);
        }
        return http.build();
    }

    /**
     * A browser script's call (fetch/XHR: {@code Sec-Fetch-Dest: empty}, or {@code X-Requested-With}) without
     * credentials of its own: it relied on a session that is gone. It gets {@code SESSION_EXPIRED} and no Basic
     * challenge, which would make the browser pop up its own password dialog over the workspace.
     */
    static boolean workspaceScript(HttpServletRequest req) {
        return req.getHeader("Authorization") == null
                && ("empty".equals(req.getHeader("Sec-Fetch-Dest")) || req.getHeader("X-Requested-With") != null);
    }

    /** A state-changing API call riding on the browser session (no Authorization header): needs the CSRF token. */
    private static boolean sessionChange(HttpServletRequest req) {
        String m = req.getMethod();
        boolean safe = m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS") || m.equals("TRACE");
        return !safe && req.getHeader("Authorization") == null && req.getSession(false) != null;
    }

    private static void write(HttpServletResponse res, HttpServletRequest req, int status, String code,
                              Problems problems, LocaleResolver locales, ObjectMapper json) throws IOException {
        res.setStatus(status);
        if ("SESSION_EXPIRED".equals(code) && status == 401) {
            res.setHeader("WWW-Authenticate", "FormLogin realm=\"CertCopy\", location=\"/login\"");
        } else if (status == 401) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"CertCopy\"");
        }
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding("UTF-8");
        json.writeValue(res.getOutputStream(), problems.of(status, code, new Object[0], locales.resolveLocale(req)));
    }
}
