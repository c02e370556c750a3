using System.Security.Cryptography.X509Certificates;
using Orleans.Connections.Security;

namespace Lovkode.Cluster.Connection;

/// <summary>
/// TLS between every worker and client: each side shows the cluster's certificate and accepts a
/// peer only if it shows the same one (same thumbprint). One self-signed certificate, copied to
/// every machine, is then both the identity and the trust: no CA, and a host without the file
/// cannot join or submit work (docs/distributed.md).
/// </summary>
public static class ClusterTls
{
    public static void Configure(TlsOptions options, X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(certificate);
        if (!certificate.HasPrivateKey) throw new ArgumentException("The cluster certificate has no private key: give the .pfx file, not the .cer.", nameof(certificate));
        var thumbprint = certificate.Thumbprint;
        options.LocalCertificate = certificate;
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.RemoteCertificateValidation = (remote, _, _) => remote is not null && string.Equals(remote.Thumbprint, thumbprint, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads a .pfx; a missing or unreadable file, or a wrong password, is an <see cref="ArgumentException"/> naming the file.</summary>
    public static X509Certificate2 Load(string path, string? password)
    {
        try
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"{path}: cannot read the cluster certificate (a .pfx with its private key; is the password right?): {e.Message}");
        }
    }
}
