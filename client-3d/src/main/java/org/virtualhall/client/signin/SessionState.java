package org.virtualhall.client.signin;

import com.jme3.app.Application;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.virtualhall.client.api.ApiException;
import org.virtualhall.client.api.ApiTypes.Credentials;
import org.virtualhall.client.api.ApiTypes.Session;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.core.HallEvents.SignedIn;
import org.virtualhall.client.core.HallEvents.SignedOut;
import org.virtualhall.client.core.HallEvents.VisitReset;
import org.virtualhall.client.script.ScriptState;

/**
 * 登录状态: the citizen's session. Holds the access token every call sends and renews it with the refresh token
 * before it expires (and at once when a call is refused for its token); keeps the session on disk
 * ({@link SavedSession}) and renews a kept one at start. When a renewal is refused (the refresh token expired or the
 * session was revoked) the session ends as expired, never silently: {@link SignedOut} with {@code expired}, and the
 * sign-in panel asks the citizen to sign in again. Only the render thread touches it.
 */
public final class SessionState extends HallAppState {

    private static final Logger LOG = Logger.getLogger(SessionState.class.getName());
    /** After a renewal that got no answer (server down or busy), the next try. */
    private static final Duration RETRY = Duration.ofSeconds(5);

    private SavedSession saved;
    private CitizenSession session;
    private CompletableFuture<?> renewing;
    private CompletableFuture<?> signingOut;
    private Instant retryAt = Instant.EPOCH;

    @Override
    protected void initialize(Application app) {
        saved = SavedSession.of(context().options(), context().api());
        if (context().online()) {
            session = saved.load().orElse(null);
        }
        record(session == null ? "signed-out" : "restoring");
        // A kiosk's visit is over: the citizen who left is signed out here and at the server, without a word.
        on(VisitReset.class, e -> end(""));
        getState(ScriptState.class).register("signout", c -> {
            signOut();
            return tpf -> signingOut == null;
        });
    }

    /** Whether a citizen is signed in with a usable access token. */
    public boolean signedIn() {
        return session != null && session.active();
    }

    public Optional<Credentials> person() {
        return signedIn() ? Optional.of(session.person()) : Optional.empty();
    }

    /** The access token to send, or null when no one is signed in. */
    public String token() {
        return signedIn() ? session.token() : null;
    }

    /** A citizen was just verified: their session starts (and is kept on disk when it can be renewed). */
    void start(CitizenSession started) {
        session = started;
        retryAt = Instant.EPOCH;
        saved.save(started);
        record("signed-in");
        publish(new SignedIn(started.person()));
    }

    /**
     * A call with {@code tokenUsed} was refused: on a 401 for the current token it is renewed at once; when that is
     * refused too, the citizen is asked to sign in again.
     */
    /** {@link #rejected(String, ApiException)} for a call that failed; returns the refusal, to tell the citizen. */
    public ApiException rejected(String tokenUsed, Throwable failure) {
        ApiException e = ApiException.of(failure);
        rejected(tokenUsed, e);
        return e;
    }

    public void rejected(String tokenUsed, ApiException e) {
        if (e.status() == 401 && session != null && renewing == null && Objects.equals(tokenUsed, session.token())) {
            LOG.info(() -> "a call was refused for its token (" + e.error() + "): renewing the session now");
            renew();
        }
    }

    @Override
    public void update(float tpf) {
        if (session == null || renewing != null || !context().online()) {
            return;
        }
        Instant now = Instant.now();
        if (!now.isBefore(retryAt) && !now.isBefore(session.renewAt())) {
            renew();
        }
    }

    private void renew() {
        if (!session.renewable()) {
            expired("登录已过期");
            return;
        }
        CitizenSession before = session;
        renewing = CompletableFuture.supplyAsync(() -> context().api().refresh(before.refreshToken()))
                .whenComplete((tokens, error) -> getApplication().enqueue(() -> {
                    renewing = null;
                    renewed(before, tokens, error);
                }));
    }

    private void renewed(CitizenSession before, Session tokens, Throwable error) {
        if (session != before) {
            return;
        }
        if (error == null) {
            session = before.renewed(tokens, Instant.now());
            saved.save(session);
            context().facts().increment("session.renewals");
            record("signed-in");
            if (!before.active()) {
                LOG.info("the kept session was renewed: signed in again");
                publish(new SignedIn(session.person()));
            }
            return;
        }
        ApiException e = ApiException.of(error);
        if (!e.transientFailure()) {
            LOG.info(() -> "the session could not be renewed (" + e.error() + "): " + e.getMessage());
            expired(e.getMessage());
            return;
        }
        LOG.warning("no answer to the renewal, trying again in " + RETRY.toSeconds() + " s: " + e.getMessage());
        retryAt = Instant.now().plus(RETRY);
    }

    private void expired(String reason) {
        Credentials person = session.person();
        session = null;
        saved.clear();
        record("expired");
        context().facts().put("session.endedBecause", reason);
        publish(new SignedOut(person, true, reason));
    }

    /** 退出登录: ends the session here at once and revokes it at the server. */
    public void signOut() {
        end("已退出登录");
    }

    private void end(String reason) {
        if (session == null) {
            return;
        }
        CitizenSession ending = session;
        session = null;
        saved.clear();
        record("signed-out");
        publish(new SignedOut(ending.person(), false, reason));
        if (ending.active()) {
            signingOut = CompletableFuture.runAsync(() -> context().api().signOut(ending.token()))
                    .whenComplete((v, error) -> getApplication().enqueue(() -> {
                        signingOut = null;
                        if (error != null) {
                            LOG.warning("the server did not take the sign-out: " + error.getMessage());
                        } else {
                            context().facts().increment("session.signedOutAtServer");
                        }
                    }));
        }
    }

    private void record(String state) {
        context().facts().put("session", state);
    }
}
