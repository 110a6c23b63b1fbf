package kz.certcopy.certification;

import java.util.function.Supplier;

/** Runs work in one database transaction, so the domain service needs no framework annotation. */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);
}
