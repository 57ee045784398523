package vn.gov.conference.gateway.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.Resource;

/** Reads the {@code clients:} list of a YAML clients file with Boot's binder (so it reads like configuration). */
final class ClientsFile {

    private ClientsFile() {}

    static List<ClientRegistration> read(Resource file) {
        if (!file.exists()) {
            throw new IllegalStateException("The clients file " + file + " does not exist; the embedded "
                    + "authorization server needs it (conference.gateway.auth.clients-file).");
        }
        try {
            var sources = new YamlPropertySourceLoader().load(file.getDescription(), file);
            List<ClientRegistration> clients = new Binder(ConfigurationPropertySources.from(sources))
                    .bind("clients", Bindable.listOf(ClientRegistration.class))
                    .orElseThrow(() -> new IllegalStateException("The clients file " + file + " lists no clients."));
            Set<String> ids = new HashSet<>();
            clients.forEach(client -> {
                if (!ids.add(client.id())) {
                    throw new IllegalStateException("The clients file " + file + " lists " + client.id() + " twice.");
                }
            });
            return List.copyOf(clients);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the clients file " + file, ex);
        }
    }
}
