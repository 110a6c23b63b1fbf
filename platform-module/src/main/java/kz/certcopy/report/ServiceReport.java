package kz.certcopy.report;

import java.time.Instant;
import java.util.List;

/** The service report: one row per center (only the one asked for, if any) and the total over them. */
public record ServiceReport(Period period, String center, Instant generatedAt, List<ServiceFigures> centers,
                            ServiceFigures total) {
}
