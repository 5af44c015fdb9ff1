using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using PyHeap.Hosts.Jupyter;

namespace PyHeap.Hosts.Jupyter.Tests;

public sealed class WireCodecTests
{
    private static byte[] B(string s) => Encoding.UTF8.GetBytes(s);

    private static readonly string Header = """{"msg_id":"1","session":"s","username":"u","date":"2026-11-27T00:00:00Z","msg_type":"kernel_info_request","version":"5.3"}""";

    private static List<byte[]> Frames(string header, string signatureKey)
    {
        var parts = new[] { B(header), B("{}"), B("{}"), B("{}") };
        using var hmac = new HMACSHA256(B(signatureKey));
        foreach (var p in parts) hmac.TransformBlock(p, 0, p.Length, null, 0);
        hmac.TransformFinalBlock([], 0, 0);
        var signature = B(Convert.ToHexString(hmac.Hash!).ToLowerInvariant());
        return [B("identity"), WireCodec.Delimiter.ToArray(), signature, .. parts];
    }

    [Fact]
    public void A_message_signed_with_the_connection_key_decodes()
    {
        var codec = new WireCodec(new MessageSigner("secret"));
        var message = codec.TryDecode(Frames(Header, "secret"), out var error);
        Assert.Null(error);
        Assert.Equal("kernel_info_request", message!.MsgType);
    }

    [Fact]
    public void A_message_signed_with_another_key_is_rejected()
    {
        var codec = new WireCodec(new MessageSigner("secret"));
        Assert.Null(codec.TryDecode(Frames(Header, "wrong"), out var error));
        Assert.Equal("bad signature", error);
    }

    [Fact]
    public void A_replayed_signature_is_rejected()
    {
        var codec = new WireCodec(new MessageSigner("secret"));
        var frames = Frames(Header, "secret");
        Assert.NotNull(codec.TryDecode(frames, out _));
        Assert.Null(codec.TryDecode(frames, out var error));
        Assert.Equal("duplicate signature", error);
    }

    [Fact]
    public void Malformed_json_is_an_error_not_an_exception()
    {
        var codec = new WireCodec(new MessageSigner(""));
        var frames = new List<byte[]> { WireCodec.Delimiter.ToArray(), B(""), B("{not json"), B("{}"), B("{}"), B("{}") };
        Assert.Null(codec.TryDecode(frames, out var error));
        Assert.StartsWith("malformed message", error);
    }

    [Fact]
    public void Frames_without_a_delimiter_are_refused()
    {
        var codec = new WireCodec(new MessageSigner("k"));
        Assert.Null(codec.TryDecode([B("garbage")], out var error));
        Assert.Equal("no <IDS|MSG> delimiter", error);
    }

    [Fact]
    public void Encoded_messages_carry_a_verifiable_signature()
    {
        var signer = new MessageSigner("secret");
        var codec = new WireCodec(signer);
        var header = MessageHeader.Parse(JsonNode.Parse(Header)!.AsObject());
        var frames = codec.Encode([B("id")], header, null, null, new JsonObject { ["status"] = "ok" }).Select(f => f.ToByteArray()).ToList();
        var at = frames.FindIndex(f => f.AsSpan().SequenceEqual(WireCodec.Delimiter));
        Assert.True(signer.Verify(frames[at + 1], frames[at + 2], frames[at + 3], frames[at + 4], frames[at + 5]));
    }
}
