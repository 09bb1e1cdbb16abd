package vn.eoffice.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * axe-core run in the page the browser shows. The script comes from the npm package axe-core (installed by .ci/run
 * under .tools/); outside CI its absence skips the checks, in CI ({@code CI=true}) it fails them.
 */
final class Axe {

    static final Path SCRIPT = Path.of(System.getProperty("eoffice.test.axe", ".tools/node_modules/axe-core/axe.min.js"));

    private final String source;

    private Axe(String source) {
        this.source = source;
    }

    static Axe load() throws IOException {
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(Files.isReadable(SCRIPT), "axe-core not installed (npm install --prefix .tools axe-core): skipped");
        }
        return new Axe(Files.readString(SCRIPT));
    }

    /** The critical and serious violations on the current page: rule, impact and up to five offending elements. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> seriousViolations(Browser browser) {
        var js = (JavascriptExecutor) browser.driver();
        js.executeScript(source);
        return (List<Map<String, Object>>) js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] }).then(function (result) {
                  done(result.violations.filter(function (v) { return v.impact === 'critical' || v.impact === 'serious'; })
                    .map(function (v) {
                      return { rule: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map(function (n) {
                        return n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 160);
                      }) };
                    }));
                }, function (error) { done([{ rule: 'axe-error', impact: 'critical', nodes: [String(error)] }]); });
                """);
    }
}
