package teardown.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Part of the published API for a reviewer's own design (docs/extending.md): a type a design may
 * implement, extend, read or call. On a type, every public member is published, and a protected
 * method is published only where it carries this mark itself: it is a function of a built-in
 * variant that a design may override. Nothing unmarked is promised to a design; a design that
 * needs it should say so, so it can be opened deliberately. {@code ApiSurfaceTest} keeps the list
 * in docs/extending.md and these marks in step.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface Api {
}
