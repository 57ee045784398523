package vn.gov.conference.gateway.auth;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2DeviceCode;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.OAuth2UserCode;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.util.Assert;
import vn.gov.conference.sessions.StoredObjects;

/**
 * The authorization server's authorizations (an authorization request's state, its code, the access, refresh and ID
 * tokens issued from it, and whether each was revoked) in MongoDB, collection {@code oauth2_authorizations}, so that
 * a code issued by one gateway replica is redeemed at another, and a token issued by one is introspected, refreshed
 * or revoked at any.
 * <p>
 * One document an authorization: the authorization itself, Java-serialised and read back through
 * {@link StoredObjects}' allow-list (what Spring Authorization Server's JDBC service keeps as JSON columns: its
 * attributes, the principal and the authorization request among them, and each token with its metadata), and beside
 * it a SHA-256 of each token value, indexed, for the look-ups by token: the tokens themselves are never a query key.
 * {@code expireAt} is when its last token expires; MongoDB removes it then (TTL index), and since the local stand-in
 * has no TTL expiry, saves also sweep now and then.
 * <p>
 * A refresh saves its rotation ({@link #rotating}) on one condition, that the refresh token exchanged is still the
 * authorization's current one, and keeps that token's hash as {@code previousRefreshToken} with {@code rotatedAt}:
 * {@link RefreshGrace} finds the authorization by it for a few seconds ({@link #rotatedWithin}). It is not a look-up
 * field of {@link #findByToken}: an exchanged token never refreshes again by itself.
 */
final class StoredAuthorizations implements OAuth2AuthorizationService {

    private static final Logger log = LoggerFactory.getLogger(StoredAuthorizations.class);

    static final String COLLECTION = "oauth2_authorizations";

    /** How long an authorization with no token yet (waiting for consent) is kept. */
    private static final Duration PENDING = Duration.ofMinutes(30);

    private static final Duration SWEEP_EVERY = Duration.ofMinutes(10);

    /** The hash fields, by the token type a look-up names. */
    private static final Map<String, String> FIELDS = Map.of(
            OAuth2ParameterNames.STATE,
            "state",
            OAuth2ParameterNames.CODE,
            "code",
            OAuth2TokenType.ACCESS_TOKEN.getValue(),
            "accessToken",
            OAuth2TokenType.REFRESH_TOKEN.getValue(),
            "refreshToken",
            OidcParameterNames.ID_TOKEN,
            "idToken",
            OAuth2ParameterNames.USER_CODE,
            "userCode",
            OAuth2ParameterNames.DEVICE_CODE,
            "deviceCode");

    private final MongoTemplate mongo;

    private final ClassLoader classLoader = StoredAuthorizations.class.getClassLoader();

    private final AtomicLong nextSweep = new AtomicLong();

    /** The hash of the refresh token being exchanged on this thread, while {@link #rotating} runs. */
    private final ThreadLocal<String> exchanging = new ThreadLocal<>();

