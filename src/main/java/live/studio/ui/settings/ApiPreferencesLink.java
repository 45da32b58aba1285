package live.studio.ui.settings;

import live.studio.control.NetworkScope;
import live.studio.ui.control.ApiPanelViewModel;

/**
 * The remote-control API as the operator left it: the saved port, network scope and on/off are put on the window's
 * {@link ApiPanelViewModel} at start (which starts the API when it was on), and every change there is saved.
 */
public final class ApiPreferencesLink {
    private ApiPreferencesLink() {
    }

    public static void connect(ApiPanelViewModel api, PreferencesKeeper keeper) {
        ApiPreferences saved = keeper.preferences().api();
        api.portProperty().set(saved.port());
        api.scopeProperty().set(saved.scope());
        api.enabledProperty().set(saved.state() == ApiPreferences.ApiState.ON);
        api.enabledProperty().addListener((observable, before, after) -> save(api, keeper));
        api.portProperty().addListener((observable, before, after) -> save(api, keeper));
        api.scopeProperty().addListener((observable, before, after) -> save(api, keeper));
    }

    private static void save(ApiPanelViewModel api, PreferencesKeeper keeper) {
        ApiPreferences now = new ApiPreferences(api.enabledProperty().get() ? ApiPreferences.ApiState.ON : ApiPreferences.ApiState.OFF,
                api.portProperty().get(), api.scopeProperty().get() == null ? NetworkScope.LOOPBACK : api.scopeProperty().get());
        if (!now.equals(keeper.preferences().api())) {
            keeper.update(preferences -> preferences.withApi(now));
        }
    }
}
