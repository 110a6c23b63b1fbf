package kz.certcopy.intake.assembly;

import java.util.Objects;

/**
 * What the copy's XMP metadata says about it. Deliberately no IIN and no names: metadata travels with every
 * copy of the file and is indexed by search tools.
 *
 * @param documentKind   kind of the original document (e.g. "Диплом / Diploma")
 * @param documentNumber number printed on the original, may be empty
 * @param copyId         identifier of this certified copy (also in the verification URL)
 */
public record CopyMetadata(String documentKind, String documentNumber, String copyId) {

    public CopyMetadata {
        Objects.requireNonNull(documentKind, "documentKind");
        Objects.requireNonNull(copyId, "copyId");
        documentNumber = documentNumber == null ? "" : documentNumber;
    }
}
