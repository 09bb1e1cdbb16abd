package vn.eoffice;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string exists in Vietnamese (the base bundle) and in English, and every key a template uses exists.
 */
class MessagesCompletenessTests {

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    @Test
    void everyBundleHasTheSameKeysInVietnameseAndEnglish() throws IOException {
        Resource[] bases = resolver.getResources("classpath:i18n/*.properties");
        int compared = 0;
        for (Resource base : bases) {
            String name = base.getFilename();
            if (name.contains("_")) {
                continue;
            }
            Resource english = resolver.getResource("classpath:i18n/" + name.replace(".properties", "_en.properties"));
            assertThat(english.exists()).as("English bundle for %s", name).isTrue();
            Set<String> vi = keys(base);
            Set<String> en = keys(english);
            assertThat(difference(vi, en)).as("keys of %s missing in English", name).isEmpty();
            assertThat(difference(en, vi)).as("keys of %s missing in Vietnamese", name).isEmpty();
            compared++;
        }
        assertThat(compared).isGreaterThanOrEqualTo(3);
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (Resource bundle : resolver.getResources("classpath:i18n/*.properties")) {
            known.addAll(keys(bundle));
        }
        var pattern = java.util.regex.Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
        Set<String> missing = new TreeSet<>();
        for (Resource template : resolver.getResources("classpath:templates/**/*.html")) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            var matcher = pattern.matcher(html);
            while (matcher.find()) {
                if (!known.contains(matcher.group(1))) {
                    missing.add(template.getFilename() + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> keys(Resource resource) throws IOException {
        var properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        var result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
