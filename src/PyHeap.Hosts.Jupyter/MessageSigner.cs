using System.Security.Cryptography;

namespace PyHeap.Hosts.Jupyter;

/// <summary>
/// Jupyter's message authentication: an HMAC of the header, parent_header, metadata and content frames, sent as
/// lowercase hex. An empty key means the client disabled signing (the signature frame is then empty).
/// Thread-safe: each call makes its own incremental hash.
/// </summary>
public sealed class MessageSigner
{
    private readonly byte[] _key;
    private readonly HashAlgorithmName _algorithm;

    public MessageSigner(string key, string scheme = "hmac-sha256")
    {
        _key = System.Text.Encoding.UTF8.GetBytes(key);
        _algorithm = scheme switch
        {
            "hmac-sha256" => HashAlgorithmName.SHA256,
            "hmac-sha384" => HashAlgorithmName.SHA384,
            "hmac-sha512" => HashAlgorithmName.SHA512,
            "hmac-sha1" => HashAlgorithmName.SHA1,
            "hmac-md5" => HashAlgorithmName.MD5,
            _ => throw new NotSupportedException($"signature scheme '{scheme}' is not supported"),
        };
    }

    public bool Enabled => _key.Length > 0;

    /// <summary>The signature frame's bytes (ASCII lowercase hex; empty when signing is off).</summary>
    public byte[] Sign(ReadOnlySpan<byte> header, ReadOnlySpan<byte> parentHeader, ReadOnlySpan<byte> metadata, ReadOnlySpan<byte> content)
    {
        if (!Enabled) return [];
        using var hmac = IncrementalHash.CreateHMAC(_algorithm, _key);
        hmac.AppendData(header);
        hmac.AppendData(parentHeader);
        hmac.AppendData(metadata);
        hmac.AppendData(content);
        return System.Text.Encoding.ASCII.GetBytes(Convert.ToHexStringLower(hmac.GetHashAndReset()));
    }

    /// <summary>
    /// Whether <paramref name="signature"/> is the right one, compared in constant time so the time taken says
    /// nothing about how many leading characters matched.
    /// </summary>
    public bool Verify(ReadOnlySpan<byte> signature, ReadOnlySpan<byte> header, ReadOnlySpan<byte> parentHeader, ReadOnlySpan<byte> metadata, ReadOnlySpan<byte> content)
    {
        if (!Enabled) return true;
        var expected = Sign(header, parentHeader, metadata, content);
        return CryptographicOperations.FixedTimeEquals(expected, signature);
    }
}
