package kz.certcopy.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** User accounts in {@code app_user} / {@code app_user_role}; passwords are stored only as hashes. */
@Repository
public class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;

    public UserAccounts(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    public Optional<CertCopyUser> find(String username) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM app_user_role WHERE username = ?").param(username)
                .query((rs, n) -> Role.valueOf(rs.getString(1))).list().forEach(roles::add);
        return jdbc.sql("SELECT * FROM app_user WHERE username = ?").param(username)
                .query((rs, n) -> new CertCopyUser(rs.getString("username"), rs.getString("password_hash"),
                        rs.getBoolean("enabled"), rs.getString("iin"), rs.getString("center_id"), roles))
                .optional();
    }

    /** Creates or replaces an account (password given in clear, stored hashed). */
    @Transactional
    public void save(String username, String rawPassword, String fullName, String iin, String centerId,
                     Set<Role> roles) {
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, full_name, iin, center_id, enabled, created_at)
                VALUES (?, ?, ?, ?, ?, true, ?)
                ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash,
                    full_name = EXCLUDED.full_name, iin = EXCLUDED.iin, center_id = EXCLUDED.center_id""")
                .params(username, encoder.encode(rawPassword), fullName, iin, centerId,
                        clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .update();
        jdbc.sql("DELETE FROM app_user_role WHERE username = ?").param(username).update();
        for (Role r : roles) {
            jdbc.sql("INSERT INTO app_user_role (username, role) VALUES (?, ?)").params(username, r.name()).update();
        }
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?").param(username).query(Long.class)
                .single() > 0;
    }

    public boolean anyWithRole(Role role) {
        return jdbc.sql("SELECT count(*) FROM app_user_role WHERE role = ?").param(role.name()).query(Long.class)
                .single() > 0;
    }

    /**
     * Accounts other than {@code username} holding {@code role}; the role rows are locked until the transaction
     * ends, so two admins demoting each other at the same moment cannot both succeed.
     */
    @Transactional
    public long othersWithRoleLocked(Role role, String username) {
        return jdbc.sql("SELECT username FROM app_user_role WHERE role = ? FOR UPDATE").param(role.name())
                .query(String.class).list().stream().filter(u -> !u.equals(username)).count();
    }

    /** Roles of an existing account (empty when there is none). */
    public Set<Role> roles(String username) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM app_user_role WHERE username = ?").param(username)
                .query((rs, n) -> Role.valueOf(rs.getString(1))).list().forEach(roles::add);
        return roles;
    }

    public List<String> usernames() {
        return jdbc.sql("SELECT username FROM app_user ORDER BY username").query(String.class).list();
    }
}
