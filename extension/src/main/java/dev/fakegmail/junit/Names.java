package dev.fakegmail.junit;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Collectors;

/** How error messages name test elements: without the package, nested classes joined by dots. */
final class Names {
    private Names() {
    }

    /** {@code MailTest.Inner} for {@code com.example.MailTest$Inner}. */
    static String of(Class<?> type) {
        String name = type.getName();
        String packageName = type.getPackageName();
        return (packageName.isEmpty() ? name : name.substring(packageName.length() + 1)).replace('$', '.');
    }

    /** {@code method MailTest.sends(GmailSmtpProfile)} or {@code constructor MailTest(GmailSmtpProfile)}. */
    static String of(Executable executable) {
        String owner = of(executable.getDeclaringClass());
        return executable instanceof Constructor
                ? "constructor " + owner + "(" + parameters(executable) + ")"
                : "method " + owner + "." + executable.getName() + "(" + parameters(executable) + ")";
    }

    /** {@code test ShopTest.sends(GmailSmtpProfile)}: a test method as run in {@code testClass} (maybe inherited). */
    static String test(Class<?> testClass, Method method) {
        return "test " + of(testClass) + "." + method.getName() + "(" + parameters(method) + ")";
    }

    private static String parameters(Executable executable) {
        return Arrays.stream(executable.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", "));
    }

    /** {@code parameter 1 (GmailSmtpProfile) of method MailTest.sends(GmailSmtpProfile)}; counted from 1. */
    static String parameter(Executable executable, int index) {
        return "parameter " + (index + 1) + " (" + executable.getParameterTypes()[index].getSimpleName() + ") of "
                + of(executable);
    }

    /** {@code field MailTest.profile} or {@code static field MailTest.profile}. */
    static String of(Field field) {
        return (Modifier.isStatic(field.getModifiers()) ? "static field " : "field ") + of(field.getDeclaringClass())
                + "." + field.getName();
    }
}
