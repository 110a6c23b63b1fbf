package kz.certcopy.copies.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public verification endpoints need no login: the page the QR code opens, its JSON twin, and the upload
 * check. Ordered before the API chain so these paths never ask for credentials.
 */
@Configuration(proxyBeanMethods = false)
public class PublicVerificationSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain publicVerification(HttpSecurity http) throws Exception {
        return http.securityMatcher("/verify/**", "/api/v1/public/**", "/api/v1/verifications")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable()) // no session, no cookie: nothing to forge
                .build();
    }
}
