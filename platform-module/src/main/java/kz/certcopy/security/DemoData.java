package kz.certcopy.security;

import java.util.Set;
import kz.certcopy.center.ServiceCenter;
import kz.certcopy.center.ServiceCenters;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The {@code demo} profile: two centers (Almaty, Astana), two clerks each, a supervisor, a records officer and a
 * ministry account, all with the password {@value #PASSWORD} (documented in the README). Refuses to run against an
 * external database, so demo accounts with a public password never reach a real one.
 * <p>
 * The two Almaty clerks carry the IINs of the NCA RK test certificates ({@code 123456789012}: GOST 34.10-2015
 * legal-entity employee; {@code 123456789011}: RSA individual), which fail the IIN check digit; the Astana clerks
 * have check-digit-valid IINs.
 */
@Component
@Profile("demo")
public class DemoData implements InitializingBean, SmartInitializingSingleton {

    public static final String PASSWORD = "demo-pass-2026";

    private final Environment env;
    private final ServiceCenters centers;
    private final UserAccounts accounts;

    public DemoData(Environment env, ServiceCenters centers, UserAccounts accounts) {
        this.env = env;
        this.centers = centers;
        this.accounts = accounts;
    }

    @Override
    public void afterPropertiesSet() {
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            throw new IllegalStateException("The demo profile seeds accounts with published passwords and runs only "
                    + "on the embedded database; remove spring.datasource.url or the demo profile.");
        }
    }

    /** Seeds once every bean exists (schema migrated) and before the web server takes requests. */
    @Override
    public void afterSingletonsInstantiated() {
        centers.save(new ServiceCenter("almaty-1", "Алматы қаласы Алмалы ауданы бойынша ХҚКО",
                "ЦОН Алмалинского района города Алматы", "Алматы", "Алматы", "Алмалы"));
        centers.save(new ServiceCenter("astana-1", "Астана қаласы Есіл ауданы бойынша ХҚКО",
                "ЦОН района Есиль города Астаны", "Астана", "Астана", "Есіл"));
        clerk("almaty.clerk1", "Тесттов Тестт Тесттович", "123456789012", "almaty-1");
        clerk("almaty.clerk2", "Тестов Тест Тестович", "123456789011", "almaty-1");
        clerk("astana.clerk1", "Сейітқали Айбек Нұрланұлы", "900715300451", "astana-1");
        clerk("astana.clerk2", "Жақсыбекова Гүлнұр Серікқызы", "930421400673", "astana-1");
        accounts.save("supervisor", PASSWORD, "Бақылаушы", null, null, Set.of(Role.SUPERVISOR));
        accounts.save("records", PASSWORD, "Іс жүргізуші", null, null, Set.of(Role.RECORDS_OFFICER));
        accounts.save("ministry", PASSWORD, "Министрлік қызметкері", null, null, Set.of(Role.MINISTRY));
    }

    private void clerk(String username, String name, String iin, String center) {
        accounts.save(username, PASSWORD, name, iin, center, Set.of(Role.CLERK));
    }
}
