package vn.eoffice;

import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: a module's root package is its API, so it should hold about what other modules use. Prints, per module,
 * the public top-level types of its root package and how many of them another module's code names (a field, a
 * parameter, a call, an annotation, a type argument…). Measures only; no threshold yet:
 * {@code ./mvnw test -Dtest=ModuleApiTests} prints the table the closing note cites.
 */
class ModuleApiTests {

    private static final String BASE = "vn.eoffice";

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);

    /** The module a class belongs to (the package right under vn.eoffice), or null for the application class. */
    static String module(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(BASE + ".")) {
            return null;
        }
        String rest = name.substring(BASE.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean inRoot(JavaClass type) {
        String module = module(type);
        return module != null && type.getPackageName().equals(BASE + "." + module);
    }

    private static JavaClass topLevel(JavaClass type) {
        JavaClass top = type;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    /** Per module, its public top-level root types, and those of them that another module's code depends on. */
    Map<String, Api> measure() {
        var apis = new TreeMap<String, Api>();
        for (JavaClass type : classes) {
            if (inRoot(type) && type.getEnclosingClass().isEmpty()
                    && Modifier.isPublic(type.reflect().getModifiers())) {
                apis.computeIfAbsent(module(type), m -> new Api(new TreeSet<>(), new TreeSet<>()))
                        .published().add(type.getSimpleName());
            }
        }
        for (JavaClass origin : classes) {
            String from = module(origin);
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = topLevel(dependency.getTargetClass());
                String to = module(target);
                if (to != null && !to.equals(from) && inRoot(target) && apis.containsKey(to)
                        && apis.get(to).published().contains(target.getSimpleName())) {
                    apis.get(to).used().add(target.getSimpleName());
                }
            }
        }
        return apis;
    }

    record Api(Set<String> published, Set<String> used) {
    }

    @Test
    void printsEachModulesPublicRootTypesAndHowManyOtherModulesUse() {
        var apis = measure();
        int published = 0;
        int used = 0;
        System.out.println("Public root types per module (used by other modules / public):");
        for (var entry : apis.entrySet()) {
            var api = entry.getValue();
            published += api.published().size();
            used += api.used().size();
            var unused = new TreeSet<>(api.published());
            unused.removeAll(api.used());
            System.out.printf("  %-14s %3d / %3d   not used outside: %s%n", entry.getKey(), api.used().size(),
                    api.published().size(), unused);
        }
        System.out.printf("  %-14s %3d / %3d%n", "all modules", used, published);
        assertThat(apis).as("the scan sees the modules").containsKeys("documents", "identity", "meetings", "platform");
        assertThat(apis.get("platform").used()).as("other modules use the platform").isNotEmpty();
    }
}
