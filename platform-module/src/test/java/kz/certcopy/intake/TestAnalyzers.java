package kz.certcopy.intake;

/** One analyser pool for all intake tests in a JVM (its threads are daemons and end with the JVM). */
final class TestAnalyzers {

    static final ScanAnalyzer SHARED = new ScanAnalyzer(2);

    private TestAnalyzers() {
    }
}
