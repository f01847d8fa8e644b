package org.virtualhall.approval.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.virtualhall.approval.system.ApprovalProperties;

/**
 * The JSON API serves the inner gateway (machine to machine on the internal network, no session, no
 * CSRF); every console page needs a login and a role, with CSRF tokens on every form, and a password the
 * user chose (first login forces a change); failed logins lock the account for a while.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder(ApprovalProperties properties) {
        return new BCryptPasswordEncoder(properties.security().bcryptStrength());
    }

    /** The gateway's endpoints: no login, no session, no CSRF; the service listens on the internal network only. */
    @Bean
    @Order(1)
    SecurityFilterChain gatewayApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/intake", "/api/intake/batch", "/api/cases/**", "/api/search-stats", "/api/appointments",
                        "/api/queue/tickets", "/api/consultations",
                        "/actuator/health")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .securityContext(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain console(HttpSecurity http, LoginOutcomes outcomes) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/css/**", "/login").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/supervision/**", "/api/supervision/**")
                        .hasAnyRole(Role.SUPERVISOR.name(), Role.ADMIN.name(), Role.HEAD.name())
                        .requestMatchers("/cases/**", "/search/**", "/find", "/appointments/**", "/appointments", "/queue", "/queue/**")
                        .hasAnyRole(Role.STAFF.name(), Role.HEAD.name(), Role.SUPERVISOR.name(), Role.ADMIN.name())
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .formLogin(form -> form.loginPage("/login").successHandler(outcomes).failureHandler(outcomes).permitAll())
                .addFilterAfter(new FirstLoginFilter(), AuthorizationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        return http.build();
    }
}
