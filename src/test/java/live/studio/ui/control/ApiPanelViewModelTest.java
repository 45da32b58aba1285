package live.studio.ui.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import live.studio.app.Sources;
import live.studio.catalog.Catalog;
import live.studio.control.NetworkScope;
import live.studio.control.ProgramMonitor;
import live.studio.encode.EncoderSettings;
import live.studio.engine.LiveEngine;
import live.studio.media.VideoFormat;
import live.studio.show.ShowController;
import live.studio.show.ShowTime;
import org.junit.jupiter.api.Test;

/** The window's API settings start, restart and stop a real server; the token shows masked and is replaced. */
class ApiPanelViewModelTest {
    private static final VideoFormat SMALL = new VideoFormat(320, 180, 30);
    private final HttpClient http = HttpClient.newHttpClient();

    private int status(String address, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(address + "/status"))
                .header("Authorization", "Bearer " + token).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void onOffPortLanAndANewToken() throws Exception {
        try (LiveEngine engine = new LiveEngine(SMALL, EncoderSettings.defaults(300), Sources.factory(SMALL))) {
            ShowController show = new ShowController(Catalog.empty(), ShowTime.of(engine.clock()));
            try (ApiPanelViewModel model = new ApiPanelViewModel(show, ProgramMonitor.of(engine))) {
                assertThat(model.messageProperty().get()).isEqualTo("Off");
                assertThat(model.maskedTokenProperty().get()).hasSize(16).doesNotContain(model.controlToken().substring(4));
                model.portProperty().set(0);
                model.enabledProperty().set(true);
                String address = model.addressProperty().get();
                assertThat(address).matches("http://127\\.0\\.0\\.1:\\d+/api/v1");
                assertThat(status(address, model.controlToken())).isEqualTo(200);

                String old = model.controlToken();
                String oldMask = model.maskedTokenProperty().get();
                model.newToken();
                assertThat(model.controlToken()).isNotEqualTo(old);
                assertThat(model.maskedTokenProperty().get()).isNotEqualTo(oldMask);
                assertThat(status(address, old)).isEqualTo(401);
                assertThat(status(address, model.controlToken())).isEqualTo(200);

                model.scopeProperty().set(NetworkScope.LAN);
                assertThat(model.messageProperty().get()).contains(ApiPanelViewModel.lanWarning());
                assertThat(model.server().orElseThrow().settings().scope()).isEqualTo(NetworkScope.LAN);

                model.enabledProperty().set(false);
                assertThat(model.server()).isEmpty();
                assertThat(model.addressProperty().get()).isEmpty();
                try {
                    status(address, model.controlToken());
                    throw new AssertionError("the API still answers after it was turned off");
                } catch (java.net.ConnectException expected) {
                    // nothing listens any more
                }
            }
        }
    }
}
