package live.studio.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsLocationTest {

    @Test
    void linuxUsesXdgConfigHome() {
        assertThat(SettingsLocation.directory(OperatingSystem.LINUX, Map.of("XDG_CONFIG_HOME", "/home/ana/.cfg"), "/home/ana"))
                .isEqualTo("/home/ana/.cfg/live-studio");
        assertThat(SettingsLocation.directory(OperatingSystem.LINUX, Map.of("XDG_CONFIG_HOME", "/srv/config/"), "/home/ana"))
                .isEqualTo("/srv/config/live-studio");
    }

    @Test
    void linuxFallsBackToDotConfigWhenXdgConfigHomeIsUnsetEmptyOrRelative() {
        assertThat(SettingsLocation.directory(OperatingSystem.LINUX, Map.of(), "/home/ana"))
                .isEqualTo("/home/ana/.config/live-studio");
        assertThat(SettingsLocation.directory(OperatingSystem.LINUX, Map.of("XDG_CONFIG_HOME", ""), "/home/ana"))
                .isEqualTo("/home/ana/.config/live-studio");
        // The XDG base directory specification: a relative path is invalid and must be ignored.
        assertThat(SettingsLocation.directory(OperatingSystem.LINUX, Map.of("XDG_CONFIG_HOME", "cfg"), "/home/ana"))
                .isEqualTo("/home/ana/.config/live-studio");
    }

    @Test
    void macOsUsesApplicationSupportWhateverTheEnvironmentSays() {
        assertThat(SettingsLocation.directory(OperatingSystem.MAC_OS, Map.of("XDG_CONFIG_HOME", "/Users/ana/.config"), "/Users/ana"))
                .isEqualTo("/Users/ana/Library/Application Support/Live Studio");
    }

    @Test
    void windowsUsesAppData() {
        assertThat(SettingsLocation.directory(OperatingSystem.WINDOWS, Map.of("APPDATA", "C:\\Users\\Ana\\AppData\\Roaming"), "C:\\Users\\Ana"))
                .isEqualTo("C:\\Users\\Ana\\AppData\\Roaming\\Live Studio");
        assertThat(SettingsLocation.directory(OperatingSystem.WINDOWS, Map.of("APPDATA", "D:\\Profiles\\ana\\"), "C:\\Users\\Ana"))
                .isEqualTo("D:\\Profiles\\ana\\Live Studio");
    }

    @Test
    void windowsFallsBackToTheRoamingProfileInTheHomeFolderWithoutAppData() {
        assertThat(SettingsLocation.directory(OperatingSystem.WINDOWS, Map.of(), "C:\\Users\\Ana"))
                .isEqualTo("C:\\Users\\Ana\\AppData\\Roaming\\Live Studio");
    }

    @Test
    void theSystemIsRecognisedFromItsOsName() {
        assertThat(OperatingSystem.fromOsName("Linux")).isEqualTo(OperatingSystem.LINUX);
        assertThat(OperatingSystem.fromOsName("FreeBSD")).isEqualTo(OperatingSystem.LINUX);
        assertThat(OperatingSystem.fromOsName("Mac OS X")).isEqualTo(OperatingSystem.MAC_OS);
        assertThat(OperatingSystem.fromOsName("Windows 11")).isEqualTo(OperatingSystem.WINDOWS);
        assertThat(OperatingSystem.fromOsName("Windows Server 2022")).isEqualTo(OperatingSystem.WINDOWS);
    }
}
