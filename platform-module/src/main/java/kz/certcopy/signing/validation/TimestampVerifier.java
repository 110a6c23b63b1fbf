package kz.certcopy.signing.validation;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import kz.certcopy.signing.cms.CmsAlgorithms;
import kz.certcopy.signing.trust.CertificateValidator;
import kz.certcopy.signing.trust.Certificates;
import kz.certcopy.signing.trust.ChainResult;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.tsp.TimeStampToken;

/** Checks an RFC 3161 token: TSA signature, timeStamping purpose, and whether the TSA chains to a trust anchor. */
final class TimestampVerifier {
    private TimestampVerifier() {
    }

    record Result(boolean valid, boolean trusted, Instant time, List<String> notes) {
    }

    static Result verify(TimeStampToken token, CertificateValidator certificates) {
        List<String> notes = new ArrayList<>();
        Instant time = token.getTimeStampInfo().getGenTime().toInstant();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
        if (matches.isEmpty()) {
            notes.add("time-stamp token carries no TSA certificate");
            return new Result(false, false, null, notes);
        }
        try {
            X509Certificate tsa = Certificates.certificate(matches.iterator().next().getEncoded());
            token.validate(CmsAlgorithms.signerVerifier(tsa));
            if (!CmsSignatureValidator.isTimestampingCert(tsa)) {
                notes.add("TSA certificate lacks the timeStamping purpose");
                return new Result(false, false, null, notes);
            }
            List<X509Certificate> extra = new ArrayList<>();
            for (Object o : token.getCertificates().getMatches(null)) {
                extra.add(Certificates.certificate(((X509CertificateHolder) o).getEncoded()));
            }
            ChainResult chain = new CertificateValidator(certificates.trust(), List.of(), false)
                    .validate(tsa, extra, time);
            if (!chain.passed()) {
                notes.add("TSA certificate not trusted: " + chain.code());
            }
            return new Result(true, chain.passed(), time, notes);
        } catch (Exception e) {
            notes.add("time-stamp token signature invalid");
            return new Result(false, false, null, notes);
        }
    }
}
