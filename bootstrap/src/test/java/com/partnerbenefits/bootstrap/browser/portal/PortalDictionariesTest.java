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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages' words (static/common/i18n.js, shared, and each page's own i18n.js) exist in en, ja and pt-BR,
 * with the same placeholders; no browser needed.
 */
class PortalDictionariesTest {

    private static final Pattern ENTRY = Pattern.compile("^\\s*'([^']+)':\\s*'((?:[^'\\\\]|\\\\.)*)',?\\s*$", Pattern.MULTILINE);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @ParameterizedTest
    @ValueSource(strings = {"common", "portal", "support", "operator"})
    void everyWordOfThePageExistsInEveryLanguageWithTheSamePlaceholders(String page) throws IOException {
        String source = source(page);
        Map<String, String> en = dictionary(source, "en");
        Map<String, String> ja = dictionary(source, "ja");
        Map<String, String> ptBr = dictionary(source, "ptBR");

        assertThat(en).isNotEmpty();
        assertThat(ja.keySet()).isEqualTo(en.keySet());
        assertThat(ptBr.keySet()).isEqualTo(en.keySet());
        en.forEach((key, text) -> {
            assertThat(placeholders(ja.get(key))).as("ja %s", key).isEqualTo(placeholders(text));
            assertThat(placeholders(ptBr.get(key))).as("pt-BR %s", key).isEqualTo(placeholders(text));
        });
    }

    @Test
    void thePortalUsesTheArticlesWords() throws IOException {
        Map<String, String> common = dictionary(source("common"), "en");
        Map<String, String> en = dictionary(source("portal"), "en");

        assertThat(common).containsKeys("accessId", "contractId", "notForRole.title");
        assertThat(en).containsKeys("activate", "link.title", "plans.unavailable");
        assertThat(en.get("plans.unavailable")).isEqualTo("Would you like to see unavailable support plans?");
        assertThat(dictionary(source("portal"), "ja").get("benefits.title")).isEqualTo("技術関連の特典");
        assertThat(dictionary(source("portal"), "ptBR").get("link.title")).isEqualTo("Vincular benefícios de suporte");
    }

    /** The advisory hours' words (portal/advisory.js) in every language, with the article's name for the service. */
    @Test
    void theAdvisoryHoursSpeakEveryLanguageWithTheArticlesWords() throws IOException {
        String source;
        try (InputStream in = getClass().getResourceAsStream("/static/portal/advisory.js")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> en = section(source, "  en: {");
        Map<String, String> ja = section(source, "  ja: {");
        Map<String, String> ptBr = section(source, "  'pt-BR': {");

        assertThat(en).containsKeys("advisory.title", "advisory.hours", "advisory.request", "advisory.withdraw");
        assertThat(ja.keySet()).isEqualTo(en.keySet());
        assertThat(ptBr.keySet()).isEqualTo(en.keySet());
        en.forEach((key, text) -> {
            assertThat(placeholders(ja.get(key))).as("ja %s", key).isEqualTo(placeholders(text));
            assertThat(placeholders(ptBr.get(key))).as("pt-BR %s", key).isEqualTo(placeholders(text));
        });
        assertThat(en.get("advisory.title")).isEqualTo("Technical Presales and Deployment services (TPD)");
        assertThat(ja.get("advisory.title")).isEqualTo("テクニカル プリセールスおよびデプロイ サービス (TPD)");
        assertThat(ptBr.get("advisory.title")).isEqualTo("Serviços técnicos de pré-vendas e implantação (TPD)");
    }

    private static Map<String, String> section(String source, String opening) {
        int start = source.indexOf(opening);
        assertThat(start).as("section %s", opening).isNotNegative();
        Map<String, String> entries = new LinkedHashMap<>();
        Matcher entry = ENTRY.matcher(source.substring(start, source.indexOf("\n  },", start)));
        while (entry.find()) {
            entries.put(entry.group(1), entry.group(2));
        }
        return entries;
    }

    private String source(String page) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/static/" + page + "/i18n.js")) {
            assertThat(in).as("static/%s/i18n.js", page).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
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
