package kz.certcopy.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import kz.certcopy.certification.CertificationRequest;
import kz.certcopy.certification.Original;
import kz.certcopy.certification.OriginalOutcome;
import kz.certcopy.certification.RequestStatus;

/**
 * One request as the workspace lists it: applicant with masked identifier, state, the service clock (minutes
 * left of the rule's 30; amber from 25 minutes spent, red past 30) and what it still needs: originals to decide
 * and, while open, the signed consent's scan if none is attached.
 */
public record RequestRow(String id, LocalTime registeredAt, String applicant, String maskedId, RequestStatus status,
                         long minutesSpent, long minutesLeft, String clockLevel, int originals, int pending,
                         int certified, int refused, String clerk, boolean consentScanNeeded) {

    static final long AMBER_FROM_MINUTES = 25;
    static final long LIMIT_MINUTES = 30;

    /** A row where the consent scan is not looked up (boards, reason lists): it is not listed as needed. */
    static RequestRow of(CertificationRequest r, Instant now, ZoneId zone) {
        return of(r, true, now, zone);
    }

    /** {@code consentScanAttached}: whether the signed consent's scan is attached (an open request needs it). */
    static RequestRow of(CertificationRequest r, boolean consentScanAttached, Instant now, ZoneId zone) {
        Instant end = r.finishedAt().orElse(now);
        Duration spent = r.clock().elapsed(end);
        long secondsSpent = Math.max(0, spent.toSeconds());
        long minutesSpent = secondsSpent / 60;
        long left = Math.floorDiv(LIMIT_MINUTES * 60 - secondsSpent, 60);
        String level = secondsSpent > LIMIT_MINUTES * 60 ? "red"
                : minutesSpent >= AMBER_FROM_MINUTES ? "amber" : "ok";
        int pending = count(r, OriginalOutcome.PENDING);
        return new RequestRow(r.id().value().toString(), LocalTime.ofInstant(r.clock().startedAt(), zone)
                .withNano(0), r.consent().applicant().fullName(), mask(r.consent().applicant().id().value()),
                r.status(), minutesSpent, left, level, r.originals().size(), pending,
                count(r, OriginalOutcome.CERTIFIED), count(r, OriginalOutcome.REFUSED), r.clerk(),
                !consentScanAttached && open(r.status()));
    }

    public boolean open() {
        return open(status);
    }

    private static boolean open(RequestStatus s) {
        return s == RequestStatus.REGISTERED || s == RequestStatus.SCANNING;
    }

    /** Only the last four digits of an IIN/BIN are shown on lists (the applicant may be seen by others). */
    static String mask(String id) {
        if (id == null || id.length() < 4) {
            return "••••";
        }
        return "•".repeat(id.length() - 4) + id.substring(id.length() - 4);
    }

    private static int count(CertificationRequest r, OriginalOutcome outcome) {
        return (int) r.originals().stream().map(Original::outcome).filter(outcome::equals).count();
    }
}
