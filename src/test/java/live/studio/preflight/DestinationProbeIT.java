package live.studio.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import live.studio.output.Destination;
import live.studio.testing.FfmpegRtmpIngest;
import live.studio.testing.NginxRtmpServer;
import live.studio.testing.Ports;
import live.studio.testing.RequiredTool;
import live.studio.testing.TestCertificate;
import live.studio.testing.TestOutput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The destination check against real servers: nginx-rtmp and FFmpeg's own listener answer the handshake; a closed
 * port, an unknown host, a server that takes the connection and says nothing, and an rtmps server whose certificate
 * nobody signed each fail with their own finding, within the destination's time.
 */
class DestinationProbeIT {
    private static final Duration TIMEOUT = DestinationProbe.DEFAULT_TIMEOUT;
    private final DestinationProbe probe = new DestinationProbe();
    private final List<AutoCloseable> servers = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopServers() throws Exception {
        for (AutoCloseable server : servers) {
            server.close();
        }
    }

    private CheckResult probe(String url) throws InterruptedException {
        long start = System.nanoTime();
        CheckResult result = probe.probe("destination-1", Destination.parse("Shop", url));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        // every answer, good or bad, within the destination's time (and a little for the thread to return)
        assertThat(took).isLessThan(TIMEOUT.plusMillis(500));
        return result;
    }

    @Test
    void nginxRtmpAnswersTheHandshake() throws Exception {
        RequiredTool.assumeAvailableOrFailInCi(NginxRtmpServer.isAvailable(), NginxRtmpServer.REQUIREMENT);
        NginxRtmpServer nginx = NginxRtmpServer.builder().named("preflight-nginx").start();
        servers.add(nginx);

        CheckResult result = probe(nginx.url("secret-key-1234"));

        assertThat(result.outcome()).isEqualTo(CheckOutcome.OK);
        assertThat(result.finding().key()).isEqualTo("destination.ok");
        assertThat(result.finding().arguments()).contains("Shop", "127.0.0.1", nginx.port());
        assertThat(result.finding().toString()).doesNotContain("secret-key-1234");
        // nothing was published: the check does not start a stream
        assertThat(nginx.publishRequests()).isEmpty();
        assertThat(nginx.isAlive()).isTrue();
    }

    @Test
    void ffmpegsOwnListenerAnswersTheHandshake() throws Exception {
        FfmpegRtmpIngest ingest = FfmpegRtmpIngest.start(TestOutput.newDirectory("preflight-ffmpeg")).awaitListening();
        servers.add(ingest);

        CheckResult result = probe(ingest.url());

        assertThat(result.outcome()).isEqualTo(CheckOutcome.OK);
        assertThat(result.finding().key()).isEqualTo("destination.ok");
    }

    @Test
    void aClosedPortIsRefused() throws Exception {
        int closed = Ports.freeLoopbackPort();

        CheckResult result = probe("rtmp://127.0.0.1:" + closed + "/live/key-5678");

        assertThat(result.outcome()).isEqualTo(CheckOutcome.FAILED);
        assertThat(result.finding().key()).isEqualTo("destination.refused");
        assertThat(result.finding().arguments()).contains(closed);
    }

    @Test
    void anUnknownHostIsNamed() throws Exception {
        CheckResult result = probe("rtmp://ingest.nowhere.invalid/live/key-5678");

        assertThat(result.outcome()).isEqualTo(CheckOutcome.FAILED);
        assertThat(result.finding().key()).isEqualTo("destination.unknown-host");
        assertThat(result.finding().arguments()).contains("ingest.nowhere.invalid");
    }

    @Test
    void aServerThatTakesTheConnectionButNeverAnswersTimesOut() throws Exception {
        ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        servers.add(silent);
        // reads whatever comes and says nothing, as a stuck or wrong server would
        Thread.ofPlatform().daemon().start(() -> {
            try (Socket client = silent.accept(); InputStream in = client.getInputStream()) {
                in.transferTo(OutputStreamToNowhere.INSTANCE);
            } catch (IOException closed) {
                // the test is over
            }
        });

        CheckResult result = probe("rtmp://127.0.0.1:" + silent.getLocalPort() + "/live/key-5678");

        assertThat(result.outcome()).isEqualTo(CheckOutcome.FAILED);
        assertThat(result.finding().key()).isEqualTo("destination.no-answer");
    }

    @Test
    void anRtmpsServerWithASelfSignedCertificateIsNotTrusted() throws Exception {
        TestCertificate certificate = TestCertificate.create(TestOutput.newDirectory("preflight-tls"));
        SSLServerSocket tls = (SSLServerSocket) certificate.serverContext().getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        servers.add(tls);
        Thread.ofPlatform().daemon().start(() -> {
            try (SSLSocket client = (SSLSocket) tls.accept()) {
                client.startHandshake();
            } catch (IOException refusedByTheClient) {
                // the probe hangs up during the handshake
            }
        });

        CheckResult result = probe("rtmps://127.0.0.1:" + tls.getLocalPort() + "/live/key-5678");

        assertThat(result.outcome()).isEqualTo(CheckOutcome.FAILED);
        assertThat(result.finding().key()).isEqualTo("destination.tls-untrusted");
    }

    @Test
    void anRtmpsServerTheClientTrustsGetsTheHandshakeOverTls() throws Exception {
        RequiredTool.assumeAvailableOrFailInCi(NginxRtmpServer.isAvailable(), NginxRtmpServer.REQUIREMENT);
        NginxRtmpServer nginx = NginxRtmpServer.builder().named("preflight-nginx-tls").start();
        servers.add(nginx);
        TestCertificate certificate = TestCertificate.create(TestOutput.newDirectory("preflight-tls-relay"));
        // a TLS front for nginx (as platforms put one before their RTMP servers), trusted by this probe only
        TlsRelay relay = TlsRelay.start(certificate, nginx.port());
        servers.add(relay);
        DestinationProbe trusting = new DestinationProbe(certificate.clientContext().getSocketFactory(), TIMEOUT);

        CheckResult result = trusting.probe("destination-1",
                Destination.parse("Shop", "rtmps://localhost:" + relay.port() + "/live/key-5678"));

        assertThat(result.outcome()).as(result.toString()).isEqualTo(CheckOutcome.OK);
        assertThat(result.finding().key()).isEqualTo("destination.ok");
    }

    @Test
    void aCancelledCheckReportsNothingAfterwards() throws Exception {
        ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        servers.add(silent);
        PreflightCheck check = probe.check("destination-1",
                Destination.parse("Shop", "rtmp://127.0.0.1:" + silent.getLocalPort() + "/live/key-5678"));
        List<CheckResult> heard = new CopyOnWriteArrayList<>();
        PreflightRun run = PreflightRun.start(List.of(check), Duration.ofSeconds(30), heard::add);
        Thread.sleep(300);

        run.cancel();
        // past the destination's own time, when an uncancelled probe would have reported "no answer"
        Thread.sleep(TIMEOUT.plusMillis(500).toMillis());

        assertThat(heard).isEmpty();
        assertThat(run.isCancelled()).isTrue();
    }

    /** Swallows what the silent server reads. */
    private static final class OutputStreamToNowhere extends java.io.OutputStream {
        static final OutputStreamToNowhere INSTANCE = new OutputStreamToNowhere();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
