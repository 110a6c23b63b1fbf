package kz.certcopy.copies;

/** {@link CertificationFlowTest} on the default backend: the file content store. */
class CertificationFlowIT extends CertificationFlowTest {
}
