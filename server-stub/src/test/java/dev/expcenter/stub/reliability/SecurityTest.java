package dev.expcenter.stub.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import dev.expcenter.stub.auth.AuthMode;
import dev.expcenter.stub.testsupport.ApiServer;
import dev.expcenter.stub.testsupport.HttpProbe;
import dev.expcenter.stub.testsupport.Tokens;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import dev.expcenter.stub.server.StubConfig;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Tokens stay out of logs; the stub listens on loopback unless told otherwise; JWT algorithm pinning. */
class SecurityTest {
    private static final String MARK = "SeCrEtMaRkEr";

    private static StubConfig jwtConfig() {
        return StubConfig.builder().authMode(AuthMode.JWT).jwtSecret(Tokens.SECRET)
                .jwtIssuer(Tokens.ISSUER).jwtAudience(Tokens.AUDIENCE).build();
    }

    @Test
    void tokensShouldNeverAppearInLogsWhateverTheAnswer() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.ALL);
        List<String> secrets = new ArrayList<>();
        try (ApiServer jwt = new ApiServer(jwtConfig()); ApiServer dev = new ApiServer()) {
            HttpProbe jwtProbe = new HttpProbe(jwt.apiRoot());
            String badSignature = Tokens.hs256(Tokens.claims("read:experimentation").subject(MARK).build(),
                    "another-secret-of-at-least-32-bytes-" + MARK);
            String noScope = Tokens.hs256(Tokens.claims("read:nothing").subject(MARK).build());
            String opaque = "opaque-" + MARK;
            secrets.addAll(List.of(badSignature, noScope, opaque, signature(badSignature), signature(noScope)));
            assertThat(jwtProbe.send("GET", Ops.EXPS, Map.of("Authorization", List.of("Bearer " + badSignature)), null)
                    .status()).isEqualTo(401);
            assertThat(jwtProbe.send("GET", Ops.EXPS, Map.of("Authorization", List.of("Bearer " + noScope)), null)
                    .status()).isEqualTo(403);
            assertThat(jwtProbe.send("GET", Ops.EXPS, Map.of("Authorization", List.of("Bearer " + opaque)), null)
                    .status()).isEqualTo(401);
            assertThat(jwtProbe.send("GET", Ops.EXPS, Map.of("Authorization", List.of("Bearer " + opaque + " x")), null)
                    .status()).isEqualTo(401);
            assertThat(jwtProbe.send("GET", Ops.EXPS, Map.of("Authorization", List.of(MARK)), null).status())
                    .isEqualTo(401);
            HttpProbe devProbe = new HttpProbe(dev.apiRoot());
            assertThat(devProbe.send("GET", Ops.EXPS, Map.of("Authorization", List.of("Bearer " + opaque)), null)
                    .status()).isEqualTo(200);
            assertThat(devProbe.send("POST", Ops.EXPS, Map.of("Authorization", List.of("Bearer " + opaque),
                    "Content-Type", List.of("application/json")), "{".getBytes()).status()).isEqualTo(400);
        } finally {
            root.detachAppender(captured);
            root.setLevel(level);
        }
        List<ILoggingEvent> events;
        synchronized (captured) { // AppenderBase appends under its own lock; other tests' threads log too
            events = new ArrayList<>(captured.list);
        }
        assertThat(events).as("something was logged").isNotEmpty();
        for (ILoggingEvent event : events) {
            String text = event.getFormattedMessage() + " " + throwableText(event.getThrowableProxy());
            assertThat(text).as("log line").doesNotContain(MARK);
            secrets.forEach(secret -> assertThat(text).as("log line").doesNotContain(secret));
        }
    }

    private static String signature(String jwt) {
        return jwt.substring(jwt.lastIndexOf('.') + 1);
    }

    private static String throwableText(IThrowableProxy proxy) {
        StringBuilder text = new StringBuilder();
        for (IThrowableProxy p = proxy; p != null; p = p.getCause()) {
            text.append(p.getClassName()).append(": ").append(p.getMessage()).append(' ');
        }
        return text.toString();
    }

    @Test
    void theStubShouldBindLoopbackByDefault() throws Exception {
        assertThat(StubConfig.builder().build().host()).isEqualTo("127.0.0.1");
        try (ApiServer server = new ApiServer()) {
            int port = server.apiRoot().getPort();
            // Linux: the listening socket's local address, in /proc/net/tcp (IPv4) or tcp6 (IPv4-mapped).
            String portHex = String.format(Locale.ROOT, ":%04X", port);
            List<String> listening = new ArrayList<>();
            for (String file : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                Path table = Path.of(file);
                if (Files.isReadable(table)) {
                    Files.readAllLines(table).stream().map(l -> l.trim().split("\\s+"))
                            .filter(f -> f.length > 3 && f[1].endsWith(portHex) && f[3].equals("0A"))
                            .forEach(f -> listening.add(f[1]));
                }
            }
            if (Files.isReadable(Path.of("/proc/net/tcp"))) {
                assertThat(listening).isNotEmpty().allSatisfy(local -> assertThat(local)
                        .matches("(0100007F|0000000000000000FFFF00000100007F):[0-9A-F]{4}"));
            }
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address.isLoopbackAddress() || address.isLinkLocalAddress()) {
                        continue;
                    }
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(address, port), 500);
                        throw new AssertionError("reachable on " + address);
                    } catch (java.io.IOException expected) {
                        // refused: not listening there
                    }
                }
            }
        }
    }

    @Test
    void jwtModeShouldRejectAnotherHmacAlgorithmWithTheRightSecret() throws Exception {
        String hs512 = Tokens.sign(Tokens.claims("read:experimentation").build(), new JWSHeader(JWSAlgorithm.HS512),
                new MACSigner(Tokens.SECRET + Tokens.SECRET));
        String hs256NoneHeader = Tokens.unsigned(Tokens.claims("read:experimentation").build()) + "c2ln";
        try (ApiServer jwt = new ApiServer(jwtConfig())) {
            HttpProbe probe = new HttpProbe(jwt.apiRoot());
            for (String token : List.of(hs512, hs256NoneHeader)) {
                var reply = probe.send("GET", Ops.EXPS, Map.of("Authorization", List.of("Bearer " + token)), null);
                assertThat(reply.status()).as(token).isEqualTo(401);
                assertThat(reply.json().get("errorCode").asText()).isEqualTo("invalid_token");
            }
        }
    }
}
