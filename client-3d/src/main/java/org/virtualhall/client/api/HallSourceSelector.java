package org.virtualhall.client.api;

import java.util.logging.Logger;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.hall.HallDataException;
import org.virtualhall.model.hall.HallLoader;

/**
 * Which hall to build: the one the server publishes at {@code /api/hall}, or, when no server answers,
 * the one shipped in the assets jar, saying so.
 */
public final class HallSourceSelector {

    private static final Logger LOG = Logger.getLogger(HallSourceSelector.class.getName());

    /** A hall and where it came from. */
    public record LoadedHall(Hall hall, String source, boolean online) {
    }

    private HallSourceSelector() {
    }

    public static LoadedHall load(HallApi api) {
        if (api == null) {
            return offline("离线模式");
        }
        try {
            Hall hall = api.hall().toHall();
            LOG.info(() -> "hall " + hall.version() + " loaded from " + api.base());
            return new LoadedHall(hall, api.base().toString(), true);
        } catch (ApiException e) {
            return offline(e.getMessage());
        } catch (HallDataException e) {
            return offline("服务器发布的大厅数据有误：" + e.getMessage());
        }
    }

    private static LoadedHall offline(String why) {
        LOG.warning("no hall server (" + why + "): starting from the hall shipped in assets");
        return new LoadedHall(HallLoader.fromClasspath(), "内置大厅数据（" + why + "）", false);
    }
}
