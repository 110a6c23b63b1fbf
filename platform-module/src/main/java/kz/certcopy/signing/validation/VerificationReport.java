package kz.certcopy.signing.validation;

import java.util.List;

/** The verification result of one file: per-signature reports and the overall indication. */
public record VerificationReport(String format, Indication indication, List<SignatureReport> signatures,
                                 List<String> notes) {

    public VerificationReport {
        signatures = List.copyOf(signatures);
        notes = List.copyOf(notes);
    }

    public static VerificationReport of(String format, List<SignatureReport> signatures, List<String> notes) {
        Indication overall = signatures.isEmpty() ? Indication.INDETERMINATE
                : Indication.worst(signatures.stream().map(SignatureReport::indication).toList());
        return new VerificationReport(format, overall, signatures, notes);
    }
}
