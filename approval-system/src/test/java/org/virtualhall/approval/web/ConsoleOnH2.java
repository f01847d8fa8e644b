package org.virtualhall.approval.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.virtualhall.approval.security.Accounts;
import org.virtualhall.approval.security.UserRepository;
import org.virtualhall.approval.store.TestStores;

/**
 * Tests of the console through the real security filter chain, on the shared H2 store: requests as any
 * account, its first change of password made.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestStores.H2.class)
public abstract class ConsoleOnH2 {

    @Autowired
    protected WebApplicationContext context;
    @Autowired
    protected UserRepository users;
    @Autowired
    protected JdbcClient jdbc;

    protected MockMvc mvc;

    @BeforeEach
    void console() {
        mvc = console(context);
    }

    /** The console of an instance, through its security filter chain. */
    public static MockMvc console(ApplicationContext instance) {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) instance).apply(springSecurity()).build();
    }

    protected RequestPostProcessor as(String username) {
        return user(Accounts.ready(context, username));
    }

    protected RequestPostProcessor admin() {
        return as("admin");
    }
}
