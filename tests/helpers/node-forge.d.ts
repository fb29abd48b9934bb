// node-forge ships no types and @types/node-forge is not installed: only what the signed-PDF tests use.
declare module 'node-forge' {
  interface Forge {
    pki: {
      rsa: { generateKeyPair(bits: number): { publicKey: unknown; privateKey: unknown } };
      createCertificate(): {
        publicKey: unknown;
        serialNumber: string;
        validity: { notBefore: Date; notAfter: Date };
        setSubject(attrs: { name: string; value: string; valueTagClass?: number }[]): void;
        setIssuer(attrs: { name: string; value: string }[]): void;
        sign(key: unknown, md: unknown): void;
      };
    };
    md: { sha256: { create(): unknown } };
    pkcs12: { toPkcs12Asn1(key: unknown, certs: unknown[], password: string, opts: { algorithm: string }): unknown };
    asn1: { toDer(asn1: unknown): { getBytes(): string }; Type: { UTF8: number } };
  }
  const forge: Forge;
  export default forge;
}
