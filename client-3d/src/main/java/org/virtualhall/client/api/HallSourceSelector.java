package org.virtualhall.client.api;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.logging.Logger;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.hall.HallDataException;
import org.virtualhall.model.hall.HallLoader;
import org.virtualhall.model.hall.HallSource;
import org.virtualhall.model.hall.PublishedHall;

/**
 * Which hall to build: the one the server publishes at {@code /api/hall} (kept in the {@link HallCache}); without
 * the network (offline, or no answer) the one last fetched from that server, else the one shipped in the assets jar.
 * An offline hall carries the banner that says so and how old it is.
 */
public final class HallSourceSelector {

    private static final Logger LOG = Logger.getLogger(HallSourceSelector.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * A hall and where it came from.
     *
     * @param banner null online; otherwise the 离线 line shown on screen
     */
    public record LoadedHall(Hall hall, String source, boolean online, String banner) {
    }

    private final HallCache cache;
    private final Clock clock;

    public HallSourceSelector(HallCache cache, Clock clock) {
        this.cache = cache;
        this.clock = clock;
    }

    /** The hall of {@code server}, fetched through {@code api}, or without the network when {@code api} is null. */
    public LoadedHall load(URI server, HallApi api) {
        if (api == null) {
            return offline(server, "离线模式");
        }
        try {
            PublishedHall published = api.hall();
            Hall hall = published.toHall();
            cache.save(server, published, clock.instant());
            LOG.info(() -> "hall " + hall.version() + " loaded from " + api.base());
            return new LoadedHall(hall, api.base().toString(), true, null);
        } catch (ApiException e) {
            return offline(server, e.getMessage());
        } catch (HallDataException e) {
            return offline(server, "服务器发布的大厅数据有误：" + e.getMessage());
        }
    }

    private LoadedHall offline(URI server, String why) {
        Optional<LoadedHall> kept = cache.load(server).flatMap(entry -> {
            try {
                Hall hall = entry.hall().toHall();
                String when = WHEN.format(entry.fetchedAt().atZone(clock.getZone()));
                LOG.warning("no hall server (" + why + "): starting from the hall fetched from " + server + " at " + when);
                return Optional.of(new LoadedHall(hall, "缓存的大厅数据（" + server + "，" + why + "）", false,
                        "离线模式 · 大厅资料更新于 " + when));
            } catch (HallDataException e) {
                LOG.warning("the kept hall of " + server + " does not pass the checks: " + e.getMessage());
                return Optional.empty();
            }
        });
        return kept.orElseGet(() -> {
            LOG.warning("no hall server (" + why + ") and none kept: starting from the hall shipped in assets");
            return new LoadedHall(HallLoader.fromClasspath(), "内置大厅数据（" + why + "）", false,
                    "离线模式 · 使用内置的示例大厅资料");
        });
    }

    /** The hall of a data folder ({@code --hall-data}): a hall being prepared, or one made for a scale test. */
    public static LoadedHall folder(Path dir) {
        Hall hall = HallLoader.load(HallSource.directory(dir));
        LOG.info(() -> "hall " + hall.version() + " loaded from the data folder " + dir);
        return new LoadedHall(hall, "大厅数据目录（" + dir + "）", false, "离线模式 · 使用大厅数据目录 " + dir.getFileName());
    }

    /** The selector of a client run: the user's cache, local time. */
    public static HallSourceSelector at(Path cacheDir) {
        return new HallSourceSelector(new HallCache(cacheDir), Clock.system(ZoneId.systemDefault()));
    }
}
