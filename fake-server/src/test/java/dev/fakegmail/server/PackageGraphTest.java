package dev.fakegmail.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import dev.fakegmail.server.internal.archfixture.down.Down;
import dev.fakegmail.server.internal.archfixture.up.Up;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shape of {@code fake-server}: the facade and its helpers assemble the engine rooms under {@code internal}
 * ({@code auth}, {@code smtp}, {@code imap}, {@code delivery}, {@code store}, {@code tls}, {@code activity}, ...); the
 * rooms import no assembly class, and no room imports another in a circle. The values of the API ({@link Stage},
 * {@link Fault}, {@link ReceivedMessage}, ...) are a room of their own below the assembly, which the engines may use.
 */
class PackageGraphTest {
    private static final String ROOT = "dev.fakegmail.server";

    /**
     * The classes of {@code dev.fakegmail.server} that build, wire and feed the engines: the facade and its builder
     * and settings, the doors, the adapters behind the engines' interfaces ({@code ServerBackend} for
     * {@code SmtpBackend}, {@code ImapDoor} for {@code ImapBackend}, the fault plan for {@code FaultHook}), the
     * mailboxes and the journal's keeper, the Gmail API's sender, and the seam through which the HTTP side (its own
     * module) is attached. Named, not derived, so that a new one is a decision; {@link #everyListedAssemblyClassExists}
     * keeps the list true.
     */
    static final Set<String> ASSEMBLY = Set.of("FakeGmailServer", "FakeGmailServerBuilder", "ServerSettings", "Doors",
            "Profiles", "ServerBackend", "ImapDoor", "Faults", "FaultRule", "ArmedFault", "Mailboxes", "Received",
            "HttpSide", "HttpSides", "ApiSender", "TokenGrants");


    /** Each {@code internal} package is a room; the root package is two: the assembly and the API's values. */
    static final SliceAssignment ROOMS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            String pkg = type.getPackageName();
            if (!pkg.startsWith(ROOT)) {
                return SliceIdentifier.ignore();
            }
            if (pkg.equals(ROOT)) {
                return SliceIdentifier.of(isAssembly(type) ? "the assembly" : "the API's values");
            }
            return SliceIdentifier.of(pkg.substring(ROOT.length() + 1));
        }

        @Override
        public String getDescription() {
            return "the rooms of " + ROOT + " (each internal package; the assembly; the API's values)";
        }
    };


    /** No room imports another that imports it back, directly or around a circle. */
    static final ArchRule NO_CYCLE = slices().assignedFrom(ROOMS).should().beFreeOfCycles();

    /** The engines never reach up into the facade or the classes that assemble them. */
    static final ArchRule ENGINE_BELOW_ASSEMBLY = noClasses()
            .that().resideInAPackage(ROOT + ".internal..")
            .should().dependOnClassesThat(assembly())
            .because("the engines are assembled from above: invert the arrow through a small interface in the engine"
                    + " (as SmtpBackend and ImapBackend do)");

    @Test
    void fakeServerHasNoPackageCycle() {
        NO_CYCLE.check(mainClasses());
    }

    @Test
    void noEngineImportsAnAssemblyClass() {
        ENGINE_BELOW_ASSEMBLY.check(mainClasses());
    }

    @Test
    void everyListedAssemblyClassExists() {
        JavaClasses main = mainClasses();
        for (String name : ASSEMBLY) {
            assertThat(main.contain(ROOT + "." + name))
                    .as("%s.%s is listed in PackageGraphTest.ASSEMBLY but is not a class of fake-server: update the list",
                            ROOT, name)
                    .isTrue();
        }
    }

    @Test
    void theRulesFindACircleAndAnEngineThatReachesTheFacade() {
        JavaClasses fixture = new ClassFileImporter().importClasses(Up.class, Down.class, FakeGmailServer.class);

        EvaluationResult circles = NO_CYCLE.evaluate(fixture);
        EvaluationResult upwards = ENGINE_BELOW_ASSEMBLY.evaluate(fixture);

        assertThat(circles.hasViolation()).isTrue();
        assertThat(circles.getFailureReport().getDetails()).singleElement()
                .satisfies(detail -> assertThat(detail.replaceAll("\\s+", " ")).startsWith("Cycle detected: Slice "
                        + "internal.archfixture.down -> Slice internal.archfixture.up -> Slice internal.archfixture.down"));
        assertThat(upwards.getFailureReport().getDetails()).anySatisfy(detail -> assertThat(detail)
                .startsWith("Method <" + Up.class.getName() + ".port(" + FakeGmailServer.class.getName() + ")>"));
    }

    /** fake-server's main classes ({@code target/classes}), read once for all the tests (a holder: thread-safe). */
    private static JavaClasses mainClasses() {
        return MainClasses.ALL;
    }

    private static final class MainClasses {
        static final JavaClasses ALL = read();

        private static JavaClasses read() {
            try {
                Path testClasses = Path.of(
                        PackageGraphTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                return new ClassFileImporter().importPath(testClasses.resolveSibling("classes"));
            } catch (URISyntaxException e) {
                throw new IllegalStateException("Cannot locate fake-server's class folder", e);
            }
        }
    }

    private static boolean isAssembly(JavaClass type) {
        if (!type.getPackageName().equals(ROOT)) {
            return false;
        }
        String name = type.getName().substring(ROOT.length() + 1);
        int nested = name.indexOf('$');
        return ASSEMBLY.contains(nested < 0 ? name : name.substring(0, nested));
    }

    private static DescribedPredicate<JavaClass> assembly() {
        return DescribedPredicate.describe("assemble the server " + ASSEMBLY, PackageGraphTest::isAssembly);
    }
}
