package vn.gov.conference.sessions;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import org.springframework.core.ConfigurableObjectInputStream;

/**
 * Java serialisation of what the sessions and the gateway's authorizations keep (Spring Security's own serialisable
 * types: security contexts, saved requests, CSRF tokens, authorized clients, OAuth2 authorizations), read back
 * through an allow-list: only the JDK's value and collection types, Spring's and this project's classes are
 * accepted, so a document altered in the database cannot name a gadget class to run code here.
 */
public final class StoredObjects {

    /** The classes a stored object may consist of; anything else stops the read. */
    static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(String.join(
            ";",
            "maxdepth=40",
            "maxrefs=100000",
            "maxbytes=4000000",
            "maxarray=1000000",
            "java.lang.*",
            "java.util.*",
            "java.util.concurrent.*",
            "java.time.*",
            "java.net.URL",
            "java.net.URI",
            "java.math.*",
            "org.springframework.**",
            "vn.gov.conference.**",
            "com.nimbusds.jose.**",
            "com.nimbusds.jwt.**",
            "!*"));

    private StoredObjects() {}

    public static byte[] write(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException ex) {
            throw new IllegalArgumentException(
                    "Cannot store " + value.getClass().getName() + ": " + ex.getMessage(), ex);
        }
        return bytes.toByteArray();
    }

    /** The object in {@code bytes}, or an {@link IllegalStateException} when it holds a class not allowed. */
    public static Object read(byte[] bytes, ClassLoader classLoader) {
        try (ObjectInputStream in = new ConfigurableObjectInputStream(new ByteArrayInputStream(bytes), classLoader)) {
            in.setObjectInputFilter(ALLOWED);
            return in.readObject();
        } catch (InvalidClassException ex) {
            throw new IllegalStateException(
                    "A stored object was refused or is of another version: " + ex.getMessage(), ex);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (ClassNotFoundException ex) {
            throw new IllegalStateException("A stored object names an unknown class: " + ex.getMessage(), ex);
        }
    }
}
