package com.partnerbenefits.bootstrap.browser.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page's words (static/portal/i18n.js) exist in en, ja and pt-BR, with the same placeholders; no browser needed. */
class PortalDictionariesTest {

    private static final Pattern ENTRY = Pattern.compile("^\\s*'([^']+)':\\s*'((?:[^'\\\\]|\\\\.)*)',?\\s*$", Pattern.MULTILINE);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void everyWordOfThePageExistsInEveryLanguageWithTheSamePlaceholders() throws IOException {
        String source;
        try (InputStream in = getClass().getResourceAsStream("/static/portal/i18n.js")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> en = dictionary(source, "en");
        Map<String, String> ja = dictionary(source, "ja");
        Map<String, String> ptBr = dictionary(source, "ptBR");

        assertThat(en).containsKeys("activate", "accessId", "contractId", "link.title", "plans.unavailable");
        assertThat(ja.keySet()).isEqualTo(en.keySet());
        assertThat(ptBr.keySet()).isEqualTo(en.keySet());
        en.forEach((key, text) -> {
            assertThat(placeholders(ja.get(key))).as("ja %s", key).isEqualTo(placeholders(text));
            assertThat(placeholders(ptBr.get(key))).as("pt-BR %s", key).isEqualTo(placeholders(text));
        });
        assertThat(en.get("plans.unavailable")).isEqualTo("Would you like to see unavailable support plans?");
        assertThat(ja.get("benefits.title")).isEqualTo("技術関連の特典");
        assertThat(ptBr.get("link.title")).isEqualTo("Vincular benefícios de suporte");
    }

    private static Map<String, String> dictionary(String source, String name) {
        int start = source.indexOf("const " + name + " = {");
        assertThat(start).as("dictionary %s", name).isNotNegative();
        String body = source.substring(start, source.indexOf("\n};", start));
        Map<String, String> entries = new LinkedHashMap<>();
        Matcher entry = ENTRY.matcher(body);
        while (entry.find()) {
            entries.put(entry.group(1), entry.group(2));
        }
        return entries;
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text == null ? "" : text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
