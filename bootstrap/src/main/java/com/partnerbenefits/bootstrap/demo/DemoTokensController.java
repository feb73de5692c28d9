package com.partnerbenefits.bootstrap.demo;

import com.partnerbenefits.bootstrap.config.JwtProperties;
import com.partnerbenefits.bootstrap.security.DevelopmentSecrets;
import com.partnerbenefits.bootstrap.security.TokenCommand;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /dev/demo-accounts}: the demo accounts with a fresh token each, so GraphiQL and the
 * portal can offer "sign in as" without the command line. Development only: absent under {@code prod},
 * without demo data, and whenever tokens are signed with anything but the public development secret
 * (a token signed with a real secret must never be handed out to whoever asks).
 */
@RestController
@Profile("!prod")
@ConditionalOnProperty(name = "benefits.demo.enabled", havingValue = "true")
public class DemoTokensController {

    public static final String PATH = "/dev/demo-accounts";
    private static final Duration VALIDITY = Duration.ofHours(12);

    private final String hmacSecret;

    public DemoTokensController(JwtProperties jwt) {
        this.hmacSecret = jwt.hmacSecret();
    }

    @GetMapping(PATH)
    public ResponseEntity<Map<String, Object>> demoAccounts() {
        if (!DevelopmentSecrets.jwtSecretInUse(hmacSecret)) {
            // the API's 404 (the error page writes its JSON shape), as where this controller is absent
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<Map<String, Object>> accounts = DemoData.ACCOUNTS.stream().map(this::withToken).toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("accounts", accounts));
    }

    private Map<String, Object> withToken(DemoAccount account) {
        return Map.of("login", account.login(), "kind", account.kind(), "roles", account.roles(),
                "description", account.description(),
                "token", TokenCommand.sign(hmacSecret, account.login(), account.kind(), account.roles(), VALIDITY));
    }
}
