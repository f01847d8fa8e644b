package org.virtualhall.model.hall;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Command-line check of a hall data folder ({@code ./hall check-data [DIR]}): prints what the hall
 * holds, or every problem with its file and entry, and exits non-zero when there are problems.
 */
public final class HallDataCheck {

    private HallDataCheck() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "assets/src/main/resources/hall");
        if (!Files.isRegularFile(dir.resolve(HallLoader.MANIFEST))) {
            System.err.println("hall data: no " + HallLoader.MANIFEST + " in " + dir.toAbsolutePath());
            System.exit(2);
        }
        try {
            Hall hall = HallLoader.load(HallSource.directory(dir));
            long multiFloor = hall.items().stream().filter(i -> i.multiFloor()).count();
            System.out.printf("%s (version %s): %d floors, %d departments, %d windows, %d staff, "
                            + "%d items (%d across floors), %d viewpoints with a panorama%n",
                    hall.info().name(), hall.version(), hall.layout().floors().size(),
                    hall.departments().size(), hall.windows().size(), hall.staff().size(),
                    hall.items().size(), multiFloor, hall.viewpoints().size());
        } catch (HallDataException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
