package kz.certcopy.storage;

import java.util.List;
import java.util.Optional;
import kz.certcopy.center.ServiceCenter;
import kz.certcopy.center.ServiceCenters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** PostgreSQL adapter for {@link ServiceCenters}. */
@Repository
public class JdbcServiceCenters implements ServiceCenters {

    private final JdbcClient jdbc;

    public JdbcServiceCenters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ServiceCenter> find(String id) {
        return jdbc.sql("SELECT * FROM service_center WHERE id = ?").param(id).query(ServiceCenter.class).optional();
    }

    @Override
    public List<ServiceCenter> all() {
        return jdbc.sql("SELECT * FROM service_center ORDER BY id").query(ServiceCenter.class).list();
    }

    @Override
    public void save(ServiceCenter c) {
        jdbc.sql("""
                INSERT INTO service_center (id, name_kk, name_ru, region, city, district) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name_kk = EXCLUDED.name_kk, name_ru = EXCLUDED.name_ru,
                    region = EXCLUDED.region, city = EXCLUDED.city, district = EXCLUDED.district""")
                .params(c.id(), c.nameKk(), c.nameRu(), c.region(), c.city(), c.district()).update();
    }
}
