package vn.gov.conference.gateway.routing;

import java.util.List;

/**
 * The addresses of the pages people open in a browser, all served by the web module. The gateway asks for no token
 * there: the delegates' pages carry signed links that the web module and the services verify, and the staff console
 * signs its people in itself.
 */
public final class Pages {

    /** Static files of the pages: cheap, cached, and fetched with every page, so not counted against a caller. */
    public static final List<String> ASSETS = List.of("/assets/**", "/favicon.ico");

    /**
     * Invitation and answer forms ({@code /moi}), check-in ({@code /diem-danh}), the materials portal
     * ({@code /tai-lieu}), the reception desk ({@code /le-tan}), account activation ({@code /kich-hoat}) and the staff
     * console ({@code /console}).
     */
    public static final List<String> PATHS = List.of(
            "/",
            "/moi/**",
            "/diem-danh/**",
            "/tai-lieu/**",
            "/le-tan/**",
            "/kich-hoat/**",
            "/console/**",
            "/assets/**",
            "/favicon.ico");

    private Pages() {}
}
