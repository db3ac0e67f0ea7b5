package teardown.properties.schedule;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import teardown.properties.PropertyId;

/** Which model property a jqwik property judges, so {@link ExpectedVerdict} can ask the checker about it. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Judged {
    PropertyId value();
}
