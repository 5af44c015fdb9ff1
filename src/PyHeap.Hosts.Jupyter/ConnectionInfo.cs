using System.Text.Json;
using System.Text.Json.Serialization;

namespace PyHeap.Hosts.Jupyter;

/// <summary>
/// The connection file a Jupyter client writes before it starts a kernel: where each of the five channels
/// listens and the key messages are signed with. The kernel binds; the client connects.
/// </summary>
public sealed record ConnectionInfo
{
    [JsonPropertyName("transport")] public string Transport { get; init; } = "tcp";
    [JsonPropertyName("ip")] public string Ip { get; init; } = "127.0.0.1";
    [JsonPropertyName("shell_port")] public int ShellPort { get; init; }
    [JsonPropertyName("control_port")] public int ControlPort { get; init; }
    [JsonPropertyName("iopub_port")] public int IopubPort { get; init; }
    [JsonPropertyName("stdin_port")] public int StdinPort { get; init; }
    [JsonPropertyName("hb_port")] public int HeartbeatPort { get; init; }
    [JsonPropertyName("key")] public string Key { get; init; } = "";
    [JsonPropertyName("signature_scheme")] public string SignatureScheme { get; init; } = "hmac-sha256";
    [JsonPropertyName("kernel_name")] public string? KernelName { get; init; }

    public static ConnectionInfo Parse(string json) =>
        JsonSerializer.Deserialize<ConnectionInfo>(json) ?? throw new FormatException("the connection file holds null");

    public static ConnectionInfo Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>
    /// The ZeroMQ endpoint for a port. For ipc, libzmq and jupyter_client name the socket file "ip-port"
    /// (jupyter_client/connect.py); tcp is "tcp://ip:port".
    /// </summary>
    public string Endpoint(int port) => Transport == "ipc" ? $"ipc://{Ip}-{port}" : $"{Transport}://{Ip}:{port}";
}
