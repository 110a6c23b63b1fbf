package kz.certcopy.common;

/**
 * A value shown to users by its localized name (message key in the bundles) rather than its code: an error
 * argument such as a request state reads «Отменена», not {@code CANCELLED}.
 */
public interface Localizable {

    /** Key of the value's name in the message bundles, e.g. {@code request.status.CANCELLED}. */
    String messageKey();
}
