package com.partnerbenefits.bootstrap.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Development tokens, signed with the HMAC secret: {@code token <login> [--operator] [--support] [--msa]}.
 * The secret comes from BENEFITS_SECURITY_JWT_HMAC_SECRET, else the development default.
 */
public final class TokenCommand {

    private TokenCommand() {
    }

    private static final Set<String> OPTIONS = Set.of("--operator", "--support", "--msa");
    /** Read by the launcher (the prod profile refuses the helper), not an option of the token. */
    private static final String PROFILES = "--spring.profiles.active=";

    public static int run(String[] args) {
        List<String> options = args.length < 2 ? List.of() : List.of(args).subList(2, args.length);
        List<String> unknown = options.stream().filter(option -> !OPTIONS.contains(option) && !option.startsWith(PROFILES))
                .toList();
        if (args.length < 2 || args[1].startsWith("-") || !unknown.isEmpty()) {
            // a mistyped flag (--oprator) must not quietly sign a token without the role the user asked for
            if (!unknown.isEmpty()) {
                System.err.println("unknown option" + (unknown.size() > 1 ? "s: " : ": ") + String.join(" ", unknown));
            }
            System.err.println("usage: java -jar partner-benefits.jar token <login> [--operator] [--support] [--msa]");
            return 2;
        }
        String secret = System.getenv().getOrDefault("BENEFITS_SECURITY_JWT_HMAC_SECRET", DevelopmentSecrets.JWT_HMAC_SECRET);
        List<String> roles = new ArrayList<>();
        if (options.contains("--operator")) {
            roles.add(CallerClaims.OPERATOR_ROLE);
        }
        if (options.contains("--support")) {
            roles.add(CallerClaims.SUPPORT_ROLE);
        }
        System.out.println(sign(secret, args[1], options.contains("--msa") ? "MSA" : "AAD", roles, Duration.ofHours(12)));
        return 0;
    }

    public static String sign(String secret, String login, String accountKind, boolean operator, Duration validity) {
        return sign(secret, login, accountKind, operator ? List.of(CallerClaims.OPERATOR_ROLE) : List.of(), validity);
    }

    /** A token with the given {@code roles} claim (e.g. {@code benefits.operator}); none when empty. */
    public static String sign(String secret, String login, String accountKind, List<String> roles, Duration validity) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(login).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validity))).claim(CallerClaims.ACCOUNT_KIND, accountKind);
        if (!roles.isEmpty()) {
            claims.claim(CallerClaims.ROLES, roles);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        try {
            jwt.sign(new MACSigner(SecurityConfiguration.hmacKey(secret)));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a development token", e);
        }
        return jwt.serialize();
    }
}
