package live.studio.control;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which {@code Host} headers the API answers: the loopback names with its port, and on the LAN this computer's own
 * IP addresses and the configured name. A web page that rebinds its own DNS name to 127.0.0.1 sends its own name as
 * Host and is refused (DNS rebinding); an IP literal cannot be rebound.
 */
final class HostCheck {
    private final Set<String> allowed;

    private HostCheck(Set<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    static HostCheck of(NetworkScope scope, int port, Optional<String> lanHostName) {
        Set<String> hosts = new HashSet<>(Set.of("127.0.0.1", "localhost", "[::1]"));
        if (scope == NetworkScope.LAN) {
            lanHostName.ifPresent(hosts::add);
            hosts.addAll(machineAddresses());
        }
        Set<String> withPort = new HashSet<>();
        for (String host : hosts) {
            withPort.add(host.toLowerCase(Locale.ROOT) + ":" + port);
        }
        return new HostCheck(withPort);
    }

    boolean allows(String hostHeader) {
        return hostHeader != null && allowed.contains(hostHeader.strip().toLowerCase(Locale.ROOT));
    }

    /** This computer's addresses as a Host header writes them ({@code 192.168.1.20}, {@code [fe80::1]}). */
    static Set<String> machineAddresses() {
        Set<String> addresses = new HashSet<>();
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    String text = address.getHostAddress();
                    int zone = text.indexOf('%');
                    if (zone >= 0) {
                        text = text.substring(0, zone);
                    }
                    addresses.add(text.contains(":") ? "[" + text + "]" : text);
                }
            }
        } catch (SocketException e) {
            // no interface list: the loopback names still work
        }
        return addresses;
    }
}
