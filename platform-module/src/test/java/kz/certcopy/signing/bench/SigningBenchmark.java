package kz.certcopy.signing.bench;

import java.security.MessageDigest;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import kz.certcopy.signing.TestData;
import kz.certcopy.signing.TestPkiConfig;
import kz.certcopy.signing.cades.AttributeProfile;
import kz.certcopy.signing.cades.CadesLevel;
import kz.certcopy.signing.cades.CadesSigner;
import kz.certcopy.signing.keys.SigningKey;
import kz.certcopy.signing.kz.KzGostProvider;
import kz.certcopy.signing.validation.SignatureVerifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 3 speed section: our CAdES signer vs a bare BouncyCastle Signature on the same key, CAdES-B-B over 10 MB vs
 * hashing alone, verifications per second. Not run by the test suite (no @Test); see docs/BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SigningBenchmark {

    private SigningKey rsa;
    private SigningKey gost;
    private byte[] small;
    private byte[] tenMb;
    private CadesSigner cades;
    private Signature bareRsa;
    private Signature bareGost;
    private byte[] gostCms;
    private SignatureVerifier verifier;
    private final Instant at = TestData.GOST_2026_TIME;

    @Setup
    public void setUp() throws Exception {
        KzGostProvider.install();
        rsa = TestData.key("rsa/2021_individual_sign.p12");
        gost = TestData.key("gost2015-512/2026_legal_valid_employee_signright.p12");
        small = new byte[1024];
        tenMb = new byte[10 * 1024 * 1024];
        new Random(1).nextBytes(small);
        new Random(2).nextBytes(tenMb);
        cades = new CadesSigner(null);
        bareRsa = Signature.getInstance("SHA256withRSA", KzGostProvider.bouncyCastle());
        bareGost = Signature.getInstance("GOST3411-2012-512WITHECGOST3410-2012-512", KzGostProvider.bouncyCastle());
        gostCms = cades.sign(small, gost, AttributeProfile.CADES, CadesLevel.B_B, at);
        verifier = new SignatureVerifier(TestPkiConfig.ncaValidator(TestData.GOST_2026_CLOCK,
                "crl/nca_gost2022_test_2026-08-11.crl"), TestData.GOST_2026_CLOCK, Duration.ofSeconds(30));
    }

    @Benchmark
    public byte[] rsaBareBouncyCastleSignature() throws Exception {
        bareRsa.initSign(rsa.privateKey());
        bareRsa.update(small);
        return bareRsa.sign();
    }

    @Benchmark
    public byte[] rsaCadesBbOurSigner() {
        return cades.sign(small, rsa, AttributeProfile.CADES, CadesLevel.B_B, at);
    }

    @Benchmark
    public byte[] gost2015BareBouncyCastleSignature() throws Exception {
        bareGost.initSign(gost.privateKey());
        bareGost.update(small);
        return bareGost.sign();
    }

    @Benchmark
    public byte[] gost2015CadesBbOurSigner() {
        return cades.sign(small, gost, AttributeProfile.CADES, CadesLevel.B_B, at);
    }

    @Benchmark
    public byte[] sha256Of10Mb() throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(tenMb);
    }

    @Benchmark
    public byte[] rsaCadesBbOf10Mb() {
        return cades.sign(tenMb, rsa, AttributeProfile.CADES, CadesLevel.B_B, at);
    }

    @Benchmark
    public byte[] streebog512Of10Mb() throws Exception {
        return MessageDigest.getInstance("1.2.398.3.10.1.3.3").digest(tenMb);
    }

    @Benchmark
    public byte[] gost2015CadesBbOf10Mb() {
        return cades.sign(tenMb, gost, AttributeProfile.CADES, CadesLevel.B_B, at);
    }

    @Benchmark
    public Object gost2015VerifyWithChainAndCrl() {
        return verifier.verify(gostCms, small);
    }
}
