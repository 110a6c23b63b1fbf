package kz.certcopy.center;

import java.util.List;
import java.util.Optional;

/** The registry of service centers (port; the JDBC adapter lives in {@code storage}). */
public interface ServiceCenters {

    Optional<ServiceCenter> find(String id);

    List<ServiceCenter> all();

    void save(ServiceCenter center);
}
