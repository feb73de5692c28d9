package com.partnerbenefits.bootstrap.explorer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /graphiql}: a GraphiQL explorer that needs no internet access. Its libraries come from
 * the jar (WebJars under {@code /webjars/}), its own script from here, so a strict Content-Security-Policy
 * holds (no inline script, nothing from another host). Loading it needs no token; the token is set
 * in its header editor or, in development, picked from the demo accounts. Off under {@code prod}.
 */
@Controller
@Profile("!prod")
@ConditionalOnProperty(name = "benefits.explorer.enabled", havingValue = "true", matchIfMissing = true)
public class ExplorerController {

    public static final String PATH = "/graphiql";
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; connect-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @GetMapping(PATH)
    public ResponseEntity<Resource> page() {
        return file("graphiql.html", MediaType.TEXT_HTML);
    }

    @GetMapping(PATH + "/explorer.js")
    public ResponseEntity<Resource> script() {
        return file("explorer.js", MediaType.valueOf("text/javascript"));
    }

    @GetMapping(PATH + "/explorer.css")
    public ResponseEntity<Resource> style() {
        return file("explorer.css", MediaType.valueOf("text/css"));
    }

    private static ResponseEntity<Resource> file(String name, MediaType type) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache())
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .body(new ClassPathResource("explorer/" + name));
    }
}
