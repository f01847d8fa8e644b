package org.virtualhall.approval.system;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, lets the driver send a JDBC batch of inserts as one multi-row INSERT
 * ({@code reWriteBatchedInserts}): intake's group commit writes materials, events and outbox rows in
 * batches, and the server then parses and plans one statement instead of one per row.
 */
@Component
class PostgresBatchInserts implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource store && store.getJdbcUrl() != null
                && store.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            store.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return bean;
    }
}
