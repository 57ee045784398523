package vn.gov.conference.gateway.people;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.gov.conference.platform.security.Role;

/**
 * The demo people of the local stack, from the {@code people:} list of the demo clients file, already active so that
 * the console can be tried at once. Only a store without anyone is seeded; production has no clients file, so no one.
 */
final class SeededPeople {

    private static final Logger log = LoggerFactory.getLogger(SeededPeople.class);

    record Seed(String email, String password, String name, Role role, String province, String unit) {}

    private SeededPeople() {}

    static void seed(People people, Resource file, PasswordEncoder encoder, Instant now) {
        if (!people.isEmpty() || !file.exists()) {
            return;
        }
        List<Seed> seeds = read(file);
        for (Seed seed : seeds) {
            try {
                people.insert(Person.seeded(
                        UUID.randomUUID().toString(),
                        seed.name(),
                        seed.email().toLowerCase(Locale.ROOT),
                        seed.role(),
                        seed.province(),
                        seed.unit(),
                        encoder.encode(seed.password()),
                        now));
            } catch (DuplicateKeyException ex) {
                // Another replica seeded the same store at the same moment.
            }
        }
        log.info("Seeded {} demo people from {}", seeds.size(), file.getDescription());
    }

    private static List<Seed> read(Resource file) {
        try {
            var sources = new YamlPropertySourceLoader().load(file.getDescription(), file);
            return new Binder(ConfigurationPropertySources.from(sources))
                    .bind("people", Bindable.listOf(Seed.class))
                    .orElse(List.of());
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the people of " + file, ex);
        }
    }
}
