package kz.certcopy.signing.cades;

/** CAdES baseline levels CertCopy produces. */
public enum CadesLevel { B_B, B_T }
