package dev.fakegmail.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.fakegmail.server.internal.tls.ServerTls;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code dev.fakegmail.server.internal} is not API: no public or protected member of a public type outside it may
 * name an internal type (as return, parameter, field, thrown or super type), so users can never be handed one. The
 * other modules check that they do not import it at all ({@link InternalBoundary}, called by their
 * {@code InternalBoundaryTest}s).
 */
class InternalBoundaryTest {
    private static final String INTERNAL = "dev.fakegmail.server.internal";

    /** The rule: public types of the API packages expose no internal type. */
    static final ArchRule API_EXPOSES_NO_INTERNAL_TYPE = classes()
            .that().resideInAPackage("dev.fakegmail.server").and().arePublic()
            .should(exposeNoInternalType());

    @Test
    void theApiExposesNoInternalType() throws Exception {
        Path testClasses = Path.of(InternalBoundaryTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        JavaClasses api = new ClassFileImporter().importPath(testClasses.resolveSibling("classes"));

        API_EXPOSES_NO_INTERNAL_TYPE.check(api);
    }

    @Test
    void theRuleFindsAnExposedInternalType() {
        JavaClasses fixture = new ClassFileImporter().importClasses(LeakyApi.class);

        EvaluationResult result = API_EXPOSES_NO_INTERNAL_TYPE.allowEmptyShould(true).evaluate(fixture);

        assertThat(result.getFailureReport().getDetails()).containsExactlyInAnyOrder(
                "dev.fakegmail.server.InternalBoundaryTest$LeakyApi.tls() exposes " + INTERNAL + ".tls.ServerTls",
                "dev.fakegmail.server.InternalBoundaryTest$LeakyApi.material exposes " + INTERNAL + ".tls.ServerTls",
                "dev.fakegmail.server.InternalBoundaryTest$LeakyApi.all(java.util.List) exposes "
                        + INTERNAL + ".tls.ServerTls");
    }

    private static ArchCondition<JavaClass> exposeNoInternalType() {
        return new ArchCondition<>("expose no type from " + INTERNAL + " in a public or protected member") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Stream.concat(type.getRawSuperclass().stream(), type.getRawInterfaces().stream())
                        .filter(InternalBoundaryTest::isInternal)
                        .forEach(leak -> events.add(SimpleConditionEvent.violated(type,
                                type.getName() + " extends or implements " + leak.getName())));
                for (JavaMember member : type.getMembers()) {
                    if (isVisible(member)) {
                        involvedTypes(member).stream().filter(InternalBoundaryTest::isInternal).distinct()
                                .forEach(leak -> events.add(SimpleConditionEvent.violated(member,
                                        member.getFullName() + " exposes " + leak.getName())));
                    }
                }
            }
        };
    }

    private static boolean isVisible(JavaMember member) {
        Set<JavaModifier> modifiers = member.getModifiers();
        return !modifiers.contains(JavaModifier.SYNTHETIC)
                && (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED));
    }

    private static List<JavaClass> involvedTypes(JavaMember member) {
        List<JavaClass> types = new ArrayList<>();
        if (member instanceof JavaField field) {
            types.addAll(field.getType().getAllInvolvedRawTypes());
        } else if (member instanceof JavaCodeUnit code) {
            types.addAll(code.getReturnType().getAllInvolvedRawTypes());
            code.getParameterTypes().forEach(parameter -> types.addAll(parameter.getAllInvolvedRawTypes()));
            types.addAll(code.getThrowsClause().getTypes());
        }
        return types;
    }

    private static boolean isInternal(JavaClass type) {
        JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
        return base.getPackageName().startsWith(INTERNAL);
    }

    /** A public type that leaks an internal one three ways, to prove the rule sees it. */
    public static final class LeakyApi {
        /** Leaks through a field. */
        public final ServerTls material = null;

        /** Leaks through a return type. */
        public ServerTls tls() {
            return material;
        }

        /** Leaks through a type argument of a parameter. */
        public void all(List<ServerTls> all) {
            // nothing
        }

        /** Does not leak: not visible. */
        ServerTls hidden() {
            return material;
        }
    }
}
