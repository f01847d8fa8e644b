package org.virtualhall.search.api;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** Stands in for the outer gateway: an application that mounts the search API. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(SearchApiConfiguration.class)
public class SearchApiApplication {
}
