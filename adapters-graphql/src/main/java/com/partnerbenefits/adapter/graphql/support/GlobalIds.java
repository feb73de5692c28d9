package com.partnerbenefits.adapter.graphql.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one codec for opaque global IDs: base64url of "Type:rawId" followed by a short HMAC tag, so an
 * edited or guessed ID fails to decode (and answers NOT_FOUND) instead of reaching another object.
 */
public final class GlobalIds {

    private static final int TAG_BYTES = 8;
    private static final int MAX_ID_LENGTH = 200;

    private final SecretKeySpec key;
    /** One keyed Mac per thread: looking up the provider and keying it cost more than the tag itself, on every ID. */
    private final ThreadLocal<Mac> macs;

    public GlobalIds(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the global ID secret needs at least 16 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::keyedMac);
    }

    public String encode(String type, String rawId) {
        byte[] payload = (type + ":" + rawId).getBytes(StandardCharsets.UTF_8);
        byte[] id = Arrays.copyOf(payload, payload.length + TAG_BYTES);
        System.arraycopy(tag(payload), 0, id, payload.length, TAG_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }

    /** The raw ID if {@code globalId} is an untampered ID of that type; empty for anything else. */
    public Optional<String> decode(String type, String globalId) {
        return decode(globalId).filter(id -> id.type().equals(type)).map(Decoded::rawId);
    }

    public Optional<Decoded> decode(String globalId) {
        if (globalId == null || globalId.isEmpty() || globalId.length() > MAX_ID_LENGTH) {
            return Optional.empty();
        }
        byte[] id;
        try {
            id = Base64.getUrlDecoder().decode(globalId);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        // Base64 leaves spare bits in a last character: only the one spelling this codec writes is an ID.
        if (id.length <= TAG_BYTES || !Base64.getUrlEncoder().withoutPadding().encodeToString(id).equals(globalId)) {
            return Optional.empty();
        }
        byte[] payload = Arrays.copyOf(id, id.length - TAG_BYTES);
        byte[] tag = Arrays.copyOfRange(id, payload.length, id.length);
        if (!MessageDigest.isEqual(tag, Arrays.copyOf(tag(payload), TAG_BYTES))) {
            return Optional.empty();
        }
        String text = new String(payload, StandardCharsets.UTF_8);
        int colon = text.indexOf(':');
        return colon <= 0 ? Optional.empty() : Optional.of(new Decoded(text.substring(0, colon), text.substring(colon + 1)));
    }

    /** doFinal leaves the Mac reset and keyed, ready for the next ID on this thread. */
    private byte[] tag(byte[] payload) {
        return macs.get().doFinal(payload);
    }

    private Mac keyedMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    public record Decoded(String type, String rawId) {
    }
}