    StoredAuthorizations(MongoTemplate mongo) {
        this.mongo = mongo;
        try {
            for (String field : FIELDS.values()) {
                collection().createIndex(Indexes.ascending(field), new IndexOptions().sparse(true));
            }
            collection().createIndex(Indexes.ascending("previousRefreshToken"), new IndexOptions().sparse(true));
            collection()
                    .createIndex(Indexes.ascending("expireAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
        } catch (RuntimeException ex) {
            log.debug("Indexes on {} not all made: {}", COLLECTION, ex.getMessage());
        }
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        Assert.notNull(authorization, "authorization cannot be null");
        Document document = new Document("_id", authorization.getId())
                .append("registeredClientId", authorization.getRegisteredClientId())
                .append("principalName", authorization.getPrincipalName())
                .append("expireAt", Date.from(expireAt(authorization)))
                .append("authorization", new Binary(StoredObjects.write(authorization)));
        hash(document, "state", authorization.getAttribute(OAuth2ParameterNames.STATE));
        hash(document, "code", value(authorization.getToken(OAuth2AuthorizationCode.class)));
        hash(document, "accessToken", value(authorization.getToken(OAuth2AccessToken.class)));
        hash(document, "refreshToken", value(authorization.getToken(OAuth2RefreshToken.class)));
        hash(document, "idToken", value(authorization.getToken(OidcIdToken.class)));
        hash(document, "userCode", value(authorization.getToken(OAuth2UserCode.class)));
        hash(document, "deviceCode", value(authorization.getToken(OAuth2DeviceCode.class)));
        String exchanged = this.exchanging.get();
        String renewed = document.getString("refreshToken");
        if (exchanged != null && renewed != null && !exchanged.equals(renewed)) {
            document.append("previousRefreshToken", exchanged).append("rotatedAt", new Date());
            Bson stillCurrent =
                    Filters.and(Filters.eq("_id", authorization.getId()), Filters.eq("refreshToken", exchanged));
            if (collection().replaceOne(stillCurrent, document).getMatchedCount() == 0) {
                throw new RotationLost();
            }
        } else {
            collection()
                    .replaceOne(Filters.eq("_id", authorization.getId()), document, new ReplaceOptions().upsert(true));
        }
        sweep();
    }

    /**
     * Runs a refresh-token exchange: the save it ends with is the rotation of {@code refreshToken}, made only if that
     * token is still the current one, else {@link RotationLost} (another exchange of the same token saved first).
     */
    <T> T rotating(String refreshToken, Supplier<T> exchange) {
        this.exchanging.set(sha256(refreshToken));
        try {
            return exchange.get();
        } finally {
            this.exchanging.remove();
        }
    }

    /** The authorization whose refresh token was exchanged for its current one less than {@code grace} ago. */
    OAuth2Authorization rotatedWithin(String refreshToken, Duration grace) {
        Assert.hasText(refreshToken, "token cannot be empty");
        return read(collection()
                .find(Filters.and(
                        Filters.eq("previousRefreshToken", sha256(refreshToken)),
                        Filters.gt("rotatedAt", Date.from(Instant.now().minus(grace)))))
                .first());
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        Assert.notNull(authorization, "authorization cannot be null");
        collection().deleteOne(Filters.eq("_id", authorization.getId()));
    }

    @Override
    public OAuth2Authorization findById(String id) {
        Assert.hasText(id, "id cannot be empty");
        return read(collection().find(Filters.eq("_id", id)).first());
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        Assert.hasText(token, "token cannot be empty");
        String hash = sha256(token);
        Bson filter;
        if (tokenType == null) {
            List<Bson> any = new ArrayList<>();
            FIELDS.values().forEach(field -> any.add(Filters.eq(field, hash)));
            filter = Filters.or(any);
        } else {
            String field = FIELDS.get(tokenType.getValue());
            if (field == null) {
                return null;
            }
            filter = Filters.eq(field, hash);
        }
        return read(collection().find(filter).first());
    }

    private OAuth2Authorization read(Document document) {
        if (document == null) {
            return null;
        }
        if (document.getDate("expireAt").toInstant().isBefore(Instant.now())) {
            return null; // expired, not swept yet
        }
        try {
            return (OAuth2Authorization) StoredObjects.read(
                    document.get("authorization", Binary.class).getData(), this.classLoader);
        } catch (RuntimeException ex) {
            // Written by another version of Spring Authorization Server, or altered: as if it did not exist.
            log.warn("Authorization {} unreadable, ignored: {}", document.get("_id"), ex.getMessage());
            return null;
        }
    }

    /** When the authorization's last token expires; an authorization without one is kept a while for its flow. */
    static Instant expireAt(OAuth2Authorization authorization) {
        Instant latest = null;
        for (Class<? extends OAuth2Token> type : List.of(
                OAuth2AuthorizationCode.class,
                OAuth2AccessToken.class,
                OAuth2RefreshToken.class,
                OidcIdToken.class,
                OAuth2UserCode.class,
                OAuth2DeviceCode.class)) {
            OAuth2Authorization.Token<? extends OAuth2Token> token = authorization.getToken(type);
            if (token != null) {
                Instant expires = token.getToken().getExpiresAt();
                Instant candidate = expires != null ? expires : Instant.now().plus(Duration.ofDays(1));
                latest = latest == null || candidate.isAfter(latest) ? candidate : latest;
            }
        }
        return latest != null ? latest : Instant.now().plus(PENDING);
    }

    private void sweep() {
        long now = System.currentTimeMillis();
        long due = this.nextSweep.get();
        if (now >= due && this.nextSweep.compareAndSet(due, now + SWEEP_EVERY.toMillis())) {
            collection().deleteMany(Filters.lt("expireAt", new Date(now)));
        }
    }

    private static String value(OAuth2Authorization.Token<? extends OAuth2Token> token) {
        return token == null ? null : token.getToken().getTokenValue();
    }

    private static void hash(Document document, String field, Object value) {
        if (value instanceof String text && !text.isEmpty()) {
            document.append(field, sha256(text));
        }
    }

    static String sha256(String value) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Two exchanges of one refresh token crossed, and the other one's rotation was saved first. */
    static final class RotationLost extends RuntimeException {

        RotationLost() {
            super("The refresh token was exchanged meanwhile", null, false, false);
        }
    }

    private MongoCollection<Document> collection() {
        return this.mongo.getCollection(COLLECTION);
    }
}
