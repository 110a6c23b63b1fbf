package kz.certcopy.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Lets the web workspace (share-module) add its own handling to the form-login chain: what happens at sign-in
 * (the account's language, a form kept across an expired session), at sign-out, and when a form arrives after its
 * session ended. The platform alone runs with Spring's defaults.
 */
@FunctionalInterface
public interface WebChainCustomizer {

    void customize(HttpSecurity http) throws Exception;
}
