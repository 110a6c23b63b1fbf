package kz.certcopy.report;

import java.util.Map;

/**
 * The figures of one center (or of all, {@code centerId} null) over a period.
 *
 * @param requests requests registered in the period
 * @param completed of those, completed
 * @param copiesCertified certified copies made in the period
 * @param refusalsByGround refused originals in the period by ground of item 9 (every ground present, zeros too); an
 *                         original refused on several grounds counts under each of them
 * @param refusedOriginals originals refused in the period, each once whatever the number of its grounds
 * @param handovers hand-over packages issued in the period; null while hand-overs are not recorded
 * @param disposals copies disposed of in the period
 * @param holdsPlaced legal holds placed in the period
 * @param holdsReleased legal holds released in the period
 * @param holdsActive holds standing at the end of the period
 * @param breaches requests of the period that went past the 30-minute limit (finished late, or still open past it)
 * @param medianServiceSeconds median registration → completion of the completed requests; null when none
 * @param p95ServiceSeconds 95th percentile of the same; null when none
 */
public record ServiceFigures(String centerId, long requests, long completed, long copiesCertified,
                             Map<String, Long> refusalsByGround, long refusedOriginals, Long handovers, long disposals, long holdsPlaced,
                             long holdsReleased, long holdsActive, long breaches, Double medianServiceSeconds,
                             Double p95ServiceSeconds) {

    /** Refused originals (not grounds): the figure the reports print as "refusals". */
    public long refusals() {
        return refusedOriginals;
    }
}
