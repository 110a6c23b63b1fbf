package kz.certcopy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import kz.certcopy.IntegrationTest;
import kz.certcopy.copies.TestIins;
import kz.certcopy.intake.Corpus;
import kz.certcopy.signing.keys.Pkcs12KeySource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every change to a request answers by who asks before anything else is looked at: a user who is not a clerk gets
 * {@code 403 ACCESS_DENIED} (not "no signing key", not "send the certificate"), a clerk of another center
 * {@code 404 NOT_FOUND} as for reading the request — whatever key, certificate or body comes with it.
 */
class WriteAccessIT extends IntegrationTest {

    private static final List<String> NOT_CLERKS = List.of("records", "supervisor", "ministry");
    private static final String OTHER_CENTER = "astana.clerk1";

    private String request;
    private String certificate;

    @BeforeEach
    void anAlmatyRequestWithAScannedOriginal() throws Exception {
        request = registerFor(TestIins.next());
        Response scans = upload(base() + "/originals/1/scans", "almaty.clerk1", "stamp.jpg",
                Files.readAllBytes(Corpus.file("scanned/pdfbox__stamp.jpg")));
        assertThat(scans.status()).as(scans.body()).isEqualTo(201);
        // almaty.clerk1's own certificate (IIN 123456789012): only who sends it can make it wrong
        certificate = Base64.getEncoder().encodeToString(new Pkcs12KeySource(Files.readAllBytes(Path.of(
                "src/test/resources/testdata/kz-pki/keys/gost2015-512/2026_legal_valid_employee_signright.p12")),
                "Qwerty12".toCharArray()).load().certificate().getEncoded());
    }

    private String base() {
        return "/api/v1/requests/" + request;
    }

    /** Each change of the request, as the user sends it. */
    private Map<String, Function<String, Response>> changes() throws Exception {
        byte[] jpeg = Files.readAllBytes(Corpus.file("scanned/pdfbox__stamp.jpg"));
        Map<String, Function<String, Response>> c = new LinkedHashMap<>();
        c.put("certify", u -> post(base() + "/originals/1/certify", u, null));
        c.put("signing with a certificate", u -> post(base() + "/originals/1/signing", u,
                "{\"certificate\": \"" + certificate + "\"}"));
        c.put("signing with the remembered certificate", u -> post(base() + "/originals/1/signing", u, "{}"));
        c.put("refusal", u -> post(base() + "/refusal", u,
                "{\"items\": [{\"original\": 2, \"grounds\": [\"PENCIL\"], \"details\": \"қарындаш\"}]}"));
        c.put("cancel", u -> post(base() + "/cancel", u, null));
        c.put("add an original", u -> post(base() + "/originals", u, "{\"kind\": \"Аттестат\"}"));
        c.put("scans", u -> upload(base() + "/originals/1/scans", u, "stamp.jpg", jpeg));
        c.put("page order", u -> call("PUT", base() + "/originals/1/pages/order", u, "{\"pageIds\": []}"));
        c.put("consent scan", u -> upload(base() + "/consent-scan", u, "consent.jpg", jpeg));
        return c;
    }

    @Test
    void aUserWhoIsNotAClerkIsToldTheyMayNot() throws Exception {
        for (String user : NOT_CLERKS) {
            for (var change : changes().entrySet()) {
                Response r = change.getValue().apply(user);
                assertThat(r.status()).as(user + ": " + change.getKey() + " " + r.body()).isEqualTo(403);
                assertThat(r.code()).as(user + ": " + change.getKey()).isEqualTo("ACCESS_DENIED");
            }
            // the role is checked before the request is looked up: a request that does not exist answers the same
            assertThat(post("/api/v1/requests/" + UUID.randomUUID() + "/originals/1/certify", user, null).code())
                    .isEqualTo("ACCESS_DENIED");
            assertThat(post("/api/v1/copies/" + UUID.randomUUID() + "/handover", user, null).code())
                    .isEqualTo("ACCESS_DENIED");
        }
        assertUntouched();
    }

    @Test
    void aClerkOfAnotherCenterIsAnsweredAsIfTheRequestDidNotExist() throws Exception {
        for (var change : changes().entrySet()) {
            Response r = change.getValue().apply(OTHER_CENTER);
            assertThat(r.status()).as(change.getKey() + " " + r.body()).isEqualTo(404);
            assertThat(r.code()).as(change.getKey()).isEqualTo("NOT_FOUND");
        }
        // exactly what a request that does not exist answers
        Response missing = post("/api/v1/requests/" + UUID.randomUUID() + "/originals/1/certify", OTHER_CENTER, null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("NOT_FOUND");
        assertThat(get(base(), OTHER_CENTER).status()).isEqualTo(404);
        assertUntouched();
    }

    @Test
    void aSigningStepIsTakenOnlyByItsClerk() {
        Response started = post(base() + "/originals/1/signing", "almaty.clerk1",
                "{\"certificate\": \"" + certificate + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String next = started.json().path("next").asString();
        String body = "{\"signature\": \"MAA=\"}";
        for (String user : NOT_CLERKS) {
            Response r = call("PUT", next, user, body);
            assertThat(r.status()).as(user + " " + r.body()).isEqualTo(403);
            assertThat(r.code()).isEqualTo("ACCESS_DENIED");
        }
        Response foreign = call("PUT", next, OTHER_CENTER, body);
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("NOT_FOUND");
        // a colleague of the same center sees the request, but the step is not theirs: expired for them, as before
        Response colleague = call("PUT", next, "almaty.clerk2", body);
        assertThat(colleague.status()).isEqualTo(410);
        assertThat(colleague.code()).isEqualTo("SIGNING_EXPIRED");
        assertThat(call("PUT", "/api/v1/signings/" + UUID.randomUUID(), OTHER_CENTER, body).code())
                .isEqualTo("SIGNING_EXPIRED");
        assertUntouched();
    }

    /** None of the refused changes reached the request. */
    private void assertUntouched() {
        Response r = get(base(), "almaty.clerk1");
        assertThat(r.json().path("status").asString()).isEqualTo("REGISTERED");
        assertThat(r.json().path("originals").size()).isEqualTo(2);
        assertThat(r.json().path("originals").get(0).path("outcome").asString()).isEqualTo("PENDING");
        assertThat(r.json().path("consent").has("scan")).isTrue();
        assertThat(r.json().path("consent").path("scan").isNull()).as("no consent scan attached").isTrue();
        assertThat(get(base() + "/originals/1/pages", "almaty.clerk1").json().size()).isEqualTo(1);
    }
}
