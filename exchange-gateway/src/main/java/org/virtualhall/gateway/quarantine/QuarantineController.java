package org.virtualhall.gateway.quarantine;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.gateway.web.Refusal;

/** The operator's view of the quarantine: {@code ./hall gateway quarantine list|show|replay ID}. */
@RestController
@Profile({"outer", "inner"})
@RequestMapping("/api/quarantine")
class QuarantineController {

    private final QuarantineStore store;
    private final List<Replayer> replayers;

    QuarantineController(QuarantineStore store, List<Replayer> replayers) {
        this.store = store;
        this.replayers = replayers;
    }

    @GetMapping
    List<QuarantineEntry> list(@RequestParam(defaultValue = "100") int limit) {
        return store.recent(Math.max(1, Math.min(limit, 1000)));
    }

    @GetMapping("/{id}")
    QuarantineEntry show(@PathVariable long id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    @PostMapping("/{id}/replay")
    Map<String, Object> replay(@PathVariable long id) {
        QuarantineEntry entry = store.find(id).orElseThrow(() -> notFound(id));
        if (entry.replayedAt() != null) {
            throw new Refusal(HttpStatus.CONFLICT, "already_replayed", "该条目已于 " + entry.replayedAt() + " 重放", "id");
        }
        Replayer replayer = replayers.stream().filter(r -> r.kind().equals(entry.kind())).findFirst()
                .orElseThrow(() -> new Refusal(HttpStatus.UNPROCESSABLE_ENTITY, "not_replayable",
                        "此类条目无法重放：" + entry.kind(), "id"));
        replayer.replay(entry);
        store.markReplayed(id);
        return Map.of("id", id, "replayed", true);
    }

    private static Refusal notFound(long id) {
        return new Refusal(HttpStatus.NOT_FOUND, "not_found", "隔离区中没有编号为 " + id + " 的条目", "id");
    }
}
