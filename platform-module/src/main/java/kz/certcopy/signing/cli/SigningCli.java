package kz.certcopy.signing.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

import kz.certcopy.common.CertCopyException;
import kz.certcopy.signing.SigningErrors;
import kz.certcopy.signing.SigningSetup;
import kz.certcopy.signing.cades.AttributeProfile;
import kz.certcopy.signing.cades.CadesLevel;
import kz.certcopy.signing.cades.CadesSigner;
import kz.certcopy.signing.identity.CertificateIdentity;
import kz.certcopy.signing.identity.ClerkCertificatePolicy;
import kz.certcopy.signing.keys.Pkcs12KeySource;
import kz.certcopy.signing.keys.SigningKey;
import kz.certcopy.signing.pades.PadesOptions;
import kz.certcopy.signing.pades.PadesSigner;
import kz.certcopy.signing.trust.CertificateValidator;
import kz.certcopy.signing.trust.TrustAnchors;
import kz.certcopy.signing.tsp.TsaClient;
import kz.certcopy.signing.validation.SignatureVerifier;
import kz.certcopy.signing.validation.VerificationReport;

/**
 * {@code verify FILE [DETACHED_SIGNATURE] [--trust DIR] [--crl FILE]... [--ocsp URL] [--at INSTANT]} prints the
 * report as JSON; exit 0 passed, 1 failed, 2 indeterminate, 3 unreadable input or bad usage.
 * {@code sign --keystore P12 --password-file F (--trust DIR [--crl FILE]... [--ocsp URL] | --no-certificate-checks)
 * [--tsa URL] [--pades] IN OUT}: exit 0 signed, 1 refused (certificate, TSA), 3 unreadable input or bad usage.
 * Signing checks the clerk's certificate chain (and revocation when {@code --crl}/{@code --ocsp} is given) like the
 * service does; only an explicit {@code --no-certificate-checks} skips that, with a warning. Trust and CRL files that
 * cannot be read are unreadable input (3), not a failed check. Runs without Spring.
 */
public final class SigningCli {

    public static final int PASSED = 0;
    public static final int FAILED = 1;
    public static final int INDETERMINATE = 2;
    public static final int UNREADABLE = 3;

    private static final Set<String> UNREADABLE_CODES = Set.of(SigningErrors.SIGNATURE_MALFORMED,
            SigningErrors.SIGNATURE_MISSING, SigningErrors.CERTIFICATE_MALFORMED,
            SigningErrors.PDF_MALFORMED, SigningErrors.KEYSTORE_CORRUPT, SigningErrors.KEYSTORE_WRONG_PASSWORD,
            SigningErrors.KEYSTORE_NO_KEY, SigningErrors.USAGE, SigningErrors.FILE_UNREADABLE);

