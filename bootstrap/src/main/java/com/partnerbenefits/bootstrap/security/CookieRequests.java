package com.partnerbenefits.bootstrap.security;

import com.partnerbenefits.bootstrap.portal.PortalSignIn;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which API requests must carry the CSRF token: a state-changing one that comes with the page's session cookie and
 * no bearer token. A bearer token is never sent by a browser on its own (and a bad one is a 401, never a fall back to
 * the session), and a request with neither is refused as unauthenticated anyway, as before.
 */
final class CookieRequests {

    static final RequestMatcher NEED_CSRF = request -> CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)
            && !bearer(request) && hasSessionCookie(request);

    private CookieRequests() {
    }

    private static boolean bearer(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private static boolean hasSessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(c -> PortalSignIn.SESSION_COOKIE.equals(c.getName()));
    }
}
