package live.studio.overlay;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/** The brand's logo a theme names, read once when the theme loads. */
public record BrandLogo(Path file, BufferedImage image) {
}
