package kz.certcopy.copies;

import java.util.concurrent.atomic.AtomicInteger;
import kz.certcopy.applicant.Iin;

/** Fresh valid IINs (born 1986-09-04, serials counting up), so tests sharing one database never see each other. */
public final class TestIins {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 5000));

    private TestIins() {
    }

    public static String next() {
        while (true) {
            String eleven = "8609043" + String.format("%04d", SERIAL.incrementAndGet() % 10000);
            for (int d = 0; d <= 9; d++) {
                try {
                    return Iin.of(eleven + d).value();
                } catch (RuntimeException notThisDigit) {
                    // try the next check digit
                }
            }
        }
    }
}
