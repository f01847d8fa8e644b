package org.virtualhall.gateway.gap;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.gap.bundle.SpoolFiles;

/**
 * Both spool folders exist from the start, so a role reports them writable (and healthy) before the ferry or the
 * first bundle has touched them.
 */
@Component
@Profile({"outer", "inner"})
class SpoolFolders {

    SpoolFolders(GapProperties props) {
        SpoolFiles.ensureFolder(props.spoolOut());
        SpoolFiles.ensureFolder(props.spoolIn());
    }
}
