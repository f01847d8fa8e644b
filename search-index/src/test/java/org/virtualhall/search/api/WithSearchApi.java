package org.virtualhall.search.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.virtualhall.search.testing.SearchNodeExtension;

/** The search API served on a random port by {@link SearchApiApplication}, next to the shared node. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SearchNodeExtension.class)
@SpringBootTest(classes = SearchApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@interface WithSearchApi {
}
