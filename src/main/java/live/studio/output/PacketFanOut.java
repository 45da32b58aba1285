package live.studio.output;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import live.studio.media.EncodedPacket;

/** Encode once, fan out: every packet goes to every attached output's own queue. */
public final class PacketFanOut implements Consumer<EncodedPacket> {
    private final List<PacketOutput> outputs = new CopyOnWriteArrayList<>();

    public void attach(PacketOutput output) {
        outputs.add(output);
    }

    public void detach(PacketOutput output) {
        outputs.remove(output);
    }

    @Override
    public void accept(EncodedPacket packet) {
        for (PacketOutput output : outputs) {
            output.accept(packet);
        }
    }
}
