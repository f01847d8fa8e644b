package org.virtualhall.approval.catalog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.virtualhall.approval.system.InstanceLocks;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.hall.HallLoader;

/**
 * On first start (an empty store) the catalog is the hall shipped in assets; afterwards the back office owns it.
 * Instances that start together on one empty database seed it once: each looks only while it holds the seed lock.
 */
@Component
@Order(1)
class CatalogSeeder implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogSeeder.class);

    private final Catalog catalog;
    private final InstanceLocks locks;

    CatalogSeeder(Catalog catalog, InstanceLocks locks) {
        this.catalog = catalog;
        this.locks = locks;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        locks.await(InstanceLocks.Job.SEED);
        if (!catalog.store().isEmpty()) {
            if (!catalog.hasViewpoints()) {
                catalog.saveViewpoints(HallLoader.fromClasspath().viewpoints());
                LOG.info("viewpoints seeded from the shipped hall");
            }
            return;
        }
        Hall hall = HallLoader.fromClasspath();
        catalog.load(hall);
        LOG.info("catalog seeded from the shipped hall {}: {} departments, {} windows, {} staff, {} items",
                hall.version(), hall.departments().size(), hall.windows().size(), hall.staff().size(), hall.items().size());
    }
}