    private SigningCli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Clock.systemUTC());
    }

    /** As {@link #run(String[], PrintStream, PrintStream)} with the clock for "now" (tests use a fixed one). */
    static int run(String[] args, PrintStream out, PrintStream err, Clock systemClock) {
        // JSON is UTF-8 whatever the platform locale says (Cyrillic names must survive a C locale)
        if (out == System.out) {
            out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        if (err == System.err) {
            err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        try {
            Options o = Options.parse(args);
            return switch (o.command) {
                case "verify" -> verify(o, out, systemClock);
                case "sign" -> sign(o, out, err, systemClock);
                default -> throw usage();
            };
        } catch (CertCopyException e) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("error", e.code());
            m.put("message", message(e.code()));
            if (e.code().equals(SigningErrors.FILE_UNREADABLE) && e.args().length > 0) {
                m.put("file", String.valueOf(e.args()[0])); // which input: the path as given on the command line
            }
            err.println(Json.write(m));
            return UNREADABLE_CODES.contains(e.code()) ? UNREADABLE : FAILED;
        } catch (RuntimeException e) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("error", "INTERNAL");
            m.put("message", e.getClass().getSimpleName());
            err.println(Json.write(m));
            return UNREADABLE;
        }
    }

    private static int verify(Options o, PrintStream out, Clock systemClock) {
        if (o.positional.isEmpty() || o.positional.size() > 2) {
            throw usage();
        }
        Clock clock = o.at == null ? systemClock : Clock.fixed(o.at, ZoneOffset.UTC);
        byte[] file = read(o.positional.get(0));
        byte[] detached = null;
        byte[] signature = file;
        if (o.positional.size() == 2) {
            // FILE is the signed document, the second argument its detached signature
            detached = file;
            signature = read(o.positional.get(1));
        }
        CertificateValidator validator = validator(o, clock, true);
        VerificationReport report = new SignatureVerifier(validator, clock, Duration.ofSeconds(60))
                .verify(signature, detached);
        out.println(Json.write(ReportJson.of(report)));
        return switch (report.indication()) {
            case TOTAL_PASSED -> PASSED;
            case TOTAL_FAILED -> FAILED;
            case INDETERMINATE -> INDETERMINATE;
        };
    }

    private static int sign(Options o, PrintStream out, PrintStream err, Clock clock) {
        if (o.positional.size() != 2 || o.keystore == null || o.passwordFile == null) {
            throw usage();
        }
        if (o.trust.isEmpty() == !o.noCertificateChecks) {
            throw usage(); // exactly one of --trust and --no-certificate-checks
        }
        String password = new String(read(o.passwordFile), java.nio.charset.StandardCharsets.UTF_8).strip();
        SigningKey key = new Pkcs12KeySource(read(o.keystore), password.toCharArray()).load();
        byte[] input = read(o.positional.get(0));
        Instant now = clock.instant();
        CertificateIdentity who = new ClerkCertificatePolicy(Set.of()).check(key.certificate());
        if (!o.trust.isEmpty()) {
            boolean revocation = !o.crls.isEmpty() || o.ocsp != null;
            validator(o, clock, revocation).requireValid(key.certificate(), key.chain(), now);
        } else {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("warning", "NO_CERTIFICATE_CHECKS");
            w.put("message", "--no-certificate-checks: the certificate's chain, revocation and role were NOT "
                    + "checked; only its validity period was.");
            err.println(Json.write(w));
            if (now.isAfter(key.certificate().getNotAfter().toInstant())) {
                throw SigningErrors.error(SigningErrors.CERT_EXPIRED, kz.certcopy.common.ErrorKind.FORBIDDEN);
            }
            if (now.isBefore(key.certificate().getNotBefore().toInstant())) {
                throw SigningErrors.error(SigningErrors.CERT_NOT_YET_VALID, kz.certcopy.common.ErrorKind.FORBIDDEN);
            }
        }
        CadesLevel level = o.tsa == null ? CadesLevel.B_B : CadesLevel.B_T;
        CadesSigner cades = new CadesSigner(o.tsa == null ? null : new TsaClient(o.tsa, Duration.ofSeconds(10), null));
        byte[] result = o.pades
                ? new PadesSigner().sign(input, PadesOptions.invisible(null), now,
                        c -> cades.sign(c, key, AttributeProfile.PADES, level, now))
                : cades.sign(input, key, AttributeProfile.CADES, level, now);
        try {
            Files.write(Path.of(o.positional.get(1)), result);
        } catch (IOException e) {
            throw SigningErrors.error(SigningErrors.FILE_UNREADABLE, kz.certcopy.common.ErrorKind.INVALID_INPUT, e);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("signed", o.positional.get(1));
        m.put("format", o.pades ? "PAdES" : "CAdES detached");
        m.put("level", level);
        m.put("algorithm", key.family());
        m.put("signer", who.commonName());
        m.put("signingTime", now);
        out.println(Json.write(m));
        return PASSED;
    }

    private static CertificateValidator validator(Options o, Clock clock, boolean revocationRequired) {
        TrustAnchors trust;
        try {
            trust = SigningSetup.trust(o.trust);
        } catch (CertCopyException unreadable) {
            throw SigningErrors.error(SigningErrors.FILE_UNREADABLE, kz.certcopy.common.ErrorKind.INVALID_INPUT,
                    unreadable, "--trust " + String.join(" ", o.trust));
        }
        if (!o.trust.isEmpty() && trust.isEmpty()) { // --trust given, but nothing in it to trust
            throw SigningErrors.error(SigningErrors.FILE_UNREADABLE, kz.certcopy.common.ErrorKind.INVALID_INPUT,
                    "--trust " + String.join(" ", o.trust) + " (no certificate found)");
        }
        o.crls.stream().filter(c -> !c.startsWith("http://") && !c.startsWith("https://"))
                .forEach(SigningCli::readableCrl);
        return SigningSetup.validator(trust, o.crls, o.ocsp, Duration.ofSeconds(5), clock, revocationRequired);
    }

    /** A CRL given as a file must exist and be a CRL; otherwise the input is unreadable (exit 3). */
    private static void readableCrl(String file) {
        try (var in = new java.io.ByteArrayInputStream(read(file))) {
            if (java.security.cert.CertificateFactory.getInstance("X.509").generateCRL(in) == null) {
                throw new java.security.cert.CRLException("empty");
            }
        } catch (CertCopyException missing) {
            throw missing;
        } catch (java.security.GeneralSecurityException | IOException | RuntimeException e) {
            throw SigningErrors.error(SigningErrors.FILE_UNREADABLE, kz.certcopy.common.ErrorKind.INVALID_INPUT, e,
                    "--crl " + file + " (not a CRL)");
        }
    }

    /** An absolute http(s) URL with a host, or bad usage. */
    private static String url(String value) {
        try {
            java.net.URI u = new java.net.URI(value);
            if (u.getHost() != null && ("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
                return value;
            }
        } catch (java.net.URISyntaxException e) {
            // falls through to usage
        }
        throw usage();
    }

    private static byte[] read(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException | RuntimeException e) {
            throw SigningErrors.error(SigningErrors.FILE_UNREADABLE, kz.certcopy.common.ErrorKind.INVALID_INPUT, e,
                    file);
        }
    }

    private static CertCopyException usage() {
        return SigningErrors.error(SigningErrors.USAGE, kz.certcopy.common.ErrorKind.INVALID_INPUT);
    }

    /** The code's text in the operator's language (kk or ru from the system locale, English otherwise). */
    static String message(String code) {
        return message(code, Locale.getDefault());
    }

    static String message(String code, Locale system) {
        Locale locale = Set.of("kk", "ru").contains(system.getLanguage()) ? system : Locale.ENGLISH;
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        // Signing codes live in the signing bundle; shared ones (FILE_UNREADABLE) in the general one.
        for (String name : List.of("i18n/signing", "i18n/messages")) {
            try {
                return ResourceBundle.getBundle(name, locale, exact).getString("error." + code);
            } catch (MissingResourceException e) {
                // try the next bundle
            }
        }
        return code;
    }

    private static final class Options {
        String command;
        final List<String> positional = new ArrayList<>();
        final List<String> trust = new ArrayList<>();
        final List<String> crls = new ArrayList<>();
        String ocsp;
        Instant at;
        String keystore;
        String passwordFile;
        String tsa;
        boolean pades;
        boolean noCertificateChecks;

        static Options parse(String[] args) {
            if (args == null || args.length == 0) {
                throw usage();
            }
            Options o = new Options();
            o.command = args[0];
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--trust" -> o.trust.add(value(args, ++i));
                    case "--crl" -> o.crls.add(value(args, ++i));
                    case "--ocsp" -> o.ocsp = url(value(args, ++i));
                    case "--at" -> {
                        try {
                            o.at = Instant.parse(value(args, ++i));
                        } catch (DateTimeParseException e) {
                            throw usage();
                        }
                    }
                    case "--keystore" -> o.keystore = value(args, ++i);
                    case "--password-file" -> o.passwordFile = value(args, ++i);
                    case "--tsa" -> o.tsa = url(value(args, ++i));
                    case "--pades" -> o.pades = true;
                    case "--no-certificate-checks" -> o.noCertificateChecks = true;
                    default -> {
                        if (a.startsWith("--")) {
                            throw usage();
                        }
                        o.positional.add(a);
                    }
                }
            }
            return o;
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw usage();
            }
            return args[i];
        }
    }
}
